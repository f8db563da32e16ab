import { cellXml, worksheetPieces, worksheetXml, writeCell, type OutValue } from '../../../src/cli/xlsx/sheetXml';
import { utf8Boundary, XmlBytes } from '../../../src/cli/xlsx/xmlBytes';

/** Cells written as bytes must be the UTF-8 of the text cellXml writes (Node's encoder is the reference). */
describe('XML written as bytes', () => {
  const texts = [
    '',
    'plain',
    'a<b & "c" \'d\' >e',
    ' leading',
    'trailing ',
    '\u3000ideographic space',
    'no\u00a0break inside',
    '客户名称 Ünïcödé €',
    'emoji 😀 pair',
    'lone \ud800 high',
    'lone \udc00 low',
    'high at end \ud83d',
    '\t\ncontrol\u0001',
    'x'.repeat(300) + '<&>' + '中'.repeat(100),
  ];
  const numbers = [0, -0, 1, -1, 42, 1234567, 2 ** 53 - 1, 2 ** 53, -(2 ** 53), 1e21, 1.5e300, 0.1 + 0.2, -12.75, 1e-7, 5e-324, 123456.789, NaN, Infinity, -Infinity];
  const values: OutValue[] = [null, true, false, ...texts, ...numbers];

  it('writeCell gives the bytes of cellXml for every kind of value, with and without a style', () => {
    for (const value of values) {
      for (const [column, row, style] of [
        [1, 1, undefined],
        [27, 1048576, 3],
        [200, 12, 0],
      ] as const) {
        const out = new XmlBytes(64);
        writeCell(out, column, row, value, style);
        expect(out.take().toString('latin1')).toBe(Buffer.from(cellXml(column, row, value, style), 'utf8').toString('latin1'));
      }
    }
  });

  it('writes numbers as String() does: decimals to four places by digits, every other value through String()', () => {
    let seed = 5;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const samples: number[] = [];
    for (let i = 0; i < 40000; i++) {
      const scale = 10 ** Math.floor(random() * 20 - 3); // 1e-3 .. 1e16: past the digits' limit of 1e11 too
      samples.push(Math.round(random() * scale * 100) / 100, -Math.round(random() * scale * 1e4) / 1e4, random() * scale, Math.round(random() * 1e6) / 1e3, (random() - 0.5) * 1e-3);
    }
    samples.push(1e-4, 1e-5, 0.00015, 99999999999.9999, 1e11 + 0.5, 1e11 - 0.0001, 0.1 + 0.2, 1.005, 2.675, 1234.5, 0.0001, 4.35, 8.1e-7, -0.5);
    const wrong: string[] = [];
    for (const value of samples) {
      const out = new XmlBytes(64);
      out.number(value);
      const written = out.take().toString('latin1');
      if (written !== String(value)) wrong.push(`${String(value)} written ${written}`);
    }
    expect(wrong).toEqual([]);
    // Every UTF-16 unit first and last in a text: white space there (xml:space), escaping, encoding.
    for (let c = 0; c < 0x10000; c++) {
      const unit = String.fromCharCode(c);
      for (const text of [`${unit}x`, `x${unit}`]) {
        const out = new XmlBytes(64);
        writeCell(out, 1, 1, text);
        if (!out.take().equals(Buffer.from(cellXml(1, 1, text), 'utf8'))) wrong.push(`U+${c.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('writes whole numbers as String() does on both sides of every power of ten and of 2^31, 2^32 and 2^53', () => {
    const wrong: string[] = [];
    const samples: number[] = [];
    for (let k = 0; k <= 16; k++) for (const d of [-1, 0, 1]) samples.push(10 ** k + d);
    for (const p of [31, 32, 52, 53]) for (const d of [-2, -1, 0, 1, 2]) samples.push(2 ** p + d);
    for (let i = 0; i < 20000; i++) samples.push(Math.floor(Math.random() * 2 ** (1 + (i % 53))));
    for (const n of samples) {
      if (n < 0 || !Number.isSafeInteger(n)) continue;
      for (const write of ['uint', 'number', 'rowNumber'] as const) {
        const out = new XmlBytes(64);
        out[write](n);
        const written = out.take().toString('latin1');
        if (written !== String(n)) wrong.push(`${write}(${n}) wrote ${written}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('writes the cells of a sheet as cellXml does, the row number repeated in every cell of a row', () => {
    const out = new XmlBytes(16);
    const chunks: Buffer[] = [];
    let expected = '';
    let seed = 11;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 20000; i++) {
      // Rows repeat, go back, jump; a style's digits or another number come between cells of one row.
      const row = random() < 0.7 ? Math.max(1, Math.floor(i / 5)) : Math.floor(random() * 2 ** (1 + (i % 40))) + 1;
      const column = 1 + Math.floor(random() * 300);
      const style = random() < 0.3 ? Math.floor(random() * 1000) : undefined;
      const value = values[Math.floor(random() * values.length)] as OutValue;
      writeCell(out, column, row, value, style);
      expected += cellXml(column, row, value, style);
      if (random() < 0.1) {
        out.uint(row + 7);
        expected += String(row + 7);
      }
      if (out.full) chunks.push(out.take());
    }
    chunks.push(out.finish());
    expect(Buffer.concat(chunks).equals(Buffer.from(expected, 'utf8'))).toBe(true);
    // The short texts came again and again: after the first time their bytes were copied (XmlBytes.memo).
    expect(out.memo.size).toBe(texts.filter((t) => t.length <= 48).length);
  });

  it('hands out chunks that join to the same bytes, however small the chunk', () => {
    const out = new XmlBytes(16);
    const chunks: Buffer[] = [];
    let expected = '';
    for (const [i, value] of values.entries()) {
      writeCell(out, i + 1, i + 1, value);
      expected += cellXml(i + 1, i + 1, value);
      if (out.full) chunks.push(out.take());
    }
    chunks.push(out.finish());
    expect(chunks.length).toBeGreaterThan(10);
    expect(Buffer.concat(chunks).equals(Buffer.from(expected, 'utf8'))).toBe(true);
  });

  it('worksheetPieces from rows made one by one gives worksheetXml of the grid', () => {
    const grid: OutValue[][] = Array.from({ length: 5000 }, (_, r) => (r % 7 === 3 ? [null, NaN] : [r, `row ${r} <${r}>`, r % 2 === 0, r / 3]));
    const whole = worksheetXml(grid, { widths: [10, 20], drawingRelId: 'rId1', onePage: true });
    const made = Buffer.concat([...worksheetPieces({ count: grid.length, width: 4, rows: grid.values() }, { widths: [10, 20], drawingRelId: 'rId1', onePage: true })]).toString('utf8');
    expect(made).toBe(whole);
    expect(whole).not.toContain('<row r="4">');
    expect(whole).toContain('<dimension ref="A1:D5000"/>');
    expect(whole).toContain('<c r="B2" t="inlineStr"><is><t>row 1 &lt;1&gt;</t></is></c>');
  });

  it('utf8Boundary cuts before a character split at the end, never inside one', () => {
    const bytes = Buffer.from('a中😀é', 'utf8'); // 1 + 3 + 4 + 2 bytes
    const cuts = Array.from({ length: bytes.length + 1 }, (_, n) => utf8Boundary(bytes.subarray(0, n)));
    expect(cuts).toEqual([0, 1, 1, 1, 4, 4, 4, 4, 8, 8, 10]);
  });
});
