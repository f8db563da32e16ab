/**
 * The workbooks in assets/samples/ hold exactly what the generator makes for their options (the
 * README says `tiers sample --lang en` is the shipped file): a generator change that is not written
 * out with `npm run sample` fails here instead of leaving the two to drift apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookGrids } from '../../src/cli/xlsx/readWorkbook';
import type { CellValue } from '../../src/domain/model';
import { generateSampleWorkbook, SAMPLE_SHEET_NAMES } from '../../src/sample';
import { SHIPPED_SAMPLES } from '../../src/sample/shipped';

// An empty cell is written as no cell: it reads back as null.
const asRead = (grid: readonly (readonly CellValue[])[]): CellValue[][] => grid.map((row) => row.map((v) => (v === '' ? null : v)));

describe.each(SHIPPED_SAMPLES.map((s) => [s.file, s] as const))('%s', (file, { options }) => {
  it('holds the generator’s customers and orders for its options', async () => {
    const sheets = await readWorkbookGrids(readFileSync(join(__dirname, '../../assets/samples', file)));
    const book = generateSampleWorkbook(options);
    const names = SAMPLE_SHEET_NAMES[options.language];
    expect(sheets.map((s) => s.name)).toEqual([names.customers, names.orders]);
    expect(sheets[0]?.grid).toEqual(asRead(book.customers));
    expect(sheets[1]?.grid).toEqual(asRead(book.orders));
  });
});
