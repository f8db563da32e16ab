/** Reading back what the adapter wrote: owned headers on a sheet, and the cells under them. */
import type { CellValue } from '../../../src/domain/model';
import { isOwnedHeader, OWNED_COLUMNS, STALE_SUFFIX } from '../../../src/output/ownedColumns';
import type { Simulator } from '../../../src/simulator';

export function rowValues(sim: Simulator, sheet: string, row: number): CellValue[] {
  const s = sim.workbook.sheetByName(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const r = s.cells.values.rows[row] ?? [];
  return Array.from({ length: r.length }, (_, c) => r[c] ?? null);
}

/** How often each owned header (fresh or stale, in any value basis or sheet language) appears on a header row. */
export function ownedHeaderCounts(sim: Simulator, sheet: string, headerRow = 0): Record<string, number> {
  const header = rowValues(sim, sheet, headerRow);
  return Object.fromEntries(OWNED_COLUMNS.map((spec) => [spec.header, header.filter((h) => isOwnedHeader(spec, h)).length]));
}

/** Every cell under the owned headers: value, formula (if any), number format. */
export function ownedCells(sim: Simulator, sheet: string, headerRow = 0): { key: string; row: number; value: CellValue; formula: string | undefined }[] {
  const s = sim.workbook.sheetByName(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const header = rowValues(sim, sheet, headerRow);
  const out: { key: string; row: number; value: CellValue; formula: string | undefined }[] = [];
  for (const spec of OWNED_COLUMNS) {
    const c = header.findIndex((h) => isOwnedHeader(spec, h) && !String(h).endsWith(STALE_SUFFIX));
    if (c < 0) continue;
    for (let r = headerRow + 1; r < s.cells.values.rows.length; r++) {
      out.push({ key: spec.key, row: r + 1, value: s.cells.values.get(r, c) ?? null, formula: s.cells.formulas.get(r, c) });
    }
  }
  return out;
}
