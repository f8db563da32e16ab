/**
 * The Excel simulator: Microsoft's own Office.js client library (`@microsoft/office-js`) in front
 * of an emulated Excel host that answers its RichApi requests from an in-memory workbook, enforcing
 * Excel's limits on the real serialised bytes. See README.md.
 */
import { hostExecutor, hostResolver, installOfficeContext, loadClientLibrary } from './host/clientLibrary';
import { ExcelHost } from './host/host';
import { Workbook, type WorkbookInit } from './model';
import { createOffice, DARK_THEME, DOCUMENT_SELECTION_CHANGED, LIGHT_THEME, type SimulatedOffice } from './office';
import { defaultOptions, SimulatorState, type FailMode, type SimulatorOptions } from './state';
import type { SyncStats } from './stats';

/* eslint-disable @typescript-eslint/no-explicit-any -- the client library is untyped JavaScript; callers see it through @types/office-js */
/** Microsoft's `Excel` namespace, typed by @types/office-js. */
export type SimulatedExcel = typeof Excel;

export interface Simulator {
  /** The client library's `Excel` namespace, with `run` and `RequestContext` bound to this simulator's host. */
  Excel: SimulatedExcel;
  Office: SimulatedOffice;
  /** The client library's `OfficeExtension` (Error, ErrorCodes, Promise, ...). */
  OfficeExtension: typeof OfficeExtension;
  workbook: Workbook;
  stats: SyncStats;
  options: SimulatorOptions;
  /** The client library file the simulator runs, e.g. "excel-win32-16.01". */
  clientLibrary: string;
  /** The nth sync from now (1 = next) fails: 'none' applies nothing, 'partial' the first half of its actions. */
  failSync(n: number, mode?: FailMode, code?: string): void;
  /** Puts Excel, Office and OfficeExtension on `target` (globalThis by default). */
  installGlobals(target?: object): void;
  /** Sets the Office theme to a light or dark palette. */
  setDarkTheme(dark: boolean): void;
}

export function createSimulator(init?: WorkbookInit, options: Partial<SimulatorOptions> = {}): Simulator {
  const model = new Workbook(init);
  const opts: SimulatorOptions = { ...defaultOptions(), ...options };
  const state = new SimulatorState();
  const library = loadClientLibrary();
  const office = createOffice(() => opts.maxExcelApi);
  installOfficeContext(library, office.context);
  const host = new ExcelHost({ model, options: opts, stats: state.stats }, state);
  const resolver = hostResolver(hostExecutor(library, host));

  model.onSelection(() => office.context.document.raise(DOCUMENT_SELECTION_CHANGED));

  const Base = library.Excel.RequestContext as new (url?: unknown) => any;
  class RequestContext extends Base {
    constructor(url?: unknown) {
      super(url ?? resolver);
    }
  }
  /** `Excel.run(batch)` makes a context on this host; `Excel.run(object, batch)` reuses the object's context. */
  const run = (...args: any[]): Promise<any> => (typeof args[0] === 'function' ? library.Excel.run(resolver, ...args) : library.Excel.run(...args));

  const excel = Object.assign(Object.create(library.Excel) as object, { run, RequestContext }) as SimulatedExcel;
  const officeExtension = library.OfficeExtension as typeof OfficeExtension;

  return {
    Excel: excel,
    Office: office,
    OfficeExtension: officeExtension,
    workbook: model,
    stats: state.stats,
    options: opts,
    clientLibrary: library.flavour,
    failSync: (n, mode, code) => state.failSync(n, mode, code),
    installGlobals(target: object = globalThis) {
      Object.assign(target, { Excel: excel, Office: office, OfficeExtension: officeExtension });
    },
    setDarkTheme(dark: boolean) {
      office.context.officeTheme = { ...(dark ? DARK_THEME : LIGHT_THEME) };
    },
  };
}

export { setClientLibraryLoader, type ClientLibrary } from './host/clientLibrary';
export { ErrorCodes, SimulatorError } from './errors';
export { Workbook, type WorkbookInit, type ModelChange } from './model';
export { diffSnapshots, snapshotCells, toInit, type CellArea } from './snapshot';
export type { ColumnFilter, FilterCriteria } from './rowVisibility';
export { PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT, type FailMode, type SimulatorOptions } from './state';
export type { SyncStats, SyncRecord } from './stats';
