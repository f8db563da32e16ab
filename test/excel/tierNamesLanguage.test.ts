/**
 * Tier names in the workbook's language, and the manager's own names as typed, on the emulated
 * host (docs/sheet-language.md, "Tier names"). Tier cells are read back by what they name, not by
 * their English spelling: snapshots an English run wrote still give the right tier moves after the
 * workbook switches to Traditional Chinese. The expected words and ranks are written out here, not
 * taken from the code under test.
 */
import { defaultScoringConfig, type ScoringConfig } from '../../src/domain/config';
import { isoFromDay } from '../../src/domain/dates';
import { saveConfig } from '../../src/excel/settingsStore';
import { readTierMoves } from '../../src/excel/tierHistory';
import type { SheetLanguage } from '../../src/output/language';
import { columnOf, expectOk, run, sampleBook, sheetValues, type Book } from './helpers';

/** Diamond first: each language's six words as a reader sees them. */
const WORDS: Record<SheetLanguage, string[]> = {
  en: ['Diamond', 'Platinum', 'Gold', 'Bronze', 'Iron', 'Lead (metal)'],
  'zh-CN': ['钻石', '铂金', '黄金', '青铜', '铁', '铅'],
  'zh-TW': ['鑽石', '白金', '黃金', '青銅', '鐵', '鉛'],
};
const KEYS = ['Diamond', 'Platinum', 'Gold', 'Bronze', 'Iron', 'Lead'];
const CHANGE_TW = { up: '上升', down: '下降', same: '不變', new: '新客戶' };

/** Rank of a tier word in any of the given word lists (0 = Diamond), 6 = not rated. */
function rankOf(cell: unknown, lists: readonly (readonly string[])[]): number {
  if (cell === null || cell === '') return 6;
  for (const list of lists) {
    const k = list.indexOf(String(cell));
    if (k >= 0) return k;
  }
  throw new Error(`not a tier word: ${String(cell)}`);
}

const configOf = (book: Book, day: number, sheetLanguage: SheetLanguage, extra: Partial<ScoringConfig> = {}): ScoringConfig => ({
  ...defaultScoringConfig(),
  sheetLanguage,
  asOf: isoFromDay(day),
  ...extra,
});

function tierCells(book: Book): Map<string, unknown> {
  const rows = sheetValues(book, 'Customers');
  const id = 0;
  const tier = columnOf(book, 'Customers', rows[0]!.find((h) => h === 'Tiers tier' || h === 'Tiers 等級' || h === 'Tiers 等级') as string);
  return new Map(rows.slice(1).map((r) => [String(r[id]), r[tier]]));
}

function snapshotByDate(book: Book): Map<string, Map<string, unknown>> {
  const out = new Map<string, Map<string, unknown>>();
  for (const r of sheetValues(book, 'Tiers Snapshots').slice(1)) {
    const date = String(r[1]);
    if (!out.has(date)) out.set(date, new Map());
    out.get(date)!.set(String(r[2]), r[4]);
  }
  return out;
}

