/** Helpers for tests: compare cells outside given areas, and export a model back to a WorkbookInit. */
import { columnLetters, formatAddress, parseAddress, quoteSheet, type Rect } from './address';
import type { Workbook, WorkbookInit } from './model';

export interface CellArea {
  sheet: string;
  /** "A1:C10", "D:F"; omitted = the whole sheet. */
  address?: string;
}

const letterCache: string[] = [];
const letters = (c: number) => (letterCache[c] ??= columnLetters(c));

const inside = (r: number, c: number, rect: Rect) => r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;

/**
 * Every non-empty cell (value, formula, number format), outside `exceptAreas`, grouped by row:
 * "Sheet!7" -> "A7=string:x|formula|format\tC7=...". Equal snapshots before and after = nothing
 * outside those areas changed. Rows keep the map small for sheets of a million cells.
 */
export function snapshotCells(workbook: Workbook, exceptAreas: CellArea[] = []): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of workbook.sheets) {
    const skip = exceptAreas.filter((a) => a.sheet.toLowerCase() === sheet.name.toLowerCase()).map((a) => (a.address ? parseAddress(a.address).rect : { r0: 0, c0: 0, r1: Infinity, c1: Infinity }));
    const { values, formulas, numberFormats } = sheet.cells;
    const prefix = `${quoteSheet(sheet.name)}!`;
    const rows = Math.max(values.rows.length, formulas.rows.length, numberFormats.rows.length);
    for (let r = 0; r < rows; r++) {
      const v = values.rows[r];
      const f = formulas.rows[r];
      const n = numberFormats.rows[r];
      const width = Math.max(v?.length ?? 0, f?.length ?? 0, n?.length ?? 0);
      let line = '';
      for (let c = 0; c < width; c++) {
        const value = v?.[c];
        const formula = f?.[c];
        const format = n?.[c];
        if (value === undefined && formula === undefined && format === undefined) continue;
        if (skip.length && skip.some((rect) => inside(r, c, rect))) continue;
        line += `${line ? '\t' : ''}${letters(c)}${r + 1}=${typeof value}:${String(value)}|${formula ?? ''}|${format ?? ''}`;
      }
      if (line) out.set(`${prefix}${r + 1}`, line);
    }
  }
  return out;
}

/** Row keys whose cells differ between two snapshots (at most `limit`), for readable test failures. */
export function diffSnapshots(before: Map<string, string>, after: Map<string, string>, limit = 20): string[] {
  const out: string[] = [];
  for (const [key, line] of before) {
    if (after.get(key) !== line) out.push(`${key}: ${line} -> ${after.get(key) ?? '(empty)'}`);
    if (out.length >= limit) return out;
  }
  for (const [key, line] of after) {
    if (!before.has(key)) out.push(`${key}: (empty) -> ${line}`);
    if (out.length >= limit) break;
  }
  return out;
}

/** The workbook's sheets, values (formulas as their text) and tables, as a WorkbookInit. */
export function toInit(workbook: Workbook): WorkbookInit {
  return {
    sheets: workbook.sheets.map((sheet) => {
      const rows: (string | number | boolean | null)[][] = [];
      const { values, formulas } = sheet.cells;
      const height = Math.max(values.rows.length, formulas.rows.length);
      for (let r = 0; r < height; r++) {
        const width = Math.max(values.rows[r]?.length ?? 0, formulas.rows[r]?.length ?? 0);
        const row: (string | number | boolean | null)[] = [];
        for (let c = 0; c < width; c++) {
          const v = values.get(r, c);
          const f = formulas.get(r, c);
          // A text value that Excel would re-interpret gets its quote prefix back.
          row.push(f ?? (typeof v === 'string' && /^[=+\-']|^(TRUE|FALSE)$|^\s*[+-]?(\d|\.\d)/i.test(v) ? `'${v}` : (v ?? null)));
        }
        rows.push(row);
      }
      const tables = workbook.tables.filter((t) => t.sheetId === sheet.id).map((t) => ({ name: t.name, address: formatAddress(sheet.name, t.rect) }));
      return tables.length ? { name: sheet.name, rows, tables } : { name: sheet.name, rows };
    }),
    activeSheet: workbook.sheetById(workbook.activeSheetId)?.name ?? workbook.sheets[0]!.name,
  };
}
