/**
 * OUT.xlsx = IN.xlsx with what the output plan (src/output/) says Tiers writes: the owned columns
 * beside the customer data (or a derived customer sheet for an order-only workbook), the snapshot
 * sheet, the dashboard with native charts, the product sheet with its Pareto chart and the
 * distributor plan table (merged: a manager's edits stay). Earlier output of ours is replaced, never
 * duplicated; every other part of the package is copied untouched.
 */
import { isoFromDay } from '../../domain/dates';
import { ownedHeaders } from '../../output/ownedColumns';
import { ownedValuesOfColumns } from '../../output/ownedRows';
import { DASHBOARD_SHEET, DERIVED_CUSTOMERS_SHEET, isScoringSheet, PRODUCTS_SHEET, sameSheetName, SNAPSHOT_SHEET } from '../../output/sheets';
import { freshSnapshotOfColumns, snapshotSheet } from '../../output/snapshots';
import { columnBlockEdit, editSheetRowBytes, type BlockRows } from '../xlsx/appendColumns';
import { chartXml } from '../xlsx/chartParts';
import { drawingXml, REL } from '../xlsx/drawingParts';
import { worksheetPieces, worksheetXml } from '../xlsx/sheetXml';
import { WorkbookPackage } from '../xlsx/workbookPackage';
import { buildDashboard } from './dashboard';
import { buildModelCheck } from './modelCheck';
import type { Backtest } from '../../domain/clv/predictive/backtest';
import { MODEL_CHECK_SHEET } from '../../output/modelCheck';
import { planDashboardRows } from '../../output/planDashboard';
import { dashboardNoteRows } from '../../output/dashboardNotes';
import { buildProducts } from './products';
import { writePlans } from './plans';
import type { ScoredWorkbook } from './scoreGrids';
import { derivedSheetRows, predictedOf } from './customerRows';

export { derivedSheetRows, type CustomerRowsSource } from './customerRows';

async function writeOwnedColumns(pkg: WorkbookPackage, scored: ScoredWorkbook, sheet: string): Promise<void> {
  const part = (await pkg.sheets()).find((s) => s.name === sheet);
  if (!part || !pkg.has(part.path)) throw new Error(`Cannot find the part of sheet "${sheet}"`);
  const headers = ownedHeaders(scored.result.valueBasis, scored.language);
  const headerRow = scored.customerHeaderRow + 1;
  const predicted = predictedOf(scored);
  const { columns } = scored.result;
  const owned = ownedValuesOfColumns(columns, scored.language, scored.tierNames);
  // Sheet row -> its customer's position; each row's cells are made as the row is written, none kept.
  const customerOf = new Map<number, number>();
  for (let i = 0; i < columns.length; i++) {
    const row = scored.customerRow[i] as number;
    if (row > 0) customerOf.set(row, i);
  }
  const rows: BlockRows = {
    keys: () => (customerOf.has(headerRow) ? customerOf.keys() : [headerRow, ...customerOf.keys()]),
    get(r) {
      const i = customerOf.get(r);
      if (i !== undefined) return owned(i, predicted(i));
      return r === headerRow ? headers : undefined;
    },
  };
  const { firstColumn, dropped } = blockPlace(scored);
  // The earlier block's columns emptied, then the block written: both edits as the sheet streams through, when the package is written.
  const edits = [...dropped.map((column) => columnBlockEdit({ firstColumn: column + 1, width: 1, rows: new Map() })), columnBlockEdit({ firstColumn, width: headers.length, rows })];
  pkg.editBytes(part.path, (chunks) => editSheetRowBytes(chunks, edits));
}

/**
 * 1-based first column of the owned block: where a previous run put it, unless the user's data now
 * reaches into or past it (a column added after ours, or a block written by a version with fewer
 * columns, which the wider block would overwrite). Then it goes after the user's data and the
 * previous run's columns (0-based, `dropped`) are emptied so no header appears twice.
 */
function blockPlace(scored: ScoredWorkbook): { firstColumn: number; dropped: number[] } {
  const previous = scored.ownedBlock ? Math.min(...scored.ownedBlock.columns.values()) : null;
  if (previous !== null && scored.customerWidth <= previous) return { firstColumn: previous + 1, dropped: [] };
  return { firstColumn: scored.customerWidth + 1, dropped: scored.ownedBlock ? [...scored.ownedBlock.columns.values()] : [] };
}

