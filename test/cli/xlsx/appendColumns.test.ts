import { XmlBytes } from '../../../src/cli/xlsx/xmlBytes';
import { columnBlockEdit, editSheetRowBytes, editSheetRows, patchRows, rowPatchEdit, writeColumnBlock, type ColumnBlock, type RowEdit, type RowPatch } from '../../../src/cli/xlsx/appendColumns';

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

  it('gives the same XML when the sheet streams through in pieces cut anywhere, edits chained', async () => {
    const rowsXml = Array.from(
      { length: 400 },
      (_, i) => `<row r="${2 * i + 1}" spans="1:6"><c r="A${2 * i + 1}" t="s"><v>${i}</v></c><c r="C${2 * i + 1}"><v>${i}</v></c><c r="F${2 * i + 1}"><v>9</v></c></row>`,
    ).join('');
    const xml = sheet(rowsXml);
    const dropC: ColumnBlock = { firstColumn: 3, width: 1, rows: new Map() };
    const block: ColumnBlock = { firstColumn: 4, width: 2, rows: new Map(Array.from({ length: 900 }, (_, r) => [r + 1, [r, `t${r} & <x>`]] as const)) };
    const whole = writeColumnBlock(writeColumnBlock(xml, dropC), block);
    for (const size of [1, 7, 64, 1000, xml.length]) {
      const pieces: string[] = [];
      for (let at = 0; at < xml.length; at += size) pieces.push(xml.slice(at, at + size));
      const out: string[] = [];
      for await (const piece of editSheetRows(pieces, [columnBlockEdit(dropC), columnBlockEdit(block)])) out.push(piece);
      expect(out.join('')).toBe(whole);
    }
    expect(cellsOfRow(whole, 3)).toEqual(['A3', 'D3', 'E3', 'F3']);
    expect(cellsOfRow(whole, 900)).toEqual(['D900', 'E900']);
    expect(/<dimension ref="[^"]*"/.exec(whole)?.[0]).toBe('<dimension ref="A1:E900"');
  });

  it('patches single cells of a sheet given in pieces, keeping the other rows byte for byte', async () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="2"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>');
    const patches = new Map<number, RowPatch>([
      [1, { cells: new Map([[2, 'new']]) }],
      [4, { cells: new Map([[1, 5]]), clearTo: 3 }],
    ]);
    const whole = patchRows(xml, patches);
    expect(whole).toContain('<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>new</t></is></c></row><row r="2"><c r="A2"><v>3</v></c></row><row r="4"><c r="A4"><v>5</v></c></row>');
    const out: string[] = [];
    for await (const piece of editSheetRows([...xml], [rowPatchEdit(patches)])) out.push(piece);
    expect(out.join('')).toBe(whole);
  });

  it('creates the rows of a self-closing sheetData and keeps what follows it', () => {
    const out = writeColumnBlock('<worksheet><dimension ref="A1"/><sheetData/><pageMargins left="1"/></worksheet>', { firstColumn: 2, width: 1, rows: new Map([[2, ['x']]]) });
    expect(out).toBe('<worksheet><dimension ref="A1:B2"/><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row></sheetData><pageMargins left="1"/></worksheet>');
  });
  /**
   * The scan of unprefixed rows (indexOf, and cells appended without tokenising a row) against the
   * general path: the same sheet written with an `x:` prefix takes the regular expressions and the
   * tokenised rows; once the prefix is taken out, both outputs must be the same text.
   */
  it('gives the same rows on the fast scan as on the general path, whatever the rows hold', async () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const letters = 'ABCDEFGHIJ';
    const cell = (column: number, r: number): string => {
      const ref = ` r="${letters[column - 1]}${r}"`;
      switch (random(8)) {
        case 0:
          return `<c${ref} s="2"/>`;
        case 1:
          return `<c${ref} t="inlineStr"><is><t xml:space="preserve"> a&lt;b </t></is></c>`;
        case 2:
          return `<c${ref}><f>SUM(A1:B1)</f><v>3</v></c>`;
        case 3:
          return `<c${ref} t="s"><v>${random(50)}</v></c>`;
        case 4:
          return `<c s="1"${ref}><v>-1.5</v></c>`;
        default:
          return `<c${ref}><v>${random(1000)}</v></c>`;
      }
    };
    const rowOf = (r: number): string => {
      const shape = random(12);
      if (shape === 0) return `<row r="${r}" spans="1:3"/>`;
      if (shape === 1) return `<row r="${r}"><c><v>1</v></c><c><v>2</v></c></row>`; // cells without a reference
      if (shape === 2) return `<row r="${r}"><c r="C${r}"><v>1</v></c><c r="A${r}"><v>2</v></c></row>`; // out of order
      if (shape === 3) return `<row r="${r}">\n  <c r="A${r}"><v>1</v></c>\n</row>`; // whitespace between cells
      if (shape === 4) return `<row r="${r}" ht="20" customHeight="1"><c r="A${r}"><v>1</v></c><c r="E${r}"><v>in the block</v></c><c r="I${r}"><v>right of it</v></c></row>`;
      const columns = [1, 2, 3, 4].filter(() => random(3) > 0);
      return `<row r="${r}" spans="1:4">${columns.map((c) => cell(c, r)).join('')}</row>`;
    };
    const rowsXml = Array.from({ length: 600 }, (_, i) => rowOf(i + 1 + random(2) * 0)).join('');
    const prefixed = (xml: string): string => xml.replace(/<(\/?)(row|c|v|f|is|t)\b/g, '<$1x:$2');
    const plain = sheet(rowsXml);
    const block: ColumnBlock = { firstColumn: 5, width: 3, rows: new Map(Array.from({ length: 700 }, (_, r) => [r + 1, [r, r % 3 === 0 ? null : `v${r} & w`, r % 2 === 0]] as const)) };
    const unprefix = (xml: string): string => xml.replace(/<(\/?)x:/g, '<$1');
    const general = unprefix(writeColumnBlock(prefixed(plain), block));
    expect(general).not.toBe(plain);
    expect(writeColumnBlock(plain, block)).toBe(general);
    for (const size of [13, 4096]) {
      const pieces: string[] = [];
      for (let at = 0; at < plain.length; at += size) pieces.push(plain.slice(at, at + size));
      const out: string[] = [];
      for await (const piece of editSheetRows(pieces, [columnBlockEdit(block)])) out.push(piece);
      expect(out.join('')).toBe(general);
    }
  });

  /**
   * The edit on the part's bytes (rows copied or appended to as bytes) against the edit on its
   * text: the same XML, with the bytes cut into chunks anywhere, inside a UTF-8 character too.
   */
  describe('on bytes', () => {
    const text = async (xml: string, edits: () => RowEdit[]): Promise<string> => {
      const out: string[] = [];
      for await (const piece of editSheetRows([xml], edits())) out.push(piece);
      return out.join('');
    };
    const bytes = async (xml: string, edits: () => RowEdit[], size: number): Promise<string> => {
      const data = Buffer.from(xml, 'utf8');
      const chunks: Buffer[] = [];
      for (let at = 0; at < data.length; at += size) chunks.push(data.subarray(at, at + size));
      const out: Buffer[] = [];
      for await (const piece of editSheetRowBytes(chunks, edits())) out.push(piece);
      return Buffer.concat(out).toString('utf8');
    };
    let seed = 11;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const rowOf = (r: number): string => {
      switch (random(14)) {
        case 0:
          return `<row r="${r}" spans="1:3"/>`;
        case 1:
          return `<row r="${r}"\tspans="1:3" ht="15"><c r="A${r}" t="inlineStr"><is><t>客户 ${r} 😀</t></is></c></row>`; // a tab before spans
        case 2:
          return `<row spans="2:3" r="${r}"><c r="B${r}"><v>${r}</v></c></row>`; // spans first
        case 3:
          return `<row><c r="A${r}"><v>no row number</v></c></row>`;
        case 4:
          return `<row r="${r}"><c r="C${r}"><v>1</v></c><c r="A${r}"><v>2</v></c></row>`; // out of order
        case 5:
          return `<row r="${r}">\n<c r="A${r}"><v>1</v></c>\n</row>`;
        case 6:
          return `<row r="${r}"><c r="A${r}"><v>1</v></c><c r="F${r}"><v>in the block</v></c></row>`;
        case 7:
          return `<row r="${r}"><c t="s" r="A${r}"><v>3</v></c><c r="B${r}"><is><t>a:c&gt; ü</t></is></c></row>`;
        case 8:
          return `<row r="${r}" customFormat="1" s="4"><c r="A${r}" s="1"/><c r="B${r}"><f>A${r}+1</f><v>2</v></c></row>`;
        default:
          return `<row r="${r}" spans="1:4"><c r="A${r}" t="inlineStr"><is><t xml:space="preserve"> 名前 ${r} </t></is></c><c r="D${r}"><v>${random(1000) / 8}</v></c></row>`;
      }
    };
    const rowsXml = Array.from({ length: 500 }, (_, i) => rowOf(2 * i + 1)).join('');
    const plain = `<?xml version="1.0"?><worksheet xmlns="x"><sheetPr codeName="表1"/><dimension ref="A1:D999"/><sheetData>${rowsXml}</sheetData><rowBreaks count="1"><brk id="3"/></rowBreaks><pageMargins left="1"/></worksheet>`;
    const values = (r: number): readonly (string | number | boolean | null)[] => [r, r % 3 === 0 ? null : `värde ${r} & <w>`, r % 2 === 0];
    const block = (): ColumnBlock => ({ firstColumn: 5, width: 3, rows: new Map(Array.from({ length: 1100 }, (_, r) => [r + 1, values(r + 1)] as const)) });
    const dropB = (): ColumnBlock => ({ firstColumn: 2, width: 1, rows: new Map() });
    const patches = new Map<number, RowPatch>([
      [1, { cells: new Map([[2, 'new ü']]) }],
      [6, { cells: new Map([[1, 5]]), clearTo: 3 }],
      [1200, { cells: new Map([[4, 'past the end']]) }],
    ]);
    // Rows rewritten whole up to column C or D (a cell beyond, as on the default rows' D, is kept), some only emptied; patches made on request.
    const wholeRows = () => ({
      keys: () => Array.from({ length: 1000 }, (_, i) => i + 1).filter((r) => r % 7 !== 0),
      get: (r: number): RowPatch | undefined =>
        r % 7 === 0
          ? undefined
          : r % 5 === 0
            ? { cells: new Map(), clearTo: 3 }
            : {
                cells: new Map<number, string | number | null>([
                  [3, r % 2 ? null : `c ${r} 😀`],
                  [1, r],
                  [2, ' pad '],
                ]),
                clearTo: r % 3 === 0 ? 4 : 3,
              },
    });
    const cases: [string, string, () => RowEdit[]][] = [
      ['the owned block', plain, () => [columnBlockEdit(block())]],
      ['a column emptied, then the block', plain, () => [columnBlockEdit(dropB()), columnBlockEdit(block())]],
      ['single cells patched', plain, () => [rowPatchEdit(patches)]],
      ['whole rows emptied to a column and written, or emptied (the plan table)', plain, () => [rowPatchEdit(wholeRows(), 4)]],
      ['a prefixed sheet', plain.replace(/<(\/?)(row|c|v|f|is|t|sheetData)\b/g, '<$1x:$2'), () => [columnBlockEdit(block())]],
      ['a self-closing sheetData', '<worksheet><dimension ref="A1"/><sheetData/><pageMargins left="1"/></worksheet>', () => [columnBlockEdit(block())]],
    ];
    for (const [name, xml, edits] of cases) {
      it(`${name}: the same XML as on text`, async () => {
        const expected = await text(xml, edits);
        expect(expected).not.toBe(xml);
        for (const size of [1, 2, 3, 5, 97, 4096, 1 << 20]) expect(await bytes(xml, edits, size)).toBe(expected);
      });
    }

    it('copies the rows it does not edit byte for byte, even bytes that are not UTF-8', async () => {
      const raw = Buffer.concat([
        Buffer.from('<worksheet><dimension ref="A1"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>', 'latin1'),
        Buffer.from([0xff, 0xc3]),
        Buffer.from('</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row></sheetData></worksheet>', 'latin1'),
      ]);
      const out: Buffer[] = [];
      for await (const piece of editSheetRowBytes([raw.subarray(0, 50), raw.subarray(50)], [rowPatchEdit(new Map([[2, { cells: new Map([[2, 7]]) }]]))])) out.push(piece);
      const written = Buffer.concat(out);
      expect(written.includes(Buffer.from([0xff, 0xc3]))).toBe(true);
      expect(written.toString('latin1')).toContain('<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>7</v></c></row>');
    });
  });

  /**
   * A re-run: the sheet already holds the block's columns (written by the first run, perhaps typed
   * into by the user since). The rows' bytes are edited without tokenising them where their cells
   * allow: the block's stored cells dropped, the new ones written in their place, every other cell
   * copied as stored. Checked against the text path (`row`, which tokenises every cell) row by row
   * and on whole sheets cut into chunks anywhere.
   */
  describe('on a re-run (the block already stored)', () => {
    const block = (values: (r: number) => readonly (string | number | boolean | null)[]): ColumnBlock => ({
      firstColumn: 4,
      width: 3,
      rows: new Map(Array.from({ length: 60 }, (_, r) => [r + 1, values(r + 1)] as const)),
    });
    const first = block((r) => [r, `tier ${r}`, r % 2 === 0]);
    const second = block((r) => [r % 5 === 0 ? null : r * 2, r % 3 === 0 ? null : ` tiér ${r} & <x> `, r % 4 === 0 ? null : r % 3 === 1]);
    /** The new row from `rowBytes` (null when it declines) and from `row` on the row's text. */
    const both = (edit: RowEdit, r: number, rowXml: string): { bytes: string | null; text: string } => {
      const b = Buffer.from(rowXml, 'utf8');
      const openEnd = b.indexOf(62) + 1;
      const out = new XmlBytes(64);
      const took = edit.rowBytes?.(r, b, 0, openEnd, b.length, out) ?? false;
      const written = out.finish().toString('utf8');
      if (!took) expect(written).toBe('');
      return { bytes: took ? written : null, text: edit.row(r, b.toString('utf8', 0, openEnd), rowXml) };
    };
    // Rows as a first run leaves them, then as a user may have changed them.
    const taken: [string, string][] = [
      [
        'the block as the first run wrote it',
        '<row r="7"><c r="A7" t="s"><v>3</v></c><c r="B7" s="2"><v>1.5</v></c><c r="C7" t="inlineStr"><is><t>名前 😀</t></is></c><c r="D7"><v>7</v></c><c r="E7" t="inlineStr"><is><t>tier 7</t></is></c><c r="F7" t="b"><v>0</v></c></row>',
      ],
      [
        'spans and other attributes on the row',
        '<row r="8" spans="1:6" ht="15" customHeight="1" x14ac:dyDescent="0.25"><c r="A8"><v>1</v></c><c r="D8"><v>8</v></c><c r="F8" t="b"><v>1</v></c></row>',
      ],
      ['spans last, after a tab', '<row r="9" ht="15"\tspans="1:6"><c r="A9"><v>1</v></c><c r="E9" t="inlineStr"><is><t>tier 9</t></is></c></row>'],
      [
        'cells the user typed into the block, styled, with a formula',
        '<row r="10"><c r="A10"><v>1</v></c><c r="D10" s="5" t="s"><v>12</v></c><c r="E10"><f>A10*2</f><v>2</v></c><c r="F10" s="1"/></row>',
      ],
      ['cells right of the block, kept after it', '<row r="11"><c r="B11"><v>1</v></c><c r="E11"><v>9</v></c><c r="G11" t="inlineStr"><is><t>note</t></is></c><c r="AA11" s="3"/></row>'],
      ['only cells right of the block', '<row r="12"><c r="H12" t="s"><v>0</v></c></row>'],
      ['only the block', '<row r="13"><c r="D13"><v>1</v></c><c r="E13"><v>2</v></c><c r="F13"><v>3</v></c></row>'],
      ['no cells in the block, a gap of missing cells', '<row r="14"><c r="A14"><v>1</v></c><c r="C14"><v>3</v></c></row>'],
      ['an empty row that is not self-closing', '<row r="15"></row>'],
      ['the reference not first in the cell', '<row r="16"><c s="2" r="A16"><v>1</v></c><c t="inlineStr" r="E16"><is><t>x</t></is></c></row>'],
      [
        'a shared string and an inline string in the block',
        '<row r="17"><c r="A17"><v>1</v></c><c r="D17" t="s"><v>4</v></c><c r="E17" t="inlineStr"><is><t xml:space="preserve"> a </t></is></c></row>',
      ],
      ['no values at all for the row (missing cells)', '<row r="20"><c r="A20"><v>1</v></c><c r="D20"><v>1</v></c><c r="F20"><v>1</v></c></row>'],
    ];
    for (const [name, rowXml] of taken) {
      it(`${name}: edited on its bytes, the same row as on its text`, () => {
        const r = Number(/r="(\d+)"/.exec(rowXml)?.[1]);
        const { bytes, text } = both(columnBlockEdit(second), r, rowXml);
        expect(bytes).toBe(text);
      });
    }

    it('drops the stored block, writes the new one between the cells left and right of it', () => {
      const { bytes } = both(columnBlockEdit(second), 11, taken[4]?.[1] as string);
      expect(bytes).toBe(
        '<row r="11"><c r="B11"><v>1</v></c><c r="D11"><v>22</v></c><c r="E11" t="inlineStr"><is><t xml:space="preserve"> tiér 11 &amp; &lt;x&gt; </t></is></c><c r="F11" t="b"><v>0</v></c><c r="G11" t="inlineStr"><is><t>note</t></is></c><c r="AA11" s="3"/></row>',
      );
      const none = both(columnBlockEdit({ ...second, rows: new Map() }), 10, taken[3]?.[1] as string);
      expect(none.bytes).toBe('<row r="10"><c r="A10"><v>1</v></c></row>');
    });

    // Rows the text path tokenises: the bytes decline them (or give the same row).
    const declined: [string, string][] = [
      ['cells out of order', '<row r="21"><c r="E21"><v>1</v></c><c r="A21"><v>2</v></c></row>'],
      ['the same column twice', '<row r="22"><c r="D22"><v>1</v></c><c r="D22"><v>2</v></c></row>'],
      ['white space between cells', '<row r="23"><c r="A23"><v>1</v></c>\n<c r="E23"><v>2</v></c></row>'],
      ['a cell without a reference', '<row r="24"><c r="A24"><v>1</v></c><c><v>2</v></c></row>'],
      ['a lower-case reference', '<row r="25"><c r="a25"><v>1</v></c><c r="e25"><v>2</v></c></row>'],
      ['a tab before the reference', '<row r="26"><c\tr="E26"><v>1</v></c></row>'],
      ['a prefixed element closing inside a cell', '<row r="27"><c r="E27"><is><x:c>1</x:c></is></c></row>'],
      ['a non-ASCII byte in the start tag', '<row r="28" x="é"><c r="E28"><v>1</v></c></row>'],
      ['a self-closing row', '<row r="29" spans="1:3"/>'],
    ];
    for (const [name, rowXml] of declined) {
      it(`${name}: the same row as on its text`, () => {
        const r = Number(/r="(\d+)"/.exec(rowXml)?.[1]);
        const { bytes, text } = both(columnBlockEdit(second), r, rowXml);
        if (bytes !== null) expect(bytes).toBe(text);
      });
    }

    const sheetXml = `<?xml version="1.0"?><worksheet xmlns="x"><dimension ref="A1:C60"/><sheetData>${[...taken, ...declined]
      .map(([, x]) => x)
      .concat(Array.from({ length: 30 }, (_, i) => `<row r="${30 + i}" spans="1:3"><c r="A${30 + i}" t="inlineStr"><is><t>客户 ${i} 😀</t></is></c><c r="B${30 + i}" s="1"><v>${i}</v></c></row>`))
      .sort((a, b) => Number(/r="(\d+)"/.exec(a)?.[1]) - Number(/r="(\d+)"/.exec(b)?.[1]))
      .join('')}</sheetData><pageMargins left="1"/></worksheet>`;
    const onText = async (xml: string, edit: RowEdit): Promise<string> => {
      const out: string[] = [];
      for await (const piece of editSheetRows([xml], [edit])) out.push(piece);
      return out.join('');
    };
    const onBytes = async (xml: string, edit: RowEdit, size: number): Promise<string> => {
      const data = Buffer.from(xml, 'utf8');
      const chunks: Buffer[] = [];
      for (let at = 0; at < data.length; at += size) chunks.push(data.subarray(at, at + size));
      const out: Buffer[] = [];
      for await (const piece of editSheetRowBytes(chunks, [edit])) out.push(piece);
      return Buffer.concat(out).toString('utf8');
    };

    it('a first run, then a re-run with new values: the same sheet on bytes as on text, cut anywhere', async () => {
      const once = await onText(sheetXml, columnBlockEdit(first));
      for (const size of [1, 7, 64, 1 << 20]) expect(await onBytes(sheetXml, columnBlockEdit(first), size)).toBe(once);
      const twice = await onText(once, columnBlockEdit(second));
      expect(twice).not.toBe(once);
      for (const size of [1, 7, 64, 1 << 20]) expect(await onBytes(once, columnBlockEdit(second), size)).toBe(twice);
    });

    it('a re-run with the same values leaves the first run as it was (replaced, never duplicated)', async () => {
      const once = await onBytes(sheetXml, columnBlockEdit(first), 1 << 20);
      expect(await onBytes(once, columnBlockEdit(first), 1 << 20)).toBe(once);
      expect(await onBytes(once, columnBlockEdit(first), 5)).toBe(once);
    });
  });
});
