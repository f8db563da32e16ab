/** Worksheet, WorksheetCollection and their small parts. Target: a sheet id. */
import { MAX_COLUMNS, MAX_ROWS, type Rect } from '../address';
import { ErrorCodes, fail } from '../errors';
import type { Visibility } from '../model';
import { jsonBytes } from '../payload';
import { ChartCollection } from './chart';
import { ClientCollection, ClientObject, NO_PATH, type RequestContext } from './context';
import { EventHandlers } from './events';
import { NamedItemCollection } from './names';
import { Range } from './range';
import { TableCollection } from './table';

export class Worksheet extends ClientObject<string> {
  protected readonly scalarProps = ['name', 'id', 'position', 'visibility', 'tabColor'] as const;

  constructor(context: RequestContext, resolver: () => string | null, pathBytes = 30) {
    super(context, resolver, pathBytes);
  }

  private get model() {
    return this.state.model;
  }

  get name(): string { return this.val('name'); }
  set name(v: string) { this.write('name', v, (id, name) => this.model.renameSheet(id, name)); }
  get id(): string { return this.val('id'); }
  get position(): number { return this.val('position'); }
  set position(v: number) { this.write('position', v, (id, p) => this.model.moveSheet(id, p)); }
  get visibility(): Visibility { return this.val('visibility'); }
  set visibility(v: Visibility) { this.write('visibility', v, (id, vis) => this.model.setSheetProps(id, { visibility: vis })); }
  get tabColor(): string { return this.val('tabColor'); }
  set tabColor(v: string) { this.write('tabColor', v, (id, c) => this.model.setSheetProps(id, { tabColor: c })); }

