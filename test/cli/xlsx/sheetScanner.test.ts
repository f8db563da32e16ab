import fc from 'fast-check';
import { parseSharedStrings } from '../../../src/cli/xlsx/sharedStrings';
import { SheetScanner } from '../../../src/cli/xlsx/sheetScanner';

const SHARED = parseSharedStrings('<sst><si><t>Customer ID</t></si><si><r><t>Rich </t></r><r><rPr><b/></rPr><t>text</t></r></si><si><t>A &amp; B</t><rPh><t>phonetic</t></rPh></si><si/></sst>');

const XML =
  '<worksheet><sheetData>' +
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
  '<row r="2" spans="1:5"><c r="A2"><v>1001</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2"><f>A2*2</f><v>2002</v></c><c r="E2" t="str"><f>"x"&amp;"y"</f><v>xy</v></c></row>' +
  '<row r="4"><c r="B4" t="inlineStr"><is><t xml:space="preserve"> inline </t></is></c><c r="C4" t="s"><v>2</v></c><c r="D4" s="2"/></row>' +
  '<row r="5"/>' +
  '</sheetData></worksheet>';

const EXPECTED = [['Customer ID', null, 'Rich text'], [1001, true, '#N/A', 2002, 'xy'], [], [null, ' inline ', 'A & B', null], []];

function scanInPieces(pieces: readonly string[]): unknown[][] {
  const scanner = new SheetScanner(SHARED);
  for (const p of pieces) scanner.push(p);
  scanner.finish();
  return scanner.rows;
}

describe('SheetScanner', () => {
  it('reads shared, rich, inline, boolean, error and formula cells as Range.values gives them', () => {
    expect(SHARED).toEqual(['Customer ID', 'Rich text', 'A & B', '']);
    expect(scanInPieces([XML])).toEqual(EXPECTED);
  });

  it('gives the same rows however the XML is cut into chunks', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: XML.length - 1 }), { maxLength: 12 }), (cuts) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const pieces = [0, ...sorted].map((from, i) => XML.slice(from, sorted[i] ?? XML.length));
        expect(scanInPieces(pieces)).toEqual(EXPECTED);
      }),
    );
  });

  it('reads namespace-prefixed sheet XML (<x:row>) to the same rows', () => {
    const prefixed = XML.replace(/<(\/?)(worksheet|sheetData|row|c|v|f|is|t)\b/g, '<$1x:$2');
    expect(prefixed).toContain('<x:row r="2"');
    expect(scanInPieces([prefixed.slice(0, 200), prefixed.slice(200)])).toEqual(EXPECTED);
  });

  it('reads r and t in any order among other attributes', () => {
    const xml = '<sheetData><row r="1"><c s="2" t="s" r="B1"><v>1</v></c><c t="b" cm="1" r="D1"><v>0</v></c><c vm="1" r="E1" s="3"><v>2.5</v></c><c ph="1" t="str"><v>x</v></c></row></sheetData>';
    expect(scanInPieces([xml])).toEqual([[null, 'Rich text', null, false, 2.5, 'x']]);
  });

  it('places cells without an r attribute after the previous cell', () => {
    expect(scanInPieces(['<sheetData><row><c><v>1</v></c><c><v>2</v></c></row></sheetData>'])).toEqual([[1, 2]]);
  });
});

