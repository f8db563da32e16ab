/**
 * Edits of the rows of an existing worksheet's XML, streamed: the XML goes through in pieces
 * (`SheetRowsEditor.write`), each complete row is edited as it arrives, and only the row cut in
 * two at the end of a piece is held over. A sheet of a million rows is never one string.
 * Two edits: a block of columns written into every row (`columnBlockEdit`: the owned columns
 * beside the customer data), and single cells set on given rows (`rowPatchEdit`: the plan table).
 */
import { cellXml, writeCell, type OutValue } from './sheetXml';
import { utf8Boundary, XmlBytes } from './xmlBytes';
import { columnLetter } from '../../output/address';
import { attribute, columnNumber } from './xmlText';

/** The rows of a column block and their values (a ReadonlyMap is one). */
export interface BlockRows {
  keys(): Iterable<number>;
  get(row: number): readonly OutValue[] | undefined;
}

export interface ColumnBlock {
  /** 1-based first column of the block. */
  firstColumn: number;
  width: number;
  /** 1-based sheet row -> the block's values on that row (header row included): a Map, or values made on request. */
  rows: BlockRows;
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
  /**
   * The usual case of `row` on the row's bytes (`bytes[from, to)`, its start tag ending at
   * `openEnd`), written to `out` with the same bytes `row` would give; false, writing nothing,
   * when the row is not of that case (`row` then takes its text).
   */
  rowBytes?(r: number, bytes: Uint8Array, from: number, openEnd: number, to: number, out: XmlBytes): boolean;
}

const ROW = /<(?:\w+:)?row\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b(?=[\s>/])[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;
const SHEET_DATA_OPEN = /<((?:\w+:)?)sheetData\b[^>]*?(\/?)>/;
const SHEET_DATA_CLOSE = /<\/(?:\w+:)?sheetData>/;
const DIMENSION = /<((?:\w+:)?)dimension\s+ref="([^"]*)"\s*\/>/;
const START_TAG = /^<[^>]*>/;
const WORD = /\w/;
const ROW_BYTES = Buffer.from('<row', 'latin1');
const ROW_CLOSE_BYTES = Buffer.from('</row>', 'latin1');
const PREFIXED_ROW = Buffer.from(':row', 'latin1');
const SHEET_DATA_CLOSE_BYTES = Buffer.from('</sheetData>', 'latin1');

