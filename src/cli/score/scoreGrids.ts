/**
 * The scoring run on grids read from a file: pick the sheets as the add-in does, hide a previous
 * run's own columns, analyse, take the latest snapshot before the as-of date (or, in a workbook
 * an older version wrote without snapshots, the previous run's tier column) for tier movement,
 * and score.
 */
import { isoFromDay } from '../../domain/dates';
import { analyseWorkbook, type OrderStream, type WorkbookAnalysis } from '../../domain/analyse';
import { isRatesSheetName } from '../../domain/currency';
import { AnalysisDateError } from '../../domain/analysisDate';
import type { ScoringConfig } from '../../domain/config';
import { detectSheets, HEADER_SCAN_ROWS } from '../../domain/mapping';
import type { CellProblem, CellValue, DayNumber, SheetMapping } from '../../domain/model';
import type { SavedMapping } from '../../output/savedSettings';
import type { ScoringColumnsResult } from '../../domain/score';
import type { TierSnapshotEntry } from '../../domain/segments/movement';
import { normaliseId } from '../../domain/validation';
import { blankOwnedColumns, findOwnedBlock, gridWidth, type OwnedBlock } from '../ownedColumns';
import { fitRowColumns, scoreRowColumns, tableOfRows } from '../../output/pipeline';
import type { TableColumnsFit } from '../../domain/clv/predictive/predictive';
import type { CustomerIndex } from '../../domain/customerIndex';
import { StringInterner } from '../../domain/validation/stringInterner';
import { PLAN_SHEET, readPlanGrid, type ExistingPlanRow } from '../../domain/plans/table';
import { workbookLanguage, type SheetLanguage } from '../../output/language';
import { tierKeyOf } from '../../output/tierWords';
import type { EarlierTierNames } from '../../domain/segments/tierNameHistory';
import type { TierNames } from '../../domain/segments/tiers';
import { studiesReport, type StudiesReport } from '../../domain/studies';
import { DERIVED_CUSTOMERS_SHEET, isOwnedSheet, sameSheetName, SNAPSHOT_SHEET } from '../../output/sheets';
import { previousSnapshot as snapshotBefore, snapshotRowsOf, withColumnMovementAsOf, type SnapshotRow } from '../../output/snapshots';

export interface MutableSheet {
  name: string;
  grid: CellValue[][];
}

export interface ScoreOptions {
  config: ScoringConfig;
  asOf: DayNumber;
  /** `asOf` is today: the analysis-date rule applies (ScoreInput.asOfIsToday). */
  asOfIsToday?: boolean;
  /** Skip unreadable rows (with warnings) instead of refusing the workbook. */
  lenient: boolean;
  /** The workbook counts dates in Excel's 1904 system (WorkbookReader.date1904). */
  date1904?: boolean;
  /** Column mappings saved from the pane, already fitted to their sheets (src/output/savedMapping.ts): used instead of detecting those sheets. */
  mapping?: SavedMapping;
}

export interface ScoredWorkbook {
  /** Products, satisfaction and distributor plans (docs/products.md, docs/satisfaction.md, docs/plans.md). */
  studies: StudiesReport;
  ok: true;
  analysis: WorkbookAnalysis;
  /** The customers as columns (src/domain/scoring/customerColumns.ts; customerAt gives one). */
  result: ScoringColumnsResult;
  /** The predictive CLV fit on the same orders up to the as-of date, its customers as columns; null when the configuration switches it off. */
  predictive: TableColumnsFit | null;
  /** Per scored customer (index of `result.columns`): its row of `predictive.customers`, or -1 (no fit, or no order up to the as-of date). */
  predictiveRow: Int32Array;
  ordersSheet: string;
  /** Null for a workbook with an order sheet only. */
  customersSheet: string | null;
  /** Per scored customer (index of `result.columns`): the 1-based row of its id in the customer sheet (first occurrence), 0 when none. */
  customerRow: Int32Array;
  /** 0-based header row of the customer sheet. */
  customerHeaderRow: number;
  /** Width of the customer sheet before our columns, and where a previous run put them. */
  customerWidth: number;
  ownedBlock: OwnedBlock | null;
  /** The rows of the workbook's snapshot sheet (empty without one). */
  snapshotRows: SnapshotRow[];
  /** The "Tiers Plans" rows read back, and the rows its sheet used (0 without the sheet). */
  existingPlans: ExistingPlanRow[];
  planSheetRows: number;
  /** Language of every word Tiers writes: the configuration's (or --lang), else the order sheet's header language. */
  language: SheetLanguage;
  /** The manager's own tier names (ScoringConfig.tierNames), written as typed. */
  tierNames: TierNames;
}

export interface Refusal {
  ok: false;
  messages: string[];
}

