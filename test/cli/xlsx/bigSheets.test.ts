import { writeColumnBlock } from '../../../src/cli/xlsx/appendColumns';
import { worksheetXml } from '../../../src/cli/xlsx/sheetXml';

/**
 * Sheets of our own as long as a 10,000,000-line order history gives (a million customers): no
 * Math.max(...rows) or push(...rows), whose argument spread overflows the stack well before that.
 */
describe('sheets of hundreds of thousands of rows', () => {
  const ROWS = 300_000; // well past the ~120,000 arguments a spread gets on the default stack

  it('worksheetXml writes every row', () => {
    const xml = worksheetXml(Array.from({ length: ROWS }, (_, r) => [r + 1]));
    expect(xml).toContain(`<row r="${ROWS}">`);
  });

  it('writeColumnBlock adds a column to every row', () => {
    const rows = new Map<number, readonly number[]>();
    for (let r = 1; r <= ROWS; r++) rows.set(r, [r]);
    const xml = writeColumnBlock('<worksheet><dimension ref="A1"/><sheetData/></worksheet>', { firstColumn: 2, width: 1, rows });
    expect(xml).toContain(`<dimension ref="A1:B${ROWS}"/>`);
  });
});
