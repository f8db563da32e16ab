/**
 * Edits of the rows of an existing worksheet's XML, streamed: the XML goes through in pieces
 * (`SheetRowsEditor.write`), each complete row is edited as it arrives, and only the row cut in
 * two at the end of a piece is held over. A sheet of a million rows is never one string.
 * Two edits: a block of columns written into every row (`columnBlockEdit`: the owned columns
 * beside the customer data), and single cells set on given rows (`rowPatchEdit`: the plan table).
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

/** One row's change: these cells (1-based column -> value) set, and columns 1..`clearTo` emptied first. */
export interface RowPatch {
  cells: ReadonlyMap<number, OutValue>;
  clearTo?: number;
}

interface CellToken {
  column: number;
  xml: string;
}

/** What an edit does to the sheet: the rows it rewrites or creates, and the dimension it needs. */
export interface RowEdit {
  /** Rows the edit writes to, ascending: a row the sheet does not store is created in order. */
  rows: readonly number[];
  /** Every stored row goes through `row` (not only `rows`): an edit that clears columns. */
  everyRow: boolean;
  /** The new XML of row `r`: `open` is its start tag as stored, null for a row the sheet does not store. */
  row(r: number, open: string | null, rowXml: string | null): string;
  /** The new dimension reference from the stored one (the dimension precedes the rows: it is settled from the edit alone). */
  dimension(ref: string): string;
}

const ROW = /<(?:\w+:)?row\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b(?=[\s>/])[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;
const SHEET_DATA_OPEN = /<((?:\w+:)?)sheetData\b[^>]*?(\/?)>/;
const SHEET_DATA_CLOSE = /<\/(?:\w+:)?sheetData>/;
const DIMENSION = /<((?:\w+:)?)dimension\s+ref="([^"]*)"\s*\/>/;
const START_TAG = /^<[^>]*>/;
const WORD = /\w/;

function cellsOf(rowXml: string): CellToken[] {
  const open = START_TAG.exec(rowXml)?.[0] ?? '';
  if (open.endsWith('/>')) return [];
  const inner = rowXml.slice(open.length, rowXml.lastIndexOf('</'));
  let implied = 0;
  return [...inner.matchAll(CELL)].map((m) => {
    const ref = attribute(START_TAG.exec(m[0])?.[0] ?? m[0], 'r');
    const letters = ref ? /^[A-Za-z]+/.exec(ref)?.[0] : undefined;
    implied = letters ? columnNumber(letters) : implied + 1;
    return { column: implied, xml: m[0] };
  });
}

/** A row's XML from its cells in column order; "spans" is dropped, an optional hint that would now be wrong. */
function rowWith(r: number, open: string | null, cells: readonly CellToken[]): string {
  const openTag = (open ?? `<row r="${r}">`).replace(/\s+spans="[^"]*"/, '').replace(/\/>$/, '>');
  const close = `</${/^<(\w+:)?row/.exec(openTag)?.[1] ?? ''}row>`;
  const sorted = cells.filter((c) => c.xml !== '').sort((a, b) => a.column - b.column);
  return `${openTag}${sorted.map((c) => c.xml).join('')}${close}`;
}

const LETTER_A = 65;
const LETTER_Z = 90;

/**
 * The usual case of columnBlockEdit.row, without tokenising the row: an unprefixed row whose
 * content is only cells (`<c r="..."`), each with a reference, in ascending columns all left of the
 * block. Then the cells stay as stored and the block's cells follow them: the same text as
 * rowWith gives. Null when the row is not of that shape (rowWith then does the general case).
 */
function appendAfterCells(r: number, open: string, rowXml: string, firstColumn: number, added: readonly CellToken[]): string | null {
  if (open.endsWith('/>') || !rowXml.startsWith('<row') || !rowXml.endsWith('</row>')) return null;
  const end = rowXml.length - '</row>'.length;
  let p = open.length;
  let last = 0;
  while (p < end) {
    // A cell: `<c` and a space, then ` r="` + column letters somewhere in its start tag.
    if (rowXml.charCodeAt(p) !== 60 || rowXml.charCodeAt(p + 1) !== 99 || rowXml.charCodeAt(p + 2) !== 32) return null;
    const tagEnd = rowXml.indexOf('>', p);
    if (tagEnd < 0 || tagEnd >= end) return null;
    const ref = rowXml.indexOf(' r="', p);
    if (ref < 0 || ref > tagEnd) return null;
    let column = 0;
    for (let i = ref + 4, c = rowXml.charCodeAt(i); c >= LETTER_A && c <= LETTER_Z; c = rowXml.charCodeAt(++i)) column = column * 26 + (c - 64);
    if (column <= last || column >= firstColumn) return null;
    last = column;
    if (rowXml.charCodeAt(tagEnd - 1) === 47) p = tagEnd + 1;
    else {
      const close = rowXml.indexOf('</c>', tagEnd);
      // A prefixed element closing `...:c>` inside the cell would end it for the regular expression: not this path.
      const colon = rowXml.indexOf(':c>', tagEnd);
      if (close < 0 || close >= end || (colon >= 0 && colon < close)) return null;
      p = close + 4;
    }
  }
  const openTag = open.replace(/\s+spans="[^"]*"/, '');
  let cells = '';
  for (const c of added) cells += c.xml;
  return `${openTag}${rowXml.slice(open.length, end)}${cells}</row>`;
}