interface PreviousColumns {
  tiers: CellValue[];
  scores: CellValue[];
}

/** The tier and score columns a previous run wrote, copied before they are blanked. */
function previousColumns(grid: readonly (readonly CellValue[])[], block: OwnedBlock): PreviousColumns | null {
  const tierCol = block.columns.get('tier');
  if (tierCol === undefined) return null;
  const scoreCol = block.columns.get('score');
  return { tiers: grid.map((row) => row[tierCol] ?? null), scores: grid.map((row) => (scoreCol === undefined ? null : (row[scoreCol] ?? null))) };
}

/** Tier cells read back as keys, whatever language or manager's name (`names`) wrote them. */
function previousSnapshot(grid: readonly (readonly CellValue[])[], previous: PreviousColumns, idColumn: number, headerRow: number, names: TierNames, earlier: EarlierTierNames): TierSnapshotEntry[] {
  const out: TierSnapshotEntry[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const id = normaliseId(grid[r]?.[idColumn]);
    if (typeof id !== 'string' || id === '') continue;
    const tier = previous.tiers[r];
    const score = previous.scores[r];
    out.push({ customerId: id, tier: typeof tier === 'string' && tier.trim() !== '' ? (tierKeyOf(tier, names, earlier) ?? tier.trim()) : null, score: typeof score === 'number' ? score : null });
  }
  return out;
}

/** Our own `Tiers Customers` sheet (order-only workbooks): ids in column A. */
function derivedSheetSnapshot(grid: readonly (readonly CellValue[])[], names: TierNames, earlier: EarlierTierNames): TierSnapshotEntry[] {
  const block = findOwnedBlock(grid);
  const columns = block ? previousColumns(grid, block) : null;
  return block && columns ? previousSnapshot(grid, columns, 0, block.headerRow, names, earlier) : [];
}

/** The customer sheet's distinct ids (codes in order of first occurrence) and the 1-based row of each code's first occurrence. */
interface SheetIdRows {
  ids: StringInterner;
  rows: number[];
}

function sheetIdRowsOf(grid: readonly (readonly CellValue[])[], mapping: SheetMapping<'customers'>): SheetIdRows {
  const out: SheetIdRows = { ids: new StringInterner(grid.length), rows: [] };
  const column = mapping.columns.customerId;
  if (column === undefined) return out;
  for (let r = mapping.headerRow + 1; r < grid.length; r++) {
    const id = normaliseId(grid[r]?.[column]);
    if (typeof id === 'string' && id !== '' && out.ids.codeOf(id) === out.rows.length) out.rows.push(r + 1);
  }
  return out;
}

/** ScoredWorkbook.customerRow from the sheet's ids (no Map of every id). */
function customerRowOf(sheet: SheetIdRows | null, ids: readonly string[]): Int32Array {
  const rows = new Int32Array(ids.length);
  if (sheet) {
    for (let i = 0; i < ids.length; i++) {
      const k = sheet.ids.find(ids[i] as string);
      if (k >= 0) rows[i] = sheet.rows[k] as number;
    }
  }
  return rows;
}

/**
 * What the run needs of the customer sheet, read before the scoring: its ids' rows and,
 * from the tier and score columns a previous run wrote (`previous`; null when a snapshot sheet says
 * it instead), the previous tiers.
 */
function customerSheetFacts(
  grid: readonly (readonly CellValue[])[],
  mapping: SheetMapping<'customers'>,
  previous: PreviousColumns | null,
  config: Pick<ScoringConfig, 'tierNames' | 'earlierTierNames'>,
): { idRows: SheetIdRows; previous: TierSnapshotEntry[] | null } {
  const idColumn = mapping.columns.customerId;
  return {
    idRows: sheetIdRowsOf(grid, mapping),
    previous: previous && idColumn !== undefined ? previousSnapshot(grid, previous, idColumn, mapping.headerRow, config.tierNames, config.earlierTierNames) : null,
  };
}

export function problemText(p: Pick<CellProblem, 'sheet' | 'row' | 'column' | 'value' | 'reason'>): string {
  const column = p.column === null ? '' : `, column "${p.column}"`;
  const value = p.value === null || p.value === '' ? '' : ` (value: ${JSON.stringify(p.value)})`;
  return `Sheet "${p.sheet}", row ${p.row}${column}: ${p.reason}${value}`;
}

const isText = (v: CellValue | undefined): boolean => v !== null && v !== undefined && String(v).trim() !== '';

/** The first rows of a grid, up to its HEADER_SCAN_ROWS-th row with any text: all detection looks at. */
function headerRows(grid: readonly CellValue[][]): CellValue[][] {
  let seen = 0;
  let r = 0;
  while (r < grid.length && seen < HEADER_SCAN_ROWS) if ((grid[r++] ?? []).some(isText)) seen++;
  return grid.slice(0, r);
}

