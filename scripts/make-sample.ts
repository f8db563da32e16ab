/**
 * Writes the shipped sample workbooks (assets/samples/) from the seeded generator: the Customers and
 * Orders sheets as Excel tables, dates as real dates, shares as percentages.
 * Run: npx tsx scripts/make-sample.ts
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Grid } from '../src/domain/model';
import { SAMPLE_CUSTOMER_COLUMNS, SAMPLE_ORDER_COLUMNS, SAMPLE_SHEET_NAMES, generateSampleWorkbook, sampleNumberFormat, type SampleLanguage } from '../src/sample';
import { SHIPPED_SAMPLES } from '../src/sample/shipped';

const OUT_DIR = path.resolve(__dirname, '..', 'assets', 'samples');

function addTableSheet(workbook: ExcelJS.Workbook, name: string, tableName: string, grid: Grid, fields: readonly { field: string }[], language: SampleLanguage): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const [header = [], ...rows] = grid;
  sheet.addTable({
    name: tableName,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: header.map((text) => ({ name: String(text), filterButton: true })),
    // Empty cells go in as null: exceljs would otherwise write "" as an empty string.
    rows: rows.map((row) => row.map((v) => (v === '' ? null : v))),
  });
  fields.forEach(({ field }, i) => {
    const column = sheet.getColumn(i + 1);
    const format = sampleNumberFormat(field, language);
    if (format) column.numFmt = format;
    column.width = Math.min(40, Math.max(10, String(header[i] ?? '').length + 2, ...rows.slice(0, 200).map((r) => String(r[i] ?? '').length + 1)));
  });
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const { file, options } of SHIPPED_SAMPLES) {
    const sheetNames = SAMPLE_SHEET_NAMES[options.language];
    const book = generateSampleWorkbook(options);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Tiers sample generator';
    // A fixed date keeps the file identical from run to run.
    workbook.created = new Date(Date.UTC(2026, 0, 1));
    workbook.modified = workbook.created;
    addTableSheet(workbook, sheetNames.customers, 'Customers', book.customers, SAMPLE_CUSTOMER_COLUMNS, options.language);
    addTableSheet(workbook, sheetNames.orders, 'Orders', book.orders, SAMPLE_ORDER_COLUMNS, options.language);
    const target = path.join(OUT_DIR, file);
    await workbook.xlsx.writeFile(target, { zip: { compression: 'DEFLATE', compressionOptions: { level: 9 } } });
    console.log(`${target}: ${book.customers.length - 1} customers, ${book.orders.length - 1} orders, ${(statSync(target).size / 1e6).toFixed(2)} MB`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
