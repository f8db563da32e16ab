import { writeCsvRow } from '../../src/cli/score/csvBytes';
import { XmlBytes } from '../../src/cli/xlsx/xmlBytes';
import type { CellValue } from '../../src/domain/model';

/** RFC 4180 as the row's text: String() of each value, quoted (quotes doubled) when it holds " , CR or LF. */
function rowText(row: readonly CellValue[]): string {
  const cell = (v: CellValue): string => {
    if (v === null) return '';
    const text = String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${row.map(cell).join(',')}\r\n`;
}

const rawBytes = (row: readonly CellValue[]): Buffer => {
  const out = new XmlBytes(16);
  writeCsvRow(out, row);
  return out.take();
};
const bytesOf = (row: readonly CellValue[]): string => rawBytes(row).toString('utf8');

describe('writeCsvRow', () => {
  it('writes RFC 4180 cells', () => {
    expect(bytesOf(['C1', 'Name, Inc.', 'say "hi"', 'two\r\nlines', null, 3, -0, 0.1 + 0.2, true, false, ''])).toBe(
      'C1,"Name, Inc.","say ""hi""","two\r\nlines",,3,0,0.30000000000000004,true,false,\r\n',
    );
    expect(bytesOf([])).toBe('\r\n');
    expect(bytesOf([NaN, Infinity, -Infinity, 1e21, 5e-7])).toBe('NaN,Infinity,-Infinity,1e+21,5e-7\r\n');
  });

  it('gives the bytes of the row as text, on many values', () => {
    let seed = 5;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pool: CellValue[] = [null, true, false, '', ',', '"', '\r', '\n', 'a"b', '中文,繁體', '\ud83d\ude00', '\ud83d lone', 'tab\there', ' edge '];
    for (let k = 0; k < 500; k++) {
      pool.push((random() - 0.5) * 10 ** Math.floor(random() * 24 - 8), Math.round(random() * 1e7) / 100);
      pool.push(Array.from({ length: Math.floor(random() * 8) }, () => String.fromCharCode(Math.floor(random() * 0x10000))).join(''));
    }
    for (let k = 0; k < 2000; k++) {
      const row = Array.from({ length: Math.floor(random() * 6) }, () => pool[Math.floor(random() * pool.length)] as CellValue);
      expect(rawBytes(row).equals(Buffer.from(rowText(row), 'utf8'))).toBe(true);
    }
  });
});
