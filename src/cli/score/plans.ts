/**
 * The "Tiers Plans" table in the written workbook, as the output plan (src/output/plansSheet.ts)
 * says: added when absent; otherwise its sheet is patched cell by cell, so a row a manager edited
 * keeps the manager's cells (and their formatting) and only Tiers' derived figures change.
 */
import { newPlanSheetRows, PLAN_SHEET, PLAN_WIDTH, planSheetWrite, type PlanRowWrite } from '../../output/plansSheet';
import { sameSheetName } from '../../output/sheets';
import { editSheetRowBytes, rowPatchEdit, type RowPatch, type RowPatches } from '../xlsx/appendColumns';
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
  // Each row's patch made as the sheet streams past it, from the plan's row writes (no Map of
  // hundreds of thousands of patches held); the header's cells are never empty, so the last
  // column written is the table's.
  // The plan's rows are ascending: the last is the highest.
  const at = new Int32Array(Math.max(1, plan.rows.at(-1)?.row ?? 1) + 1).fill(-1);
  plan.rows.forEach((w, i) => (at[w.row] = i));
  const header: RowPatch = { cells: new Map(plan.header.map((h, c) => [c + 1, h])) };
  const patches: RowPatches = {
    keys: () => (at[1] === -1 ? [1, ...plan.rows.map((w) => w.row)] : plan.rows.map((w) => w.row)),
    get: (r) => {
      const i = r < at.length ? (at[r] as number) : -1;
      if (i >= 0) return rowPatch(plan.rows[i] as PlanRowWrite);
      return r === 1 ? header : undefined;
    },
  };
  pkg.editBytes(part.path, (chunks) => editSheetRowBytes(chunks, [rowPatchEdit(patches, PLAN_WIDTH)]));
}

/** A row write of the plan as a patch of its cells (1-based columns). */
function rowPatch(w: PlanRowWrite): RowPatch {
  if (w.kind === 'full') return { cells: new Map(w.cells.map((v, c) => [c + 1, v])), clearTo: PLAN_WIDTH };
  if (w.kind === 'derived') return { cells: new Map([...w.cells].map(([c, v]) => [c + 1, v])) };
  return { cells: new Map(), clearTo: PLAN_WIDTH };
}
