/**
 * A manager renames a tier between runs (docs/sheet-language.md, "Renaming a tier"), on the
 * emulated host: the snapshot rows written under the old name stay as written and still read as
 * their tier, so the tier change column and the customer card's tier moves after a re-run on
 * changed data compare by tier, not by word. Also with the workbook's language switched in the
 * same change. The expected words and ranks are written out here, not taken from the code under test.
 */
import { defaultScoringConfig, type ScoringConfig } from '../../src/domain/config';
import { isoFromDay } from '../../src/domain/dates';
import { loadSettings, saveConfig, SETTINGS_KEY } from '../../src/excel/settingsStore';
import { readTierMoves } from '../../src/excel/tierHistory';
import type { SheetLanguage } from '../../src/output/language';
import { columnOf, expectOk, run, sampleBook, sheetValues, type Book } from './helpers';

const KEYS = ['Diamond', 'Platinum', 'Gold', 'Bronze', 'Iron', 'Lead'];
const CHANGE: Record<SheetLanguage, { up: string; down: string; same: string }> = {
  en: { up: 'up', down: 'down', same: 'same' },
  'zh-CN': { up: '上升', down: '下降', same: '不变' },
  'zh-TW': { up: '上升', down: '下降', same: '不變' },
};
const TIER_HEADER: Record<SheetLanguage, string> = { en: 'Tiers tier', 'zh-CN': 'Tiers 等级', 'zh-TW': 'Tiers 等級' };
const CHANGE_HEADER: Record<SheetLanguage, string> = { en: 'Tiers tier change', 'zh-CN': 'Tiers 等级变化', 'zh-TW': 'Tiers 等級變化' };

/** Rank of a tier word in the list (0 = Diamond), 6 = not rated; a word not in the list fails the test. */
function rankOf(cell: unknown, words: readonly string[]): number {
  if (cell === null || cell === '' || cell === undefined) return 6;
  const k = words.indexOf(String(cell));
  if (k < 0) throw new Error(`not a tier word here: ${String(cell)}`);
  return k;
}

function snapshotOn(book: Book, date: string): Map<string, unknown> {
  return new Map(
    sheetValues(book, 'Tiers Snapshots')
      .slice(1)
      .filter((r) => r[1] === date)
      .map((r) => [String(r[2]), r[4]]),
  );
}

/** Changed data: every other customer's order amounts times 6, the rest's divided by 6, so many customers change tier. */
async function changeAmounts(book: Book): Promise<void> {
  const orders = sheetValues(book, 'Orders');
  const header = orders[0]!;
  const idCol = header.findIndex((h) => h === 'Customer ID' || h === '客户编号');
  const amountCol = header.findIndex((h) => h === 'Amount' || h === '金额');
  expect([idCol, amountCol].every((c) => c >= 0)).toBe(true);
  const ids = [...new Set(orders.slice(1).map((r) => String(r[idCol])))].sort();
  const boosted = new Set(ids.filter((_, k) => k % 2 === 0));
  const column = orders.slice(1).map((r) => {
    const amount = r[amountCol];
    return [typeof amount === 'number' ? amount * (boosted.has(String(r[idCol])) ? 6 : 1 / 6) : amount];
  });
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Orders').getRangeByIndexes(1, amountCol, column.length, 1).values = column;
    await context.sync();
  });
}

interface Step {
  language: SheetLanguage;
  names: ScoringConfig['tierNames'];
  /** Each tier's word as written in this step, Diamond first. */
  words: string[];
}

/**
 * Run 1 with `first`, save the rename (`second`, as the pane's Apply does: the renamed configuration
 * only, no history), change the orders, run 2 thirty days on, then check every customer's tier
 * change and tier moves against the two snapshots read with the words written out in the steps.
 */
