/**
 * CSV (RFC 4180) rows written straight into UTF-8 bytes: a cell is its value as String() writes
 * it, in double quotes (a quote doubled) when it holds a quote, a comma or a line break; null is
 * an empty cell; rows end with CRLF. The same bytes as joining each row's cell texts, without the
 * texts (test/cli/csvBytes.test.ts).
 */
import type { CellValue } from '../../domain/model';
import type { XmlBytes } from '../xlsx/xmlBytes';

/** True when the text must be quoted: it holds " , CR or LF. */
function needsQuotes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 44 || c === 13 || c === 10) return true;
  }
  return false;
}

function cell(out: XmlBytes, v: CellValue): void {
  if (v === null) return;
  if (typeof v === 'number') {
    if (Number.isFinite(v)) out.number(v);
    else out.ascii(String(v));
  } else if (typeof v === 'boolean') out.ascii(v ? 'true' : 'false');
  else if (!needsQuotes(v)) out.utf8(v);
  else out.utf8(`"${v.replace(/"/g, '""')}"`);
}

/** One row and its CRLF. */
export function writeCsvRow(out: XmlBytes, row: readonly CellValue[]): void {
  for (let c = 0; c < row.length; c++) {
    if (c > 0) out.ascii(',');
    cell(out, row[c] as CellValue);
  }
  out.ascii('\r\n');
}
