import { writeColumnBlock } from '../../../src/cli/xlsx/appendColumns';

const sheet = (rows: string): string =>
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B3"/><sheetData>${rows}</sheetData><pageMargins left="1"/></worksheet>`;

const cellsOfRow = (xml: string, r: number): string[] => {
  const row = new RegExp(`<row r="${r}"[^>]*>([\\s\\S]*?)</row>`).exec(xml)?.[1] ?? '';
  return [...row.matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => m[1] as string);
};

describe('writeColumnBlock', () => {
  const input = sheet('<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"><v>5</v></c></row>' + '<row r="3"><c r="A3"><f>B3*2</f><v>8</v></c><c r="B3"><v>4</v></c></row>');

  it('appends the block right of the data, keeping every existing cell as written', () => {
    const out = writeColumnBlock(input, {
      firstColumn: 3,
      width: 2,
      rows: new Map([
        [1, ['Score', 'Tier']],
        [3, [42.5, 'Gold']],
      ]),
    });
    expect(cellsOfRow(out, 1)).toEqual(['A1', 'B1', 'C1', 'D1']);
    expect(out).toContain('<c r="A1" t="s"><v>0</v></c><c r="B1" s="3"><v>5</v></c>');
    expect(out).toContain('<c r="A3"><f>B3*2</f><v>8</v></c>');
    expect(out).toContain('<c r="C3"><v>42.5</v></c>');
    expect(out).toContain('<c r="D3" t="inlineStr"><is><t>Gold</t></is></c>');
    expect(out).not.toContain('spans=');
    expect(out).toContain('<dimension ref="A1:D3"/>');
    expect(out).toContain('<pageMargins left="1"/>');
  });

  it('creates rows the sheet did not store, in row order', () => {
    const out = writeColumnBlock(input, {
      firstColumn: 3,
      width: 1,
      rows: new Map([
        [2, [1]],
        [5, [2]],
      ]),
    });
    const order = [...out.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(order).toEqual([1, 2, 3, 5]);
    expect(out).toContain('<dimension ref="A1:C5"/>');
  });

  it('replaces its own earlier block instead of adding a second one', () => {
    const once = writeColumnBlock(input, {
      firstColumn: 3,
      width: 2,
      rows: new Map([
        [1, ['Score', 'Tier']],
        [3, [1, 'Iron']],
      ]),
    });
    const twice = writeColumnBlock(once, {
      firstColumn: 3,
      width: 2,
      rows: new Map([
        [1, ['Score', 'Tier']],
        [3, [2, null]],
      ]),
    });
    expect(cellsOfRow(twice, 3)).toEqual(['A3', 'B3', 'C3']);
    expect(twice).toContain('<c r="C3"><v>2</v></c>');
    expect(twice).not.toContain('Iron');
  });

  it('escapes text and keeps cells right of the block in column order', () => {
    const wide = sheet('<row r="1"><c r="A1"><v>1</v></c><c r="F1"><v>6</v></c></row>');
    const out = writeColumnBlock(wide, { firstColumn: 2, width: 1, rows: new Map([[1, ['a<b & "c"']]]) });
    expect(cellsOfRow(out, 1)).toEqual(['A1', 'B1', 'F1']);
    expect(out).toContain('a&lt;b &amp; &quot;c&quot;');
  });
});
