/**
 * What the work area needs from the team's own sheets: the customers (for pickers and rules), the
 * orders (who traded, when last), and each customer's tier from the owned tier column the scoring
 * run writes beside the customer data. Sheets the add-in owns ("Tiers ...") are not read.
 */
import type { Refusal } from '../../domain/refusals';
import { analyseWorkbook } from '../../domain/analyse';
import { isRatesSheetName, type CurrencyConfig } from '../../domain/currency';
import { detectSheets, HEADER_SCAN_ROWS, type NamedGrid } from '../../domain/mapping';
import type { CellValue, CustomerRow, Grid, OrderRow } from '../../domain/model';
import { DERIVED_CUSTOMERS_SHEET, isOwnedSheet } from '../../output/sheets';
import { ownedHeaderKey } from '../../output/ownedColumns';
import { tierKeyOf } from '../../output/tierWords';
import type { EarlierTierNames } from '../../domain/segments/tierNameHistory';
import type { TierNames } from '../../domain/segments/tiers';
import { probeDateSystem } from '../dateSystem';
import { parseStoredSettings, SETTINGS_KEY } from '../settingsStore';
import { readRects, type RectRead } from '../readBlocks';
import { Syncer } from '../syncs';
import type { RidingRead } from './ridingRead';

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
  /** Customers the owned "Tiers likely churning" column flags; empty before a run with the predictive fit. */
  likelyChurning: Set<string>;
  /** Why nothing could be read (no order sheet ...); null when the sheets were read. */
  refused: string | null;
  /** The same as a code, for the pane to word in its language (src/domain/refusals.ts). */
  refusal?: Refusal;
}

/** A tier column: the owned one a scoring run writes (any language), or a team's own. */
const TEAM_TIER_HEADERS = new Set(['tier', '等级', '客户等级', '等級', '客戶等級']);
const isTierHeader = (h: CellValue): boolean =>
  ownedHeaderKey(h) === 'tier' ||
  TEAM_TIER_HEADERS.has(
    String(h ?? '')
      .trim()
      .toLowerCase(),
  );
const isChurningHeader = (h: CellValue): boolean => ownedHeaderKey(h) === 'likelyChurning';

export interface SheetGrids<T> {
  grids: NamedGrid[];
  /** The workbook counts dates in the 1904 system (src/excel/dateSystem.ts). */
  date1904: boolean;
  /** Visible sheets of the user's (the add-in's own left out): where a contact list may be imported from. */
  importableSheets: string[];
  /** What the riding read found. */
  along: T;
}

/**
 * Grids of the sheets the work area reads, in row blocks within Excel's payload limits: the named
 * sheets in full, or (no names) the first rows of every visible sheet of the user's for detection,
 * and in full only the order and customer sheets detected among them. `extra`: sheets (such as
 * owned ones) also read in full when present. `along`: a read that rides these syncs (the owned
 * tables; src/excel/work/ridingRead.ts), its cells read with the first rectangles.
 */
