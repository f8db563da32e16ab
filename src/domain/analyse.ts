/**
 * The grid-level entry point for the adapter, the CLI and the worker: detect or take the mappings,
 * read both sheets, derive customers when there is no customer sheet, and cross-check the two.
 * Never throws for bad input: it refuses with one message instead.
 */
import { convertCurrencies, DEFAULT_CURRENCY_CONFIG, ratesFromSheet, type CurrencyConfig, type CurrencyConversion } from './currency';
import { customersFromOrders, derivedCustomer } from './customersFromOrders';
import { conversionNote, mappingNoteEnglish, type MappingNote } from './mapping/mappingNotes';
import { DATE_ORDER_SAMPLE, inferDateOrder, type DateOrder } from './dates';
import { detectMapping, HEADER_SCAN_ROWS, missingColumnRefusal, REQUIRED_FIELDS, type MappingDetection } from './mapping/detectMapping';
import { customerSheetMappingSchema, orderSheetMappingSchema, surveySheetMappingSchema } from './mapping/sheetMappingSchema';
import type { CellProblem, CellValue, CustomerRow, Grid, MappedKind, OrderRow, OrderTable, SheetMapping } from './model';
import { resolveReadOptions, type ReadOptions } from './validation/options';
import { refusal, type Refusal } from './refusals';
import { problemEnglish } from './validation/problemEnglish';
import { ProblemLog, type ProblemSummary } from './validation/problems';
import { readCustomers } from './validation/readCustomers';
import { extraCustomerColumns } from './validation/extraColumns';
import type { ExtraColumns } from './indicators/types';
import { OrderReader } from './validation/readOrders';
import { headerText } from './validation/readSheet';
import { readSurvey, type SurveyRead } from './satisfaction/survey';

export interface SheetInput {
  sheet: string;
  grid: Grid;
}

export interface WorkbookInput {
  orders: SheetInput;
  customers?: SheetInput;
  /** A satisfaction survey sheet (docs/satisfaction.md). */
  survey?: SheetInput;
  /** Confirmed mappings (from workbook settings); detected when absent. */
  mapping?: { orders?: SheetMapping<'orders'> | undefined; customers?: SheetMapping<'customers'> | undefined; survey?: SheetMapping<'survey'> | undefined };
  /** When dateOrder is not given, it is inferred from the order dates (falling back to 'YMD'). */
  readOptions?: Partial<ReadOptions>;
  /**
   * Base currency and rates (the configuration's `currency`): an order sheet in several currencies
   * is converted with them, or with `rates`, and refused without (docs/scoring.md, "Currencies").
   * Absent = no base and no rates.
   */
  currency?: CurrencyConfig;
  /** A sheet of exchange rates (isRatesSheetName), read by ratesFromSheet. */
  rates?: SheetInput;
  /**
   * The order sheet already read row by row (startOrderStream, every row pushed): `orders.grid`
   * is then only the sheet's first rows, and mapping, date order and read options are the stream's.
   */
  orderStream?: OrderStream;
  /**
   * false: keep the order rows only as the columnar `orderTable` (the analysis' `orders` is then
   * empty); every step of the pipeline reads the table. Default true, for callers that still read
   * the row objects (the work features, tests). Ignored with `orderStream` (the stream decides).
   */
  keepOrderRows?: boolean;
}

/** An order sheet being read row by row; see startOrderStream. */
export interface OrderStream {
  mapping: ResolvedMapping<'orders'>;
  dateOrder: DateOrder;
  options: ReadOptions;
  /** Null when the mapping is refused (no row can be read); push nothing then. */
  reader: OrderReader | null;
}

/**
 * Rows of the order sheet's head needed to settle its mapping and date order as for the whole
 * sheet: the header scan and the date-order sample (inferDateOrder's limit).
 */
export const ORDER_STREAM_HEAD_ROWS = HEADER_SCAN_ROWS + DATE_ORDER_SAMPLE + 1;

