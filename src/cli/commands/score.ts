/** `tiers score`: read, analyse and score a workbook; write OUT.xlsx and optionally a JSON report. */
import { readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { dayFromIso } from '../../domain/dates';
import { defaultScoringConfig, migrateConfig, type ScoringConfig } from '../../domain/config';
import type { PeriodUnit } from '../../domain/clv/predictive/periods';
import type { CellValue, SheetMapping } from '../../domain/model';
import { InputError } from '../errors';
import { findOwnedBlock } from '../ownedColumns';
import { ORDER_STREAM_HEAD_ROWS, startOrderStream, type OrderStream } from '../../domain/analyse';
import { DASHBOARD_SHEET, sameSheetName } from '../../output/sheets';
import { customersJson, jsonReport, modelCheckJson } from '../score/jsonReport';
import { JsonElsewhere, writeJsonFile } from '../score/jsonFile';
import { checkRows, tableOfRows } from '../../output/pipeline';
import type { BacktestOutcome } from '../../domain/clv/predictive/backtest';
import { pickSheets, scoreGrids, type MutableSheet, type Refusal, type ScoredWorkbook, type ScoreOptions } from '../score/scoreGrids';
import { writeScoredWorkbookFile } from '../score/writeScored';
import { writeCustomersCsv } from '../score/customerFiles';
import { CustomerThread, customerWorkerFile } from '../score/customerThread';
import { orderFileKind, readOrderFile, type OrderFileKind, type OrderFileRead } from '../orders/orderFile';
import { ENCODING_NAMES, EncodingError, utf8Csv, utf8CsvAfterFailure, type CsvEncoding } from '../orders/csvEncoding';
import { customerSheetName, readCustomerFile } from '../orders/customerFile';
import { newWorkbookXlsx } from '../xlsx/newWorkbook';
import { sourceSheet } from '../score/sourceSheet';
import { WorkbookReader } from '../xlsx/readWorkbook';
import { sharedFileBytes, SheetThreadError, sheetWorkerFile, type SheetThread } from '../xlsx/sheetThread';
import { workbookSettings, type WorkbookSettings } from '../score/workbookSettings';
import { fitSavedMapping } from '../../output/savedMapping';
import type { SavedMapping } from '../../output/savedSettings';
import type { SheetLanguage } from '../../output/language';

export interface ScoreArgs {
  input: string;
  out: string;
  asOf: string | null;
  config: string | null;
  json: string | null;
  /** Also write the scored customers as CSV. */
  csv: string | null;
  /** Indent the JSON report for people (compact by default: a million-line report is 40 % smaller and written faster). */
  jsonPretty: boolean;
  rfm: 'r-package' | 'quintile' | null;
  /** Time unit of the predictive model; overrides the configuration. */
  period: PeriodUnit | null;
  lenient: boolean;
  /** Also run the model check (docs/clv.md, "Backtest"). */
  backtest?: boolean;
  /** --lang: the language of every word written in OUT.xlsx; overrides the configuration's. */
  sheetLanguage?: SheetLanguage | null;
  /** Its split date, the last day fitted on; overrides the configuration's. */
  backtestSplit?: string | null;
  /** --customers: a customer list in CSV or Parquet beside an order file (customerFile.ts). */
  customers?: string | null;
}

async function loadConfig(path: string | null): Promise<{ config: ScoringConfig; warnings: string[] }> {
  if (path === null) return { config: defaultScoringConfig(), warnings: [] };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError(`Cannot read the configuration file ${path}.`);
  }
  const migrated = migrateConfig(text);
  if (!migrated.ok) throw new InputError(`${path}: ${migrated.error}`);
  if (migrated.rejected) throw new InputError(`${path} cannot be used:`, migrated.rejected);
  return { config: migrated.config, warnings: migrated.warnings.map((w) => `${path}: ${w}`) };
}

function todayDay(): number {
  return Math.floor(Date.now() / 86_400_000);
}

async function readBytes(path: string, shared = false): Promise<Buffer> {
  try {
    return await (shared ? sharedFileBytes(path) : readFile(path));
  } catch {
    throw new InputError(`Cannot read ${path}: no such file or not readable.`);
  }
}

interface Head {
  name: string;
  grid: CellValue[][];
  complete: boolean;
}

/**
 * The order sheet row by row into the reader of analyseWorkbook's startOrderStream, owned columns
 * blanked as scoreGrids blanks them, rows the sheet does not store pushed as empty rows (as the
 * grid would hold them): the grid of a million order lines is never built.
 */
