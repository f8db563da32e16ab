/**
 * What the work area needs from the team's own sheets: the customers (for pickers and rules), the
 * orders (who traded, when last), and each customer's tier from the owned tier column the scoring
 * run writes beside the customer data. Sheets the add-in owns ("Tiers ...") are not read.
 */
import { analyseWorkbook } from '../../domain/analyse';
import { detectSheets, type NamedGrid } from '../../domain/mapping';
import type { CellValue, CustomerRow, Grid, OrderRow } from '../../domain/model';

export interface CustomerChoice {
  id: string;
  name: string;
  owner: string;
}

export interface WorkBasis {
  customers: CustomerRow[];
  orders: OrderRow[];
  choices: CustomerChoice[];
  tradedCustomerIds: string[];
  /** Customer id -> tier name, from the owned tier column; empty before the first scoring run. */
  tiers: Map<string, string>;
  /** Why nothing could be read (no order sheet ...); null when the sheets were read. */
  refused: string | null;
}

/** Headers of the tier column written by a scoring run (the CLI writes "Tiers tier"). */
const TIER_HEADERS = new Set(['tiers tier', 'tier', '等级', '客户等级']);
const OWNED_SHEET = /^tiers /i;

export async function readSheetGrids(context: Excel.RequestContext, names?: readonly string[]): Promise<NamedGrid[]> {
  const sheets = context.workbook.worksheets.load('items/name,items/visibility');
  await context.sync();
  const wanted = sheets.items.filter((s) => (names ? names.includes(s.name) : s.visibility === 'Visible' && !OWNED_SHEET.test(s.name)));
  const used = wanted.map((s) => s.getUsedRangeOrNullObject(true).load('values'));
  await context.sync();
  return wanted.map((s, i) => {
    const range = used[i];
    return { name: s.name, grid: range && !range.isNullObject ? (range.values as CellValue[][]) : [] };
  });
}

/** Visible sheets a contact list could be imported from (the add-in's own sheets left out). */
export async function listImportableSheets(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets.load('items/name,items/visibility');
  await context.sync();
  return sheets.items.filter((s) => s.visibility === 'Visible' && !OWNED_SHEET.test(s.name)).map((s) => s.name);
}

export function tiersFromGrid(grid: Grid, headerRow: number, idColumn: number): Map<string, string> {
  const header = grid[headerRow] ?? [];
  const tierColumn = header.findIndex((h) => TIER_HEADERS.has(String(h ?? '').trim().toLowerCase()));
  const tiers = new Map<string, string>();
  if (tierColumn < 0) return tiers;
  for (const row of grid.slice(headerRow + 1)) {
    const id = String(row[idColumn] ?? '').trim();
    const tier = String(row[tierColumn] ?? '').trim();
    if (id && tier) tiers.set(id, tier);
  }
  return tiers;
}

export function workBasisFromGrids(grids: readonly NamedGrid[]): WorkBasis {
  const empty: WorkBasis = { customers: [], orders: [], choices: [], tradedCustomerIds: [], tiers: new Map(), refused: null };
  const detection = detectSheets(grids);
  const ordersSheet = detection.orders ? grids.find((g) => g.name === detection.orders?.mapping.sheet) : undefined;
  if (!ordersSheet) return { ...empty, refused: detection.messages.join(' ') || 'No order sheet was found.' };
  const customersSheet = detection.customers ? grids.find((g) => g.name === detection.customers?.mapping.sheet) : undefined;
  const analysis = analyseWorkbook({
    orders: { sheet: ordersSheet.name, grid: ordersSheet.grid },
    ...(customersSheet ? { customers: { sheet: customersSheet.name, grid: customersSheet.grid } } : {}),
  });
  if (analysis.refused) return { ...empty, refused: analysis.refused.message };
  const customerMapping = analysis.mapping.customers;
  const idColumn = customerMapping?.columns.customerId;
  const tiers = customersSheet && customerMapping && idColumn !== undefined ? tiersFromGrid(customersSheet.grid, customerMapping.headerRow, idColumn) : new Map<string, string>();
  const choices = analysis.customers
    .map((c) => ({ id: c.customerId, name: c.name ?? '', owner: c.owner ?? '' }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return {
    customers: analysis.customers,
    orders: analysis.orders,
    choices,
    tradedCustomerIds: [...new Set(analysis.orders.map((o) => o.customerId))].sort(),
    tiers,
    refused: null,
  };
}

export async function readWorkBasis(context: Excel.RequestContext): Promise<WorkBasis> {
  return workBasisFromGrids(await readSheetGrids(context));
}
