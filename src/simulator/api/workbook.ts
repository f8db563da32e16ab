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
    this.call('calculate', () => undefined);
  }

  /** ExcelApi 1.6; lasts until the next sync only. */
  suspendApiCalculationUntilNextSync(): void {
    this.call('suspendApiCalculationUntilNextSync', () => { this.state.stats.suspendCalculationCalls++; });
  }

  /** ExcelApi 1.9; lasts until the next sync only (calling it in a loop makes the pane blink: office-js#545). */
  suspendScreenUpdatingUntilNextSync(): void {
    this.call('suspendScreenUpdatingUntilNextSync', () => { this.state.stats.suspendScreenUpdatingCalls++; });
  }
}

export class WorkbookProxy extends ClientObject<true> {
  protected readonly scalarProps = ['name'] as const;
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly names: NamedItemCollection;
  readonly settings: SettingCollection;
  readonly application: Application;

  constructor(context: RequestContext) {
    super(context, () => true, 0);
    this.worksheets = new WorksheetCollection(context);
    this.tables = new TableCollection(context, () => undefined);
    this.names = new NamedItemCollection(context, () => undefined);
    this.settings = new SettingCollection(context);
    this.application = new Application(context);
  }

  get name(): string { return this.val('name'); }

  protected readProperty(): unknown {
    return 'Book1.xlsx';
  }

  protected override navigation(name: string): ClientObject<unknown> | undefined {
    const children: Record<string, ClientObject<unknown>> = {
      worksheets: this.worksheets, tables: this.tables, names: this.names, settings: this.settings, application: this.application,
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