export async function readSheetGrids<T>(context: Excel.RequestContext, names: readonly string[] | undefined, extra: readonly string[], along: RidingRead<T>): Promise<SheetGrids<T>> {
  const syncer = new Syncer(context);
  const sheets = context.workbook.worksheets.load('items/name,items/visibility');
  const dateSystem = probeDateSystem(context);
  await syncer.sync();
  const importableSheets = sheets.items.filter((s) => s.visibility === 'Visible' && !isOwnedSheet(s.name)).map((s) => s.name);
  const wanted = sheets.items.filter((s) => extra.includes(s.name) || (names ? names.includes(s.name) : importableSheets.includes(s.name)));
  const used = wanted.map((s) => ({ sheet: s, range: s.getUsedRangeOrNullObject(true).load('rowIndex,rowCount,columnIndex,columnCount') }));
  const locating = along.locate();
  if (used.length > 0 || locating) await syncer.sync();
  const extents = used.map((u) => ({
    sheet: u.sheet,
    rows: u.range.isNullObject ? 0 : u.range.rowIndex + u.range.rowCount,
    columns: u.range.isNullObject ? 0 : u.range.columnIndex + u.range.columnCount,
  }));
  const alongRects = along.rects();
  let alongCells: CellValue[][][] = [];
  // The riding read's cells go with the first rectangles read: the header scan, or the named sheets.
  const firstRead = async (rects: readonly RectRead[]): Promise<CellValue[][][]> => {
    const cells = await readRects(syncer, [...rects, ...alongRects]);
    alongCells = cells.slice(rects.length);
    return cells.slice(0, rects.length);
  };
  let full: Set<string>;
  let heads: CellValue[][][] = [];
  if (names) full = new Set([...names, ...extra]);
  else {
    heads = await firstRead(extents.map((e) => ({ sheet: e.sheet, row: 0, column: 0, rows: extra.includes(e.sheet.name) ? 0 : Math.min(HEADER_SCAN_ROWS, e.rows), columns: e.columns })));
    const detection = detectSheets(extents.map((e, i) => ({ name: e.sheet.name, grid: heads[i] ?? [] })));
    full = new Set([detection.orders?.mapping.sheet, detection.customers?.mapping.sheet, ...extra].filter((n): n is string => n !== undefined));
  }
  const fullRects = extents.map((e) => ({ sheet: e.sheet, row: 0, column: 0, rows: full.has(e.sheet.name) ? e.rows : 0, columns: e.columns }));
  const grids = names ? await firstRead(fullRects) : await readRects(syncer, fullRects);
  return {
    grids: extents.map((e, i) => ({ name: e.sheet.name, grid: full.has(e.sheet.name) ? (grids[i] ?? []) : (heads[i] ?? []) })),
    date1904: dateSystem.date1904,
    importableSheets,
    along: along.finish(alongCells),
  };
}

/** Id -> cell of the first column whose header `isHeader` accepts, for rows with an id and a non-empty cell. */
function columnById(grid: Grid, headerRow: number, idColumn: number, isHeader: (h: CellValue) => boolean): Map<string, CellValue> {
  const header = grid[headerRow] ?? [];
  const column = header.findIndex((h) => isHeader(h ?? null));
  const cells = new Map<string, CellValue>();
  if (column < 0) return cells;
  for (const row of grid.slice(headerRow + 1)) {
    const id = String(row[idColumn] ?? '').trim();
    const cell = row[column];
    if (id && cell !== null && cell !== undefined && String(cell).trim() !== '') cells.set(id, cell);
  }
  return cells;
}

/** Customer id -> tier key ("Gold") from any language's word or the manager's name (`names`); a team's own word stays as it stands. */
export function tiersFromGrid(grid: Grid, headerRow: number, idColumn: number, names: TierNames = {}, earlier: EarlierTierNames = {}): Map<string, string> {
  return new Map([...columnById(grid, headerRow, idColumn, isTierHeader)].map(([id, tier]) => [id, tierKeyOf(tier, names, earlier) ?? String(tier).trim()]));
}

/** Ids flagged TRUE in the likely-churning column (the adapter writes booleans; a typed "TRUE" counts too). */
export function likelyChurningFromGrid(grid: Grid, headerRow: number, idColumn: number): Set<string> {
  const flagged = [...columnById(grid, headerRow, idColumn, isChurningHeader)].filter(([, cell]) => cell === true || String(cell).trim().toUpperCase() === 'TRUE');
  return new Set(flagged.map(([id]) => id));
}

/**
 * `derivedCustomers`: the owned "Tiers Customers" sheet of an order-only workbook, where the scoring
 * run writes the tier and churn columns when there is no customer sheet of the user's to write beside.
 */