/**
 * For a caller that streams an order sheet too big to hold (the CLI): the mapping and date order,
 * from the sheet's first ORDER_STREAM_HEAD_ROWS rows (`head.grid`) just as from the whole sheet,
 * and a reader to push every data row into (from `reader.firstDataRow`, the head's rows included).
 * Then analyseWorkbook({ orders: head, orderStream, ... }). The rows go into the order table
 * only, unless `keepRows` (the analysis' `orders` is then empty: WorkbookInput.keepOrderRows).
 */
export function startOrderStream(head: SheetInput, given?: SheetMapping<'orders'>, readOptions: Partial<ReadOptions> = {}, expectedRows?: number, keepRows = false): OrderStream {
  const mapping = resolveMapping(head, 'orders', given);
  const dateOrder = dateOrderFor(head, mapping.mapping, readOptions);
  const options = resolveReadOptions({ ...readOptions, dateOrder });
  const reader = mapping.refusal ? null : new OrderReader(head.grid, mapping.mapping, options, new ProblemLog(options.maxProblems), expectedRows, keepRows);
  return { mapping, dateOrder, options, reader };
}

export interface WorkbookAnalysis {
  mapping: { orders: SheetMapping<'orders'> | null; customers: SheetMapping<'customers'> | null; survey?: SheetMapping<'survey'> | null };
  /** Confidence of each detected column (empty for a mapping that was given). */
  confidence: { orders: Record<string, number>; customers: Record<string, number> };
  customers: CustomerRow[];
  /** The order rows as objects; empty when the input set `keepOrderRows: false` (read `orderTable`). */
  orders: OrderRow[];
  /**
   * `orders` as columns, built while parsing; pass it to scoreCustomers (`orderTable`) so scoring
   * reads typed arrays. analyseWorkbook always sets it (null when the workbook is refused);
   * optional so summaries built without it still type-check. Not meant to cross a worker
   * boundary with the summary: keep it where the rows are kept.
   */
  orderTable?: OrderTable | null;
  /** The customer sheet's unmapped numeric columns by header, for custom profiles (scoreCustomers `extraColumns`). */
  extraColumns?: ExtraColumns;
  problems: CellProblem[];
  problemCount: number;
  summary: ProblemSummary[];
  /** The notes, in English (the CLI's output and JSON): `notes.map(mappingNoteEnglish)`. */
  messages: string[];
  /** Notes on a mapping that worked (duplicate headers, a rates sheet's rows, a conversion ...), as codes: worded by src/output/mappingNoteWords.ts. */
  notes: MappingNote[];
  /** The survey sheet's rows; null (or absent) without a survey sheet. */
  survey?: SurveyRead | null;
  /** true when every customer comes from the order sheet (no customer sheet, or an empty one). */
  derivedCustomers: boolean;
  dateOrder: DateOrder;
  /** The amounts converted to one base currency; null when there was nothing to convert. */
  currency?: CurrencyConversion | null;
  /** `currencies`: set when the run stopped because some of the sheet's currencies have no rate (listed in `missing`). */
  refused: null | { message: string; refusal?: Refusal; currencies?: string[]; missing?: string[] };
}

export interface ResolvedMapping<K extends MappedKind> {
  mapping: SheetMapping<K>;
  confidence: Record<string, number>;
  notes: MappingNote[];
  refusal: (Refusal & { message: string }) | null;
}

function resolveMapping<K extends MappedKind>(input: SheetInput, kind: K, given: SheetMapping<K> | undefined): ResolvedMapping<K> {
  if (given) {
    const schema = kind === 'orders' ? orderSheetMappingSchema : kind === 'survey' ? surveySheetMappingSchema : customerSheetMappingSchema;
    if (!schema.safeParse(given).success) {
      return { mapping: given, confidence: {}, notes: [], refusal: refusal('mapping-invalid', { sheet: input.sheet }) };
    }
    const missing = (REQUIRED_FIELDS[kind] as readonly string[]).filter((f) => (given.columns as Record<string, number | undefined>)[f] === undefined);
    const seen = (input.grid[given.headerRow] ?? []).map((_, c) => headerText(input.grid, given.headerRow, c));
    const refused = missing.length ? missingColumnRefusal(input.sheet, missing[0] as string, seen) : null;
    return { mapping: { ...given, sheet: input.sheet }, confidence: {}, notes: [], refusal: refused };
  }
  const detected: MappingDetection<K> = detectMapping(input.grid, kind, input.sheet);
  return {
    mapping: detected.mapping,
    confidence: detected.confidence as Record<string, number>,
    notes: detected.notes,
    refusal: detected.missingRequired.length > 0 ? missingColumnRefusal(input.sheet, detected.missingRequired[0] as string, detected.seenHeaders) : null,
  };
}