async function streamOrders(workbook: WorkbookReader, head: Head, progress: (m: string) => void, given?: SheetMapping<'orders'>, thread?: SheetThread | null): Promise<OrderStream> {
  const block = findOwnedBlock(head.grid);
  const owned = block ? [...block.columns.values()] : [];
  const blank = (cells: CellValue[]): CellValue[] => {
    for (const c of owned) if (c < cells.length) cells[c] = null;
    return cells;
  };
  // The sheet's size sizes the order table once (it grows past a low guess): no regrowth from the head rows up.
  const expected = Math.max(head.grid.length, workbook.rowsHint(head.name) ?? 0);
  const stream = startOrderStream({ sheet: head.name, grid: head.grid.map((row) => blank([...row])) }, given, { date1904: workbook.date1904 }, expected);
  const reader = stream.reader;
  if (!reader) return stream;
  const first = reader.firstDataRow;
  let next = 0;
  const sink = (r: number, cells: CellValue[]): void => {
    const i = r - 1;
    for (; next < i; next++) if (next >= first) reader.push([], next);
    if (i >= first) reader.push(blank(cells), i);
    next = i + 1;
  };
  const onProgress = (rows: number): void => progress(`Reading ${head.name}: ${rows} rows`);
  // Scanned on the sheet thread when one was started; the reader keeps no row array (only the values it parses): one array serves every row.
  if (thread) await workbook.streamFrom(thread, head.name, sink, onProgress);
  else await workbook.stream(head.name, sink, onProgress, undefined, undefined, { reuseRow: true });
  return stream;
}

/** The saved mappings whose sheets the workbook still has (by name in any case, as the add-in finds them), named as the workbook names them. */
function mappingOfSheets(saved: SavedMapping | undefined, names: readonly string[]): SavedMapping {
  const named = (sheet: string): string | undefined => names.find((n) => n.toLowerCase() === sheet.toLowerCase());
  const kept: SavedMapping = {};
  const orders = saved?.orders && named(saved.orders.sheet);
  if (saved?.orders && orders) kept.orders = { ...saved.orders, sheet: orders };
  const customers = saved?.customers && named(saved.customers.sheet);
  if (saved?.customers && customers && customers !== orders) kept.customers = { ...saved.customers, sheet: customers };
  return kept;
}

/**
 * The sheets' first rows settle which is the order sheet; that one is then streamed into the
 * order reader (unless it was short enough to be read whole already), every other sheet is read
 * as a grid. With the compiled command the order sheet is scanned on the sheet thread
 * (sheetThread.ts), started before the other sheets are read. The package bytes are dropped
 * afterwards (they are read again to write OUT.xlsx).
 */
export async function readAndScore(
  path: string,
  optionsOf: ScoreOptions | ((bytes: Buffer) => ScoreOptions),
  progress: (m: string) => void,
  warn: (warning: string) => void = () => undefined,
): Promise<ScoredWorkbook | Refusal> {
  const workerFile = sheetWorkerFile();
  const bytes = await readBytes(path, workerFile !== null);
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw new InputError(`${path} is not an .xlsx workbook (not a zip package).`);
  const sheets: MutableSheet[] = [];
  let orderStream: OrderStream | undefined;
  let date1904: boolean;
  let options: ScoreOptions;
  let mapping: SavedMapping;
  let thread: SheetThread | null = null;
  try {
    // The options may depend on the settings saved in the package (workbookSettings).
    options = typeof optionsOf === 'function' ? optionsOf(bytes) : optionsOf;
    const workbook = WorkbookReader.open(bytes);
    date1904 = workbook.date1904;
    const heads: Head[] = [];
    for (const name of workbook.sheetNames.filter((n) => !sameSheetName(n, DASHBOARD_SHEET))) heads.push({ name, ...(await workbook.grid(name, ORDER_STREAM_HEAD_ROWS)) });
    const saved = mappingOfSheets(options.mapping, workbook.sheetNames);
    const picked = pickSheets(heads);
    const ordersName = saved.orders?.sheet ?? picked.orders;
    const ordersHead = heads.find((h) => h.name === ordersName);
    if (ordersHead && !ordersHead.complete && workerFile) thread = workbook.startThread(ordersHead.name, workerFile);
    for (const head of heads) {
      if (head.complete || head.name === ordersName) sheets.push({ name: head.name, grid: head.grid });
      else sheets.push({ name: head.name, grid: (await workbook.grid(head.name, Infinity, (rows) => progress(`Reading ${head.name}: ${rows} rows`))).grid });
    }
    // A saved mapping is checked against its sheet as read (for a streamed order sheet, its first rows).
    const gridOf = (map: { sheet: string } | undefined) => (map ? { sheet: map.sheet, grid: sheets.find((s) => s.name === map.sheet)?.grid ?? [] } : null);
    const fitted = fitSavedMapping(saved, { orders: gridOf(saved.orders), customers: gridOf(saved.customers) });
    mapping = fitted.mapping;
    fitted.warnings.forEach(warn);
    for (const m of [mapping.orders, mapping.customers]) if (m) progress(`Columns of sheet "${m.sheet}" as mapped in the pane (saved in the workbook)`);
    if (ordersHead && !ordersHead.complete) orderStream = await streamOrders(workbook, ordersHead, progress, mapping.orders, thread);
  } catch (error) {
    // The sheet thread's own failure is not the workbook's: said as it is.
    if (error instanceof SheetThreadError) throw error;
    throw new InputError(`${path} could not be read as an .xlsx workbook: ${(error as Error).message}`);
  } finally {
    await thread?.stop();
  }
  progress(`Read ${sheets.length} sheet(s); scoring`);
  // The sheets are not read again: scoreGrids lets the customer grid go once it has what it needs.
  return scoreGrids(sheets, { ...options, date1904, mapping }, orderStream, true);
}

