/** Tables: collection, table, columns, rows. Target: a table id (columns: table id + column id). */
import type { Rect } from '../address';
import type { CellInput } from '../cellInput';
import { ErrorCodes, fail } from '../errors';
import type { SheetRef, TableModel } from '../model';
import { jsonBytes } from '../payload';
import type { FilterCriteria } from '../rowVisibility';
import { ClientCollection, ClientObject, NO_PATH, type RequestContext } from './context';
import { Range } from './range';
import { Worksheet } from './worksheet';

type Block = readonly (readonly CellInput[])[];

const bodyRect = (t: TableModel): Rect => ({ ...t.rect, r0: t.rect.r0 + 1 });

export class Table extends ClientObject<string> {
  protected readonly scalarProps = ['name', 'id', 'style', 'showHeaders', 'showTotals', 'showFilterButton'] as const;

  constructor(context: RequestContext, resolver: () => string | null, pathBytes = 30) {
    super(context, resolver, pathBytes);
  }

  private get model() {
    return this.state.model;
  }

  private table(id: string): TableModel {
    return this.model.table(id);
  }

  get name(): string { return this.val('name'); }
  set name(v: string) {
    this.write('name', v, (id, name) => {
      const other = this.model.tableByName(name) ?? this.model.namedItem(name);
      if (other && other !== this.table(id)) fail(ErrorCodes.itemAlreadyExists, `The name ${name} is already in use.`);
      this.model.mutate('objects', undefined, () => { this.table(id).name = name; });
    });
  }
  get id(): string { return this.val('id'); }
  get style(): string { return this.val('style'); }
  set style(v: string) { this.write('style', v, (id, s) => this.model.mutate('objects', undefined, () => { this.table(id).style = s; })); }
  get showHeaders(): boolean { return this.val('showHeaders'); }
  get showTotals(): boolean { return this.val('showTotals'); }
  get showFilterButton(): boolean { return this.val('showFilterButton'); }
  set showFilterButton(v: boolean) { this.write('showFilterButton', v, (id, b) => this.model.mutate('objects', undefined, () => { this.table(id).showFilterButton = b; })); }

  protected readProperty(id: string, prop: string): unknown {
    return (this.table(id) as unknown as Record<string, unknown>)[prop];
  }

  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === 'columns') return this.columns;
    if (name === 'rows') return this.rows;
    if (name === 'worksheet') return this.worksheet;
    return undefined;
  }

  private part(name: string, rect: (t: TableModel) => Rect | null): Range {
    return new Range(this.context, () => {
      const id = this.targetOrNull();
      if (id === null) return null;
      const t = this.table(id);
      const r = rect(t);
      return r ? { sheetId: t.sheetId, rect: r } : fail(ErrorCodes.itemNotFound, `The table ${t.name} has no ${name}.`);
    }, jsonBytes(name));
  }

  getRange(): Range { return this.part('getRange', (t) => t.rect); }
  getHeaderRowRange(): Range { return this.part('getHeaderRowRange', (t) => ({ ...t.rect, r1: t.rect.r0 })); }
  /** A table always keeps at least one body row in Excel, so the body range is never empty here. */
  getDataBodyRange(): Range { return this.part('getDataBodyRange', (t) => (t.rect.r1 > t.rect.r0 ? bodyRect(t) : null)); }

  get columns(): TableColumnCollection { return new TableColumnCollection(this.context, () => this.target()); }
  get rows(): TableRowCollection { return new TableRowCollection(this.context, () => this.target()); }
  get worksheet(): Worksheet { return new Worksheet(this.context, () => { const id = this.targetOrNull(); return id === null ? null : this.table(id).sheetId; }); }
  get autoFilter(): AutoFilter { return new AutoFilter(this.context, () => this.targetOrNull()); }

  delete(): void { this.call('delete', (id) => this.model.deleteTable(id, false)); }
  convertToRange(): Range {
    const range = this.getRange();
    this.call('convertToRange', (id) => {
      range.targetOrNull();
      this.model.deleteTable(id, true);
    });
    return range;
  }
  /** Moves the table to a new area on the same sheet (header row stays the first row). */
  resize(newRange: Range | string): void {
    this.call('resize', (id) => {
      const t = this.table(id);
      const ref: SheetRef = typeof newRange === 'string' ? this.model.resolveAddress(newRange, t.sheetId) : newRange.target();
      if (ref.sheetId !== t.sheetId) fail(ErrorCodes.invalidArgument, 'A table cannot be resized onto another sheet.');
      this.model.mutate('objects', t.sheetId, () => {
        const width = ref.rect.c1 - ref.rect.c0 + 1;
        t.rect = ref.rect;
        while (t.columnIds.length < width) t.columnIds.push(t.nextColumnId++);
        t.columnIds.length = width;
      });
    });
  }
}

