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
import { PLAN_FORMATS, PLAN_KINDS, PLAN_SHEET, PLAN_WIDTH, planSheetWrite } from '../output/plansSheet';
import type { PlanLine, PlanProgress } from '../domain/plans/table';
import { PLAN_DASHBOARD_COLUMN, PLAN_DASHBOARD_FORMATS, PLAN_DASHBOARD_KINDS, PLAN_DASHBOARD_WIDTH, planDashboardRows } from '../output/planDashboard';
import { PARETO_COLUMNS, PRODUCT_FORMATS, PRODUCT_KINDS, PRODUCTS_CHART_PLACE, PRODUCTS_SHEET, productsSheet } from '../output/products';
import { ensureSheet } from './ensureSheet';
import { chunkRows } from './payload';
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
  // Runs of whole rows in one block each; a manager's row only in the derived columns.
  let k = 0;
  while (k < plan.rows.length) {
    const w = plan.rows[k] as (typeof plan.rows)[number];
    if (w.kind === 'full') {
      const block: CellValue[][] = [];
      const start = w.row;
      while (k < plan.rows.length) {
        const next = plan.rows[k] as (typeof plan.rows)[number];
        if (next.kind !== 'full' || next.row !== start + block.length) break;
        block.push(next.cells);
        k++;
      }
      formatColumns(sheet, start - 1, 0, block.length, PLAN_FORMATS);
      for (const chunk of chunkRows(safeBlock(block, PLAN_KINDS))) {
        await syncer.reserve(chunk.bytes);
        sheet.getRangeByIndexes(start - 1 + chunk.start, 0, chunk.rows.length, PLAN_WIDTH).values = chunk.rows;
      }
      continue;
    }
    await syncer.reserve(600);
    if (w.kind === 'clear') clearContents(sheet.getRangeByIndexes(w.row - 1, 0, 1, PLAN_WIDTH));
    else for (const [c, v] of w.cells) sheet.getRangeByIndexes(w.row - 1, c, 1, 1).values = safeBlock([[v]], [PLAN_KINDS[c] ?? 'number']);
    k++;
  }
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