describe('tier names in the workbook language', () => {
  it('writes them in zh-TW after an English run, and tier moves read the English snapshot rightly', async () => {
    const book = sampleBook();
    const first = expectOk(await run(book, { config: configOf(book, book.asOf, 'en') }));
    const englishTiers = tierCells(book);
    const englishWords = new Set([...englishTiers.values()].filter((v) => v !== null && v !== ''));
    for (const w of englishWords) expect(WORDS.en).toContain(w);
    // The lowest tier is the metal: no cell says just "Lead".
    expect(englishWords.has('Lead')).toBe(false);

    // Thirty days on, in Traditional Chinese, with score cut-offs that move many customers.
    const later = book.asOf + 30;
    const cutoffs: ScoringConfig['tierRule'] = { kind: 'score', cutoffs: [90, 80, 70, 60, 50] };
    const second = expectOk(await run(book, { asOf: later, runId: 'run-2', config: configOf(book, later, 'zh-TW', { tierRule: cutoffs }) }));
    expect(second.asOf).not.toBe(first.asOf);
    const twTiers = tierCells(book);
    const twWords = new Set([...twTiers.values()].filter((v) => v !== null && v !== ''));
    expect(twWords.size).toBeGreaterThan(1);
    for (const w of twWords) expect(WORDS['zh-TW']).toContain(w);

    // The snapshot sheet keeps the English rows as written and adds zh-TW ones.
    const snaps = snapshotByDate(book);
    const before = snaps.get(first.asOf)!;
    const after = snaps.get(second.asOf)!;
    for (const v of before.values()) if (v !== null && v !== '') expect(WORDS.en).toContain(v);
    for (const v of after.values()) if (v !== null && v !== '') expect(WORDS['zh-TW']).toContain(v);

    // The tier change column (zh-TW words) compares the English snapshot with this run by rank.
    const rows = sheetValues(book, 'Customers');
    const changeCol = columnOf(book, 'Customers', 'Tiers 等級變化');
    let moved = 0;
    for (const r of rows.slice(1)) {
      const id = String(r[0]);
      if (!before.has(id) || !after.has(id)) continue;
      const a = rankOf(before.get(id), [WORDS.en]);
      const b = rankOf(after.get(id), [WORDS['zh-TW']]);
      if (a === 6 && b === 6) continue;
      const expected = b < a ? CHANGE_TW.up : b > a ? CHANGE_TW.down : CHANGE_TW.same;
      expect([id, r[changeCol]]).toEqual([id, expected]);
      if (a !== b) moved++;
    }
    expect(moved).toBeGreaterThan(3);

    // The customer card's tier moves: keys, from the English row to the zh-TW one.
    let checked = 0;
    for (const [id, was] of before) {
      const now = after.get(id);
      const a = rankOf(was, [WORDS.en]);
      const b = rankOf(now, [WORDS['zh-TW']]);
      const moves = await readTierMoves(id);
      if (a === b) {
        expect(moves).toEqual([]);
        continue;
      }
      expect(moves).toHaveLength(1);
      expect(moves[0]).toMatchObject({ asOf: second.asOf, sinceAsOf: first.asOf, from: KEYS[a] ?? null, to: KEYS[b] ?? null, direction: b < a ? 'up' : 'down' });
      checked++;
    }
    expect(checked).toBe(moved);

    // The colour rules follow the words: six, on zh-TW words, never stacked.
    const rules = book.sim.workbook.conditionalFormats.filter((f) => f.type === 'ContainsText');
    expect(rules).toHaveLength(6);
    expect(rules.map((f) => (f.rule as { text?: string }).text).sort()).toEqual([...WORDS['zh-TW']].sort());
    // The dashboard's tier block too.
    expect(
      sheetValues(book, 'Tiers Dashboard')
        .slice(1, 7)
        .map((r) => r[0]),
    ).toEqual(WORDS['zh-TW']);
  });

  it("writes a manager's own tier names as typed in a Chinese workbook, and reads them back", async () => {
    const book = sampleBook();
    const names = { Diamond: 'VIP Key Account', Lead: 'Basis' };
    const first = configOf(book, book.asOf, 'zh-CN', { tierNames: names, tierRule: { kind: 'share', shares: [0.1, 0.1, 0.2, 0.2, 0.2, 0.2] } });
    expect((await saveConfig(first, { expectedRevision: null })).ok).toBe(true);
    expectOk(await run(book, { config: first }));
    const words = new Set([...tierCells(book).values()].filter((v) => v !== null && v !== ''));
    expect(words).toContain('VIP Key Account');
    expect(words).toContain('Basis');
    expect(words.has('钻石') || words.has('铅')).toBe(false);
    for (const w of words) expect(['VIP Key Account', ...WORDS['zh-CN'].slice(1, 5), 'Basis']).toContain(w);
    const custom = ['VIP Key Account', ...WORDS['zh-CN'].slice(1, 5), 'Basis'];
    expect(
      sheetValues(book, 'Tiers Dashboard')
        .slice(1, 7)
        .map((r) => r[0]),
    ).toEqual(custom);

    // A later run in English: the manager's names stay as typed; the earlier rows read back by them.
    const later = book.asOf + 30;
    const second = configOf(book, later, 'en', { tierNames: names, tierRule: { kind: 'score', cutoffs: [90, 80, 70, 60, 50] } });
    const outcome = expectOk(await run(book, { asOf: later, runId: 'run-2', config: second }));
    const englishCustom = ['VIP Key Account', ...WORDS.en.slice(1, 5), 'Basis'];
    for (const w of tierCells(book).values()) if (w !== null && w !== '') expect(englishCustom).toContain(w);
    const snaps = snapshotByDate(book);
    const before = snaps.get(isoFromDay(book.asOf))!;
    const after = snaps.get(outcome.asOf)!;
    let checked = 0;
    for (const [id, was] of before) {
      const a = rankOf(was, [custom]);
      const b = rankOf(after.get(id), [englishCustom]);
      const moves = await readTierMoves(id);
      expect(moves.length).toBe(a === b ? 0 : 1);
      if (a !== b) {
        expect(moves[0]).toMatchObject({ from: KEYS[a] ?? null, to: KEYS[b] ?? null });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
