/**
 * The studies' notes (seasonal index, survey, sales plans) on the dashboard sheet, in the
 * workbook's language (docs/sheet-language.md, "The domain's notes"), rewritten on a re-run in
 * another language without leaving the earlier language's notes behind.
 */
import { defaultScoringConfig, type ScoringConfig } from '../../src/domain/config';
import { DASHBOARD_NOTES_COLUMN } from '../../src/output/dashboardNotes';
import type { SheetLanguage } from '../../src/output/language';
import { expectOk, run, sampleBook, sheetValues, type Book } from './helpers';

const config = (sheetLanguage: SheetLanguage): ScoringConfig => ({ ...defaultScoringConfig(), sheetLanguage });

function notesColumn(book: Book): string[] {
  return sheetValues(book, 'Tiers Dashboard')
    .map((r) => r[DASHBOARD_NOTES_COLUMN])
    .filter((v): v is string => typeof v === 'string' && v !== '');
}

describe('study notes on the dashboard', () => {
  it('are written in zh-TW, then in English on a re-run, never both', async () => {
    // A short order history: the seasonal index warns, and plans scale short histories up.
    const book = sampleBook({ customers: 30, orders: 300 });
    expectOk(await run(book, { config: config('zh-TW') }));
    const tw = notesColumn(book);
    expect(tw[0]).toBe('資料說明');
    expect(tw.length).toBeGreaterThan(1);
    for (const note of tw.slice(1)) {
      expect(note).toMatch(/\p{Script=Han}/u);
      // No English sentence: at most a customer id in Latin letters.
      expect(note.replace(/C\d+/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    }

    expectOk(await run(book, { config: config('en') }));
    const en = notesColumn(book);
    expect(en[0]).toBe('Notes on the data');
    expect(en).toHaveLength(tw.length);
    for (const note of en) expect(note).not.toMatch(/\p{Script=Han}/u);
  });
});