/**
 * A table's AutoFilter (ExcelApi 1.9). `apply` sets one column's criteria (or re-applies all when
 * none are given) and hides the body rows that fail; `clearCriteria` shows them again. The range
 * argument of `apply` must be the table's own range (its filter cannot cover anything else).
 */
export class AutoFilter extends ClientObject<string> {
  protected readonly scalarProps = ['enabled', 'isDataFiltered', 'criteria'] as const;
  constructor(context: RequestContext, resolver: () => string | null) {
    super(context, resolver, 10);
  }
  get enabled(): boolean { return this.val('enabled'); }
  get isDataFiltered(): boolean { return this.val('isDataFiltered'); }
  /** One entry per table column: its criteria, or `{ filterOn: "" }` when the column is not filtered. */
  get criteria(): FilterCriteria[] { return this.val('criteria'); }
  protected readProperty(id: string, prop: string): unknown {
    const t = this.state.model.table(id);
    if (prop === 'enabled') return t.showFilterButton;
    if (prop === 'isDataFiltered') return t.filters.length > 0;
    return t.columnIds.map((_, i) => structuredClone(t.filters.find((f) => f.columnIndex === i)?.criteria ?? { filterOn: '' }));
  }
  apply(range: Range | string, columnIndex?: number, criteria?: FilterCriteria): void {
    this.call(['apply', columnIndex ?? null, criteria ?? null], (id) => {
      const t = this.state.model.table(id);
      const ref = typeof range === 'string' ? this.state.model.resolveAddress(range, t.sheetId) : range.target();
      const same = ref.sheetId === t.sheetId && ref.rect.r0 === t.rect.r0 && ref.rect.c0 === t.rect.c0 && ref.rect.r1 === t.rect.r1 && ref.rect.c1 === t.rect.c1;
      if (!same) fail(ErrorCodes.invalidArgument, `A table's filter applies to the table's range (${this.state.model.address({ sheetId: t.sheetId, rect: t.rect })}).`);
      this.state.model.applyTableFilter(id, columnIndex, criteria);
    });
  }
  reapply(): void { this.call('reapply', (id) => this.state.model.applyTableFilter(id)); }
  clearColumnCriteria(columnIndex: number): void { this.call(['clearColumnCriteria', columnIndex], (id) => this.state.model.clearTableFilter(id, columnIndex)); }
  clearCriteria(): void { this.call('clearCriteria', (id) => this.state.model.clearTableFilter(id)); }
  getRange(): Range {
    return new Range(this.context, () => {
      const id = this.targetOrNull();
      if (id === null) return null;
      const t = this.state.model.table(id);
      return { sheetId: t.sheetId, rect: t.rect };
    });
  }
}

export class TableCollection extends ClientCollection<Table, string> {
  protected override readonly ownProps = ['count'] as const;

  /** `sheetId` undefined: the workbook's tables. */
  constructor(context: RequestContext, private readonly sheetId: () => string | undefined, private readonly sheet?: Worksheet) {
    super(context);
  }

  private get model() {
    return this.state.model;
  }

  protected keys(): string[] {
    const sheetId = this.sheet ? this.sheetId() : undefined;
    if (this.sheet && sheetId === undefined) return []; // the sheet is a null object
    return this.model.tables.filter((t) => sheetId === undefined || t.sheetId === sheetId).map((t) => t.id);
  }

  protected itemFor(id: string): Table {
    return new Table(this.context, () => id, NO_PATH);
  }

  private find(key: string): string | undefined {
    const t = this.model.tableByName(key) ?? this.model.tables.find((x) => x.id === key);
    return t && this.keys().includes(t.id) ? t.id : undefined;
  }

  getItem(key: string): Table {
    return new Table(this.context, () => this.find(key) ?? fail(ErrorCodes.itemNotFound, `The table '${key}' does not exist.`), jsonBytes(key));
  }

  getItemOrNullObject(key: string): Table {
    const t = new Table(this.context, () => this.find(key) ?? null, jsonBytes(key));
    t.resolveAtSync();
    return t;
  }

  getItemAt(index: number): Table {
    return new Table(this.context, () => this.keys()[index] ?? fail(ErrorCodes.itemNotFound, `No table at ${index}.`), jsonBytes(index));
  }

  /** `address` may name the sheet; otherwise this collection's sheet (or the active sheet). */
  add(address: Range | string, hasHeaders: boolean): Table {
    let id: string | undefined;
    this.context.enqueue(jsonBytes(typeof address === 'string' ? address : 'range') + 5, () => {
      const ref = typeof address === 'string' ? this.model.resolveAddress(address, this.sheetId() ?? this.model.activeSheetId) : address.target();
      id = this.model.addTable(ref.sheetId, ref.rect, hasHeaders).id;
    });
    return new Table(this.context, () => id ?? fail(ErrorCodes.itemNotFound, 'The table was not added.'));
  }
}

