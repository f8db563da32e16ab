/**
 * The Excel simulator: an in-memory Excel behind an Office.js-shaped API that enforces Excel's
 * rules (load/sync, payload and cell limits). See README.md.
 */
import { RequestContext as BaseContext, ClientObject } from './api/context';
import { WorkbookProxy } from './api/workbook';
import * as enums from './enums';
import { ErrorCodes, SimulatorError } from './errors';
import { Workbook, type WorkbookInit } from './model';
import { createOffice, DARK_THEME, LIGHT_THEME, type SimulatedOffice } from './office';
import { defaultOptions, SimulatorState, type FailMode, type SimulatorOptions } from './state';
import type { SyncStats } from './stats';

export type Batch<T> = (context: BaseContext) => Promise<T> | T;

export interface SimulatedExcel {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(object: ClientObject<unknown> | BaseContext | (ClientObject<unknown> | BaseContext)[], batch: Batch<T>): Promise<T>;
  RequestContext: new () => BaseContext;
  ErrorCodes: typeof ErrorCodes;
  /** OfficeExtension.Error stand-in, for `instanceof` checks. */
  Error: typeof SimulatorError;
  [key: string]: unknown;
}

export interface Simulator {
  Excel: SimulatedExcel;
  Office: SimulatedOffice;
  /** OfficeExtension stand-in (Error, ErrorCodes). */
  OfficeExtension: { Error: typeof SimulatorError; ErrorCodes: typeof ErrorCodes };
  workbook: Workbook;
  stats: SyncStats;
  options: SimulatorOptions;
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
  const state = new SimulatorState(model, opts, (ctx) => new WorkbookProxy(ctx));

  model.onSelection((sel) => {
    const args = { address: model.address(sel), worksheetId: sel.sheetId, source: enums.EventSource.local };
    state.dispatch('workbookSelection', undefined, { ...args, type: enums.EventType.workbookSelectionChanged });
    state.dispatch('sheetSelection', sel.sheetId, { ...args, address: model.address(sel).split('!')[1], type: enums.EventType.worksheetSelectionChanged });
  });
  model.onActivation((sheetId) => {
    state.dispatch('activated', sheetId, { worksheetId: sheetId, type: enums.EventType.worksheetActivated, source: enums.EventSource.local });
  });

  class RequestContext extends BaseContext {
    constructor() {
      super(state);
    }
  }

  const contextOf = (arg: unknown): BaseContext | undefined => {
    const first = Array.isArray(arg) ? arg[0] : arg;
    if (first instanceof BaseContext) return first;
    if (first instanceof ClientObject) return first.context;
    return undefined;
  };

  async function run<T>(first: unknown, second?: Batch<T>): Promise<T> {
    const batch = (typeof first === 'function' ? first : second) as Batch<T> | undefined;
    if (!batch) throw new SimulatorError(ErrorCodes.invalidArgument, 'Excel.run needs a batch function.');
    const context = (typeof first === 'function' ? undefined : contextOf(first)) ?? new RequestContext();
    context.enterRun();
    try {
      const result = await batch(context);
      // Office.js syncs whatever is still queued when the batch's promise resolves.
      if (context.hasPending) await context.sync();
      return result;
    } finally {
      context.leaveRun();
    }
  }

  const Excel: SimulatedExcel = {
    ...enums,
    run: run as SimulatedExcel['run'],
    RequestContext,
    ErrorCodes,
    Error: SimulatorError,
  };
  const Office = createOffice(() => opts.maxExcelApi);
  const OfficeExtension = { Error: SimulatorError, ErrorCodes };

  return {
    Excel,
    Office,
    OfficeExtension,
    workbook: model,
    stats: state.stats,
    options: opts,
    failSync: (n, mode, code) => state.failSync(n, mode, code),
    installGlobals(target: object = globalThis) {
      Object.assign(target, { Excel, Office, OfficeExtension });
    },
    setDarkTheme(dark: boolean) {
      Office.context.officeTheme = { ...(dark ? DARK_THEME : LIGHT_THEME) };
    },
  };
}

export type { RequestContext } from './api/context';
export type { Range } from './api/range';
export type { Worksheet } from './api/worksheet';
export { ErrorCodes, SimulatorError } from './errors';
export { Workbook, type WorkbookInit, type ModelChange } from './model';
export { diffSnapshots, snapshotCells, toInit, type CellArea } from './snapshot';
export type { ColumnFilter, FilterCriteria } from './rowVisibility';
export { PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT, type FailMode, type SimulatorOptions } from './state';
export type { SyncStats, SyncRecord } from './stats';