/** A file system's refusal (no such folder, no permission, disk full) said for the file asked for; any other error as it is. */
function writeError(path: string, error: unknown, details: readonly string[] = []): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? new InputError(`Cannot write ${path} (${code}).`, details) : error;
}

/** One output file: its path and how to write it (to the temporary path it is given). */
export interface OutputFile {
  path: string;
  write: (temporary: string) => Promise<unknown>;
}

/**
 * OUT.xlsx, the JSON report and the CSV written side by side, each to a file beside its own,
 * renamed into place only once every one is whole: a failed write leaves no half-written file
 * under a name asked for, and replaces none of them. The three share the main thread: each hands
 * its bytes to libuv's thread pool and zlib's thread and yields a turn of the event loop every
 * megabyte or so (textFile.ts, zipWriter.ts), so one's bytes are made while another's are
 * deflated or written (docs/benchmarks.md, "Eighth session: the outputs side by side").
 */
export async function writeOutputs(files: readonly OutputFile[]): Promise<void> {
  const temporaries = files.map((f, k) => join(dirname(f.path), `.${basename(f.path)}.${process.pid}.${k}.tmp`));
  const removeAll = (): Promise<unknown> => Promise.all(temporaries.map((t) => rm(t, { force: true })));
  const results = await Promise.allSettled(files.map((f, k) => f.write(temporaries[k] as string)));
  const failed = results.findIndex((r) => r.status === 'rejected');
  if (failed >= 0) {
    await removeAll();
    throw writeError(files[failed]?.path ?? '', (results[failed] as PromiseRejectedResult).reason, ['No output file was written or replaced.']);
  }
  for (const [k, f] of files.entries()) {
    try {
      await rename(temporaries[k] as string, f.path);
    } catch (error) {
      await removeAll();
      throw writeError(f.path, error);
    }
  }
}

/** A CSV or Parquet order history through DuckDB into the same order reader; customers come from the orders. */
/** A customer list read beside an order file: its sheet's name and grid (customerFile.ts). */
interface CustomerList {
  path: string;
  name: string;
  grid: CellValue[][];
}

async function scoreOrderFile(
  path: string,
  kind: OrderFileKind,
  customerList: CustomerList | null,
  options: ScoreOptions,
  progress: (m: string) => void,
): Promise<{ scored: ScoredWorkbook | Refusal; lines: number }> {
  const sheet = basename(path);
  const read = await readOrderText(path, kind, sheet, progress);
  progress(`Read ${read.lines} order lines; scoring`);
  // The customer grid is kept whole (not released): OUT.xlsx is written from it.
  const sheets: MutableSheet[] = [...(customerList ? [{ name: customerList.name, grid: customerList.grid }] : []), { name: sheet, grid: read.head }];
  const scored = scoreGrids(sheets, options, read.stream, customerList === null);
  if (scored.ok && customerList && (scored.customersSheet !== customerList.name || scored.ordersSheet !== sheet))
    throw new InputError(`${customerList.path} was not read as a customer list: its header (${customerList.grid[0]?.join(', ') ?? ''}) names no customer id column, or ${sheet}'s was taken for it.`);
  return { scored, lines: read.lines };
}

