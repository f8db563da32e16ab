/**
 * Reading the user's data: which sheets hold customers and orders (the domain's detectSheets on
 * each visible sheet's first rows, or the saved mapping), then their grids in row blocks.
 * Hidden sheets (not very hidden ones) are looked at when no visible sheet holds orders: most users
 * hide a sheet to tidy up, not to withdraw its data, so it is read with a warning.
 * Grids start at A1 so grid indexes are sheet indexes (row numbers in problems stay true).
 * Owned columns are blanked in the grids so detection and validation never see them.
 */
import { isRatesSheetName } from '../domain/currency';
import { detectSheets, HEADER_SCAN_ROWS } from '../domain/mapping';
import type { SheetDetection } from '../domain/mapping';
import type { Refusal } from '../domain/refusals';
import type { CellValue, Grid } from '../domain/model';
import type { WorkbookInput } from '../domain/analyse';
import { probeDateSystem } from './dateSystem';
import { runWhileEditing } from './editMode';
import { throwIfAborted } from './errors';
import { isOwnedHeader, OWNED_COLUMNS, OWNED_NAME_PREFIX } from '../output/ownedColumns';
import { isOwnedSheet, LOOKED_UP_SHEETS } from '../output/sheets';
import { InputCache, rowsAt, sampleRowIndexes, sampleText } from './inputCache';
import { blockBytes } from './payload';
import { readValuesInBlocks } from './readBlocks';
import { parseRunState, RUN_STATE_KEY, type RunState } from './runState';
import { fitSavedMapping } from '../output/savedMapping';
import { inputNoteEnglish, type InputNote } from '../output/inputNoteWords';
import { parseStoredSettings, SETTINGS_KEY, type LoadedSettings, type SavedMapping } from './settingsStore';
import { unrecognisedCustomerSheets } from './unrecognisedSheets';
import { Syncer } from './syncs';

export interface SheetGrid {
  sheet: string;
  grid: Grid;
}

/** An owned column found through its named item. */
export interface NamedColumn {
  key: string;
  sheet: string;
  column: number;
  row: number;
}

/** An owned sheet as found while reading: its proxy (null when absent), used rows and chart names. */
export interface OwnedSheetInfo {
  sheet: Excel.Worksheet | null;
  rows: number;
  chartNames: string[];
}

export interface WorkbookInputs {
  orders: SheetGrid | null;
  customers: SheetGrid | null;
  /** A satisfaction survey sheet (docs/satisfaction.md), when one is found. */
  survey: SheetGrid | null;
  /** A sheet of exchange rates ("Rates", "汇率" ...: docs/scoring.md, "Currencies"), when there is one. */
  rates: SheetGrid | null;
  /** Why no order sheet was found, when none was. */
  messages: string[];
  /** The same as a code for the pane to word (src/domain/refusals.ts); absent when an order sheet was found. */
  refusal?: Refusal;
  settings: LoadedSettings;
  /** The saved mapping less the sheet mappings that no longer fit their sheet (see src/output/savedMapping.ts). */
  mapping: SavedMapping;
  /** Said to the user with a scored run: hidden sheets read, a saved mapping dropped, a customer sheet passed over (`inputNotes` in English). */
  warnings: string[];
  /** The same as codes, for the pane to word in its language (src/output/inputNoteWords.ts). */
  inputNotes: InputNote[];
  /** User sheets that are protected (the customer sheet cannot take the owned columns). */
  protectedSheets: string[];
  /** The workbook's structure is protected: no sheet can be added (ExcelApi 1.7). */
  structureProtected: boolean;
  /** The workbook counts dates in the 1904 system (dateSystem.ts): its date serials are read with that offset. */
  date1904: boolean;
  runState: RunState | null;
  namedColumns: NamedColumn[];
  /** The first rows of each grid as read, before owned columns were blanked. */
  rawHeads: Map<string, CellValue[][]>;
  /** Owned-column names whose range was deleted (#REF!): the run removes them. */
  brokenNames: string[];
  sheetNames: string[];
  /** The owned sheets, looked up in the same round trips as the user's sheets. */
  ownedSheets: Map<string, OwnedSheetInfo>;
  /** The Excel tables on each user sheet, as cell rectangles (owned columns keep clear of them). */
  tables: Map<string, TableRect[]>;
  /** With a cache: the sheets whose kept grid was used instead of reading them again. */
  reused: string[];
  /** With a cache: names the grids given (the same text is the same rows); absent without one. */
  version?: string;
}

