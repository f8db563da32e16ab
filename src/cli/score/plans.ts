/**
 * The "Tiers Plans" table in the written workbook, as the output plan (src/output/plansSheet.ts)
 * says: added when absent; otherwise its sheet is patched cell by cell, so a row a manager edited
 * keeps the manager's cells (and their formatting) and only Tiers' derived figures change.
 */
import { newPlanSheetRows, PLAN_SHEET, PLAN_WIDTH, planSheetWrite } from '../../output/plansSheet';
import { sameSheetName } from '../../output/sheets';
import { editSheetRowBytes, rowPatchEdit, type RowPatch } from '../xlsx/appendColumns';
import { worksheetPieces } from '../xlsx/sheetXml';
import type { WorkbookPackage } from '../xlsx/workbookPackage';
import type { ScoredWorkbook } from './scoreGrids';

const WIDTHS = [14, 24, 9, 16, 14, 12, 14, 24, 24, 14, 12, 12, 9, 12];

export async function writePlans(pkg: WorkbookPackage, scored: ScoredWorkbook): Promise<void> {
  const { lines } = scored.studies.plans;
  const part = (await pkg.sheets()).find((s) => sameSheetName(s.name, PLAN_SHEET));
  if (!part && lines.length === 0) return;
  if (!part) {
    // Each row's cells made as it is written (newPlanSheetRows): no grid of the plan is built.
    await pkg.addSheet(PLAN_SHEET, () => {
      const plan = newPlanSheetRows(lines, scored.language);
      return worksheetPieces({ count: plan.count, width: Math.max(1, plan.header.length, PLAN_WIDTH), rows: plan.rows }, { widths: WIDTHS });
    });
    return;
  }
  const plan = planSheetWrite(lines, scored.existingPlans, scored.planSheetRows, scored.language);
  const patches = new Map<number, RowPatch>();
  patches.set(1, { cells: new Map(plan.header.map((h, c) => [c + 1, h])) });
  for (const w of plan.rows) {
    if (w.kind === 'full') patches.set(w.row, { cells: new Map(w.cells.map((v, c) => [c + 1, v])), clearTo: PLAN_WIDTH });
    else if (w.kind === 'derived') patches.set(w.row, { cells: new Map([...w.cells].map(([c, v]) => [c + 1, v])) });
    else patches.set(w.row, { cells: new Map(), clearTo: PLAN_WIDTH });
  }
  pkg.editBytes(part.path, (chunks) => editSheetRowBytes(chunks, [rowPatchEdit(patches)]));
}
