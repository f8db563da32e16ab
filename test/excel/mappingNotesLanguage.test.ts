/**
 * The notes on a mapping that worked (a header written twice, a rates sheet's bad row, a currency
 * conversion) on the emulated host: the run hands them to the pane as codes, and writes them to the
 * dashboard's notes in the workbook's language (docs/sheet-language.md, "The domain's notes").
 */
import { defaultScoringConfig, type ScoringConfig } from '../../src/domain/config';
import { dayFromIso } from '../../src/domain/dates';
import { DASHBOARD_NOTES_COLUMN } from '../../src/output/dashboardNotes';
import type { SheetLanguage } from '../../src/output/language';
import { createSimulator } from '../../src/simulator';
import { expectOk, rowsOf, run, sheetValues, type Book } from './helpers';

const config = (sheetLanguage: SheetLanguage): ScoringConfig => ({ ...defaultScoringConfig(), sheetLanguage });

function book(): Book {
  const orders: (string | number)[][] = [['客戶編號', '訂單日期', '金額', '幣別', '金額']];
  for (let c = 1; c <= 8; c++) for (let m = 1; m <= 9; m++) orders.push([`C${c}`, `2025-0${m}-1${c}`, 100 * c + m, m % 3 === 0 ? 'USD' : 'TWD', 0]);
  const sim = createSimulator({
    sheets: [
      { name: '訂單', rows: rowsOf(orders) },
      {
        name: '匯率',
        rows: rowsOf([
          ['幣別', '匯率'],
          ['TWD', 1],
          ['USD', 32.5],
          ['EUR', '無'],
        ]),
      },
    ],
  });
  sim.installGlobals(globalThis);
  return { sim, asOf: dayFromIso('2025-10-01') };
}

const notesColumn = (b: Book): string[] =>
  sheetValues(b, 'Tiers Dashboard')
    .map((r) => r[DASHBOARD_NOTES_COLUMN])
    .filter((v): v is string => typeof v === 'string' && v !== '');

describe('mapping notes on the emulated host', () => {
  it('hands the pane codes, and writes the notes in zh-TW, then in English on a re-run', async () => {
    const b = book();
    const summary = expectOk(await run(b, { config: config('zh-TW') }));
    expect(summary.mappingNotes?.map((n) => n.code)).toEqual(['duplicate-header', 'rates-row-unreadable', 'currency-converted']);
    expect(summary.productNotices).toEqual([{ code: 'products-not-ranked' }]);
    const tw = notesColumn(b);
    expect(tw[0]).toBe('資料說明');
    expect(tw).toEqual(
      expect.arrayContaining([
        '工作表「訂單」：C、E 欄的標題相同（「金額」）；使用 C 欄。',
        '工作表「匯率」第 4 列：EUR 沒有大於零的匯率，已略過。',
        'TWD、USD 的金額已依匯率換算為TWD（USD 32.5；共 24 列）。',
      ]),
    );

    expectOk(await run(b, { config: config('en') }));
    const en = notesColumn(b);
    expect(en[0]).toBe('Notes on the data');
    expect(en).toContain('Sheet "訂單": columns C, E have the same header "金額"; using column C.');
    expect(en).toHaveLength(tw.length);
  });
});