/** A table's cells, 0-based and inclusive. */
export interface TableRect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ReadProgress {
  stage: 'reading';
  done: number;
  total: number;
}

export interface ReadOptions {
  signal?: AbortSignal;
  /** Grids of an earlier read: a sheet whose cheap check passes is not read again (inputCache.ts). */
  cache?: InputCache;
  onProgress?: (progress: ReadProgress) => void;
}

interface SheetExtent {
  name: string;
  rows: number;
  columns: number;
  hidden: boolean;
}

/** A named column still holds an owned column when its header cell is ours (or empty). */
export function namedColumnHolds(n: NamedColumn, grid: readonly (readonly CellValue[])[]): boolean {
  const cell = grid[n.row]?.[n.column];
  const spec = OWNED_COLUMNS.find((s) => s.key === n.key);
  return cell === undefined || cell === '' || cell === null || (spec !== undefined && isOwnedHeader(spec, cell));
}

/** Owned columns on `sheet`: those its names point to, and, on the header rows, owned header texts. */
function ownedColumnsOn(sheet: string, grid: readonly (readonly CellValue[])[], named: readonly NamedColumn[]): Set<number> {
  const out = new Set<number>(named.filter((n) => n.sheet === sheet && namedColumnHolds(n, grid)).map((n) => n.column));
  for (const row of grid.slice(0, HEADER_SCAN_ROWS)) {
    row.forEach((cell, c) => {
      if (OWNED_COLUMNS.some((spec) => isOwnedHeader(spec, cell))) out.add(c);
    });
  }
  return out;
}

function blankColumns(grid: CellValue[][], columns: Set<number>): void {
  if (columns.size === 0) return;
  for (const row of grid) for (const c of columns) if (c < row.length) row[c] = '';
}

