/**
 * Writes a block of columns into an existing worksheet's XML: cells already in the block's
 * columns are dropped (a re-run replaces its own output), cells elsewhere are kept as they are,
 * rows the sheet did not store are created in order.
 */
import { cellXml, type OutValue } from './sheetXml';
import { columnLetter } from '../../output/address';
import { attribute, columnNumber } from './xmlText';

export interface ColumnBlock {
  /** 1-based first column of the block. */
  firstColumn: number;
  width: number;
  /** 1-based sheet row -> the block's values on that row (header row included). */
  rows: ReadonlyMap<number, readonly OutValue[]>;
}

const ROW = /<(?:\w+:)?row\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b(?=[\s>/])[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;

interface CellToken {
  column: number;
  xml: string;
}

function cellsOf(rowXml: string): CellToken[] {
  const open = /^<[^>]*>/.exec(rowXml)?.[0] ?? '';
  if (open.endsWith('/>')) return [];
  const inner = rowXml.slice(open.length, rowXml.lastIndexOf('</'));
  let implied = 0;
  return [...inner.matchAll(CELL)].map((m) => {
    const ref = attribute(/^<[^>]*>/.exec(m[0])?.[0] ?? m[0], 'r');
    const letters = ref ? /^[A-Za-z]+/.exec(ref)?.[0] : undefined;
    implied = letters ? columnNumber(letters) : implied + 1;
    return { column: implied, xml: m[0] };
  });
}

function rowXmlWith(rowNumber: number, openTag: string | null, kept: readonly CellToken[], block: ColumnBlock): string {
  const values = block.rows.get(rowNumber);
  const added: CellToken[] = (values ?? []).map((v, i) => ({ column: block.firstColumn + i, xml: cellXml(block.firstColumn + i, rowNumber, v) }));
  const cells = [...kept, ...added].filter((c) => c.xml !== '').sort((a, b) => a.column - b.column);
  // "spans" is an optional hint that would now be wrong.
  const open = (openTag ?? `<row r="${rowNumber}">`).replace(/\s+spans="[^"]*"/, '').replace(/\/>$/, '>');
  const close = `</${/^<(\w+:)?row/.exec(open)?.[1] ?? ''}row>`;
  return cells.length === 0 && openTag !== null && openTag.endsWith('/>') ? openTag : `${open}${cells.map((c) => c.xml).join('')}${close}`;
}

export function writeColumnBlock(sheetXml: string, block: ColumnBlock): string {
  const inBlock = (column: number): boolean => column >= block.firstColumn && column < block.firstColumn + block.width;
  const dataMatch = /<((?:\w+:)?)sheetData\s*\/>|<((?:\w+:)?)sheetData\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheetData>/.exec(sheetXml);
  if (!dataMatch) throw new Error('The worksheet has no sheetData element');
  const prefix = dataMatch[1] ?? dataMatch[2] ?? '';
  const inner = dataMatch[3] ?? '';
  const pending = [...block.rows.keys()].sort((a, b) => a - b);
  let next = 0;
  let implied = 0;
  let maxRow = 0;
  const out: string[] = [];
  const flushBefore = (rowNumber: number): void => {
    while (next < pending.length && (pending[next] as number) < rowNumber) {
      const r = pending[next++] as number;
      out.push(rowXmlWith(r, null, [], block));
    }
  };
  for (const m of inner.matchAll(ROW)) {
    const open = /^<[^>]*>/.exec(m[0])?.[0] ?? '';
    const r = Number(attribute(open, 'r') ?? implied + 1);
    implied = r;
    maxRow = Math.max(maxRow, r);
    flushBefore(r);
    if (next < pending.length && pending[next] === r) next++;
    const kept = cellsOf(m[0]).filter((c) => !inBlock(c.column));
    out.push(rowXmlWith(r, open, kept, block));
  }
  flushBefore(Infinity);
  for (const r of pending) if (r > maxRow) maxRow = r; // not Math.max(...pending): a million rows overflow the stack
  const newData = `<${prefix}sheetData>${out.join('')}</${prefix}sheetData>`;
  let result = sheetXml.slice(0, dataMatch.index) + newData + sheetXml.slice(dataMatch.index + dataMatch[0].length);
  result = result.replace(/<((?:\w+:)?)dimension\s+ref="([^"]*)"\s*\/>/, (_all, p: string, ref: string) => {
    const [start, end] = ref.split(':');
    const endCol = end ? columnNumber(/^[A-Za-z]+/.exec(end)?.[0] ?? 'A') : 1;
    const endRow = end ? Number(/\d+$/.exec(end)?.[0] ?? 1) : 1;
    const lastCol = Math.max(endCol, block.firstColumn + block.width - 1);
    return `<${p}dimension ref="${start && start !== '' ? start.replace(/:.*/, '') : 'A1'}:${columnLetter(lastCol - 1)}${Math.max(endRow, maxRow)}"/>`;
  });
  return result;
}

