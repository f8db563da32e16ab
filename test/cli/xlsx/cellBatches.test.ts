/**
 * Rows handed over in batches (src/cli/xlsx/cellBatches.ts), as the sheet thread hands the order
 * sheet to the main thread: scanned with the shared-string stand-in (SharedIndexes), encoded,
 * and replayed with the workbook's table, they must be the rows the scanner gives with the table
 * itself (checked in sheetScanner.test.ts against fixed rows and a regular-expression reading):
 * same row numbers, same cells, same values, for every cell shape and any batch size.
 */
import fc from 'fast-check';
import type { CellValue } from '../../../src/domain/model';
import { CellBatchWriter, emptyBatch, replayBatch, SharedIndexes, type CellBatch } from '../../../src/cli/xlsx/cellBatches';
import { SharedStrings } from '../../../src/cli/xlsx/sharedStrings';
import { SheetScanner } from '../../../src/cli/xlsx/sheetScanner';

const table = SharedStrings.parse(Buffer.from(`<sst>${Array.from({ length: 30 }, (_, k) => (k === 7 ? '<si/>' : `<si><t>text ${k} &amp; more</t></si>`)).join('')}</sst>`));
const letters = (n: number): string => (n < 26 ? String.fromCharCode(65 + n) : String.fromCharCode(64 + Math.floor(n / 26)) + String.fromCharCode(65 + (n % 26)));

const cell = fc.record({
  gap: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  kind: fc.constantFrom('n', 's', 'sBad', 'b', 'str', 'e', 'inline', 'formula', 'empty', 'emptyV'),
  number: fc.oneof(fc.integer({ min: -1e9, max: 1e9 }).map(String), fc.double({ noNaN: true, noDefaultInfinity: true }).map(String), fc.constantFrom('', 'x', '1e5', '-0')),
  index: fc.integer({ min: -2, max: 35 }),
});
type Cell = typeof cell extends fc.Arbitrary<infer T> ? T : never;

function cellXml(c: Cell, column: number | null, row: number): string {
  const r = column === null ? '' : ` r="${letters(column)}${row}"`;
  switch (c.kind) {
    case 's':
      return `<c${r} t="s"><v>${c.index}</v></c>`;
    case 'sBad':
      return `<c${r} t="s"><v>${c.number}</v></c>`;
    case 'b':
      return `<c${r} t="b"><v>${c.index & 1}</v></c>`;
    case 'str':
    case 'e':
      return `<c${r} t="${c.kind}"><v>a &lt;${c.number}&gt;</v></c>`;
    case 'inline':
      return `<c${r} t="inlineStr"><is><t>in ${c.number}</t></is></c>`;
    case 'formula':
      return `<c${r}><f>A1+1</f><v>${c.number}</v></c>`;
    case 'empty':
      return `<c${r} s="2"/>`;
    case 'emptyV':
      return `<c${r}><v></v></c>`;
    default:
      return `<c${r}><v>${c.number}</v></c>`;
  }
}

function sheetXml(rows: { skip: number; cells: Cell[] }[], prefix: string): string {
  let r = 0;
  const body = rows
    .map(({ skip, cells }) => {
      r += 1 + skip;
      let column = -1;
      return `<row r="${r}">${cells.map((c) => cellXml(c, c.gap === null ? null : (column += c.gap), r)).join('')}</row>`;
    })
    .join('');
  const xml = `<worksheet><sheetData>${body}</sheetData></worksheet>`;
  return prefix ? xml.replace(/<(\/?)(worksheet|sheetData|row|c|v|f|is|t)\b/g, `<$1${prefix}$2`) : xml;
}

/** The scanner's rows with the table itself: [row number, cells]. */
function scanned(xml: string): [number, CellValue[]][] {
  const out: [number, CellValue[]][] = [];
  const scanner = new SheetScanner(table, (r, cells) => out.push([r, [...cells]]), { reuseRow: true });
  scanner.push(xml);
  scanner.finish();
  return out;
}

/** The same rows through the stand-in, batches of at most `rows` rows and `cells` cells, replayed with the table. */
function batched(xml: string, rows: number, cells: number): { rows: [number, CellValue[]][]; batches: number } {
  const free: CellBatch[] = [];
  const sent: CellBatch[] = [];
  const refs = new SharedIndexes(table.size);
  const writer = new CellBatchWriter(
    refs,
    () => free.pop() ?? emptyBatch(rows, cells),
    (batch) => sent.push(batch),
  );
  const scanner = new SheetScanner(refs, (r, row) => writer.add(r, row), { reuseRow: true });
  scanner.push(xml);
  scanner.finish();
  writer.flush();
  const out: [number, CellValue[]][] = [];
  const row: CellValue[] = [];
  for (const batch of sent) {
    replayBatch(batch, table, (r, cellsOfRow) => out.push([r, [...cellsOfRow]]), row);
    // Handed back, as the main thread does: the next batches reuse its arrays.
    free.push(batch);
  }
  return { rows: out, batches: sent.length };
}

describe('cell batches', () => {
  it('replay the rows the scanner gives with the table, for every cell shape and batch size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ skip: fc.integer({ min: 0, max: 2 }), cells: fc.array(cell, { maxLength: 9 }) }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('', 'x:'),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 40 }),
        (rows, prefix, batchRows, batchCells) => {
          const xml = sheetXml(rows, prefix);
          const direct = scanned(xml);
          const { rows: replayed } = batched(xml, batchRows, batchCells);
          expect(replayed).toEqual(direct);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads shared-string indexes the table does not have (out of range, not whole) as the table does: empty, not over an earlier cell', () => {
    const xml = '<sheetData><row r="1"><c t="s"><v>3</v></c><c t="s"><v>99</v></c><c t="s"><v>1.5</v></c><c t="s"><v>-1</v></c><c t="s"><v>7</v></c><c r="A1" t="s"><v>30</v></c></row></sheetData>';
    expect(scanned(xml)).toEqual([[1, ['text 3 & more', null, null, null, '']]]);
    expect(batched(xml, 4, 100).rows).toEqual(scanned(xml));
  });

  it('gives a row wider than a batch holds a batch of its own, and splits rows over batches by cells', () => {
    const wide = `<sheetData><row r="1"><c><v>1</v></c></row><row r="2">${Array.from({ length: 50 }, (_, k) => `<c><v>${k}</v></c>`).join('')}</row><row r="3"><c t="s"><v>2</v></c></row></sheetData>`;
    const result = batched(wide, 8, 10);
    expect(result.rows).toEqual(scanned(wide));
    expect(result.rows[1]?.[1]).toHaveLength(50);
    expect(result.batches).toBe(3);
  });
});