/** A byte /\w/ matches: A-Z, a-z, 0-9, _. */
const isWordByte = (b: number): boolean => (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95;

/**
 * The row number of a start tag `bytes[from, to)` when its first ` r="..."` (after white space)
 * is plain digits, as attribute(open, 'r') reads it; undefined otherwise (the text then decides).
 */
function rowNumberOf(bytes: Uint8Array, from: number, to: number): number | undefined {
  for (let i = from + 1; i + 3 < to; i++) {
    const c = bytes[i] as number;
    if (c >= 0x80) return undefined; // perhaps white space to \s: the text decides
    if (!(c === 32 || (c >= 9 && c <= 13)) || bytes[i + 1] !== 114 || bytes[i + 2] !== 61 || bytes[i + 3] !== 34) continue;
    let n = 0;
    let k = i + 4;
    for (; k < to && k < i + 14; k++) {
      const d = bytes[k] as number;
      if (d === 34) return k > i + 4 ? n : undefined;
      if (d < 48 || d > 57) return undefined;
      n = n * 10 + (d - 48);
    }
    return undefined;
  }
  return undefined;
}

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

const isSpace = (b: number): boolean => b === 32 || (b >= 9 && b <= 13);

/**
 * appendAfterCells on the row's bytes: the same shape checked byte by byte, and the same text
 * written (the start tag without its spans, the cells as stored, the block's cells). False when
 * the row is not of that shape, or its start tag holds a non-ASCII byte (which the regular
 * expression's \s might read as white space).
 */
function appendAfterCellBytes(r: number, b: Uint8Array, from: number, openEnd: number, to: number, block: ColumnBlock, out: XmlBytes): boolean {
  if (!endsWithRowClose(b, openEnd, to)) return false;
  const end = to - 6; // '</row>'
  if (!onlyCellsLeftOf(b, openEnd, end, block.firstColumn)) return false;
  const spans = spansOf(b, from, openEnd);
  if (spans === null) return false;
  if (spans.from >= 0) {
    out.bytes(b, from, spans.from);
    out.bytes(b, spans.to, end);
  } else out.bytes(b, from, end);
  const values = block.rows.get(r) ?? [];
  for (let i = 0; i < values.length; i++) writeCell(out, block.firstColumn + i, r, values[i] as OutValue);
  out.ascii('</row>');
  return true;
}

/** A row that is not self-closing and ends in `</row>` (`b[openEnd - 2]` is the start tag's last byte but one). */
const endsWithRowClose = (b: Uint8Array, openEnd: number, to: number): boolean => !(b[openEnd - 2] === 47 || b[to - 1] !== 62 || b[to - 2] !== 119 || b[to - 6] !== 60 || b[to - 5] !== 47);

/**
 * Whether `b[openEnd, end)` (a row's content) is only cells, each `<c ` with a reference, in
 * ascending columns all left of `firstColumn`: appendAfterCells' shape, checked byte by byte.
 */
function onlyCellsLeftOf(b: Uint8Array, openEnd: number, end: number, firstColumn: number): boolean {
  let p = openEnd;
  let last = 0;
  while (p < end) {
    if (b[p] !== 60 || b[p + 1] !== 99 || b[p + 2] !== 32) return false;
    // The first ` r="` from the space of `<c `, and the tag's end: where indexOf finds them.
    let ref = b[p + 3] === 114 && b[p + 4] === 61 && b[p + 5] === 34 ? p + 2 : -1;
    let q = p + 3;
    for (; q < end && b[q] !== 62; q++) if (ref < 0 && b[q] === 32 && b[q + 1] === 114 && b[q + 2] === 61 && b[q + 3] === 34) ref = q;
    if (q >= end || ref < 0) return false;
    const tagEnd = q;
    let column = 0;
    for (let i = ref + 4, c = b[i] as number; c >= LETTER_A && c <= LETTER_Z; c = b[++i] as number) column = column * 26 + (c - 64);
    if (column <= last || column >= firstColumn) return false;
    last = column;
    if (b[tagEnd - 1] === 47) p = tagEnd + 1;
    else {
      // The first `</c>` after the tag, unless a prefixed `:c>` comes first (as appendAfterCells).
      let close = -1;
      for (q = tagEnd + 3; q < end; q++) {
        if (b[q] !== 62 || b[q - 1] !== 99) continue;
        if (b[q - 2] === 58) return false;
        if (b[q - 2] === 47 && b[q - 3] === 60) {
          close = q - 3;
          break;
        }
      }
      if (close < 0) return false;
      p = close + 4;
    }
  }
  return true;
}

/**
 * Where the start tag `b[from, openEnd)` has the first match of /\s+spans="[^"]*"/ (`from` -1:
 * none), which rowWith and appendAfterCells drop; null when the tag holds a non-ASCII byte (which
 * the regular expression's \s might read as white space).
 */
function spansOf(b: Uint8Array, from: number, openEnd: number): { from: number; to: number } | null {
  for (let i = from; i < openEnd; i++) if ((b[i] as number) >= 0x80) return null;
  for (let i = from + 1; i < openEnd; i++) {
    if (!isSpace(b[i] as number) || isSpace(b[i - 1] as number)) continue;
    let j = i;
    while (j < openEnd && isSpace(b[j] as number)) j++;
    if (b[j] === 115 && b[j + 1] === 112 && b[j + 2] === 97 && b[j + 3] === 110 && b[j + 4] === 115 && b[j + 5] === 61 && b[j + 6] === 34) {
      let k = j + 7;
      while (k < openEnd && b[k] !== 34) k++;
      if (k < openEnd) return { from: i, to: k + 1 };
    }
  }
  return { from: -1, to: -1 };
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
    rowBytes(r, bytes, from, openEnd, to, out) {
      return appendAfterCellBytes(r, bytes, from, openEnd, to, block, out);
    },
    dimension(ref) {
      const start = ref.split(':')[0];
      const end = dimensionEnd(ref);
      const lastColumn = Math.max(end.column, block.firstColumn + block.width - 1);
      return `${start ? start.replace(/:.*/, '') : 'A1'}:${columnLetter(lastColumn - 1)}${Math.max(end.row, lastOf(rows))}`;
    },
  };
}