/** `currency`: the saved configuration's base and rates; a Rates sheet among `grids` is used too, as a run does. */
export function workBasisFromGrids(
  grids: readonly NamedGrid[],
  derivedCustomers: Grid = [],
  date1904 = false,
  currency?: CurrencyConfig,
  tierNames: TierNames = {},
  earlierTierNames: EarlierTierNames = {},
): WorkBasis {
  const empty: WorkBasis = { customers: [], orders: [], choices: [], tradedCustomerIds: [], tiers: new Map(), likelyChurning: new Set(), refused: null };
  const detection = detectSheets(grids);
  const ordersSheet = detection.orders ? grids.find((g) => g.name === detection.orders?.mapping.sheet) : undefined;
  if (!ordersSheet) return { ...empty, refused: detection.messages.join(' ') || 'No order sheet was found.', ...(detection.refusal ? { refusal: detection.refusal } : {}) };
  const customersSheet = detection.customers ? grids.find((g) => g.name === detection.customers?.mapping.sheet) : undefined;
  const ratesSheet = grids.find((g) => g !== ordersSheet && g !== customersSheet && isRatesSheetName(g.name));
  const analysis = analyseWorkbook({
    orders: { sheet: ordersSheet.name, grid: ordersSheet.grid },
    ...(customersSheet ? { customers: { sheet: customersSheet.name, grid: customersSheet.grid } } : {}),
    ...(ratesSheet ? { rates: { sheet: ratesSheet.name, grid: ratesSheet.grid } } : {}),
    ...(currency ? { currency } : {}),
    readOptions: { date1904 },
  });
  if (analysis.refused) return { ...empty, refused: analysis.refused.message, ...(analysis.refused.refusal ? { refusal: analysis.refused.refusal } : {}) };
  const customerMapping = analysis.mapping.customers;
  const idColumn = customerMapping?.columns.customerId;
  const owned =
    customersSheet && customerMapping && idColumn !== undefined
      ? { grid: customersSheet.grid, headerRow: customerMapping.headerRow, idColumn }
      : derivedCustomers.length > 0
        ? { grid: derivedCustomers, headerRow: 0, idColumn: 0 }
        : null;
  const tiers = owned ? tiersFromGrid(owned.grid, owned.headerRow, owned.idColumn, tierNames, earlierTierNames) : new Map<string, string>();
  const likelyChurning = owned ? likelyChurningFromGrid(owned.grid, owned.headerRow, owned.idColumn) : new Set<string>();
  const choices = analysis.customers.map((c) => ({ id: c.customerId, name: c.name ?? '', owner: c.owner ?? '' })).sort((a, b) => a.id.localeCompare(b.id));
  return {
    customers: analysis.customers,
    orders: analysis.orders,
    choices,
    tradedCustomerIds: [...new Set(analysis.orders.map((o) => o.customerId))].sort(),
    tiers,
    likelyChurning,
    refused: null,
  };
}

export interface WorkRead<T> {
  basis: WorkBasis;
  importableSheets: string[];
  along: T;
}

/** The work basis, with `along` (the owned tables) riding its syncs. */
export async function readWorkBasis<T>(context: Excel.RequestContext, along: RidingRead<T>): Promise<WorkRead<T>> {
  // Rides along with the first round trip of readSheetGrids: the saved exchange rates, as a run uses them.
  const settingsItem = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
  const read = await readSheetGrids(context, undefined, [DERIVED_CUSTOMERS_SHEET], along);
  const { config } = parseStoredSettings(settingsItem.isNullObject ? undefined : settingsItem.value);
  const derived = read.grids.find((g) => g.name === DERIVED_CUSTOMERS_SHEET);
  const basis = workBasisFromGrids(
    read.grids.filter((g) => g !== derived),
    derived?.grid ?? [],
    read.date1904,
    config.currency,
    config.tierNames,
    config.earlierTierNames,
  );
  return { basis, importableSheets: read.importableSheets, along: read.along };
}
