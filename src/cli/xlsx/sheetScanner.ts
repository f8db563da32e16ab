/**
 * Streaming scan of worksheet XML (<row>/<c> elements) into grid rows, fed chunk by chunk.
 * Values come out as Office.js `Range.values` gives them: numbers (dates stay serials), text,
 * booleans, error texts like "#N/A"; formulas give their cached result.
 */
import type { CellValue } from '../../domain/model';
import { serialFromDate } from './excelSerial';
import { columnNumber, unescapeXml } from './xmlText';

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const ROW_END = /<\/(?:\w+:)?row>|<(?:\w+:)?row\b[^>]*\/>/g;
const ATTR_R = /\br="([A-Z]*)(\d*)"/;
const ATTR_T = /\bt="(\w+)"/;
const V = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const T = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;

/** Text of an <si> or <is>: its <t> runs, without phonetic guides. */
export function runText(xml: string): string {
  let out = '';
  for (const m of xml.replace(PHONETIC, '').matchAll(T)) out += m[1] ?? '';
  return unescapeXml(out);
}

export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g)) out.push(m[1] === undefined ? '' : runText(m[1]));
  return out;
}

function cellValue(attrs: string, inner: string | undefined, shared: readonly string[]): CellValue {
  if (inner === undefined) return null;
  const type = ATTR_T.exec(attrs)?.[1] ?? 'n';
  if (type === 'inlineStr') return runText(inner);
  const v = V.exec(inner)?.[1];
  return v === undefined ? null : typedValue(type, v, shared);
}