/** The customer list of --customers, read whole (a CSV as its text: csvEncoding.ts). */
async function readCustomerList(path: string, orders: string, progress: (m: string) => void): Promise<CustomerList> {
  const kind = orderFileKind(path);
  if (kind === null) throw new InputError(`--customers must name a CSV or Parquet file, not ${path}.`);
  const file = basename(path);
  let name = customerSheetName(file);
  if (sameSheetName(name, basename(orders))) name = customerSheetName(`customers ${file}`);
  let text;
  try {
    text = kind === 'csv' ? await utf8Csv(path, (encoding) => progress(`Reading ${file}: its text is ${ENCODING_NAMES[encoding]}; converting it to UTF-8`)) : null;
    const grid = await readCustomerFile(text?.path ?? path, kind, name);
    progress(`Read ${grid.length - 1} customers from ${file}`);
    return { path, name, grid };
  } catch (error) {
    throw new InputError(`${path} could not be read as ${kind === 'csv' ? 'CSV' : 'Parquet'}: ${readFailure(error, text?.path ?? path, path)}`);
  } finally {
    await text?.done();
  }
}

/**
 * The order file read: a CSV as its text (csvEncoding.ts: converted to UTF-8 first when it is
 * not, and again when DuckDB failed on text that stops being UTF-8 past the first megabyte).
 */
async function readOrderText(path: string, kind: OrderFileKind, sheet: string, progress: (m: string) => void): Promise<OrderFileRead> {
  const failed = (error: unknown, read = path): InputError => new InputError(`${path} could not be read as ${kind === 'csv' ? 'CSV' : 'Parquet'}: ${readFailure(error, read, path)}`);
  const converting = (encoding: CsvEncoding): void => progress(`Reading ${sheet}: its text is ${ENCODING_NAMES[encoding]}; converting it to UTF-8`);
  const readFrom = (file: string): Promise<OrderFileRead> => readOrderFile(file, kind, sheet, (lines) => progress(`Reading ${sheet}: ${lines} lines`));
  let text;
  try {
    text = kind === 'csv' ? await utf8Csv(path, converting) : null;
  } catch (error) {
    throw failed(error);
  }
  let first: unknown;
  try {
    return await readFrom(text?.path ?? path);
  } catch (error) {
    if (text?.path !== path) throw failed(error, text?.path);
    first = error;
  } finally {
    await text?.done();
  }
  // Read as UTF-8 and failed: the text may stop being UTF-8 further down.
  let again;
  try {
    again = await utf8CsvAfterFailure(path, converting);
  } catch (error) {
    throw failed(error);
  }
  if (again === null) throw failed(first);
  try {
    return await readFrom(again.path);
  } catch (error) {
    throw failed(error, again.path);
  } finally {
    await again.done();
  }
}

/**
 * What went wrong reading an order file, for people: DuckDB's own message without the dump of its
 * reader's options that follows it, the file's own path where a UTF-8 copy was read.
 */
function readFailure(error: unknown, read: string, path: string): string {
  if (error instanceof EncodingError) return error.message;
  const message = String((error as Error).message ?? error);
  const own = message.split(read).join(path);
  const cut = own.search(/\n\s*(Possible Solution|file = )/);
  return (cut === -1 ? own : own.slice(0, cut)).trimEnd();
}

/** The command line's own options over a configuration (from --config, the workbook or the defaults). */
function withFlags(config: ScoringConfig, args: ScoreArgs): ScoringConfig {
  if (args.rfm) config.rfm = { mode: args.rfm };
  if (args.period) config.predictive = { ...config.predictive, period: args.period };
  if (args.backtestSplit) config.predictive = { ...config.predictive, backtestSplit: args.backtestSplit };
  if (args.sheetLanguage) config.sheetLanguage = args.sheetLanguage;
  if (args.asOf !== null) config.asOf = args.asOf;
  return config;
}

/**
 * The configuration of a run: --config when given, else the Tiers settings saved in the workbook
 * (docs/cli.md, "Settings saved in the workbook"), else the defaults; the flags over it. Says
 * which was used.
 */
function settleConfig(args: ScoreArgs, given: ScoringConfig | null, saved: WorkbookSettings | null, warnings: string[], progress: (m: string) => void): ScoringConfig {
  const name = basename(args.input);
  if (given) {
    if (saved) progress(`The scoring settings saved in ${name} are not used: --config ${args.config} given`);
    return withFlags(given, args);
  }
  if (!saved) return withFlags(defaultScoringConfig(), args);
  const { loaded, copies } = saved;
  const when = loaded.revision ? ` (saved ${loaded.revision.savedAt})` : '';
  progress(`Using the Tiers settings saved in ${name}${when}; --config FILE overrides them`);
  if (copies > 1) warnings.push(`${name} holds ${copies} copies of the Tiers settings (the add-in was inserted more than once); the newest was used.`);
  warnings.push(...loaded.warnings.map((w) => `${name}, saved Tiers settings: ${w}`));
  return withFlags(loaded.config, args);
}

