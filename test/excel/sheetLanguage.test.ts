/**
 * The workbook's language for what Tiers writes (docs/sheet-language.md), on the emulated host:
 * chosen in the settings, it renames the owned columns a run wrote in another language (never a
 * second set) and words the dashboard and snapshot sheets.
 */
import { defaultScoringConfig, type ScoringConfig } from '../../src/domain/config';
import { saveConfig } from '../../src/excel/settingsStore';
import { OWNED_COLUMNS, ownedHeader } from '../../src/output/ownedColumns';
import { DASHBOARD_WORDS, INDICATOR_WORDS, RATING_WORDS, RFM_SEGMENT_WORDS, SNAPSHOT_HEADER_WORDS } from '../../src/output/sheetWords';
import { AGEING_NAMES } from '../../src/domain/finance/ageing';
import type { SheetLanguage } from '../../src/output/language';
import { expectOk, run, sampleBook, sheetValues, type Book } from './helpers';

const config = (sheetLanguage: SheetLanguage | null): ScoringConfig => ({ ...defaultScoringConfig(), sheetLanguage });

function ownedColumnsOf(book: Book, language: SheetLanguage): number[] {
  const header = sheetValues(book, 'Customers')[0]!;
  return OWNED_COLUMNS.map((spec) => {
    const matches = header.flatMap((h, c) => (h === ownedHeader(spec, 'sales', language) || h === ownedHeader(spec, 'profit', language) ? [c] : []));
    expect(matches).toHaveLength(1);
    return matches[0]!;
  });
}

describe('the workbook language of what Tiers writes', () => {
  it('renames the owned columns an English run wrote when zh-TW is chosen, and back, in the same columns', async () => {
    const book = sampleBook();
    expectOk(await run(book, { config: config(null) }));
    const english = ownedColumnsOf(book, 'en');
    const width = sheetValues(book, 'Customers')[0]!.length;
    const scores = sheetValues(book, 'Customers').map((r) => r[english[0]!]);

    expectOk(await run(book, { config: config('zh-TW') }));
    expect(ownedColumnsOf(book, 'zh-TW')).toEqual(english);
    const header = sheetValues(book, 'Customers')[0]!;
    expect(header).toHaveLength(width);
    expect(header.filter((h) => typeof h === 'string' && h.startsWith('Tiers ') && /[a-z]{3}/.test(h.slice(6, 9)))).toEqual([]);
    expect(
      sheetValues(book, 'Customers')
        .slice(1)
        .map((r) => r[english[0]!]),
    ).toEqual(scores.slice(1));
    expect(book.sim.workbook.names.filter((n) => n.name.startsWith('Tiers_col_'))).toHaveLength(OWNED_COLUMNS.length);
    // Words inside the owned columns follow the language too: RFM segments and the worst ageing bucket.
    const wordsIn = (key: string): Set<unknown> => {
      const c = english[OWNED_COLUMNS.findIndex((s) => s.key === key)]!;
      return new Set(
        sheetValues(book, 'Customers')
          .slice(1)
          .map((r) => r[c])
          .filter((v) => v !== null && v !== ''),
      );
    };
    const segmentsTw = wordsIn('rfm');
    expect(segmentsTw.size).toBeGreaterThan(2);
    for (const w of segmentsTw) expect(Object.values(RFM_SEGMENT_WORDS['zh-TW'])).toContain(w);
    const ageingTw = wordsIn('ageing');
    expect(ageingTw.size).toBeGreaterThan(0);
    for (const w of ageingTw) expect(Object.values(AGEING_NAMES['zh-TW'])).toContain(w);
    // The why cells name the indicators in zh-TW ("付款速度 +4.7; ..."), the rating cells are zh-TW words.
    const whyTw = wordsIn('why');
    expect(whyTw.size).toBeGreaterThan(2);
    const names = new Set(Object.values(INDICATOR_WORDS['zh-TW']));
    for (const cell of whyTw) for (const part of String(cell).split('; ')) expect(names.has(part.replace(/ \+[\d.]+$/, ''))).toBe(true);
    const ratingTw = [...wordsIn('rating')].map(String);
    expect(ratingTw).toContain(RATING_WORDS['zh-TW'].rated);
    for (const cell of ratingTw) expect(cell === RATING_WORDS['zh-TW'].rated || cell === RATING_WORDS['zh-TW'].noOrders || cell.startsWith(RATING_WORDS['zh-TW'].missing(''))).toBe(true);

    const dash = book.sim.workbook.sheetByName('Tiers Dashboard')!;
    const titles = book.sim.workbook.charts.filter((c) => c.sheetId === dash.id).map((c) => c.title);
    expect(titles).toEqual(expect.arrayContaining([DASHBOARD_WORDS['zh-TW'].tiers.title, DASHBOARD_WORDS['zh-TW'].seasonal.title]));
    expect(sheetValues(book, 'Tiers Dashboard')[0]!.slice(0, 2)).toEqual([...DASHBOARD_WORDS['zh-TW'].tiers.headers]);
    expect(sheetValues(book, 'Tiers Snapshots')[0]).toEqual([...SNAPSHOT_HEADER_WORDS['zh-TW']]);

    expectOk(await run(book, { config: config('en') }));
    expect(ownedColumnsOf(book, 'en')).toEqual(english);
    for (const w of wordsIn('rfm')) expect(Object.values(RFM_SEGMENT_WORDS.en)).toContain(w);
    expect(sheetValues(book, 'Customers')[0]).toHaveLength(width);
  });

  it('takes the language saved in the workbook settings when the run is given none', async () => {
    const book = sampleBook();
    const saved = await saveConfig(config('zh-CN'), { expectedRevision: null });
    expect(saved.ok).toBe(true);
    expectOk(await run(book));
    ownedColumnsOf(book, 'zh-CN');
    expect(sheetValues(book, 'Tiers Snapshots')[0]).toEqual([...SNAPSHOT_HEADER_WORDS['zh-CN']]);
  });
});
