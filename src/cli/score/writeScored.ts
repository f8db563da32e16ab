/**
 * OUT.xlsx = IN.xlsx with the owned columns beside the customer data (or a derived customer sheet
 * for an order-only workbook) and a dashboard sheet with native charts. Earlier output of ours
 * is replaced, never duplicated; every other part of the package is copied untouched.
 */
import type { PredictiveClvResult } from '../../domain/clv/predictive/predictive';
import type { ScoringResult } from '../../domain/score';
import { DASHBOARD_SHEET, DERIVED_CUSTOMERS_SHEET, OWNED_HEADERS, OWNED_SHEETS, ownedValues } from '../ownedColumns';
import { writeColumnBlock } from '../xlsx/appendColumns';
import { chartXml } from '../xlsx/chartParts';
import { drawingXml, REL } from '../xlsx/drawingParts';
import type { OutValue } from '../xlsx/sheetXml';
import { worksheetXml } from '../xlsx/sheetXml';
import { WorkbookPackage } from '../xlsx/workbookPackage';
import { buildDashboard } from './dashboard';
import type { ScoredWorkbook } from './scoreGrids';

async function writeOwnedColumns(pkg: WorkbookPackage, scored: ScoredWorkbook, sheet: string): Promise<void> {
  const part = (await pkg.sheets()).find((s) => s.name === sheet);
  if (!part || !pkg.has(part.path)) throw new Error(`Cannot find the part of sheet "${sheet}"`);
  const rows = new Map<number, readonly OutValue[]>();
  rows.set(scored.customerHeaderRow + 1, OWNED_HEADERS);
  for (const c of scored.result.customers) {
    const row = scored.customerRows.get(c.customerId);
    if (row !== undefined) rows.set(row, ownedValues(c, scored.predictive?.customers.get(c.customerId)));
  }
  const { firstColumn, dropped } = blockPlace(scored);
  let xml = await pkg.text(part.path);
  for (const column of dropped) xml = writeColumnBlock(xml, { firstColumn: column + 1, width: 1, rows: new Map() });
  pkg.put(part.path, writeColumnBlock(xml, { firstColumn, width: OWNED_HEADERS.length, rows }));
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

/** Customer id, name and the owned columns, one row per scored customer (the derived sheet, the --csv file). */
export function derivedCustomerRows(result: ScoringResult, predictive: PredictiveClvResult | null): OutValue[][] {
  return [['Customer ID', 'Name', ...OWNED_HEADERS], ...result.customers.map((c) => [c.customerId, c.name, ...ownedValues(c, predictive?.customers.get(c.customerId))])];
}

async function addDashboard(pkg: WorkbookPackage, result: ScoringResult): Promise<void> {
  const dashboard = buildDashboard(result, DASHBOARD_SHEET);
  const drawingPath = await pkg.addDrawing(
    drawingXml(dashboard.anchors, dashboard.charts.map((c) => c.title)),
    dashboard.charts.map(chartXml),
  );
  const xml = worksheetXml(dashboard.rows, { widths: [24, 14, 16], drawingRelId: 'rId1', onePage: true });
  await pkg.addSheet(DASHBOARD_SHEET, xml, [{ id: 'rId1', type: REL.drawing, target: `../${drawingPath.slice('xl/'.length)}` }]);
}

export async function writeScoredWorkbook(input: Buffer, scored: ScoredWorkbook): Promise<Buffer> {
  const pkg = WorkbookPackage.load(input);
  for (const name of OWNED_SHEETS) await pkg.removeSheet(name);
  if (scored.customersSheet) await writeOwnedColumns(pkg, scored, scored.customersSheet);
  else await pkg.addSheet(DERIVED_CUSTOMERS_SHEET, worksheetXml(derivedCustomerRows(scored.result, scored.predictive), { widths: [16, 28] }));
  await addDashboard(pkg, scored.result);
  return pkg.toBuffer();
}