function dateOrderFor(input: SheetInput, mapping: SheetMapping<'orders'>, options: Partial<ReadOptions>): DateOrder {
  if (options.dateOrder) return options.dateOrder;
  const column = mapping.columns.orderDate;
  if (column === undefined) return 'YMD';
  return inferDateOrder(columnValues(input.grid, mapping.headerRow + 1, column)) ?? 'YMD';
}

function* columnValues(grid: Grid, fromRow: number, column: number): Generator<CellValue | undefined> {
  for (let r = fromRow; r < grid.length; r++) yield grid[r]?.[column];
}

function emptyAnalysis(dateOrder: DateOrder): WorkbookAnalysis {
  return {
    mapping: { orders: null, customers: null },
    confidence: { orders: {}, customers: {} },
    customers: [],
    orders: [],
    orderTable: null,
    extraColumns: {},
    problems: [],
    problemCount: 0,
    summary: [],
    messages: [],
    notes: [],
    derivedCustomers: false,
    dateOrder,
    refused: null,
  };
}

function refuse(analysis: WorkbookAnalysis, log: ProblemLog | null, why: Refusal & { message: string }, detail: { currencies?: string[]; missing?: string[] } = {}): WorkbookAnalysis {
  const withProblems = log ? { problems: log.problems, problemCount: log.count, summary: log.summary() } : {};
  return {
    ...analysis,
    ...withProblems,
    messages: analysis.notes.map(mappingNoteEnglish),
    customers: [],
    orders: [],
    orderTable: null,
    extraColumns: {},
    refused: { message: why.message, refusal: { code: why.code, values: why.values }, ...detail },
  };
}

/** Orders of customers missing from the customer sheet: warned about once per customer (at its first order row), and added. */
function addUnknownCustomers(customers: CustomerRow[], table: OrderTable, input: SheetInput, mapping: SheetMapping<'orders'>, log: ProblemLog): void {
  const known = new Set(customers.map((c) => c.customerId));
  const idColumn = mapping.columns.customerId;
  const column = idColumn === undefined ? null : headerText(input.grid, mapping.headerRow, idColumn);
  // The table's customers are in order of their first order row.
  table.customerIds.forEach((customerId, c) => {
    if (known.has(customerId)) return;
    const row = table.customerFirstRow[c] as number;
    customers.push(derivedCustomer(customerId, table.customerNames[c] ?? null, row));
    log.add({
      sheet: input.sheet,
      row,
      column,
      value: customerId,
      code: 'customer-not-on-sheet',
      reason: problemEnglish('customer-not-on-sheet'),
      severity: 'warning',
    });
  });
}

function warnCustomersWithoutOrders(customers: readonly CustomerRow[], table: OrderTable, input: SheetInput, mapping: SheetMapping<'customers'>, log: ProblemLog): void {
  const ordered = new Set(table.customerIds);
  const idColumn = mapping.columns.customerId;
  const column = idColumn === undefined ? null : headerText(input.grid, mapping.headerRow, idColumn);
  for (const customer of customers) {
    if (ordered.has(customer.customerId)) continue;
    log.add({ sheet: input.sheet, row: customer.row, column, value: customer.customerId, code: 'customer-has-no-orders', reason: problemEnglish('customer-has-no-orders'), severity: 'warning' });
  }
}