export async function runScore(args: ScoreArgs, progress: (message: string) => void): Promise<string[]> {
  const given = args.config === null ? null : await loadConfig(args.config);
  const warnings = [...(given?.warnings ?? [])];
  if (args.backtestSplit && Number.isNaN(dayFromIso(args.backtestSplit))) throw new InputError(`--backtest-split must be a date written YYYY-MM-DD, not "${args.backtestSplit}".`);
  if (args.asOf !== null && Number.isNaN(dayFromIso(args.asOf))) throw new InputError(`--as-of must be a date written YYYY-MM-DD, not "${args.asOf}".`);
  let config = defaultScoringConfig();
  const optionsOf = (bytes: Buffer | null): ScoreOptions => {
    const saved = bytes ? workbookSettings(bytes) : null;
    config = settleConfig(args, given?.config ?? null, saved, warnings, progress);
    // The column mapping describes the workbook, not the scoring: kept under --config too.
    return { config, asOf: todayDay(), asOfIsToday: true, lenient: args.lenient, ...(saved ? { mapping: saved.loaded.mapping } : {}) };
  };
  const fileKind = orderFileKind(args.input);
  if (args.customers && !fileKind) throw new InputError(`--customers is for an order history in CSV or Parquet; a workbook's customers are read from its own customer sheet.`);
  const customerList = fileKind && args.customers ? await readCustomerList(args.customers, args.input, progress) : null;
  const fromFile = fileKind ? await scoreOrderFile(args.input, fileKind, customerList, optionsOf(null), progress) : null;
  const scored = fromFile ? fromFile.scored : await readAndScore(args.input, optionsOf, progress, (w) => warnings.push(w));
  if (!scored.ok) throw new InputError(`${args.input} cannot be scored.`, scored.messages);
  progress(scored.result.analysisDate.message);
  progress(`Scored ${scored.result.columns.length} customers from ${scored.analysis.orderTable?.length ?? 0} order rows; writing ${args.out}`);
  if (scored.predictive?.model.bgnbd) progress(`Predictive lifetime value fitted on ${scored.predictive.customers.length} customers (${config.predictive.period}s)`);
  let check: BacktestOutcome | null = null;
  if (args.backtest) {
    check = checkRows(tableOfRows(scored.analysis), config, scored.result.asOf);
    if (check.ok) {
      const { total, meanAbsoluteError } = check.backtest;
      progress(`Model check: ${total.actual} repeat purchases after the split, ${total.predicted.toFixed(1)} predicted; mean absolute error ${meanAbsoluteError.toFixed(2)} per customer`);
    } else warnings.push(`Model check: ${check.message}`);
  }
  // From a CSV or Parquet file the customers fit in a sheet: a new workbook saying where the orders came from, then the owned sheets.
  const base = fromFile
    ? await newWorkbookXlsx([sourceSheet(scored.language, args.input, fromFile.lines, customerList?.path ?? null), ...(customerList ? [{ name: customerList.name, rows: customerList.grid }] : [])])
    : await readBytes(args.input);
  // The CSV and the report's customers (compact) are written by the customer thread when the compiled command has one (customerThread.ts).
  const workerFile = args.csv || (args.json && !args.jsonPretty) ? customerWorkerFile() : null;
  const thread = workerFile ? new CustomerThread(workerFile, scored, args.json !== null && !args.jsonPretty) : null;
  const customers = thread && !args.jsonPretty ? new JsonElsewhere((path, position) => thread.json(path, position), customersJson(scored)) : undefined;
  const report = args.json ? { ...jsonReport(scored, warnings, customers), ...(check ? { modelCheck: modelCheckJson(check) } : {}) } : null;
  const files: OutputFile[] = [{ path: args.out, write: (temporary) => writeScoredWorkbookFile(temporary, base, scored, check?.ok ? { modelCheck: check.backtest } : {}) }];
  if (args.csv) files.push({ path: args.csv, write: (temporary) => (thread ? thread.csv(temporary) : writeCustomersCsv(temporary, scored)) });
  if (args.json && report) files.push({ path: args.json, write: (temporary) => writeJsonFile(temporary, report, args.jsonPretty ? 2 : undefined).finally(() => thread?.jsonEnded()) });
  try {
    await writeOutputs(files);
  } finally {
    await thread?.stop();
  }
  progress(`Wrote ${[args.out, args.csv, args.json].filter((p) => p !== null).join(', ')}`);
  const problems = scored.analysis.problemCount;
  return [...warnings, ...(problems > 0 ? [`${problems} cell problem(s); see the --json report for each sheet, row and column.`] : [])];
}