/** One row's change: these cells (1-based column -> value) set, and columns 1..`clearTo` emptied first. */
export interface RowPatch {
  cells: ReadonlyMap<number, OutValue>;
  clearTo?: number;
}

/**
 * Sets single cells of given rows, keeping every other cell (and its style) as it is: the owned,
 * editable plan table, where a manager's cells on a row stay and only ours change.
 */
export function patchRows(sheetXml: string, patches: ReadonlyMap<number, RowPatch>): string {
  const dataMatch = /<((?:\w+:)?)sheetData\s*\/>|<((?:\w+:)?)sheetData\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheetData>/.exec(sheetXml);
  if (!dataMatch) throw new Error('The worksheet has no sheetData element');
  const prefix = dataMatch[1] ?? dataMatch[2] ?? '';
  const inner = dataMatch[3] ?? '';
  const pending = [...patches.keys()].sort((a, b) => a - b);
  let next = 0;
  let implied = 0;
  let maxRow = 0;
  let maxCol = 1;
  const out: string[] = [];
  const rowXml = (r: number, open: string | null, existing: readonly CellToken[]): string => {
    const patch = patches.get(r);
    if (!patch) return open === null ? '' : `${open}${existing.map((c) => c.xml).join('')}</${/^<(\w+:)?row/.exec(open)?.[1] ?? ''}row>`;
    const kept = existing.filter((c) => !patch.cells.has(c.column) && !(patch.clearTo !== undefined && c.column <= patch.clearTo));
    const added: CellToken[] = [...patch.cells].map(([column, v]) => ({ column, xml: cellXml(column, r, v) }));
    for (const c of added) if (c.xml !== '') maxCol = Math.max(maxCol, c.column);
    const cells = [...kept, ...added].filter((c) => c.xml !== '').sort((a, b) => a.column - b.column);
    const openTag = (open ?? `<row r="${r}">`).replace(/\s+spans="[^"]*"/, '').replace(/\/>$/, '>');
    return `${openTag}${cells.map((c) => c.xml).join('')}</${/^<(\w+:)?row/.exec(openTag)?.[1] ?? ''}row>`;
  };
  const flushBefore = (rowNumber: number): void => {
    while (next < pending.length && (pending[next] as number) < rowNumber) {
      const r = pending[next++] as number;
      out.push(rowXml(r, null, []));
    }
  };
  for (const m of inner.matchAll(ROW)) {
    const open = /^<[^>]*>/.exec(m[0])?.[0] ?? '';
    const r = Number(attribute(open, 'r') ?? implied + 1);
    implied = r;
    maxRow = Math.max(maxRow, r);
    flushBefore(r);
    if (next < pending.length && pending[next] === r) next++;
    if (!patches.has(r)) {
      out.push(m[0]);
      continue;
    }
    out.push(rowXml(r, open, cellsOf(m[0])));
  }
  flushBefore(Infinity);
  for (const r of pending) if (r > maxRow) maxRow = r; // not Math.max(...pending): a million rows overflow the stack
  const newData = `<${prefix}sheetData>${out.join('')}</${prefix}sheetData>`;
  let result = sheetXml.slice(0, dataMatch.index) + newData + sheetXml.slice(dataMatch.index + dataMatch[0].length);
  result = result.replace(/<((?:\w+:)?)dimension\s+ref="([^"]*)"\s*\/>/, (_all, p: string, ref: string) => {
    const end = ref.split(':')[1];
    const endCol = end ? columnNumber(/^[A-Za-z]+/.exec(end)?.[0] ?? 'A') : 1;
    const endRow = end ? Number(/\d+$/.exec(end)?.[0] ?? 1) : 1;
    return `<${p}dimension ref="A1:${columnLetter(Math.max(endCol, maxCol) - 1)}${Math.max(endRow, maxRow)}"/>`;
  });
  return result;
}