/** The last column and row of a dimension reference ("A1:D20" -> 4, 20; "A1" -> 1, 1). */
function dimensionEnd(ref: string): { column: number; row: number } {
  const end = ref.split(':')[1];
  return { column: end ? columnNumber(/^[A-Za-z]+/.exec(end)?.[0] ?? 'A') : 1, row: end ? Number(/\d+$/.exec(end)?.[0] ?? 1) : 1 };
}

const lastOf = (rows: readonly number[]): number => (rows.length === 0 ? 0 : (rows[rows.length - 1] as number));

/** Writes a block of columns: cells already in the block's columns are dropped (a re-run replaces its own output), cells elsewhere kept as they are. */
export function columnBlockEdit(block: ColumnBlock): RowEdit {
  const inBlock = (column: number): boolean => column >= block.firstColumn && column < block.firstColumn + block.width;
  const rows = [...block.rows.keys()].sort((a, b) => a - b);
  return {
    rows,
    everyRow: true,
    row(r, open, rowXml) {
      const values = block.rows.get(r) ?? [];
      const added = values.map((v, i) => ({ column: block.firstColumn + i, xml: cellXml(block.firstColumn + i, r, v) }));
      const fast = open !== null && rowXml !== null ? appendAfterCells(r, open, rowXml, block.firstColumn, added) : null;
      if (fast !== null) return fast;
      const kept = rowXml === null ? [] : cellsOf(rowXml).filter((c) => !inBlock(c.column));
      // An empty self-closing row stays as it was.
      if (open !== null && open.endsWith('/>') && kept.length === 0 && added.every((c) => c.xml === '')) return open;
      return rowWith(r, open, [...kept, ...added]);
    },
    dimension(ref) {
      const start = ref.split(':')[0];
      const end = dimensionEnd(ref);
      const lastColumn = Math.max(end.column, block.firstColumn + block.width - 1);
      return `${start ? start.replace(/:.*/, '') : 'A1'}:${columnLetter(lastColumn - 1)}${Math.max(end.row, lastOf(rows))}`;
    },
  };
}

/** Sets single cells of given rows, keeping every other cell (and its style) as it is: the owned, editable plan table. */
export function rowPatchEdit(patches: ReadonlyMap<number, RowPatch>): RowEdit {
  const rows = [...patches.keys()].sort((a, b) => a - b);
  let maxColumn = 1;
  for (const patch of patches.values()) for (const [column, v] of patch.cells) if (column > maxColumn && cellXml(column, 1, v) !== '') maxColumn = column;
  return {
    rows,
    everyRow: false,
    row(r, open, rowXml) {
      const patch = patches.get(r);
      if (!patch) return rowXml ?? '';
      const existing = rowXml === null ? [] : cellsOf(rowXml);
      const kept = existing.filter((c) => !patch.cells.has(c.column) && !(patch.clearTo !== undefined && c.column <= patch.clearTo));
      const added = [...patch.cells].map(([column, v]) => ({ column, xml: cellXml(column, r, v) }));
      return rowWith(r, open, [...kept, ...added]);
    },
    dimension(ref) {
      const end = dimensionEnd(ref);
      return `A1:${columnLetter(Math.max(end.column, maxColumn) - 1)}${Math.max(end.row, lastOf(rows))}`;
    },
  };
}

/**
 * Applies a RowEdit to a worksheet's XML given in pieces: `write` takes the next piece and returns
 * the edited XML settled so far, `end` the rest. Text before `<sheetData>` is held until that tag
 * (it is short: sheet properties, views, columns) so the dimension can be rewritten; rows are
 * edited one by one as they complete; rows the edit writes that the sheet does not store are
 * created in order; everything after `</sheetData>` is passed through.
 */
export class SheetRowsEditor {
  private state: 'head' | 'rows' | 'tail' = 'head';
  private pending = '';
  private next = 0;
  private implied = 0;
  private prefix = '';

  constructor(private readonly edit: RowEdit) {}