/**
 * The order and customer sheets scoreGrids would pick, from the sheets' first rows (at least
 * HEADER_SCAN_ROWS of each); the grids are not changed.
 */
export function pickSheets(sheets: readonly MutableSheet[]): { orders: string | null; customers: string | null; messages: string[] } {
  const heads = sheets
    .filter((s) => !isOwnedSheet(s.name))
    .map((s) => {
      const grid = headerRows(s.grid).map((row) => [...row]);
      const block = findOwnedBlock(grid);
      if (block) blankOwnedColumns(grid, block);
      return { name: s.name, grid };
    });
  const detection = detectSheets(heads);
  return { orders: detection.orders?.mapping.sheet ?? null, customers: detection.customers?.mapping.sheet ?? null, messages: detection.messages };
}

/**
 * The fit's rows by scored customer: the fit numbers the order table's customer codes, the scoring its sorted ids
 * (`byCode`: the scoring's index of each code of the same table, when it kept one; else the ids are looked up).
 */
function predictiveRowOf(fit: TableColumnsFit | null, customerIds: readonly string[], scoredIds: readonly string[], byCode?: CustomerIndex['tableCodes']): Int32Array {
  const predictiveRow = new Int32Array(scoredIds.length).fill(-1);
  if (fit && byCode && byCode.ids === customerIds) {
    for (let k = 0; k < fit.customers.length; k++) predictiveRow[byCode.index[fit.customerCodes[k] as number] as number] = k;
  } else if (fit && fit.customers.length > 0) {
    const position = new StringInterner(scoredIds.length);
    for (const id of scoredIds) position.codeOf(id);
    for (let k = 0; k < fit.customers.length; k++) {
      const i = position.find(customerIds[fit.customerCodes[k] as number] as string);
      if (i >= 0) predictiveRow[i] = k;
    }
  }
  return predictiveRow;
}

/** The saved mappings whose sheets are among the candidates (a sheet renamed or deleted since is detected again). */
function givenMapping(saved: SavedMapping | undefined, candidates: readonly MutableSheet[]): SavedMapping {
  const has = (sheet: string | undefined): boolean => sheet !== undefined && candidates.some((c) => c.name === sheet);
  const given: SavedMapping = {};
  if (saved?.orders && has(saved.orders.sheet)) given.orders = saved.orders;
  if (saved?.customers && has(saved.customers.sheet) && saved.customers.sheet !== given.orders?.sheet) given.customers = saved.customers;
  return given;
}

/**
 * `orderStream`: the order sheet read row by row (analyseWorkbook's startOrderStream, owned
 * columns blanked); its grid in `sheets` is then only its first rows. `release`: the caller reads
 * `sheets` no more (the CLI's readers), so the customer sheet's grid is emptied once what the run
 * needs of it is read, before the scoring.
 */