interface ColumnKey {
  tableId: string;
  columnId: number;
}

export class TableColumn extends ClientObject<ColumnKey> {
  protected readonly scalarProps = ['name', 'id', 'index', 'values'] as const;
  constructor(context: RequestContext, resolver: () => ColumnKey | null, pathBytes = 30) {
    super(context, resolver, pathBytes);
  }
  private locate(k: ColumnKey): { t: TableModel; index: number } {
    const t = this.state.model.table(k.tableId);
    const index = t.columnIds.indexOf(k.columnId);
    return index < 0 ? fail(ErrorCodes.itemNotFound, 'The table column no longer exists.') : { t, index };
  }
  get name(): string { return this.val('name'); }
  set name(v: string) {
    this.write('name', v, (k, name) => {
      const { t, index } = this.locate(k);
      this.state.model.writeText(t.sheetId, t.rect.r0, t.rect.c0 + index, [[name]]);
    });
  }
  get id(): number { return this.val('id'); }
  get index(): number { return this.val('index'); }
  get values(): unknown[][] { return this.val('values'); }
  protected readProperty(k: ColumnKey, prop: string): unknown {
    const { t, index } = this.locate(k);
    if (prop === 'id') return k.columnId;
    if (prop === 'index') return index;
    if (prop === 'name') return this.state.model.tableHeaders(t)[index];
    return colValues(this.state.model.sheet(t.sheetId).cells.values.readBlock({ ...t.rect, c0: t.rect.c0 + index, c1: t.rect.c0 + index }));
  }
  private part(rows: (t: TableModel) => { r0: number; r1: number }): Range {
    return new Range(this.context, () => {
      const k = this.targetOrNull();
      if (!k) return null;
      const { t, index } = this.locate(k);
      const c = t.rect.c0 + index;
      return { sheetId: t.sheetId, rect: { ...rows(t), c0: c, c1: c } };
    });
  }
  getRange(): Range { return this.part((t) => t.rect); }
  getHeaderRowRange(): Range { return this.part((t) => ({ r0: t.rect.r0, r1: t.rect.r0 })); }
  getDataBodyRange(): Range { return this.part((t) => bodyRect(t)); }
  delete(): void {
    this.call('delete', (k) => {
      const { t, index } = this.locate(k);
      const c = t.rect.c0 + index;
      this.state.model.deleteCells(t.sheetId, { ...t.rect, c0: c, c1: c }, 'Left');
    });
  }
}

const colValues = (block: unknown[][]) => block.map((r) => r.map((v) => v ?? ''));

export class TableColumnCollection extends ClientCollection<TableColumn, number> {
  protected override readonly ownProps = ['count'] as const;
  constructor(context: RequestContext, private readonly tableId: () => string) {
    super(context);
  }
  private table(): TableModel {
    return this.state.model.table(this.tableId());
  }
  protected keys(): number[] {
    return [...this.table().columnIds];
  }
  protected itemFor(columnId: number): TableColumn {
    return new TableColumn(this.context, () => ({ tableId: this.tableId(), columnId }), NO_PATH);
  }
  private byKey(key: string | number): number | undefined {
    const t = this.table();
    if (typeof key === 'number') return t.columnIds.includes(key) ? key : undefined;
    const index = this.state.model.tableHeaders(t).findIndex((h) => h.toLowerCase() === key.toLowerCase());
    return index < 0 ? undefined : t.columnIds[index];
  }
  getItem(key: string | number): TableColumn {
    return new TableColumn(this.context, () => {
      const id = this.byKey(key) ?? fail(ErrorCodes.itemNotFound, `The column '${key}' does not exist.`);
      return { tableId: this.tableId(), columnId: id };
    }, jsonBytes(key));
  }
  getItemOrNullObject(key: string | number): TableColumn {
    const col = new TableColumn(this.context, () => {
      const id = this.byKey(key);
      return id === undefined ? null : { tableId: this.tableId(), columnId: id };
    }, jsonBytes(key));
    col.resolveAtSync();
    return col;
  }
  getItemAt(index: number): TableColumn {
    return new TableColumn(this.context, () => {
      const id = this.table().columnIds[index] ?? fail(ErrorCodes.invalidArgument, `No column at ${index}.`);
      return { tableId: this.tableId(), columnId: id };
    }, jsonBytes(index));
  }
  /**
   * Inserts a column at `index` (end when null): cells of the table's rows shift right, as Excel
   * does; `values` covers header and body (header taken from `name` when given).
   */
  add(index?: number | null, values?: Block | CellInput, name?: string): TableColumn {
    let key: ColumnKey | undefined;
    this.context.enqueue(jsonBytes(values ?? null) + jsonBytes(name ?? null), () => {
      const model = this.state.model;
      const t = this.table();
      const width = t.columnIds.length;
      const at = index ?? width;
      if (at < 0 || at > width) fail(ErrorCodes.invalidArgument, `Column index ${at} is out of range.`);
      const c = t.rect.c0 + at;
      const column = { ...t.rect, c0: c, c1: c };
      model.insertCells(t.sheetId, column, 'Right');
      if (at === width) {
        // Appending: shiftRect leaves a table alone when cells are inserted past its right edge.
        model.mutate('objects', t.sheetId, () => {
          t.rect = { ...t.rect, c1: t.rect.c1 + 1 };
          t.columnIds.push(t.nextColumnId++);
        });
      }
      const rows = t.rect.r1 - t.rect.r0 + 1;
      const block: CellInput[][] = Array.isArray(values)
        ? (values as Block).map((r) => [r[0] ?? null])
        : Array.from({ length: rows }, (_, i) => [i === 0 ? null : (values as CellInput) ?? null]);
      if (block.length !== rows && block.length !== rows - 1) fail(ErrorCodes.invalidArgument, 'Column values do not match the table height.');
      const startRow = block.length === rows ? t.rect.r0 : t.rect.r0 + 1;
      model.writeValues(t.sheetId, startRow, c, block);
      const existing = model.tableHeaders(t);
      const header = name ?? (existing[at] || `Column${at + 1}`);
      model.writeText(t.sheetId, t.rect.r0, c, [[header]]);
      key = { tableId: t.id, columnId: t.columnIds[at]! };
    });
    return new TableColumn(this.context, () => key ?? fail(ErrorCodes.itemNotFound, 'The column was not added.'));
  }
}