  write(piece: string): string {
    if (this.state === 'tail') return piece;
    this.pending += piece;
    const out: string[] = [];
    if (this.state === 'head') {
      const open = SHEET_DATA_OPEN.exec(this.pending);
      if (!open) return '';
      const head = this.pending.slice(0, open.index).replace(DIMENSION, (_all, p: string, ref: string) => `<${p}dimension ref="${this.edit.dimension(ref)}"/>`);
      this.prefix = open[1] ?? '';
      out.push(head, `<${this.prefix}sheetData>`);
      this.pending = this.pending.slice(open.index + open[0].length);
      this.state = 'rows';
      if (open[2] === '/') return out.join('') + this.closeRows(this.pending);
    }
    const close = SHEET_DATA_CLOSE.exec(this.pending);
    if (close) {
      const rows = this.pending.slice(0, close.index);
      const rest = this.pending.slice(close.index + close[0].length);
      return out.join('') + this.editRows(rows, true) + this.closeRows(rest);
    }
    return out.join('') + this.editRows(this.pending, false);
  }

  end(): string {
    if (this.state === 'head') throw new Error('The worksheet has no sheetData element');
    if (this.state === 'rows') throw new Error('The worksheet ends inside its sheetData element');
    return '';
  }

  /** The complete rows of `text` edited; the incomplete last one is kept for the next piece unless `all`. */
  private editRows(text: string, all: boolean): string {
    const out: string[] = [];
    let consumed = 0;
    const one = (rowXml: string, open: string): void => {
      const r = Number(attribute(open, 'r') ?? this.implied + 1);
      this.implied = r;
      this.flushBefore(r, out);
      const listed = this.edit.rows[this.next] === r;
      if (listed) this.next++;
      out.push(listed || this.edit.everyRow ? this.edit.row(r, open, rowXml) : rowXml);
    };
    if (this.prefix === '' && !text.includes(':row')) {
      // Unprefixed rows found with indexOf: the same rows as the regular expression, without its backtracking.
      for (let p = text.indexOf('<row'); p >= 0; p = text.indexOf('<row', p + 1)) {
        if (p + 4 < text.length && WORD.test(text.charAt(p + 4))) continue; // <rowBreaks ...: not a row
        const tagEnd = text.indexOf('>', p);
        if (tagEnd < 0) break;
        const closed = text.charCodeAt(tagEnd - 1) === 47;
        const close = closed ? tagEnd + 1 : text.indexOf('</row>', tagEnd);
        if (close < 0) break;
        const rowEnd = closed ? close : close + '</row>'.length;
        one(text.slice(p, rowEnd), text.slice(p, tagEnd + 1));
        consumed = rowEnd;
        p = rowEnd - 1;
      }
    } else {
      ROW.lastIndex = 0;
      for (let m = ROW.exec(text); m !== null; m = ROW.exec(text)) {
        consumed = m.index + m[0].length;
        one(m[0], START_TAG.exec(m[0])?.[0] ?? '');
      }
    }
    this.pending = all ? '' : text.slice(consumed);
    return out.join('');
  }

  private closeRows(rest: string): string {
    const out: string[] = [];
    this.flushBefore(Infinity, out);
    out.push(`</${this.prefix}sheetData>`, rest);
    this.pending = '';
    this.state = 'tail';
    return out.join('');
  }

  /** Rows the edit writes that come before sheet row `r` and are not stored: created. */
  private flushBefore(r: number, out: string[]): void {
    const rows = this.edit.rows;
    while (this.next < rows.length && (rows[this.next] as number) < r) {
      const created = rows[this.next++] as number;
      out.push(this.edit.row(created, null, null));
    }
  }
}

/** Applies edits, in order, to a worksheet's XML given as pieces; yields the edited XML in pieces. */
export async function* editSheetRows(pieces: AsyncIterable<string> | Iterable<string>, edits: readonly RowEdit[]): AsyncGenerator<string> {
  const editors = edits.map((e) => new SheetRowsEditor(e));
  const through = (text: string, at: number): string => {
    let t = text;
    for (let k = at; k < editors.length; k++) t = (editors[k] as SheetRowsEditor).write(t);
    return t;
  };
  for await (const piece of pieces) {
    const out = through(piece, 0);
    if (out !== '') yield out;
  }
  for (let k = 0; k < editors.length; k++) {
    const rest = through((editors[k] as SheetRowsEditor).end(), k + 1);
    if (rest !== '') yield rest;
  }
}

/** Applies one edit to a whole worksheet's XML. */
function editWhole(sheetXml: string, edit: RowEdit): string {
  const editor = new SheetRowsEditor(edit);
  return editor.write(sheetXml) + editor.end();
}

/** writeColumnBlock on a whole worksheet's XML (columnBlockEdit). */
export function writeColumnBlock(sheetXml: string, block: ColumnBlock): string {
  return editWhole(sheetXml, columnBlockEdit(block));
}

/** patchRows on a whole worksheet's XML (rowPatchEdit). */
export function patchRows(sheetXml: string, patches: ReadonlyMap<number, RowPatch>): string {
  return editWhole(sheetXml, rowPatchEdit(patches));
}