describe('SheetScanner on bytes', () => {
  const UNICODE =
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>客户编号 &amp; Ünïcode</t></is></c><c r="B1" t="str"><v>订单 &lt;1&gt;</v></c></row>' +
    '<row r="2"><c r="A2"><v>-0.000123</v></c><c r="B2"><v>1.5E-3</v></c><c r="C2"><v>12345678901234567</v></c><c r="D2"><v>007.50</v></c></row></sheetData>';
  const UNICODE_ROWS = [
    ['客户编号 & Ünïcode', '订单 <1>'],
    [-0.000123, 0.0015, Number('12345678901234567'), 7.5],
  ];

  it('gives the same rows however the bytes are cut, even inside a character', () => {
    const bytes = Buffer.from(UNICODE, 'utf8');
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 10 }), (cuts) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const scanner = new SheetScanner([]);
        for (const [i, from] of [0, ...sorted].entries()) scanner.push(bytes.subarray(from, sorted[i] ?? bytes.length));
        scanner.finish();
        expect(scanner.rows).toEqual(UNICODE_ROWS);
      }),
    );
  });

  it('reads every number as Number() reads its text', () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^\d{1,20}$/), fc.option(fc.stringMatching(/^\d{0,25}$/)))
      .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}`);
    fc.assert(
      fc.property(fc.oneof(decimal, fc.double({ noNaN: true, noDefaultInfinity: true }).map(String)), (text) => {
        const scanner = new SheetScanner([]);
        scanner.push(`<sheetData><row r="1"><c r="A1"><v>${text}</v></c></row></sheetData>`);
        scanner.finish();
        expect(Object.is(scanner.rows[0]?.[0], Number(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('hands the sink one reused array per row, holding exactly that row, however the XML is cut', () => {
    // Rows narrower after wider ones, an empty row, cells out of order: the array must never show a former row's cells.
    const xml = `${XML.slice(0, XML.indexOf('</sheetData>'))}<row r="6"><c r="B6"><v>7</v></c></row><row r="7"><c r="C7"><v>3</v></c><c r="A7"><v>1</v></c></row><row r="8"><c r="A8" s="1"/></row></sheetData></worksheet>`;
    const expected: [number, unknown[]][] = [
      [1, EXPECTED[0] as unknown[]],
      [2, EXPECTED[1] as unknown[]],
      [4, EXPECTED[3] as unknown[]],
      [5, []],
      [6, [null, 7]],
      [7, [1, null, 3]],
      [8, [null]],
    ];
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: xml.length - 1 }), { maxLength: 8 }), (cuts) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const seen: [number, unknown[]][] = [];
        let array: unknown[] | null = null;
        const scanner = new SheetScanner(
          SHARED,
          (r, cells) => {
            array ??= cells;
            expect(cells).toBe(array);
            seen.push([r, [...cells]]);
          },
          { reuseRow: true },
        );
        for (const [i, from] of [0, ...sorted].entries()) scanner.push(xml.slice(from, sorted[i] ?? xml.length));
        scanner.finish();
        expect(seen).toEqual(expected);
      }),
    );
  });

  it('hands each row to a sink with its sheet row number instead of keeping a grid', () => {
    const seen: [number, unknown[]][] = [];
    const scanner = new SheetScanner(SHARED, (r, cells) => seen.push([r, cells]));
    scanner.push(XML);
    scanner.finish();
    expect(scanner.rows).toEqual([]);
    expect(seen).toEqual([
      [1, EXPECTED[0]],
      [2, EXPECTED[1]],
      [4, EXPECTED[3]],
      [5, []],
    ]);
  });
});

describe('SheetScanner: the one-pass cell path against the regular-expression path', () => {
  // The byte path (plain XML) reads the usual cell in one pass and every other shape as before; the
  // namespace-prefixed path reads the same cells with regular expressions, a separate implementation.
  const shared = parseSharedStrings(`<sst>${Array.from({ length: 40 }, (_, k) => `<si><t>text ${k} &amp; more</t></si>`).join('')}</sst>`);
  const letters = (n: number): string => (n < 26 ? String.fromCharCode(65 + n) : String.fromCharCode(64 + Math.floor(n / 26)) + String.fromCharCode(65 + (n % 26)));
  const numberText = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }).map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 9999 })).map(([a, b]) => `${a}.${b}`),
    fc.constantFrom('', '-', '.', '1e5', ' 7', 'x', '007', '-0'),
  );
  const cell = fc.record({
    // Columns left to right (a sheet stores no cell twice): a gap after the previous cell, or no r at all.
    gap: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    style: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
    extra: fc.constantFrom('', ' cm="1"', ' vm="2"', ' ph="1"'),
    order: fc.integer({ min: 0, max: 5 }),
    kind: fc.constantFrom('n', 's', 'sBad', 'b', 'str', 'e', 'inline', 'formula', 'empty', 'open', 'emptyV', 'tN'),
    text: numberText,
    index: fc.integer({ min: -2, max: 45 }),
  });
  const xmlOf = (c: { style: number | null; extra: string; order: number; kind: string; text: string; index: number }, column: number | null, row: number): string => {
    const attrs = [column === null ? '' : ` r="${letters(column)}${row}"`, c.style === null ? '' : ` s="${c.style}"`];
    const type = { s: 's', sBad: 's', b: 'b', str: 'str', e: 'e', inline: 'inlineStr', tN: 'n' }[c.kind];
    if (type) attrs.push(` t="${type}"`);
    attrs.push(c.extra);
    for (let k = 0; k < c.order; k++) attrs.push(attrs.shift() as string);
    const tag = `<c${attrs.join('')}`;
    switch (c.kind) {
      case 's':
        return `${tag}><v>${c.index}</v></c>`;
      case 'sBad':
        return `${tag}><v>${c.text}</v></c>`;
      case 'b':
        return `${tag}><v>${c.index & 1}</v></c>`;
      case 'str':
      case 'e':
        return `${tag}><v>a &lt;${c.text}&gt;</v></c>`;
      case 'inline':
        return `${tag}><is><t>in ${c.text}</t></is></c>`;
      case 'formula':
        return `${tag}><f>A1+1</f><v>${c.text}</v></c>`;
      case 'empty':
        return `${tag}/>`;
      case 'open':
        return `${tag}></c>`;
      case 'emptyV':
        return `${tag}><v></v></c>`;
      default:
        return `${tag}><v>${c.text}</v></c>`;
    }
  };

  it('gives the rows the prefixed path gives, for every cell shape, however the bytes are cut', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { minLength: 1, maxLength: 6 }), fc.array(fc.integer({ min: 1, max: 4000 }), { maxLength: 6 }), (rows, cuts) => {
        const body = rows
          .map((cells, r) => {
            let column = -1;
            const xml = cells.map((c) => {
              column += c.gap ?? 1;
              return xmlOf(c, c.gap === null ? null : column, r + 1);
            });
            return `<row r="${r + 1}">${xml.join('')}</row>`;
          })
          .join('');
        const plain = Buffer.from(`<worksheet><sheetData>${body}</sheetData></worksheet>`, 'utf8');
        const prefixed = `<x:worksheet><x:sheetData>${body.replace(/<(\/?)(row|c|v|f|is|t)\b/g, '<$1x:$2')}</x:sheetData></x:worksheet>`;
        const byBytes = new SheetScanner(shared);
        const sorted = [...new Set(cuts.filter((k) => k < plain.length))].sort((a, b) => a - b);
        for (const [i, from] of [0, ...sorted].entries()) byBytes.push(plain.subarray(from, sorted[i] ?? plain.length));
        byBytes.finish();
        const byExpressions = new SheetScanner(shared);
        byExpressions.push(prefixed);
        byExpressions.finish();
        expect(byBytes.rows).toEqual(byExpressions.rows);
      }),
      { numRuns: 3000 },
    );
  });
});