async function addDashboard(pkg: WorkbookPackage, scored: ScoredWorkbook): Promise<void> {
  const { progress } = scored.studies.plans;
  const { columns } = scored.result;
  const names = new Map(progress.length > 0 ? columns.ids.map((id, i) => [id, columns.names[i] ?? null]) : []);
  const dashboard = buildDashboard(
    scored.result,
    DASHBOARD_SHEET,
    progress.length > 0 ? planDashboardRows(progress, names, scored.language).rows : [],
    scored.language,
    scored.tierNames,
    dashboardNoteRows([...scored.analysis.notes, ...scored.result.studyNotices, ...scored.studies.plans.notices], scored.language),
  );
  const drawingPath = await pkg.addDrawing(drawingXml(dashboard.anchors, dashboard.names), dashboard.charts.map(chartXml));
  const xml = worksheetXml(dashboard.rows, { drawingRelId: 'rId1', onePage: true });
  await pkg.addSheet(DASHBOARD_SHEET, xml, [{ id: 'rId1', type: REL.drawing, target: `../${drawingPath.slice('xl/'.length)}` }]);
}

/** The owned "Tiers Model Check" sheet with its tracking chart (replacing an earlier one). */
async function addModelCheck(pkg: WorkbookPackage, check: Backtest, language: ScoredWorkbook['language']): Promise<void> {
  for (const sheet of await pkg.sheets()) if (sameSheetName(sheet.name, MODEL_CHECK_SHEET)) await pkg.removeSheet(sheet.name);
  const parts = buildModelCheck(check, language);
  const drawingPath = await pkg.addDrawing(drawingXml([parts.anchor], [parts.name]), [chartXml(parts.chart)]);
  const xml = worksheetXml(parts.rows, { drawingRelId: 'rId1', widths: [44, 22, 16, 16, 18, 20] });
  await pkg.addSheet(MODEL_CHECK_SHEET, xml, [{ id: 'rId1', type: REL.drawing, target: `../${drawingPath.slice('xl/'.length)}` }]);
}

async function addProducts(pkg: WorkbookPackage, scored: ScoredWorkbook): Promise<void> {
  const products = buildProducts(scored.studies.products, scored.language);
  if (!products.chart) {
    await pkg.addSheet(PRODUCTS_SHEET, worksheetXml(products.rows, { widths: products.widths }));
    return;
  }
  const drawingPath = await pkg.addDrawing(drawingXml([products.anchor], [products.chart.name]), [chartXml(products.chart.spec)]);
  const xml = worksheetXml(products.rows, { widths: products.widths, drawingRelId: 'rId1' });
  await pkg.addSheet(PRODUCTS_SHEET, xml, [{ id: 'rId1', type: REL.drawing, target: `../${drawingPath.slice('xl/'.length)}` }]);
}

export interface WriteOptions {
  /** Identifies this run's snapshot rows; tests fix it. */
  runId?: string;
  /** A model check to write on its own sheet (docs/clv.md, "Backtest"); absent leaves an earlier one as it is. */
  modelCheck?: Backtest;
}

export async function writeScoredWorkbook(input: Buffer, scored: ScoredWorkbook, options: WriteOptions = {}): Promise<Buffer> {
  return (await scoredPackage(input, scored, options)).toBuffer();
}

/** writeScoredWorkbook straight to a file: the same bytes, never one Buffer (a million-line OUT.xlsx is about 200 MB). */
export async function writeScoredWorkbookFile(path: string, input: Buffer, scored: ScoredWorkbook, options: WriteOptions = {}): Promise<void> {
  await (await scoredPackage(input, scored, options)).toFile(path);
}

async function scoredPackage(input: Buffer, scored: ScoredWorkbook, options: WriteOptions): Promise<WorkbookPackage> {
  const pkg = WorkbookPackage.load(input);
  for (const sheet of await pkg.sheets()) if (isScoringSheet(sheet.name)) await pkg.removeSheet(sheet.name);
  if (scored.customersSheet) await writeOwnedColumns(pkg, scored, scored.customersSheet);
  else await pkg.addSheet(DERIVED_CUSTOMERS_SHEET, () => worksheetPieces(derivedSheetRows(scored), { widths: [16, 28] }));
  const asOf = isoFromDay(scored.result.asOf);
  const runId = options.runId ?? `${new Date().toISOString()}-${Math.random().toString(36).slice(2, 8)}`;
  await addDashboard(pkg, scored);
  // Made when the package is written, in pieces: the snapshot grows by a row per customer each run.
  await pkg.addSheet(SNAPSHOT_SHEET, () =>
    worksheetPieces(snapshotSheet(scored.snapshotRows, freshSnapshotOfColumns(runId, asOf, scored.result.columns), asOf, scored.language, scored.tierNames), { widths: [30, 12, 16] }),
  );
  await addProducts(pkg, scored);
  await writePlans(pkg, scored);
  if (options.modelCheck) await addModelCheck(pkg, options.modelCheck, scored.language);
  return pkg;
}
