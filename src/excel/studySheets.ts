/**
 * The product sheet ("Tiers Products": table + native Pareto chart) and the editable plan table
 * ("Tiers Plans") in the workbook, as the output plan says (src/output/products.ts,
 * src/output/plansSheet.ts). The Pareto chart is a clustered-column chart of sales whose second
 * series (cumulative share) is a line on the secondary axis (ChartSeries.chartType, ExcelApi 1.7;
 * ChartSeries.axisGroup, ExcelApi 1.8). The plan table is read back first; the write touches a
 * manager's edited row only in the columns Tiers derives.
 */
import type { CellValue } from '../domain/model';
import { readPlanGrid, type ExistingPlanRow } from '../domain/plans/table';
import type { ProductComposition } from '../domain/products/composition';
import type { SheetLanguage } from '../output/language';
import { PLAN_FORMATS, PLAN_KINDS, PLAN_SHEET, PLAN_WIDTH, planSheetWrite, type PlanRowWrite } from '../output/plansSheet';
import type { PlanLine, PlanProgress } from '../domain/plans/table';
import { PLAN_DASHBOARD_COLUMN, PLAN_DASHBOARD_FORMATS, PLAN_DASHBOARD_KINDS, PLAN_DASHBOARD_WIDTH, planDashboardRows } from '../output/planDashboard';
import { PARETO_COLUMNS, PRODUCT_FORMATS, PRODUCT_KINDS, PRODUCTS_CHART_PLACE, PRODUCTS_SHEET, productsSheet } from '../output/products';
import { ensureSheet } from './ensureSheet';
import { blockBytes, chunkRows, SYNC_BUDGET_BYTES } from './payload';
import { readValuesInBlocks } from './readBlocks';
import type { OwnedSheetInfo } from './readInputs';
import type { Syncer } from './syncs';
import { clearContents, formatColumns, safeBlock, TEXT_FORMAT } from './textSafety';

export async function writeProducts(syncer: Syncer, products: ProductComposition, language: SheetLanguage, found: OwnedSheetInfo | undefined): Promise<void> {
  const { sheet } = await ensureSheet(syncer, PRODUCTS_SHEET, found?.sheet ?? null);
  const out = productsSheet(products, language);
  const width = Math.max(...out.rows.map((r) => r.length));
  const clearRows = Math.max(found?.rows ?? 0, out.rows.length);
  await syncer.reserve(1_000);
  if (clearRows > 0) clearContents(sheet.getRangeByIndexes(0, 0, clearRows, Math.max(width, PRODUCT_KINDS.length + 2)));
  formatColumns(sheet, 0, 0, Math.max(1, out.rows.length), PRODUCT_FORMATS);
  const kinds = [...PRODUCT_KINDS, 'text' as const, 'text' as const];
  const rows = out.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  for (let c = PRODUCT_KINDS.length; c < width; c++) formatColumns(sheet, 0, c, Math.max(1, out.rows.length), [TEXT_FORMAT]);
  for (const chunk of chunkRows(safeBlock(rows, kinds.slice(0, width)))) {
    await syncer.reserve(chunk.bytes);
    sheet.getRangeByIndexes(chunk.start, 0, chunk.rows.length, width).values = chunk.rows;
  }
  const names = new Set(found?.chartNames ?? []);
  await syncer.reserve(1_000);
  if (!out.chart) {
    for (const name of names) if (name.startsWith('Tiers ')) sheet.charts.getItem(name).delete();
    return;
  }
  // The chart's source: product (categories), sales (columns), cumulative share (line), side by side.
  const source = sheet.getRangeByIndexes(0, PARETO_COLUMNS.product, out.chartRows + 1, PARETO_COLUMNS.cumulative - PARETO_COLUMNS.product + 1);
  let chart: Excel.Chart;
  if (names.has(out.chart.name)) {
    chart = sheet.charts.getItem(out.chart.name);
    chart.setData(source, 'Columns');
  } else {
    chart = sheet.charts.add('ColumnClustered', source, 'Columns');
    chart.name = out.chart.name;
    const p = PRODUCTS_CHART_PLACE;
    chart.setPosition(sheet.getCell(p.fromRow, p.fromColumn), sheet.getCell(p.toRow, p.toColumn));
  }
  chart.title.text = out.chart.title;
  const line = chart.series.getItemAt(1);
  line.chartType = 'Line';
  line.axisGroup = 'Secondary';
}

/**
 * The plan table's rows read back; a refusal message (sheet, row, column) when a cell cannot be
 * read. `date1904`: the workbook counts dates in the 1904 system (src/excel/dateSystem.ts), so a
 * month a manager typed as a date is a 1904 serial.
 */
export async function readPlans(
  syncer: Syncer,
  found: OwnedSheetInfo | undefined,
  date1904: boolean,
  signal?: AbortSignal,
): Promise<{ ok: true; rows: ExistingPlanRow[] } | { ok: false; message: string }> {
  if (!found?.sheet || found.rows === 0) return { ok: true, rows: [] };
  const grid = await readValuesInBlocks(syncer, found.sheet, 0, found.rows, PLAN_WIDTH, signal ? { signal } : {});
  return readPlanGrid(grid, PLAN_SHEET, 1, date1904);
}

