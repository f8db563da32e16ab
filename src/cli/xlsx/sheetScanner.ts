/**
 * Streaming scan of worksheet XML (<row>/<c> elements) into grid rows, fed chunk by chunk.
 * Values come out as Office.js `Range.values` gives them: numbers (dates stay serials), text,
 * booleans, error texts like "#N/A"; formulas give their cached result.
 */
import type { CellValue } from '../../domain/model';
import { serialFromDate } from './excelSerial';
import { runText, SharedStrings } from './sharedStrings';
import { columnNumber, unescapeXml } from './xmlText';

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const ATTR_R = /\br="([A-Z]*)(\d*)"/;
const ATTR_T = /\bt="(\w+)"/;
const V = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
/**
 * Where the scanner gets the text of a shared-string cell (`t="s"`): the workbook's table
 * (SharedStrings), or on the sheet thread a stand-in keeping the index (cellBatches.ts, SharedIndexes).
 */
export interface SharedTexts {
  /** Text `k`, or null when the table has no such index. */
  text(k: number): string | null;
}

function cellValue(attrs: string, inner: string | undefined, shared: SharedTexts): CellValue {
  if (inner === undefined) return null;
  const type = ATTR_T.exec(attrs)?.[1] ?? 'n';
  if (type === 'inlineStr') return runText(inner);
  const v = V.exec(inner)?.[1];
  return v === undefined ? null : typedValue(type, v, shared);
}

/** The value of a <v> by the cell's type attribute. */
function typedValue(type: string, v: string, shared: SharedTexts): CellValue {
  switch (type) {
    case 's':
      return shared.text(Number(v));
    case 'b':
      return v === '1';
    case 'str':
    case 'e':
      return unescapeXml(v);
    case 'd': {
      const time = Date.parse(v);
      return Number.isNaN(time) ? unescapeXml(v) : serialFromDate(new Date(time));
    }
    default: {
      const n = Number(v);
      return v === '' || Number.isNaN(n) ? null : n;
    }
  }
}

const LT = 60; // <
const SLASH = 47;
const SPACE = 32;
const GT = 62;
const QUOTE = 34;
const EQUALS = 61;
const AMP = 38;
const R_CODE = 114; // r
const T_CODE = 116; // t
const S_CODE = 115; // s
const V_CODE = 118; // v
const C_CODE = 99; // c
const O_CODE = 111; // o
const W_CODE = 119; // w
const DOT = 46;
const MINUS = 45;
const ZERO = 48;
const NINE = 57;

const ROW_OPEN = Buffer.from('<row');
const ROW_CLOSE = Buffer.from('</row>');
const CELL_CLOSE = Buffer.from('</c>');
const V_OPEN = Buffer.from('<v>');
const V_OPEN_ATTRS = Buffer.from('<v ');
/** Powers of ten that are exact doubles: m / 10^k is then correctly rounded, as Number() is. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

function isTagBoundary(code: number | undefined): boolean {
  return code === SPACE || code === GT || code === SLASH || code === 9 || code === 10 || code === 13;
}

/**
 * Start of the value of the one-letter attribute ` X="` (X given by its byte) inside the tag
 * [from, tagEnd), or -1. Scans the tag only: a search of the whole chunk would run far ahead
 * when a cell lacks the attribute.
 */
function attrStart(xml: Buffer, name: number, from: number, tagEnd: number): number {
  for (let i = from; i < tagEnd - 3; i++) {
    if (xml[i + 1] === name && xml[i] === SPACE && xml[i + 2] === EQUALS && xml[i + 3] === QUOTE) return i + 4;
  }
  return -1;
}

/**
 * The number written in bytes [from, to), as Number() would read it: plain decimals of up to 15
 * significant digits are computed from the bytes (integer over an exact power of ten, which IEEE
 * division rounds correctly); anything else (exponents, longer mantissas) goes through Number().
 * NaN when it is not a number.
 */