export class TableRow extends ClientObject<{ tableId: string; index: number }> {
  protected readonly scalarProps = ['index', 'values'] as const;
  get index(): number { return this.val('index'); }
  get values(): unknown[][] { return this.val('values'); }
  protected readProperty(k: { tableId: string; index: number }, prop: string): unknown {
    if (prop === 'index') return k.index;
    const t = this.state.model.table(k.tableId);
    const r = t.rect.r0 + 1 + k.index;
    return colValues(this.state.model.sheet(t.sheetId).cells.values.readBlock({ ...t.rect, r0: r, r1: r }));
  }
  getRange(): Range {
    return new Range(this.context, () => {
      const k = this.targetOrNull();
      if (!k) return null;
      const t = this.state.model.table(k.tableId);
      const r = t.rect.r0 + 1 + k.index;
      return { sheetId: t.sheetId, rect: { ...t.rect, r0: r, r1: r } };
    });
  }
  delete(): void {
    this.call('delete', (k) => {
      const t = this.state.model.table(k.tableId);
      const r = t.rect.r0 + 1 + k.index;
      this.state.model.deleteCells(t.sheetId, { ...t.rect, r0: r, r1: r }, 'Up');
    });
  }
}

export class TableRowCollection extends ClientCollection<TableRow, number> {
  protected override readonly ownProps = ['count'] as const;
  constructor(context: RequestContext, private readonly tableId: () => string) {
    super(context);
  }
  get count(): number { return this.val('count'); }
  protected keys(): number[] {
    const t = this.state.model.table(this.tableId());
    return Array.from({ length: t.rect.r1 - t.rect.r0 }, (_, i) => i);
  }
  protected itemFor(index: number): TableRow {
    return new TableRow(this.context, () => ({ tableId: this.tableId(), index }), NO_PATH);
  }
  getItemAt(index: number): TableRow {
    return new TableRow(this.context, () => ({ tableId: this.tableId(), index }), jsonBytes(index));
  }
  /**
   * Inserts rows at body index `index` (end when null/undefined), moving the cells below within
   * the table's columns down. For bulk data, write a range instead (ENGINEERING.md, Tables).
   */
  add(index?: number | null, values?: Block): void {
    this.context.enqueue(jsonBytes(values ?? null), () => {
      const model = this.state.model;
      const t = model.table(this.tableId());
      const body = t.rect.r1 - t.rect.r0;
      const at = index ?? body;
      if (at < 0 || at > body) fail(ErrorCodes.invalidArgument, `Row index ${at} is out of range.`);
      const n = values?.length ?? 1;
      const r = t.rect.r0 + 1 + at;
      model.insertCells(t.sheetId, { ...t.rect, r0: r, r1: r + n - 1 }, 'Down');
      if (at === body) model.mutate('objects', t.sheetId, () => { t.rect = { ...t.rect, r1: t.rect.r1 + n }; });
      if (values) {
        const width = t.rect.c1 - t.rect.c0 + 1;
        if (values.some((row) => row.length !== width)) fail(ErrorCodes.invalidArgument, 'Row values do not match the table width.');
        model.writeValues(t.sheetId, r, t.rect.c0, values);
      }
    });
  }
}
