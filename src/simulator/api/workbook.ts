/** The Workbook proxy (context.workbook) and Application. */
import { ErrorCodes, fail } from '../errors';
import { ClientObject, type RequestContext } from './context';
import { EventHandlers } from './events';
import { NamedItemCollection } from './names';
import { Range } from './range';
import { SettingCollection } from './settings';
import { TableCollection } from './table';
import { WorksheetCollection } from './worksheet';

export class Application extends ClientObject<true> {
  protected readonly scalarProps = ['calculationMode'] as const;

  constructor(context: RequestContext) {
    super(context, () => true, 10);
  }

  get calculationMode(): string { return this.val('calculationMode'); }
  set calculationMode(v: string) {
    this.write('calculationMode', v, (_t, mode) => {
      if (!['Automatic', 'AutomaticExceptTables', 'Manual'].includes(mode)) fail(ErrorCodes.invalidArgument, `Invalid calculation mode ${mode}.`);
      this.state.model.mutate('objects', undefined, () => { this.state.model.calculationMode = mode; });
    });
  }

  protected readProperty(): unknown {
    return this.state.model.calculationMode;
  }

  /** Formulas are not calculated by the simulator (README); the call is accepted and counted. */
  calculate(_type?: string): void {
    this.call('calculate', () => this.state.model.recalculate());
  }

  /** ExcelApi 1.6; lasts until the next sync only. */
  suspendApiCalculationUntilNextSync(): void {
    this.call('suspendApiCalculationUntilNextSync', () => {
      this.state.stats.suspendCalculationCalls++;
      this.state.model.apiCalculationSuspended = true;
    });
  }

  /** ExcelApi 1.9; lasts until the next sync only (calling it in a loop makes the pane blink: office-js#545). */
  suspendScreenUpdatingUntilNextSync(): void {
    this.call('suspendScreenUpdatingUntilNextSync', () => { this.state.stats.suspendScreenUpdatingCalls++; });
  }
}

/** Workbook structure protection (ExcelApi 1.7). */
export class WorkbookProtection extends ClientObject<true> {
  protected readonly scalarProps = ['protected'] as const;
  constructor(context: RequestContext) {
    super(context, () => true, 10);
  }
  get protected(): boolean { return this.val('protected'); }
  protect(_password?: string): void {
    this.call('protect', () => this.state.model.mutate('structure', undefined, () => { this.state.model.structureProtected = true; }));
  }
  unprotect(_password?: string): void {
    this.call('unprotect', () => this.state.model.mutate('structure', undefined, () => { this.state.model.structureProtected = false; }));
  }
  protected readProperty(): unknown {
    return this.state.model.structureProtected;
  }
}

/** The result of a worksheet function (Excel.FunctionResult): `value` and `error` after load. */
export class FunctionResult extends ClientObject<number> {
  protected readonly scalarProps = ['value', 'error'] as const;
  get value(): number { return this.val('value'); }
  get error(): string | null { return this.val('error'); }
  protected readProperty(value: number, prop: string): unknown {
    return prop === 'value' ? value : null;
  }
}

/** Worksheet functions (ExcelApi 1.2): only DATE, which answers in the workbook's date system. */
export class Functions extends ClientObject<true> {
  protected readonly scalarProps = [] as const;
  constructor(context: RequestContext) {
    super(context, () => true, 10);
  }
  date(year: number, month: number, day: number): FunctionResult {
    return new FunctionResult(this.context, () => this.state.model.dateSerial(year, month, day), 30);
  }
  protected readProperty(): unknown {
    return undefined;
  }
}

export class WorkbookProxy extends ClientObject<true> {
  protected readonly scalarProps = ['name'] as const;
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly names: NamedItemCollection;
  readonly settings: SettingCollection;
  readonly application: Application;
  readonly protection: WorkbookProtection;
  readonly functions: Functions;

  constructor(context: RequestContext) {
    super(context, () => true, 0);
    this.worksheets = new WorksheetCollection(context);
    this.tables = new TableCollection(context, () => undefined);
    this.names = new NamedItemCollection(context, () => undefined);
    this.settings = new SettingCollection(context);
    this.application = new Application(context);
    this.protection = new WorkbookProtection(context);
    this.functions = new Functions(context);
  }

  get name(): string { return this.val('name'); }

  protected readProperty(): unknown {
    return 'Book1.xlsx';
  }

  protected override navigation(name: string): ClientObject<unknown> | undefined {
    const children: Record<string, ClientObject<unknown>> = {
      worksheets: this.worksheets, tables: this.tables, names: this.names, settings: this.settings, application: this.application, protection: this.protection,
    };
    return children[name];
  }

  getSelectedRange(): Range {
    return new Range(this.context, () => ({ ...this.state.model.selection }));
  }

  getActiveCell(): Range {
    return new Range(this.context, () => {
      const { sheetId, rect } = this.state.model.selection;
      return { sheetId, rect: { r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 } };
    });
  }

  get onSelectionChanged(): EventHandlers {
    return new EventHandlers(this.context, 'workbookSelection', () => undefined);
  }
}