async function renameAndRerun(first: Step, second: Step): Promise<{ book: Book; before: Map<string, unknown>; moved: number }> {
  const book = sampleBook();
  const base = { ...defaultScoringConfig(), tierRule: { kind: 'share' as const, shares: [0.1, 0.15, 0.25, 0.2, 0.15, 0.15] } };
  const one: ScoringConfig = { ...base, sheetLanguage: first.language, tierNames: first.names, asOf: isoFromDay(book.asOf) };
  const saved = await saveConfig(one, { expectedRevision: null });
  expect(saved.ok).toBe(true);
  const firstRun = expectOk(await run(book, { config: one }));

  const later = book.asOf + 30;
  const two: ScoringConfig = { ...base, sheetLanguage: second.language, tierNames: second.names, asOf: isoFromDay(later) };
  const renamed = await saveConfig(two, { expectedRevision: saved.ok ? saved.revision : null });
  expect(renamed.ok).toBe(true);
  await changeAmounts(book);
  const secondRun = expectOk(await run(book, { asOf: later, runId: 'run-2', config: two }));

  // The old rows stay as they were written; the new ones carry the new names.
  const before = snapshotOn(book, firstRun.asOf);
  const after = snapshotOn(book, secondRun.asOf);
  for (const v of before.values()) rankOf(v, first.words);
  for (const v of after.values()) rankOf(v, second.words);

  const rows = sheetValues(book, 'Customers');
  const tierCol = columnOf(book, 'Customers', TIER_HEADER[second.language]);
  const changeCol = columnOf(book, 'Customers', CHANGE_HEADER[second.language]);
  let moved = 0;
  let compared = 0;
  for (const r of rows.slice(1)) {
    const id = String(r[0]);
    if (!before.has(id)) continue;
    const a = rankOf(before.get(id), first.words);
    const b = rankOf(r[tierCol], second.words);
    expect(rankOf(after.get(id), second.words)).toBe(b);
    if (a === 6 && b === 6) continue;
    const change = CHANGE[second.language];
    expect([id, r[changeCol]]).toEqual([id, b < a ? change.up : b > a ? change.down : change.same]);
    compared++;
    const moves = await readTierMoves(id);
    if (a === b) expect([id, moves]).toEqual([id, []]);
    else {
      expect(moves).toHaveLength(1);
      expect(moves[0]).toMatchObject({ asOf: secondRun.asOf, sinceAsOf: firstRun.asOf, from: KEYS[a] ?? null, to: KEYS[b] ?? null, direction: b < a ? 'up' : 'down' });
      moved++;
    }
  }
  expect(compared).toBeGreaterThan(20);
  return { book, before, moved };
}

describe('renaming a tier keeps its history', () => {
  it('English: Gold "Key accounts" becomes "Core"; the old rows still read as Gold after a re-run on changed data', async () => {
    const first: Step = { language: 'en', names: { Gold: 'Key accounts', Lead: 'Base' }, words: ['Diamond', 'Platinum', 'Key accounts', 'Bronze', 'Iron', 'Base'] };
    const second: Step = { language: 'en', names: { Gold: 'Core', Lead: 'Base' }, words: ['Diamond', 'Platinum', 'Core', 'Bronze', 'Iron', 'Base'] };
    const { book, before, moved } = await renameAndRerun(first, second);
    expect(moved).toBeGreaterThan(3);
    expect([...before.values()]).toContain('Key accounts');
    // The saved configuration remembers the earlier name.
    expect((await loadSettings()).config.earlierTierNames).toEqual({ Gold: ['Key accounts'] });

    // Without that memory the old rows would not read as Gold: a customer who stayed Gold would seem to have moved.
    const stayed = [...before].find(([id, was]) => was === 'Key accounts' && snapshotOn(book, isoFromDay(book.asOf + 30)).get(id) === 'Core');
    expect(stayed).toBeDefined();
    expect(await readTierMoves(stayed![0])).toEqual([]);
    const stored = book.sim.workbook.getSetting(SETTINGS_KEY) as { config: ScoringConfig };
    book.sim.workbook.setSetting(SETTINGS_KEY, { ...stored, config: { ...stored.config, earlierTierNames: {} } });
    expect(await readTierMoves(stayed![0])).not.toEqual([]);
  });

  it('the language switched and the tiers renamed in the same change: Simplified with own names, then Traditional with others (one removed)', async () => {
    const first: Step = { language: 'zh-CN', names: { Gold: '重点客户', Lead: '基础客户' }, words: ['钻石', '铂金', '重点客户', '青铜', '铁', '基础客户'] };
    // Lead's name removed: it is written 鉛 again, and the rows saying 基础客户 still read as Lead.
    const second: Step = { language: 'zh-TW', names: { Gold: '核心客戶', Diamond: '頂級客戶' }, words: ['頂級客戶', '白金', '核心客戶', '青銅', '鐵', '鉛'] };
    const { before, moved } = await renameAndRerun(first, second);
    expect(moved).toBeGreaterThan(3);
    expect([...before.values()]).toEqual(expect.arrayContaining(['重点客户', '基础客户']));
    expect((await loadSettings()).config.earlierTierNames).toEqual({ Gold: ['重点客户'], Lead: ['基础客户'] });
  });
});