function numberAt(xml: Buffer, from: number, to: number): number {
  let i = from;
  const negative = xml[i] === MINUS;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let decimals = 0;
  let dot = false;
  for (; i < to; i++) {
    const c = xml[i] as number;
    if (c >= ZERO && c <= NINE) {
      if (mantissa === 0 && c === ZERO && !dot) continue; // leading zeros
      mantissa = mantissa * 10 + (c - ZERO);
      if (mantissa !== 0) digits++;
      if (dot) decimals++;
    } else if (c === DOT && !dot) dot = true;
    else break;
  }
  const start = negative ? from + 1 : from;
  const noDigits = i === start || (dot && i === start + 1);
  if (i < to || noDigits || digits > 15 || decimals >= EXACT_POWERS.length) return to === from ? NaN : Number(xml.toString('latin1', from, to));
  const value = decimals === 0 ? mantissa : mantissa / (EXACT_POWERS[decimals] as number);
  return negative ? -value : value;
}

/** Index of the first byte `code` in [from, end), or -1. */
function nextByte(xml: Buffer, code: number, from: number, end: number): number {
  for (let i = from; i < end; i++) if (xml[i] === code) return i;
  return -1;
}

/** Start of the </c> closing the cell whose content starts at `from` (cells do not nest). */
function cellClose(xml: Buffer, from: number, end: number): number {
  for (let i = from; i < end; i++) if (xml[i] === LT && xml[i + 1] === SLASH && xml[i + 2] === C_CODE && xml[i + 3] === GT) return i;
  return end;
}

/**
 * Start of the </c> closing the cell whose start tag ends at `tagEnd`: for the usual
 * `<v>value</v></c>` read off the value's end, else searched (cellClose).
 */
function valueCellClose(xml: Buffer, tagEnd: number, end: number): number {
  if (xml[tagEnd + 1] === LT && xml[tagEnd + 2] === V_CODE && xml[tagEnd + 3] === GT) {
    const lt = nextByte(xml, LT, tagEnd + 4, end);
    if (
      lt >= 0 &&
      lt + 8 <= end &&
      xml[lt + 1] === SLASH &&
      xml[lt + 2] === V_CODE &&
      xml[lt + 3] === GT &&
      xml[lt + 4] === LT &&
      xml[lt + 5] === SLASH &&
      xml[lt + 6] === C_CODE &&
      xml[lt + 7] === GT
    )
      return lt + 4;
  }
  return cellClose(xml, tagEnd + 1, end);
}

/** Start of the next <row> element at or after `from` (usually right there), or -1. */
function nextRowStart(xml: Buffer, from: number, end: number): number {
  for (let i = nextByte(xml, LT, from, end); i >= 0; i = nextByte(xml, LT, i + 1, end)) {
    if (xml[i + 1] === R_CODE && xml[i + 2] === O_CODE && xml[i + 3] === W_CODE && isTagBoundary(xml[i + 4])) return i;
  }
  return -1;
}

/** Text of bytes [from, to) of the sheet XML, entities resolved. */
function textAt(xml: Buffer, from: number, to: number): string {
  const text = xml.toString('utf8', from, to);
  for (let i = from; i < to; i++) if (xml[i] === AMP) return unescapeXml(text);
  return text;
}

function isTexts(shared: SharedTexts | readonly string[]): shared is readonly string[] {
  return Array.isArray(shared);
}

/** Receives each row as it is scanned: 1-based sheet row number and its cells (column A first). */
export type RowSink = (rowNumber: number, cells: CellValue[]) => void;

/** How a scanner hands rows over. */
export interface ScanOptions {
  /**
   * One array refilled for every row: the sink may read and change `cells` during its call but must
   * not keep it. Saves an array (and its regrowth) per row of a million-row sheet.
   */
  reuseRow?: boolean;
}

/**
 * Scans sheet XML given as bytes, chunk by chunk. Bytes after the last complete row of a chunk are
 * kept (as bytes) for the next one; only the cells themselves are decoded. Rows go to `sink` as
 * they are completed, or, without a sink, into `rows` (missing rows as empty arrays).
 */
export class SheetScanner {
  private carry: Buffer = Buffer.alloc(0);
  private lastRow = 0;
  /** Namespace-prefixed XML (<x:row>) takes the slower regular-expression path. */
  private prefix: string | null = null;
  private rowClose = ROW_CLOSE;
  private rowOpen = ROW_OPEN;
  readonly rows: CellValue[][] = [];
  private readonly sink: RowSink;

  private readonly shared: SharedTexts;
  /** The row array handed to the sink every time (ScanOptions.reuseRow), else null. */
  private readonly scratch: CellValue[] | null;