export async function readInputsIn(syncer: Syncer, options: ReadOptions = {}): Promise<WorkbookInputs> {
  const { context } = syncer;
  const wb = context.workbook;
  const settingsItem = wb.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
  const stateItem = wb.settings.getItemOrNullObject(RUN_STATE_KEY).load('value');
  const names = wb.names.load('items/name');
  const structure = wb.protection.load('protected');
  const dateSystem = probeDateSystem(context);
  const sheets = wb.worksheets.load('items/name,items/visibility');
  const owned = LOOKED_UP_SHEETS.map((name) => {
    const sheet = wb.worksheets.getItemOrNullObject(name);
    return { name, sheet, used: sheet.getUsedRangeOrNullObject(true).load('rowIndex,rowCount') };
  });
  await syncer.sync();
  const charts = owned.map((o) => (o.sheet.isNullObject ? null : o.sheet.charts.load('items/name')));
  const settings = parseStoredSettings(settingsItem.isNullObject ? undefined : settingsItem.value);
  const runState = stateItem.isNullObject ? null : parseRunState(stateItem.value);

  const ownedNames = names.items.filter((n) => n.name.startsWith(OWNED_NAME_PREFIX));
  const nameRanges = ownedNames.map((n) => {
    const range = n.getRangeOrNullObject();
    range.load('columnIndex,rowIndex');
    const sheet = range.worksheet.load('name');
    return { name: n.name, range, sheet };
  });
  const candidates = sheets.items.filter((s) => s.visibility !== 'VeryHidden' && !isOwnedSheet(s.name));
  const used = candidates.map((s) => ({
    sheet: s,
    range: s.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
    protection: s.protection.load('protected'),
    tables: s.tables.load('items/name'),
  }));
  await syncer.sync();

  const namedColumns: NamedColumn[] = [];
  const brokenNames: string[] = [];
  for (const n of nameRanges) {
    if (n.range.isNullObject) brokenNames.push(n.name);
    else namedColumns.push({ key: n.name.slice(OWNED_NAME_PREFIX.length), sheet: n.sheet.name, column: n.range.columnIndex, row: n.range.rowIndex });
  }
  const ownedSheets = new Map<string, OwnedSheetInfo>(
    owned.map((o, k) => [
      o.name,
      {
        sheet: o.sheet.isNullObject ? null : o.sheet,
        rows: o.sheet.isNullObject || o.used.isNullObject ? 0 : o.used.rowIndex + o.used.rowCount,
        chartNames: charts[k]?.items.map((c) => c.name) ?? [],
      },
    ]),
  );
  const extents: SheetExtent[] = used
    .filter((u) => !u.range.isNullObject)
    .map((u) => ({ name: u.sheet.name, rows: u.range.rowIndex + u.range.rowCount, columns: u.range.columnIndex + u.range.columnCount, hidden: u.sheet.visibility !== 'Visible' }));
  const protectedSheets = used.filter((u) => u.protection.protected).map((u) => u.sheet.name);

  const tableRanges = used.map((u) => ({ sheet: u.sheet.name, ranges: u.tables.items.map((t) => t.getRange().load('rowIndex,columnIndex,rowCount,columnCount')) }));
  const heads = extents.map((e) => ({ extent: e, range: context.workbook.worksheets.getItem(e.name).getRangeByIndexes(0, 0, Math.min(HEADER_SCAN_ROWS, e.rows), e.columns).load('values') }));
  // The cheap check of a kept grid rides on the header round trip: a few single rows per kept sheet.
  const { cache } = options;
  const samples = new Map(
    extents
      .filter((e) => cache?.holds(e.name, e.rows))
      .map((e) => [e.name, sampleRowIndexes(e.rows, Math.min(HEADER_SCAN_ROWS, e.rows)).map((r) => context.workbook.worksheets.getItem(e.name).getRangeByIndexes(r, 0, 1, e.columns).load('values'))]),
  );
  if (heads.length > 0 || tableRanges.some((t) => t.ranges.length > 0)) await syncer.sync();
  const tables = new Map<string, TableRect[]>(
    tableRanges.map((t) => [t.sheet, t.ranges.map((r) => ({ r0: r.rowIndex, c0: r.columnIndex, r1: r.rowIndex + r.rowCount - 1, c1: r.columnIndex + r.columnCount - 1 }))]),
  );
  const rawHeads = new Map<string, CellValue[][]>();
  const headGrids = heads.map((h) => {
    const grid = h.range.values as CellValue[][];
    rawHeads.set(
      h.extent.name,
      grid.map((row) => [...row]),
    );
    blankColumns(grid, ownedColumnsOn(h.extent.name, grid, namedColumns));
    return { name: h.extent.name, grid };
  });

  const saved = settings.mapping;
  const exists = (name: string | undefined) => (name ? extents.find((e) => e.name.toLowerCase() === name.toLowerCase())?.name : undefined);
  let orderSheet = exists(saved.orders?.sheet);
  let customerSheet = exists(saved.customers?.sheet);
  const messages: string[] = [];
  let refusal: Refusal | null = null;
  if (!orderSheet) {
    const detection = detectWithHiddenFallback(headGrids, extents);
    orderSheet = detection.orders?.mapping.sheet;
    customerSheet = customerSheet ?? detection.customers?.mapping.sheet;
    messages.push(...detection.messages);
    refusal = detection.refusal;
  }
  const notes: InputNote[] = [orderSheet, customerSheet]
    .filter((name, i, all): name is string => name !== undefined && all.indexOf(name) === i && extents.find((e) => e.name === name)?.hidden === true)
    .map((name) => ({ code: 'hidden-sheet-read', sheet: name, role: name === orderSheet ? 'orders' : 'customers' }));
  if (!stateItem.isNullObject && runState === null) notes.push({ code: 'run-state-unreadable' });
  if (orderSheet && !customerSheet) notes.push(...unrecognisedCustomerSheets(headGrids.filter((g) => g.name !== orderSheet)));
  const surveyFound = detectSheets(headGrids.filter((g) => g.name !== orderSheet && g.name !== customerSheet)).survey?.mapping.sheet;
  const surveySheet = surveyFound !== orderSheet && surveyFound !== customerSheet ? surveyFound : undefined;
  const ratesSheet = orderSheet ? extents.find((e) => isRatesSheetName(e.name) && e.name !== orderSheet && e.name !== customerSheet)?.name : undefined;
  const wanted = [orderSheet, customerSheet, surveySheet, ratesSheet].filter((s): s is string => s !== undefined);
  const total = wanted.reduce((sum, name) => sum + (extents.find((e) => e.name === name)?.rows ?? 0), 0);
  let before = 0;
  const grids = new Map<string, CellValue[][]>();
  const reads = new Map<string, number>();
  const reused: string[] = [];
  for (const name of wanted) {
    throwIfAborted(options.signal);
    const extent = extents.find((e) => e.name === name) as SheetExtent;
    const offset = before;
    const head = rawHeads.get(name) ?? [];
    const owned = ownedColumnsOn(name, head, namedColumns);
    const blankHead = headGrids.find((g) => g.name === name)?.grid ?? [];
    const sampled = samples.get(name);
    if (cache && sampled) {
      const rows = sampled.map((r) => [...((r.values as CellValue[][])[0] ?? [])]);
      blankColumns(rows, owned);
      const kept = cache.reuse(name, extent.rows, sampleText(blankHead, rows));
      if (kept) {
        grids.set(name, kept.grid);
        reads.set(name, kept.id);
        reused.push(name);
        before += extent.rows;
        options.onProgress?.({ stage: 'reading', done: before, total });
        continue;
      }
    }
    const grid = await readValuesInBlocks(syncer, context.workbook.worksheets.getItem(name), 0, extent.rows, extent.columns, {
      bytesPerRowHint: head.length > 1 ? blockBytes(head.slice(1)) / (head.length - 1) : null,
      ...(options.signal ? { signal: options.signal } : {}),
      onRows: (done) => options.onProgress?.({ stage: 'reading', done: offset + done, total }),
    });
    blankColumns(grid, owned);
    grids.set(name, grid);
    if (cache) reads.set(name, cache.keep(name, grid, extent.rows, sampleText(blankHead, rowsAt(grid, sampleRowIndexes(extent.rows, Math.min(HEADER_SCAN_ROWS, extent.rows))))));
    before += extent.rows;
  }
  cache?.retain(wanted);
  const sheetGrid = (name: string | undefined): SheetGrid | null => (name ? { sheet: name, grid: grids.get(name) ?? [] } : null);
  const orders = sheetGrid(orderSheet);
  const customers = customerSheet !== orderSheet ? sheetGrid(customerSheet) : null;
  const survey = sheetGrid(surveySheet);
  // A saved sheet mapping is for its own sheet only: one whose sheet is gone (renamed, deleted) is never laid over the sheet detected instead.
  const ownSheet = <M extends { sheet: string }>(m: M | undefined, used: SheetGrid | null): M | undefined => (m && used && exists(m.sheet) === used.sheet ? m : undefined);
  const fitted = fitSavedMapping({ orders: ownSheet(saved.orders, orders), customers: ownSheet(saved.customers, customers) }, { orders, customers });
  return {
    orders,
    customers,
    survey,
    rates: sheetGrid(ratesSheet),
    messages,
    ...(refusal && !orders ? { refusal } : {}),
    settings,
    mapping: fitted.mapping,
    warnings: [...notes, ...fitted.notes].map(inputNoteEnglish),
    inputNotes: [...notes, ...fitted.notes],
    protectedSheets,
    structureProtected: structure.protected,
    date1904: dateSystem.date1904,
    runState,
    namedColumns,
    brokenNames,
    rawHeads,
    ownedSheets,
    tables,
    sheetNames: sheets.items.map((s) => s.name),
    reused,
    ...(cache ? { version: wanted.map((name) => `${name}#${reads.get(name) ?? 0}`).join('|') } : {}),
  };
}

