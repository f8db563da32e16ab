/**
 * `tiers score ORDERS.csv --lang`: the Source sheet that opens OUT.xlsx of a CSV run says where the
 * orders came from in the workbook's language, read back by an independent reader (exceljs).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { isoFromDay } from '../../src/domain/dates';
import { runScore, type ScoreArgs } from '../../src/cli/commands/score';
import type { SheetLanguage } from '../../src/output/language';
import { generateSampleWorkbook, SAMPLE_DATE_FIELDS, SAMPLE_ORDER_COLUMNS } from '../../src/sample';
import { removeTempDir, tempDir } from './support/runTiers';

const SERIAL_OF_EPOCH = 25569;

describe('the Source sheet of a CSV run in the workbook language', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('sourcesheet');
  });
  afterAll(() => removeTempDir(dir));

  it('words the Source sheet in zh-CN, zh-TW and English', async () => {
    const sample = generateSampleWorkbook({ customers: 30, orders: 400, seed: 5 });
    const dates = new Set(SAMPLE_ORDER_COLUMNS.flatMap((col, c) => (SAMPLE_DATE_FIELDS.has(col.field) ? [c] : [])));
    const text = sample.orders
      .map((row, r) =>
        row
          .map((v, c) => {
            if (v === null) return '';
            if (r > 0 && typeof v === 'number' && dates.has(c)) return isoFromDay(Math.floor(v) - SERIAL_OF_EPOCH);
            const s = String(v);
            return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
          })
          .join(','),
      )
      .join('\n');
    const csv = join(dir, 'orders.csv');
    writeFileSync(csv, `${text}\n`);
    const lines = sample.orders.length - 1;

    const expected: Record<SheetLanguage, [string, string, string]> = {
      'zh-CN': ['数据来源', '订单读取自', '订单行数'],
      'zh-TW': ['資料來源', '訂單讀取自', '訂單行數'],
      en: ['Source', 'Orders read from', 'Order lines'],
    };
    for (const [language, [sheet, readFrom, lineWord]] of Object.entries(expected) as [SheetLanguage, [string, string, string]][]) {
      const args: ScoreArgs = {
        input: csv,
        out: join(dir, `${language}.xlsx`),
        asOf: '2026-01-01',
        config: null,
        json: null,
        jsonPretty: false,
        csv: null,
        rfm: null,
        period: null,
        lenient: false,
        sheetLanguage: language,
      };
      await runScore(args, () => undefined);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(args.out);
      const first = book.worksheets[0]!;
      expect([first.name, first.getCell('A1').value, first.getCell('B1').value, first.getCell('A2').value, first.getCell('B2').value]).toEqual([sheet, readFrom, csv, lineWord, lines]);
    }
  }, 120_000);
});