  protected readProperty(id: string, prop: string): unknown {
    const sheet = this.model.sheet(id);
    switch (prop) {
      case 'name': return sheet.name;
      case 'id': return sheet.id;
      case 'position': return this.model.sheets.indexOf(sheet);
      case 'visibility': return sheet.visibility;
      case 'tabColor': return sheet.tabColor;
      default: return undefined;
    }
  }

  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === 'protection') return this.protection;
    if (name === 'tables') return this.tables;
    if (name === 'charts') return this.charts;
    if (name === 'names') return this.names;
    return undefined;
  }

  private range(name: string, args: unknown, rect: (id: string) => Rect | null): Range {
    return new Range(this.context, () => {
      const id = this.targetOrNull();
      if (id === null) return null;
      const r = rect(id);
      return r ? { sheetId: id, rect: r } : null;
    }, jsonBytes(name) + jsonBytes(args));
  }

  /** No address: the whole sheet. */
  getRange(address?: string): Range {
    return this.range('getRange', address ?? null, (id) =>
      address === undefined ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } : this.model.resolveAddress(address, id).rect);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this.range('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      const rect = { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS) {
        fail(ErrorCodes.invalidArgument, 'getRangeByIndexes: the range is outside the grid.');
      }
      return rect;
    });
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** An empty sheet's used range is A1 (Excel's behaviour); the OrNullObject form gives a null object. */
  getUsedRange(valuesOnly = false): Range {
    return this.range('getUsedRange', [valuesOnly], (id) => this.model.usedRect(id, valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    const out = this.range('getUsedRangeOrNullObject', [valuesOnly], (id) => this.model.usedRect(id, valuesOnly) ?? null);
    out.resolveAtSync();
    return out;
  }

  get tables(): TableCollection {
    return new TableCollection(this.context, () => this.targetOrNull() ?? undefined, this);
  }

  get charts(): ChartCollection {
    return new ChartCollection(this.context, this);
  }

  get names(): NamedItemCollection {
    return new NamedItemCollection(this.context, () => this.targetOrNull());
  }

  get protection(): WorksheetProtection {
    return new WorksheetProtection(this.context, () => this.targetOrNull());
  }

  get freezePanes(): WorksheetFreezePanes {
    return new WorksheetFreezePanes(this.context, () => this.targetOrNull());
  }

  get onSelectionChanged(): EventHandlers {
    return new EventHandlers(this.context, 'sheetSelection', () => this.target());
  }

  get onActivated(): EventHandlers {
    return new EventHandlers(this.context, 'activated', () => this.target());
  }

  delete(): void {
    this.call('delete', (id) => this.model.deleteSheet(id));
  }

  activate(): void {
    this.call('activate', (id) => this.model.activate(id));
  }
}

export class WorksheetProtection extends ClientObject<string> {
  protected readonly scalarProps = ['protected'] as const;
  constructor(context: RequestContext, resolver: () => string | null) {
    super(context, resolver, 10);
  }
  get protected(): boolean { return this.val('protected'); }
  protect(_options?: unknown, _password?: string): void {
    this.call('protect', (id) => this.state.model.setSheetProps(id, { protected: true }));
  }
  unprotect(_password?: string): void {
    this.call('unprotect', (id) => this.state.model.setSheetProps(id, { protected: false }));
  }
  protected readProperty(id: string): unknown {
    return this.state.model.sheet(id).protected;
  }
}

export class WorksheetFreezePanes extends ClientObject<string> {
  protected readonly scalarProps = [] as const;
  constructor(context: RequestContext, resolver: () => string | null) {
    super(context, resolver, 10);
  }
  freezeRows(count = 1): void {
    this.call(['freezeRows', count], (id) => this.state.model.setSheetProps(id, { frozenRows: count, frozenColumns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.call(['freezeColumns', count], (id) => this.state.model.setSheetProps(id, { frozenColumns: count, frozenRows: 0 }));
  }
  unfreeze(): void {
    this.call('unfreeze', (id) => this.state.model.setSheetProps(id, { frozenRows: 0, frozenColumns: 0 }));
  }
  /** The frozen cells, or a null object when nothing is frozen. */
  getLocationOrNullObject(): Range {
    const out = new Range(this.context, () => {
      const id = this.targetOrNull();
      const sheet = id === null ? undefined : this.state.model.sheet(id);
      if (!sheet || (sheet.frozenRows === 0 && sheet.frozenColumns === 0)) return null;
      const rect = sheet.frozenRows > 0
        ? { r0: 0, c0: 0, r1: sheet.frozenRows - 1, c1: MAX_COLUMNS - 1 }
        : { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: sheet.frozenColumns - 1 };
      return { sheetId: sheet.id, rect };
    });
    out.resolveAtSync();
    return out;
  }
  protected readProperty(): unknown {
    return undefined;
  }
}

export class WorksheetCollection extends ClientCollection<Worksheet, string> {
  protected override readonly ownProps = ['count'] as const;

  private get model() {
    return this.state.model;
  }

  protected keys(): string[] {
    return this.model.sheets.map((s) => s.id);
  }

  protected itemFor(id: string): Worksheet {
    return new Worksheet(this.context, () => id, NO_PATH);
  }

  private byKey(key: string) {
    return this.model.sheetByName(key) ?? this.model.sheetById(key);
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.context, () => this.byKey(key)?.id ?? fail(ErrorCodes.itemNotFound, `The worksheet '${key}' does not exist.`), jsonBytes(key));
  }

  getItemOrNullObject(key: string): Worksheet {
    const ws = new Worksheet(this.context, () => this.byKey(key)?.id ?? null, jsonBytes(key));
    ws.resolveAtSync();
    return ws;
  }

  add(name?: string): Worksheet {
    let id: string | undefined;
    this.context.enqueue(jsonBytes(name ?? null), () => { id = this.model.addSheet(name).id; });
    return new Worksheet(this.context, () => id ?? fail(ErrorCodes.itemNotFound, 'The worksheet was not added.'), jsonBytes(name ?? null));
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => this.model.activeSheetId);
  }

  getFirst(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, () => this.pick(visibleOnly, 'first'));
  }

  getLast(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, () => this.pick(visibleOnly, 'last'));
  }

  private pick(visibleOnly: boolean, which: 'first' | 'last'): string {
    const sheets = this.model.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible');
    const s = which === 'first' ? sheets[0] : sheets[sheets.length - 1];
    return s?.id ?? fail(ErrorCodes.itemNotFound, 'No worksheet.');
  }

  get onActivated(): EventHandlers {
    return new EventHandlers(this.context, 'activated', () => undefined);
  }

  get onSelectionChanged(): EventHandlers {
    return new EventHandlers(this.context, 'sheetSelection', () => undefined);
  }
}