/** Detection over the visible sheets; over the hidden ones too for what no visible sheet holds. */
function detectWithHiddenFallback(headGrids: { name: string; grid: Grid }[], extents: readonly SheetExtent[]): SheetDetection {
  const hidden = new Set(extents.filter((e) => e.hidden).map((e) => e.name));
  const visible = detectSheets(headGrids.filter((g) => !hidden.has(g.name)));
  if ((visible.orders && visible.customers) || hidden.size === 0) return visible;
  const all = detectSheets(headGrids);
  if (!visible.orders) return all.orders ? all : visible;
  const hiddenCustomers = all.customers && hidden.has(all.customers.mapping.sheet) ? all.customers : null;
  return hiddenCustomers ? { ...visible, customers: hiddenCustomers } : visible;
}

/** Reads the detected customer and order sheets' grids, in blocks (tried again while a cell is being edited). */
export async function readWorkbookInputs(options: ReadOptions = {}): Promise<WorkbookInputs> {
  return runWhileEditing((context) => readInputsIn(new Syncer(context), options));
}

/** What the domain analyses: the sheets found, read as this workbook counts its dates (dateSystem.ts). */
export function scoringInput(inputs: WorkbookInputs & { orders: SheetGrid }): WorkbookInput {
  return {
    orders: inputs.orders,
    ...(inputs.customers ? { customers: inputs.customers } : {}),
    ...(inputs.survey ? { survey: inputs.survey } : {}),
    ...(inputs.rates ? { rates: inputs.rates } : {}),
    mapping: inputs.mapping,
    readOptions: { date1904: inputs.date1904 },
  };
}