  /** `shared`: the workbook's shared string table (or its texts, or a stand-in: SharedTexts). */
  constructor(shared: SharedTexts | readonly string[], sink?: RowSink, options: ScanOptions = {}) {
    this.shared = isTexts(shared) ? SharedStrings.of(shared) : shared;
    this.scratch = sink && options.reuseRow ? [] : null;
    this.sink =
      sink ??
      ((r, cells) => {
        while (this.rows.length < r - 1) this.rows.push([]);
        this.rows.push(cells);
      });
  }

  /** Rows scanned so far (the number of the last one). */
  get rowCount(): number {
    return this.lastRow;
  }

  /** Feeds the next piece of the sheet XML; complete rows are scanned, the rest is kept for later. */
  push(chunk: Uint8Array | string): void {
    let piece = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.carry.length > 0 && this.prefix !== null) {
      // Only the row cut in two is joined: the carry and the piece up to that row's end.
      const close = piece.indexOf(this.rowClose);
      if (close >= 0) {
        const head = Buffer.concat([this.carry, piece.subarray(0, close + this.rowClose.length)]);
        this.parse(head, head.length);
        this.carry = Buffer.alloc(0);
        piece = piece.subarray(close + this.rowClose.length);
      }
    }
    const data = this.carry.length === 0 ? piece : Buffer.concat([this.carry, piece]);
    if (this.prefix === null && !this.findPrefix(data)) {
      this.carry = data;
      return;
    }
    const end = this.lastCompleteRow(data);
    if (end <= 0) {
      this.carry = data;
      return;
    }
    this.parse(data, end);
    // A copy: a view would keep the whole chunk alive.
    this.carry = Buffer.from(data.subarray(end));
  }

  /** Scans whatever is left at the end of the sheet. */
  finish(): void {
    if (this.prefix === null && !this.findPrefix(this.carry)) return;
    this.parse(this.carry, this.carry.length);
    this.carry = Buffer.alloc(0);
  }

  /** Reads the namespace prefix of the first row element; false when no row has started yet. */
  private findPrefix(data: Buffer): boolean {
    // A row start is ASCII; decoding bytes that split a character only garbles that character.
    const head = /<(\w+:)?row\b/.exec(data.toString('latin1', 0, data.length));
    if (!head) return false;
    this.prefix = head[1] ?? '';
    this.rowClose = Buffer.from(`</${this.prefix}row>`);
    this.rowOpen = Buffer.from(`<${this.prefix}row`);
    return true;
  }

  /** End of the last complete row in `data`: after its close tag, or before the last row start. */
  private lastCompleteRow(data: Buffer): number {
    const close = data.lastIndexOf(this.rowClose);
    const open = data.lastIndexOf(this.rowOpen);
    return Math.max(close < 0 ? -1 : close + this.rowClose.length, open);
  }

  private parse(data: Buffer, end: number): void {
    if (this.prefix === '') this.parseRowsFast(data, end);
    else this.parseRows(data.toString('utf8', 0, end));
  }

  private emit(r: number, cells: CellValue[]): void {
    this.lastRow = r;
    this.sink(r, cells);
  }

  /**
   * Byte scanning of plain (unprefixed) sheet XML: no regular expressions, no text but the cells'.
   * Searches are loops over the bytes: the next tag is a few bytes on, and a native indexOf costs
   * more to call than such a loop.
   */
  private parseRowsFast(xml: Buffer, end: number): void {
    let p = xml.indexOf(ROW_OPEN, 0);
    if (p >= 0 && !isTagBoundary(xml[p + 4])) p = nextRowStart(xml, p + 1, end);
    while (p >= 0 && p < end) {
      const tagEnd = nextByte(xml, GT, p, end);
      if (tagEnd < 0) return;
      const rAt = attrStart(xml, R_CODE, p, tagEnd);
      let r = 0;
      if (rAt >= 0) for (let i = rAt, c = xml[i] as number; c >= ZERO && c <= NINE; c = xml[++i] as number) r = r * 10 + (c - ZERO);
      const row: CellValue[] = this.scratch ?? [];
      let after = tagEnd + 1;
      if (xml[tagEnd - 1] !== SLASH) after = this.parseCellsFast(xml, tagEnd + 1, end, row);
      else if (row.length !== 0) row.length = 0;
      this.emit(r > 0 ? r : this.lastRow + 1, row);
      p = nextRowStart(xml, after, end);
    }
  }

  /**
   * Reads the cells of a row from `from` into `row` (an empty array, or the reused one: its cells
   * are written over and it is cut to the row's width); returns the position after the row's close tag.
   */
  private parseCellsFast(xml: Buffer, from: number, end: number, row: CellValue[]): number {
    let column = 0;
    /** Cells of the row so far: what `row.length` is for a fresh array. */
    let width = 0;
    let q = nextByte(xml, LT, from, end);
    while (q >= 0) {
      const next = xml[q + 1];
      if (next === SLASH && xml[q + 2] === R_CODE) {
        if (row.length !== width) row.length = width;
        return q + ROW_CLOSE.length; // </row>
      }
      if (next !== C_CODE || !isTagBoundary(xml[q + 2])) {
        q = nextByte(xml, LT, q + 1, end); // an element we do not read
        continue;
      }
      const quick = this.quickCell(xml, q, end);
      if (quick >= 0) {
        const n = this.quickLetters;
        column = n > 0 ? n : column + 1;
        const value = this.quickValue;
        if (value !== null) {
          while (width < column - 1) row[width++] = null;
          row[column - 1] = value;
          if (width < column) width = column;
        } else {
          while (width < column) row[width++] = null;
        }
        q = quick < end && xml[quick] === LT ? quick : nextByte(xml, LT, quick, end);
        continue;
      }
      const tagEnd = nextByte(xml, GT, q, end);
      const rAt = attrStart(xml, R_CODE, q, tagEnd);
      if (rAt >= 0) {
        let n = 0;
        for (let i = rAt, c = xml[i] as number; c >= 65 && c <= 90; c = xml[++i] as number) n = n * 26 + (c - 64);
        column = n > 0 ? n : column + 1;
      } else column++;
      let value: CellValue = null;
      let after = tagEnd + 1;
      if (xml[tagEnd - 1] !== SLASH) {
        const close = valueCellClose(xml, tagEnd, end);
        after = close + CELL_CLOSE.length;
        value = this.cellFast(xml, q, tagEnd, close);
      }
      if (value !== null) {
        while (width < column - 1) row[width++] = null;
        row[column - 1] = value;
        if (width < column) width = column;
      } else {
        while (width < column) row[width++] = null;
      }
      q = nextByte(xml, LT, after, end);
    }
    if (row.length !== width) row.length = width;
    return end;
  }

  /** Column letters' number (0: none) and value of the cell quickCell last read. */
  private quickLetters = 0;
  private quickValue: CellValue = null;

  /**
   * The usual cell in one pass over its bytes: `<c` with attributes ` name="value"` (values
   * without space, `=`, `>` or quotes), no `t` or `t="s"`, then `/>` or `><v>value</v></c>`.
   * Sets quickLetters (the letters of the first `r`, as parseCellsFast reads them) and quickValue
   * (as cellFast gives it) and returns the position after the cell; -1 for any other shape,
   * which parseCellsFast then reads as before. Each byte of the cell is looked at once, where the
   * general path searched the tag for its end, then for ` r="`, then for ` t="`, then the value's end twice.
   */
  private quickCell(xml: Buffer, q: number, end: number): number {
    let i = q + 2;
    let letters = -1;
    let tAt = -1;
    for (;;) {
      const c = xml[i];
      if (c === GT) break;
      if (c === SLASH) {
        if (xml[i + 1] !== GT) return -1;
        this.quickLetters = letters < 0 ? 0 : letters;
        this.quickValue = null;
        return i + 2;
      }
      if (c !== SPACE) return -1;
      const name = i + 1;
      let j = name;
      for (let b = xml[j] as number; (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b === 58; b = xml[++j] as number);
      if (j === name || xml[j] !== EQUALS || xml[j + 1] !== QUOTE) return -1;
      const value = j + 2;
      let k = value;
      for (let b = xml[k] as number; b !== QUOTE; b = xml[++k] as number) if (b === SPACE || b === GT || b === EQUALS || b === LT || k >= end) return -1;
      if (j === name + 1) {
        const n = xml[name];
        if (n === R_CODE && letters < 0) {
          letters = 0;
          for (let a = value, b = xml[a] as number; b >= 65 && b <= 90; b = xml[++a] as number) letters = letters * 26 + (b - 64);
        } else if (n === T_CODE && tAt < 0) {
          if (xml[value] !== S_CODE || k !== value + 1) return -1;
          tAt = value;
        }
      }
      i = k + 1;
    }
    // <v>value</v></c> right after the start tag
    if (xml[i + 1] !== LT || xml[i + 2] !== V_CODE || xml[i + 3] !== GT) return -1;
    const from = i + 4;
    let lt = from;
    while (lt < end && xml[lt] !== LT) lt++;
    if (lt + 8 > end || xml[lt + 1] !== SLASH || xml[lt + 2] !== V_CODE || xml[lt + 3] !== GT || xml[lt + 4] !== LT || xml[lt + 5] !== SLASH || xml[lt + 6] !== C_CODE || xml[lt + 7] !== GT) return -1;
    this.quickLetters = letters < 0 ? 0 : letters;
    if (tAt < 0) {
      const n = numberAt(xml, from, lt);
      this.quickValue = Number.isNaN(n) ? null : n;
    } else {
      let k = 0;
      let d = from;
      for (let c = xml[d] as number; c >= ZERO && c <= NINE; c = xml[++d] as number) k = k * 10 + (c - ZERO);
      this.quickValue = d === lt && d > from ? this.shared.text(k) : typedValue('s', textAt(xml, from, lt), this.shared);
    }
    return lt + 8;
  }

  /** The value of the cell whose start tag is [q, tagEnd] and whose content ends at `close`. */
  private cellFast(xml: Buffer, q: number, tagEnd: number, close: number): CellValue {
    const tAt = attrStart(xml, T_CODE, q, tagEnd);
    const shared = tAt >= 0 && xml[tAt] === S_CODE && xml[tAt + 1] === QUOTE;
    const type = tAt < 0 ? 'n' : shared ? 's' : xml.toString('latin1', tAt, nextByte(xml, QUOTE, tAt, tagEnd));
    if (type === 'inlineStr') return runText(xml.toString('utf8', tagEnd + 1, close));
    // Usually <v> comes first; a formula puts <f> before it. Searched within the cell only.
    let v = xml[tagEnd + 1] === LT && xml[tagEnd + 2] === V_CODE && xml[tagEnd + 3] === GT ? tagEnd + 1 : -1;
    if (v < 0 && close - tagEnd > 4) {
      const inner = xml.subarray(tagEnd, close);
      const at = inner.indexOf(V_OPEN);
      if (at >= 0) v = tagEnd + at;
      else if (inner.indexOf(V_OPEN_ATTRS) >= 0) return cellValue(xml.toString('utf8', q + 2, tagEnd), xml.toString('utf8', tagEnd + 1, close), this.shared);
    }
    if (v < 0) return null;
    const vEnd = nextByte(xml, LT, v + 3, close);
    if (type === 'n' && tAt < 0) {
      const n = numberAt(xml, v + 3, vEnd);
      return Number.isNaN(n) ? null : n;
    }
    if (shared) {
      let k = 0;
      let i = v + 3;
      for (let c = xml[i] as number; c >= ZERO && c <= NINE; c = xml[++i] as number) k = k * 10 + (c - ZERO);
      if (i === vEnd && i > v + 3) return this.shared.text(k);
    }
    return typedValue(type, textAt(xml, v + 3, vEnd), this.shared);
  }

  private parseRows(xml: string): void {
    for (const m of xml.matchAll(ROW)) {
      const r = Number(ATTR_R.exec(m[1] ?? '')?.[2] || this.lastRow + 1);
      const row: CellValue[] = [];
      let column = 0;
      if (m[2] !== undefined) {
        for (const c of m[2].matchAll(CELL)) {
          const attrs = c[1] ?? '';
          const letters = ATTR_R.exec(attrs)?.[1];
          column = letters ? columnNumber(letters) : column + 1;
          const value = cellValue(attrs, c[2], this.shared);
          while (row.length < column - 1) row.push(null);
          row[column - 1] = value;
        }
      }
      this.emit(r, row);
    }
  }
}