export function scoreGrids(sheets: readonly MutableSheet[], options: ScoreOptions, orderStream?: OrderStream, release = false): ScoredWorkbook | Refusal {
  const derivedSheet = sheets.find((s) => sameSheetName(s.name, DERIVED_CUSTOMERS_SHEET));
  const snapshotSheet = sheets.find((s) => sameSheetName(s.name, SNAPSHOT_SHEET));
  const snapshotRows = snapshotSheet ? snapshotRowsOf(snapshotSheet.grid.slice(1), options.config.tierNames, options.config.earlierTierNames) : [];
  // The plan table is ours but a manager's to edit: read back for the re-run rule, never a data sheet.
  const planSheet = sheets.find((s) => sameSheetName(s.name, PLAN_SHEET));
  const existingPlans = planSheet ? readPlanGrid(planSheet.grid, planSheet.name, 1, options.date1904 ?? false) : { ok: true as const, rows: [] };
  if (!existingPlans.ok) return { ok: false, messages: [existingPlans.message] };
  const candidates = sheets.filter((s) => !isOwnedSheet(s.name) && s !== planSheet);
  const blocks = new Map<string, OwnedBlock>();
  const previousBySheet = new Map<string, PreviousColumns | null>();
  for (const sheet of candidates) {
    const block = findOwnedBlock(sheet.grid);
    if (!block) continue;
    blocks.set(sheet.name, block);
    previousBySheet.set(sheet.name, previousColumns(sheet.grid, block));
    blankOwnedColumns(sheet.grid, block);
  }
  const detection = detectSheets(candidates);
  const given = givenMapping(options.mapping, candidates);
  const detectedOrders = detection.orders?.mapping.sheet;
  const ordersSheet = given.orders?.sheet ?? detectedOrders;
  if (ordersSheet === undefined) return { ok: false, messages: detection.messages };
  const detectedCustomers = detection.customers?.mapping.sheet;
  const customersSheet = given.customers?.sheet ?? (detectedCustomers !== undefined && detectedCustomers !== ordersSheet ? detectedCustomers : null);
  const detectedSurvey = detection.survey?.mapping.sheet ?? null;
  const surveySheet = detectedSurvey !== ordersSheet && detectedSurvey !== customersSheet ? detectedSurvey : null;
  const byName = (name: string): MutableSheet => sheets.find((s) => s.name === name) as MutableSheet;
  const ratesSheet = candidates.find((s) => isRatesSheetName(s.name) && s.name !== ordersSheet && s.name !== customersSheet);
  const analysis = analyseWorkbook({
    currency: options.config.currency,
    ...(ratesSheet ? { rates: { sheet: ratesSheet.name, grid: ratesSheet.grid } } : {}),
    orders: { sheet: ordersSheet, grid: byName(ordersSheet).grid },
    ...(customersSheet ? { customers: { sheet: customersSheet, grid: byName(customersSheet).grid } } : {}),
    ...(surveySheet ? { survey: { sheet: surveySheet, grid: byName(surveySheet).grid } } : {}),
    ...(orderStream ? { orderStream } : {}),
    mapping: given,
    readOptions: { date1904: options.date1904 ?? false },
    // Every step reads the order table: no object per order row is kept (docs/benchmarks.md).
    keepOrderRows: false,
  });
  if (analysis.refused) return { ok: false, messages: [analysis.refused.message, ...analysis.problems.filter((p) => p.severity === 'error').map(problemText)] };
  const errors = analysis.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 && !options.lenient) {
    const more = analysis.problemCount > analysis.problems.length ? [`... and more: ${analysis.problemCount} problems in all.`] : [];
    return { ok: false, messages: [...errors.map(problemText), ...more, 'Fix these cells, or pass --lenient to score the readable rows.'] };
  }

  const customerMapping = customersSheet ? analysis.mapping.customers : null;
  const customerSheet = customersSheet ? byName(customersSheet) : null;
  const block = customersSheet ? (blocks.get(customersSheet) ?? null) : null;
  // The blank-date rule may move the date; movement is then measured again (withMovementAsOf).
  const guessedAsOf = options.config.asOf ?? isoFromDay(options.asOf);
  let previous: TierSnapshotEntry[] = [];
  if (snapshotSheet) previous = snapshotBefore(snapshotRows, guessedAsOf);
  else if (!customersSheet && derivedSheet) previous = derivedSheetSnapshot(derivedSheet.grid, options.config.tierNames, options.config.earlierTierNames);
  const facts =
    customerSheet && customerMapping ? customerSheetFacts(customerSheet.grid, customerMapping, snapshotSheet ? null : (previousBySheet.get(customerSheet.name) ?? null), options.config) : null;
  if (facts?.previous) previous = facts.previous;
  const customerWidth = customerSheet ? gridWidth(customerSheet.grid) : 0;
  if (release && customerSheet) {
    // Read what the run needs of it (facts): at a hundred thousand customers the grid is some 40 MB of small objects every full collection of the scoring would mark.
    customerSheet.grid = [];
    previousBySheet.clear();
  }

  let result: ScoringColumnsResult;
  try {
    result = scoreRowColumns(analysis, options.config, options.asOf, previous, options.asOfIsToday ?? false);
  } catch (error) {
    if (error instanceof AnalysisDateError) return { ok: false, messages: [error.message] };
    throw error;
  }
  if (snapshotSheet) result = withColumnMovementAsOf(result, snapshotRows, guessedAsOf);
  const orderTable = tableOfRows(analysis);
  const predictive = fitRowColumns(orderTable, options.config, result.asOf);
  return {
    ok: true,
    analysis,
    result,
    studies: studiesReport(analysis, result, options.config, existingPlans.rows),
    predictive,
    predictiveRow: predictiveRowOf(predictive, orderTable.customerIds, result.columns.ids, result.cache.index.tableCodes),
    ordersSheet,
    customersSheet,
    customerRow: customerRowOf(facts?.idRows ?? null, result.columns.ids),
    customerHeaderRow: customerMapping?.headerRow ?? 0,
    customerWidth,
    ownedBlock: block,
    snapshotRows,
    existingPlans: existingPlans.rows,
    planSheetRows: planSheet ? planSheet.grid.length : 0,
    language: workbookLanguage(options.config.sheetLanguage, byName(ordersSheet).grid[analysis.mapping.orders?.headerRow ?? 0] ?? []),
    tierNames: options.config.tierNames,
  };
}