/** The patches of rowPatchEdit by sheet row: a Map, or patches made on request (a plan of hundreds of thousands of rows). */
export interface RowPatches {
  keys(): Iterable<number>;
  get(row: number): RowPatch | undefined;
}

/**
 * Sets single cells of given rows, keeping every other cell (and its style) as it is: the owned,
 * editable plan table. `lastColumn`: the last column any patch writes a non-empty cell to, when
 * the caller knows it (else every patch is looked at to find it).
 */
export function rowPatchEdit(patches: RowPatches, lastColumn?: number): RowEdit {
  const rows = [...patches.keys()].sort((a, b) => a - b);
  let maxColumn = lastColumn ?? 1;
  if (lastColumn === undefined) for (const r of rows) for (const [column, v] of patches.get(r)?.cells ?? []) if (column > maxColumn && cellXml(column, 1, v) !== '') maxColumn = column;
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
    // The usual case of a row emptied up to `clearTo` and written (the plan table's rows Tiers
    // rewrites whole): every stored cell is left of clearTo + 1, so none is kept, and the row is
    // its start tag without spans, the patch's cells in column order and `</row>`, as rowWith
    // gives; the row's cells are checked, not tokenised.
    rowBytes(r, b, from, openEnd, to, out) {
      const patch = patches.get(r);
      if (!patch || patch.clearTo === undefined || !endsWithRowClose(b, openEnd, to) || !onlyCellsLeftOf(b, openEnd, to - 6, patch.clearTo + 1)) return false;
      const spans = spansOf(b, from, openEnd);
      if (spans === null) return false;
      if (spans.from >= 0) {
        out.bytes(b, from, spans.from);
        out.bytes(b, spans.to, openEnd);
      } else out.bytes(b, from, openEnd);
      const cells = [...patch.cells].sort((x, y) => x[0] - y[0]);
      for (const [column, v] of cells) writeCell(out, column, r, v);
      out.ascii('</row>');
      return true;
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
  /** writeBytes: rows are found and copied as bytes (an unprefixed sheet), else the text is edited by `write`. */
  private bytesMode = false;
  /** writeBytes: bytes not yet taken (an incomplete row, or the cut end of a UTF-8 character). */
  private carry: Buffer | null = null;

  constructor(private readonly edit: RowEdit) {}

  /**
   * `write` on the part's bytes: the same output as bytes. Up to and including the `<sheetData>`
   * tag the text goes through `write`; then, in a sheet without prefixed rows, the rows are found
   * in the bytes, a row no edit touches is copied as stored, an edited one goes through the edit's
   * `rowBytes` (or, when that declines, its `row` on the row's text); past `</sheetData>` the
   * bytes are passed through. A prefixed sheet stays on `write` throughout.
   */
  writeBytes(chunk: Uint8Array): Buffer {
    const data = this.carry ? Buffer.concat([this.carry, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    this.carry = null;
    if (this.state === 'tail') return data;
    if (this.bytesMode && data.includes(PREFIXED_ROW)) this.bytesMode = false; // as `write`: the regular expression, on text
    if (!this.bytesMode) {
      const cut = utf8Boundary(data);
      if (cut < data.length) this.carry = Buffer.from(data.subarray(cut));
      const wasHead = this.state === 'head';
      const text = this.write(data.toString('utf8', 0, cut));
      if (wasHead && this.state === 'rows' && this.prefix === '' && !data.includes(PREFIXED_ROW)) {
        // From here on in bytes; the incomplete row `write` kept goes back to bytes.
        this.bytesMode = true;
        const rest = Buffer.from(this.pending, 'utf8');
        this.carry = this.carry ? Buffer.concat([rest, this.carry]) : rest;
        this.pending = '';
      }
      return Buffer.from(text, 'utf8');
    }
    const out = new XmlBytes(data.length * 2);
    const close = data.indexOf(SHEET_DATA_CLOSE_BYTES);
    const consumed = this.editRowBytes(data, close >= 0 ? close : data.length, out);
    if (close < 0) {
      if (consumed < data.length) this.carry = Buffer.from(data.subarray(consumed));
      return out.finish();
    }
    const rows: string[] = [];
    this.flushBefore(Infinity, rows);
    for (const row of rows) out.utf8(row);
    out.ascii('</sheetData>');
    out.bytes(data, close + SHEET_DATA_CLOSE_BYTES.length);
    this.state = 'tail';
    return out.finish();
  }

  /** `end` after writeBytes: the bytes carried over go through `write`, which then checks the sheet ended well. */
  endBytes(): Buffer {
    const rest = this.carry;
    this.carry = null;
    if (rest && this.state === 'tail') return rest;
    const text = rest ? this.write(rest.toString('utf8')) : '';
    return Buffer.from(text + this.end(), 'utf8');
  }

  /**
   * The complete rows in `data[0, to)` edited into `out` (as editRows does on text); returns the
   * end of the last complete row. Between rows only rows are kept, as in editRows.
   */
  private editRowBytes(data: Buffer, to: number, out: XmlBytes): number {
    const edit = this.edit;
    const rows = edit.rows;
    let consumed = 0;
    const created: string[] = [];
    for (let p = data.indexOf(ROW_BYTES); p >= 0 && p < to; p = data.indexOf(ROW_BYTES, p + 1)) {
      if (p + 4 < to && isWordByte(data[p + 4] as number)) continue; // <rowBreaks ...: not a row
      const tagEnd = data.indexOf(62, p);
      if (tagEnd < 0 || tagEnd >= to) break;
      const closed = data[tagEnd - 1] === 47;
      const close = closed ? tagEnd + 1 : data.indexOf(ROW_CLOSE_BYTES, tagEnd);
      if (close < 0 || close >= to) break;
      const rowEnd = closed ? close : close + ROW_CLOSE_BYTES.length;
      if (rowEnd > to) break;
      const r = rowNumberOf(data, p, tagEnd + 1) ?? Number(attribute(data.toString('utf8', p, tagEnd + 1), 'r') ?? this.implied + 1);
      this.implied = r;
      if (this.next < rows.length && (rows[this.next] as number) < r) {
        this.flushBefore(r, created);
        for (const row of created) out.utf8(row);
        created.length = 0;
      }
      const listed = rows[this.next] === r;
      if (listed) this.next++;
      if (!listed && !edit.everyRow) out.bytes(data, p, rowEnd);
      else if (!edit.rowBytes?.(r, data, p, tagEnd + 1, rowEnd, out)) out.utf8(edit.row(r, data.toString('utf8', p, tagEnd + 1), data.toString('utf8', p, rowEnd)));
      consumed = rowEnd;
      p = rowEnd - 1;
    }
    return consumed;
  }

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

/** editSheetRows on the part's bytes (SheetRowsEditor.writeBytes): yields the edited part as bytes. */
export async function* editSheetRowBytes(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, edits: readonly RowEdit[]): AsyncGenerator<Buffer> {
  const editors = edits.map((e) => new SheetRowsEditor(e));
  const through = (bytes: Buffer, at: number): Buffer => {
    let b = bytes;
    for (let k = at; k < editors.length; k++) b = (editors[k] as SheetRowsEditor).writeBytes(b);
    return b;
  };
  for await (const chunk of chunks) {
    const out = through(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength), 0);
    if (out.length > 0) yield out;
  }
  for (let k = 0; k < editors.length; k++) {
    const rest = through((editors[k] as SheetRowsEditor).endBytes(), k + 1);
    if (rest.length > 0) yield rest;
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