export async function writePlans(syncer: Syncer, lines: readonly PlanLine[], existing: readonly ExistingPlanRow[], language: SheetLanguage, found: OwnedSheetInfo | undefined): Promise<void> {
  if (!found?.sheet && lines.length === 0) return;
  const { sheet } = await ensureSheet(syncer, PLAN_SHEET, found?.sheet ?? null);
  const plan = planSheetWrite(lines, found?.sheet ? existing : [], found?.sheet ? found.rows : 0, language);
  await syncer.reserve(1_000);
  formatColumns(
    sheet,
    0,
    0,
    1,
    PLAN_FORMATS.map(() => TEXT_FORMAT),
  );
  sheet.getRangeByIndexes(0, 0, 1, PLAN_WIDTH).values = [plan.header];
  // Runs of consecutive rows in one block each, whether Tiers writes them whole or a manager
  // edited them: a manager's row has null in every column but the derived ones, and null leaves
  // a cell as it is (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values),
  // so its cells and their formats stay. Number formats go on the rows written whole only: a
  // format per column over each stretch of them, or, where a manager's rows cut the run into
  // short stretches, one block of formats with null on the manager's rows.
  // Runs of emptied rows in one clear each.
  const rows = plan.rows;
  let k = 0;
  while (k < rows.length) {
    const first = rows[k] as PlanRowWrite;
    const clear = first.kind === 'clear';
    let end = k + 1;
    while (end < rows.length && ((rows[end] as PlanRowWrite).kind === 'clear') === clear && (rows[end] as PlanRowWrite).row === first.row + (end - k)) end++;
    if (clear) {
      await syncer.reserve(600);
      clearContents(sheet.getRangeByIndexes(first.row - 1, 0, end - k, PLAN_WIDTH));
      k = end;
      continue;
    }
    const run = rows.slice(k, end);
    const stretches: { from: number; count: number }[] = [];
    for (let f = 0; f < run.length;) {
      let g = f;
      while (g < run.length && (run[g] as PlanRowWrite).kind === 'full') g++;
      if (g > f) stretches.push({ from: f, count: g - f });
      f = g + 1;
    }
    const formatBlock = stretches.length * PLAN_WIDTH > run.length;
    if (!formatBlock) for (const s of stretches) formatColumns(sheet, first.row - 1 + s.from, 0, s.count, PLAN_FORMATS);
    const block = run.map(planBlockRow);
    // With a block of formats each chunk carries both: half the budget each.
    for (const chunk of chunkRows(block, formatBlock ? (SYNC_BUDGET_BYTES - 100_000) / 2 : undefined)) {
      const range = sheet.getRangeByIndexes(first.row - 1 + chunk.start, 0, chunk.rows.length, PLAN_WIDTH);
      if (formatBlock) {
        const formats = run.slice(chunk.start, chunk.start + chunk.rows.length).map((w) => (w.kind === 'full' ? [...PLAN_FORMATS] : new Array<string | null>(PLAN_WIDTH).fill(null)));
        await syncer.reserve(chunk.bytes + blockBytes(formats));
        range.numberFormat = formats;
      } else await syncer.reserve(chunk.bytes);
      range.values = chunk.rows;
    }
    k = end;
  }
}

/** A written plan row's cells for the sheet: all of them, or (a manager's row) the derived ones with null, "leave as it is", elsewhere. */
function planBlockRow(w: PlanRowWrite): CellValue[] {
  if (w.kind === 'full') return safeBlock([w.cells], PLAN_KINDS)[0] as CellValue[];
  const cells: CellValue[] = new Array<CellValue>(PLAN_WIDTH).fill(null);
  if (w.kind === 'derived') for (const [c, v] of w.cells) cells[c] = (safeBlock([[v]], [PLAN_KINDS[c] ?? 'number'])[0] as CellValue[])[0] as CellValue;
  return cells;
}

/**
 * Actual against plan on the dashboard sheet (src/output/planDashboard.ts); `found`: the dashboard
 * as looked up while reading. The old block is cleared over every row the sheet used, so a longer
 * block from an earlier run (or an earlier version's per-customer list) leaves nothing behind.
 */
export async function writePlanDashboard(
  syncer: Syncer,
  sheet: Excel.Worksheet,
  progress: readonly PlanProgress[],
  names: ReadonlyMap<string, string | null>,
  language: SheetLanguage,
  found: OwnedSheetInfo | undefined,
): Promise<void> {
  const oldRows = found?.rows ?? 0;
  if (progress.length === 0 && oldRows === 0) return;
  const { rows, labelRows } = progress.length > 0 ? planDashboardRows(progress, names, language) : { rows: [], labelRows: [] };
  await syncer.reserve(1_000);
  if (oldRows > 0) clearContents(sheet.getRangeByIndexes(0, PLAN_DASHBOARD_COLUMN, oldRows, PLAN_DASHBOARD_WIDTH));
  if (rows.length === 0) return;
  formatColumns(sheet, 0, PLAN_DASHBOARD_COLUMN, rows.length, PLAN_DASHBOARD_FORMATS);
  const words = PLAN_DASHBOARD_FORMATS.map(() => TEXT_FORMAT);
  for (const r of labelRows) formatColumns(sheet, r, PLAN_DASHBOARD_COLUMN, 1, words);
  for (const chunk of chunkRows(safeBlock(rows, PLAN_DASHBOARD_KINDS))) {
    await syncer.reserve(chunk.bytes);
    sheet.getRangeByIndexes(chunk.start, PLAN_DASHBOARD_COLUMN, chunk.rows.length, PLAN_DASHBOARD_WIDTH).values = chunk.rows;
  }
}