export function analyseWorkbook(input: WorkbookInput): WorkbookAnalysis {
  let stream = input.orderStream;
  if (!stream) {
    stream = startOrderStream(input.orders, input.mapping?.orders, input.readOptions ?? {}, undefined, input.keepOrderRows ?? true);
    const { reader } = stream;
    const grid = input.orders.grid;
    if (reader) for (let r = reader.firstDataRow; r < grid.length; r++) reader.push(grid[r], r);
  }
  const { mapping: orderMapping, dateOrder, options } = stream;
  let analysis = emptyAnalysis(dateOrder);
  analysis.mapping.orders = orderMapping.mapping;
  analysis.confidence.orders = orderMapping.confidence;
  analysis.notes.push(...orderMapping.notes);
  if (orderMapping.refusal || !stream.reader) return refuse(analysis, null, orderMapping.refusal ?? refusal('order-sheet-unreadable'));

  const customerMapping = input.customers ? resolveMapping(input.customers, 'customers', input.mapping?.customers) : null;
  if (customerMapping) {
    analysis.mapping.customers = customerMapping.mapping;
    analysis.confidence.customers = customerMapping.confidence;
    analysis.notes.push(...customerMapping.notes);
    if (customerMapping.refusal) return refuse(analysis, null, customerMapping.refusal);
  }

  const log = stream.reader.log;
  const orderRead = stream.reader.finish();
  if (orderRead.table.length === 0) {
    const why = orderRead.skippedRows === 0 ? refusal('no-order-rows', { sheet: input.orders.sheet }) : refusal('no-readable-rows', { sheet: input.orders.sheet, rows: orderRead.skippedRows });
    return refuse(analysis, log, why);
  }
  // Never sum mixed currencies: convert to the base, or stop here with the currencies found.
  const sheetRates = input.rates ? ratesFromSheet(input.rates.sheet, input.rates.grid) : null;
  if (sheetRates) analysis.notes.push(...sheetRates.notes);
  const currency = convertCurrencies(input.orders.sheet, orderRead.table, input.currency ?? DEFAULT_CURRENCY_CONFIG, sheetRates?.rates ?? {}, orderRead.rows);
  if (!currency.ok)
    return refuse(
      analysis,
      log,
      {
        code: 'currencies-without-rates',
        values: { sheet: input.orders.sheet, count: currency.currencies.length, currencies: currency.currencies.join(', '), missing: currency.missing.join(', ') },
        message: currency.message,
      },
      { currencies: currency.currencies, missing: currency.missing },
    );
  if (currency.conversion) analysis.notes.push(conversionNote(currency.conversion));
  let customers: CustomerRow[] = [];
  let derivedCustomers = true;
  let extraColumns: ExtraColumns = {};
  if (input.customers && customerMapping) {
    customers = readCustomers(input.customers.grid, customerMapping.mapping, options, log).rows;
    if (customers.length === 0) {
      analysis.notes.push({ code: 'customer-sheet-empty', sheet: input.customers.sheet });
    } else {
      derivedCustomers = false;
      extraColumns = extraCustomerColumns(input.customers.grid, customerMapping.mapping, options.decimalComma);
      warnCustomersWithoutOrders(customers, orderRead.table, input.customers, customerMapping.mapping, log);
      addUnknownCustomers(customers, orderRead.table, input.orders, orderMapping.mapping, log);
    }
  }
  if (derivedCustomers) customers = customersFromOrders(orderRead.table);
  let survey: SurveyRead | null = null;
  if (input.survey) {
    // A survey sheet that does not map is a note, not a refusal: the rest of the run stands.
    const surveyMapping = resolveMapping(input.survey, 'survey', input.mapping?.survey);
    analysis.notes.push(...surveyMapping.notes);
    if (surveyMapping.refusal) analysis.notes.push({ code: 'survey-not-mapped', refusal: { code: surveyMapping.refusal.code, values: surveyMapping.refusal.values } });
    else {
      survey = readSurvey(input.survey.grid, surveyMapping.mapping, options, log);
      analysis.mapping.survey = surveyMapping.mapping;
    }
  }
  analysis = {
    ...analysis,
    customers,
    orders: orderRead.rows,
    orderTable: orderRead.table,
    extraColumns,
    survey,
    problems: log.problems,
    problemCount: log.count,
    summary: log.summary(),
    messages: analysis.notes.map(mappingNoteEnglish),
    derivedCustomers,
    currency: currency.conversion,
  };
  return analysis;
}