/** The value of a <v> by the cell's type attribute. */
function typedValue(type: string, v: string, shared: readonly string[]): CellValue {
  switch (type) {
    case 's':
      return shared[Number(v)] ?? null;
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

/** End of the last complete row element in `data`, or -1. */
function lastRowEnd(data: string): number {
  const plain = data.lastIndexOf('</row>');
  if (plain >= 0) return plain + '</row>'.length;
  // Rare forms: namespace-prefixed rows, or only self-closing rows so far.
  let end = -1;
  ROW_END.lastIndex = 0;
  for (let m = ROW_END.exec(data); m; m = ROW_END.exec(data)) end = m.index + m[0].length;
  return end;
}

const LT = 60; // <
const SLASH = 47;
const SPACE = 32;
const GT = 62;
const QUOTE = 34;
const R_CODE = 114; // r
const T_CODE = 116; // t

function isTagBoundary(code: number): boolean {
  return code === SPACE || code === GT || code === SLASH || code === 9 || code === 10 || code === 13;
}

/**
 * Start of the value of the one-letter attribute ` X="` (X given by its char code) inside the tag
 * [from, tagEnd), or -1. Scans the tag only: an indexOf on the whole text would run far ahead
 * when a cell lacks the attribute.
 */
function attrStart(xml: string, name: number, from: number, tagEnd: number): number {
  for (let i = from; i < tagEnd - 3; i++) {
    if (xml.charCodeAt(i + 1) === name && xml.charCodeAt(i) === SPACE && xml.charCodeAt(i + 2) === 61 && xml.charCodeAt(i + 3) === QUOTE) return i + 4;
  }
  return -1;
}

export class SheetScanner {
  private carry = '';
  private lastRow = 0;
  /** Namespace-prefixed XML (<x:row>) takes the slower regular-expression path. */
  private prefixed: boolean | null = null;
  readonly rows: CellValue[][] = [];

  constructor(private readonly shared: readonly string[]) {}

  /** Feeds the next piece of the sheet XML; complete rows are parsed, the rest is kept for later. */
  push(text: string): void {
    const data = this.carry + text;
    const end = lastRowEnd(data);
    if (end < 0) {
      this.carry = data;
      return;
    }
    this.parse(data, end);
    this.carry = data.slice(end);
  }

  /** Parses whatever is left at the end of the sheet. */
  finish(): void {
    this.parse(this.carry, this.carry.length);
    this.carry = '';
  }

  private parse(data: string, end: number): void {
    if (this.prefixed === null) {
      const firstRow = /<(\w+:)?row\b/.exec(data);
      if (!firstRow) return;
      this.prefixed = firstRow[1] !== undefined;
    }
    if (this.prefixed) this.parseRows(data.slice(0, end));
    else this.parseRowsFast(data, end);
  }

  private startRow(r: number): CellValue[] {
    this.lastRow = r;
    while (this.rows.length < r - 1) this.rows.push([]);
    const row: CellValue[] = [];
    this.rows.push(row);
    return row;
  }

  /** indexOf scanning of plain (unprefixed) sheet XML: no regular expressions, few substrings. */
  private parseRowsFast(xml: string, end: number): void {
    let p = xml.indexOf('<row', 0);
    while (p >= 0 && p < end) {
      if (!isTagBoundary(xml.charCodeAt(p + 4))) {
        p = xml.indexOf('<row', p + 4);
        continue;
      }
      const tagEnd = xml.indexOf('>', p);
      const rAt = attrStart(xml, R_CODE, p, tagEnd);
      let r = 0;
      if (rAt >= 0) for (let i = rAt, c = xml.charCodeAt(i); c >= 48 && c <= 57; c = xml.charCodeAt(++i)) r = r * 10 + (c - 48);
      const row = this.startRow(r > 0 ? r : this.lastRow + 1);
      if (xml.charCodeAt(tagEnd - 1) === SLASH) {
        p = xml.indexOf('<row', tagEnd);
        continue;
      }
      const rowClose = xml.indexOf('</row>', tagEnd);
      this.parseCellsFast(xml, tagEnd + 1, rowClose, row);
      p = xml.indexOf('<row', rowClose);
    }
  }

  private parseCellsFast(xml: string, from: number, rowClose: number, row: CellValue[]): void {
    let column = 0;
    let q = xml.indexOf('<c', from);
    while (q >= 0 && q < rowClose) {
      if (!isTagBoundary(xml.charCodeAt(q + 2))) {
        q = xml.indexOf('<c', q + 2);
        continue;
      }
      const tagEnd = xml.indexOf('>', q);
      const rAt = attrStart(xml, R_CODE, q, tagEnd);
      if (rAt >= 0) {
        let n = 0;
        for (let i = rAt, c = xml.charCodeAt(i); c >= 65 && c <= 90; c = xml.charCodeAt(++i)) n = n * 26 + (c - 64);
        column = n > 0 ? n : column + 1;
      } else column++;
      let value: CellValue = null;
      let next = tagEnd + 1;
      if (xml.charCodeAt(tagEnd - 1) !== SLASH) {
        const close = xml.indexOf('</c>', tagEnd);
        next = close + 4;
        const tAt = attrStart(xml, T_CODE, q, tagEnd);
        const type = tAt < 0 ? 'n' : xml.charCodeAt(tAt) === 115 && xml.charCodeAt(tAt + 1) === QUOTE ? 's' : xml.slice(tAt, xml.indexOf('"', tAt));
        if (type === 'inlineStr') value = runText(xml.slice(tagEnd + 1, close));
        else {
          const v = xml.indexOf('<v>', tagEnd);
          if (v >= 0 && v < close) value = typedValue(type, xml.slice(v + 3, xml.indexOf('</v>', v)), this.shared);
          else if (xml.charCodeAt(tagEnd + 1) === LT && xml.indexOf('<v ', tagEnd) > 0 && xml.indexOf('<v ', tagEnd) < close) {
            value = cellValue(xml.slice(q + 2, tagEnd), xml.slice(tagEnd + 1, close), this.shared);
          }
        }
      }
      if (value !== null) {
        while (row.length < column - 1) row.push(null);
        row[column - 1] = value;
      } else if (row.length < column) {
        while (row.length < column) row.push(null);
      }
      q = xml.indexOf('<c', next);
    }
  }

  private parseRows(xml: string): void {
    for (const m of xml.matchAll(ROW)) {
      const r = Number(ATTR_R.exec(m[1] ?? '')?.[2] || this.lastRow + 1);
      const row = this.startRow(r);
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
    }
  }
}
