/**
 * The workbook data model: what Excel holds, independent of the Office.js proxy layer in api/.
 * The workbench grid reads and edits it directly (and subscribes with `onChange`); the API layer
 * changes it only inside `sync()`, within a transaction it can roll back.
 */
import { formatAddress, MAX_COLUMNS, MAX_ROWS, parseAddress, type Rect } from './address';
import { CellStore, type Layer, type Scalar, type Undo } from './cells';
import { interpretInput, type CellInput } from './cellInput';
import { ErrorCodes, fail } from './errors';
import { passesFilter, shiftHiddenRows, type ColumnFilter, type FilterCriteria } from './rowVisibility';
import { dateSerial } from './dateSystem';
import { shiftRect, type ShiftOp } from './shift';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface Sheet {
  id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
  frozenRows: number;
  frozenColumns: number;
  /** Column widths in points, by column index; absent = default. */
  columnWidths: Record<number, number>;
  tabColor: string;
  /** Row indexes hidden by the user or by a filter (Range.rowHidden). */
  hiddenRows: Set<number>;
  cells: CellStore;
  /** The sheet's own AutoFilter over a plain range (Worksheet.autoFilter), header row first; absent = none. */
  autoFilter?: SheetAutoFilter | undefined;
}

/** One sort key, as Excel.SortField gives it: `key` is the column's offset from the range's first column. */
export interface SortField {
  key: number;
  ascending: boolean;
}

/** A worksheet's AutoFilter: its range (header row first), the criteria by column offset, and the sort it last applied. */
export interface SheetAutoFilter {
  rect: Rect;
  filters: ColumnFilter[];
  sort?: SortField[];
}

export interface SheetRef {
  sheetId: string;
  rect: Rect;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  /** Whole table including the header row. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showFilterButton: boolean;
  columnIds: number[];
  nextColumnId: number;
  /** The table's AutoFilter criteria, by column index within the table; empty = not filtered. */
  filters: ColumnFilter[];
  /** The table's sort state (Table.sort.fields), set by sorting the table's rows; absent = none. */
  sort?: SortField[];
}

export interface ChartModel {
  id: string;
  name: string;
  sheetId: string;
  type: string;
  source: SheetRef | null;
  seriesBy: string;
  title: string;
  titleVisible: boolean;
  top: number;
  left: number;
  width: number;
  height: number;
  categoryAxisTitle: string;
  valueAxisTitle: string;
  /** Names set through the API, by series index; others come from the source's header cells. */
  seriesNames: Record<number, string>;
  /** ChartSeries.chartType set through the API, by series index (others draw as the chart's type). */
  seriesTypes?: Record<number, string>;
  /** ChartSeries.axisGroup set through the API, by series index (others are "Primary"). */
  seriesAxes?: Record<number, string>;
  legendVisible: boolean;
}

export interface NamedItemModel {
  name: string;
  /** undefined = workbook scope. */
  scopeSheetId: string | undefined;
  ref: SheetRef | null;
  /** A non-range reference (constant or formula) as given, e.g. "=42". */
  formula: string | undefined;
  comment: string;
  visible: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  sheetId: string;
  rect: Rect;
  type: string;
  rule: Record<string, unknown>;
  format: { fill?: string; fontColor?: string; bold?: boolean };
  priority: number;
  stopIfTrue: boolean;
  /** Further areas of a rule applied to several ranges (Excel's "Applies to: =$A:$A,$C:$C"). */
  moreAreas?: Rect[];
}

export interface Selection {
  sheetId: string;
  rect: Rect;
}

export type ChangeKind = 'cells' | 'structure' | 'selection' | 'objects' | 'settings';
export interface ModelChange {
  kinds: ChangeKind[];
  sheetIds: string[];
}
export type ChangeListener = (change: ModelChange) => void;
export type SelectionListener = (selection: Selection) => void;
export type ActivationListener = (sheetId: string) => void;

export interface WorkbookInit {
  sheets: { name: string; rows: (string | number | boolean | null)[][]; tables?: { name: string; address: string }[] }[];
  activeSheet?: string;
}

export type ClearTarget = 'All' | 'Formats' | 'Contents';

export const DEFAULT_COLUMN_WIDTH = 48; // points: Excel's 8.43 characters = 64 px
export const DEFAULT_ROW_HEIGHT = 15; // points

interface Meta {
  sheets: Sheet[];
  tables: TableModel[];
  charts: ChartModel[];
  names: NamedItemModel[];
  conditionalFormats: ConditionalFormatModel[];
  settings: Map<string, string>;
  activeSheetId: string;
  selection: Selection;
  calculationMode: string;
  nextId: number;
}

const clone = <T>(v: T): T => structuredClone(v);

export class Workbook {
  sheets: Sheet[] = [];
  tables: TableModel[] = [];
  charts: ChartModel[] = [];
  names: NamedItemModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  /** Workbook settings, stored as JSON text as Excel persists them. */
  settings = new Map<string, string>();
  activeSheetId = '';
  selection: Selection = { sheetId: '', rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
  calculationMode = 'Automatic';
  /**
   * Host behaviours a review of the adapter asked for (see README, "Host states"). All default to
   * Excel's defaults: structure unprotected, the 1900 date system, not editing a cell, tables
   * expanding over adjacent entries (AutoCorrect "Include new rows and columns in table").
   */
  structureProtected = false;
  date1904 = false;
  cellEditMode = false;
  autoExpandTables = true;
  /** Set for the length of one sync by suspendApiCalculationUntilNextSync. */
  apiCalculationSuspended = false;
  /** Cells changed while API calculation was suspended and no recalculation since: dependent formulas may be stale. */
  calculationStale = false;
  private nextId = 1;

  private listeners = new Set<ChangeListener>();
  private selectionListeners = new Set<SelectionListener>();
  private activationListeners = new Set<ActivationListener>();
  private batchDepth = 0;
  private pending: ModelChange = { kinds: [], sheetIds: [] };
  private tx: { meta: Meta | undefined; undo: Undo[] } | undefined;

  constructor(init?: WorkbookInit) {
    const sheets = init?.sheets.length ? init.sheets : [{ name: 'Sheet1', rows: [] }];
    for (const s of sheets) {
      const sheet = this.addSheet(s.name);
      const rows = s.rows.map((row) => row.map((v) => (v === null ? undefined : v)));
      this.writeValues(sheet.id, 0, 0, rows);
      for (const t of s.tables ?? []) this.addTable(sheet.id, parseAddress(t.address).rect, true, t.name);
    }
    const active = init?.activeSheet ? this.sheetByName(init.activeSheet) : this.sheets[0];
    this.activeSheetId = (active ?? this.sheets[0]!).id;
    this.selection = { sheetId: this.activeSheetId, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    this.pending = { kinds: [], sheetIds: [] };
  }

  // ---- ids, lookups -------------------------------------------------------------------------

  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(4, '0')}}`;
  }

  sheet(id: string): Sheet {
    return this.sheets.find((s) => s.id === id) ?? fail(ErrorCodes.itemNotFound, `Worksheet ${id} not found.`);
  }

  sheetById(id: string): Sheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Sheet names are case-insensitive in Excel. */
  sheetByName(name: string): Sheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  table(id: string): TableModel {
    return this.tables.find((t) => t.id === id) ?? fail(ErrorCodes.itemNotFound, `Table ${id} not found.`);
  }

  tableByName(name: string): TableModel | undefined {
    const key = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === key);
  }

  chart(id: string): ChartModel {
    return this.charts.find((c) => c.id === id) ?? fail(ErrorCodes.itemNotFound, `Chart ${id} not found.`);
  }

  namedItem(name: string, scopeSheetId?: string): NamedItemModel | undefined {
    const key = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === key && n.scopeSheetId === scopeSheetId);
  }

  address(ref: SheetRef, absolute = false): string {
    return formatAddress(this.sheet(ref.sheetId).name, ref.rect, absolute);
  }

  /** Resolves "Sheet1!A1:B2" (or "A1" on `defaultSheetId`) to a sheet reference. */
  resolveAddress(address: string, defaultSheetId: string): SheetRef {
    const parsed = parseAddress(address);
    if (parsed.sheet === undefined) return { sheetId: defaultSheetId, rect: parsed.rect };
    const sheet = this.sheetByName(parsed.sheet) ?? fail(ErrorCodes.invalidArgument, `No sheet named ${parsed.sheet}.`);
    return { sheetId: sheet.id, rect: parsed.rect };
  }

  // ---- change notification and transactions -----------------------------------------------

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onSelection(listener: SelectionListener): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  onActivation(listener: ActivationListener): () => void {
    this.activationListeners.add(listener);
    return () => this.activationListeners.delete(listener);
  }

  /** Groups change notifications: listeners hear once, when the outermost batch ends. */
  batch<T>(fn: () => T): T {
    this.batchDepth++;
    try {
      return fn();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0) this.flush();
    }
  }

  private changed(kind: ChangeKind, sheetId?: string): void {
    if (kind === 'cells' && this.apiCalculationSuspended) this.calculationStale = true;
    if (!this.pending.kinds.includes(kind)) this.pending.kinds.push(kind);
    if (sheetId && !this.pending.sheetIds.includes(sheetId)) this.pending.sheetIds.push(sheetId);
    if (this.batchDepth === 0) this.flush();
  }

  private flush(): void {
    if (this.pending.kinds.length === 0) return;
    const change = this.pending;
    this.pending = { kinds: [], sheetIds: [] };
    for (const l of this.listeners) l(change);
  }

  /** Starts recording undo information; `rollback` restores the state at `begin`. */
  begin(): void {
    this.tx = { meta: undefined, undo: [] };
    const record = (undo: Undo) => this.tx?.undo.push(undo);
    for (const s of this.sheets) for (const l of s.cells.layers()) l.journal = record;
  }

  commit(): void {
    this.tx = undefined;
    for (const s of this.allSheetsEver) for (const l of s.cells.layers()) l.journal = undefined;
  }

  rollback(): void {
    const tx = this.tx;
    this.commit();
    if (!tx) return;
    for (let i = tx.undo.length - 1; i >= 0; i--) tx.undo[i]!();
    if (tx.meta) this.restoreMeta(tx.meta);
    this.pending = { kinds: [], sheetIds: [] };
    this.changed('structure');
  }

  private allSheetsEver = new Set<Sheet>();

  /** Snapshot of everything but cell contents, taken before the first structural change of a transaction. */
  private touchMeta(): void {
    if (!this.tx || this.tx.meta) return;
    this.tx.meta = {
      sheets: this.sheets.map((s) => ({ ...s, columnWidths: { ...s.columnWidths }, hiddenRows: new Set(s.hiddenRows) })),
      tables: clone(this.tables),
      charts: clone(this.charts),
      names: clone(this.names),
      conditionalFormats: clone(this.conditionalFormats),
      settings: new Map(this.settings),
      activeSheetId: this.activeSheetId,
      selection: clone(this.selection),
      calculationMode: this.calculationMode,
      nextId: this.nextId,
    };
  }

  private restoreMeta(m: Meta): void {
    this.sheets = m.sheets;
    this.tables = m.tables;
    this.charts = m.charts;
    this.names = m.names;
    this.conditionalFormats = m.conditionalFormats;
    this.settings = m.settings;
    this.activeSheetId = m.activeSheetId;
    this.selection = m.selection;
    this.calculationMode = m.calculationMode;
    this.nextId = m.nextId;
  }

  /** Every model change outside cell contents goes through here. */
  mutate<T>(kind: ChangeKind, sheetId: string | undefined, fn: () => T): T {
    this.touchMeta();
    const out = fn();
    this.changed(kind, sheetId);
    return out;
  }

  // ---- sheets ---------------------------------------------------------------------------------

  /** Workbook structure protection refuses adding, deleting, renaming, moving, hiding and showing sheets. */
  private checkStructure(): void {
    if (this.structureProtected) fail(ErrorCodes.accessDenied, 'The workbook structure is protected.');
  }

  addSheet(name?: string): Sheet {
    this.checkStructure();
    const finalName = name ?? this.nextFreeName('Sheet', (n) => this.sheetByName(n) !== undefined);
    this.checkSheetName(finalName);
    return this.mutate('structure', undefined, () => {
      const sheet: Sheet = {
        id: this.newId('sheet'),
        name: finalName,
        visibility: 'Visible',
        protected: false,
        frozenRows: 0,
        frozenColumns: 0,
        columnWidths: {},
        tabColor: '',
        hiddenRows: new Set<number>(),
        cells: new CellStore(),
      };
      this.allSheetsEver.add(sheet);
      if (this.tx) for (const l of sheet.cells.layers()) l.journal = (u) => this.tx?.undo.push(u);
      this.sheets.push(sheet);
      if (!this.activeSheetId) this.activeSheetId = sheet.id;
      return sheet;
    });
  }

  private checkSheetName(name: string, except?: string): void {
    if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name)) fail(ErrorCodes.invalidArgument, `Invalid sheet name: ${name}`);
    const existing = this.sheetByName(name);
    if (existing && existing.id !== except) fail(ErrorCodes.itemAlreadyExists, `A sheet named ${name} already exists.`);
  }

  nextFreeName(prefix: string, taken: (name: string) => boolean): string {
    let i = 1;
    while (taken(`${prefix}${i}`)) i++;
    return `${prefix}${i}`;
  }

  renameSheet(id: string, name: string): void {
    this.checkStructure();
    this.checkSheetName(name, id);
    this.mutate('structure', id, () => {
      this.sheet(id).name = name;
    });
  }

  moveSheet(id: string, position: number): void {
    this.checkStructure();
    this.mutate('structure', id, () => {
      const sheet = this.sheet(id);
      this.sheets = this.sheets.filter((s) => s !== sheet);
      this.sheets.splice(Math.max(0, Math.min(position, this.sheets.length)), 0, sheet);
    });
  }

  setSheetProps(id: string, props: Partial<Pick<Sheet, 'visibility' | 'protected' | 'frozenRows' | 'frozenColumns' | 'tabColor'>>): void {
    if (props.visibility !== undefined && props.visibility !== this.sheet(id).visibility) this.checkStructure();
    if (props.visibility && props.visibility !== 'Visible') {
      const visible = this.sheets.filter((s) => s.visibility === 'Visible' && s.id !== id);
      if (visible.length === 0) fail(ErrorCodes.invalidOperation, 'A workbook must keep at least one visible sheet.');
    }
    this.mutate('structure', id, () => {
      Object.assign(this.sheet(id), props);
      if (props.visibility && props.visibility !== 'Visible' && this.activeSheetId === id) {
        this.activeSheetId = this.sheets.find((s) => s.visibility === 'Visible')!.id;
      }
    });
  }

  deleteSheet(id: string): void {
    this.checkStructure();
    if (this.sheets.filter((s) => s.visibility === 'Visible' && s.id !== id).length === 0) {
      fail(ErrorCodes.invalidOperation, 'A workbook must contain at least one visible worksheet.');
    }
    this.mutate('structure', id, () => {
      this.sheets = this.sheets.filter((s) => s.id !== id);
      this.tables = this.tables.filter((t) => t.sheetId !== id);
      this.charts = this.charts.filter((c) => c.sheetId !== id);
      for (const c of this.charts) if (c.source?.sheetId === id) c.source = null;
      this.names = this.names.filter((n) => n.scopeSheetId !== id);
      for (const n of this.names) if (n.ref?.sheetId === id) n.ref = null;
      this.conditionalFormats = this.conditionalFormats.filter((f) => f.sheetId !== id);
      if (this.activeSheetId === id) this.activeSheetId = this.sheets.find((s) => s.visibility === 'Visible')!.id;
      if (this.selection.sheetId === id) this.selection = { sheetId: this.activeSheetId, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }

  activate(id: string): void {
    const sheet = this.sheet(id);
    if (sheet.visibility !== 'Visible') fail(ErrorCodes.invalidOperation, 'A hidden sheet cannot be activated.');
    if (this.activeSheetId === id) return;
    this.mutate('selection', id, () => {
      this.activeSheetId = id;
      this.selection = { sheetId: id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
    for (const l of this.activationListeners) l(id);
  }

  /** Selects `address` on a sheet (by name or id), as a user click would; raises selection events. */
  select(sheet: string, address: string): void {
    const target = this.sheetByName(sheet) ?? this.sheet(sheet);
    this.selectRect(target.id, parseAddress(address).rect);
  }

  selectRect(sheetId: string, rect: Rect): void {
    if (this.activeSheetId !== sheetId) this.activate(sheetId);
    this.selection = { sheetId, rect };
    this.changed('selection', sheetId);
    for (const l of this.selectionListeners) l(this.selection);
  }

  // ---- cells ----------------------------------------------------------------------------------

  private checkEditable(sheetId: string): Sheet {
    const sheet = this.sheet(sheetId);
    // Editing a protected sheet is refused by Excel ("The cell or chart ... is on a protected sheet").
    if (sheet.protected) fail(ErrorCodes.accessDenied, `The sheet ${sheet.name} is protected.`);
    return sheet;
  }

  /** Writes user or API input through Excel's input rules (formula, number, text; see cellInput). */
  writeValues(sheetId: string, r0: number, c0: number, block: readonly (readonly CellInput[])[]): void {
    const sheet = this.checkEditable(sheetId);
    const cells = sheet.cells;
    const values: (Scalar | null | undefined)[][] = [];
    const formulas: (string | null | undefined)[][] = [];
    let anyFormula = false;
    let anyOldFormula = false;
    const formats = cells.numberFormats;
    const hadFormulas = cells.formulas.rows.length > r0;
    for (let i = 0; i < block.length; i++) {
      const src = block[i]!;
      const vRow = new Array<Scalar | null | undefined>(src.length);
      const fRow = new Array<string | null | undefined>(src.length);
      const fmtRow = formats.rows[r0 + i];
      for (let j = 0; j < src.length; j++) {
        const input = src[j];
        if (input === null) {
          vRow[j] = null;
          fRow[j] = null;
          continue;
        }
        if (input === undefined) continue;
        if (typeof input === 'number' || typeof input === 'boolean') {
          vRow[j] = input;
          continue;
        }
        const content = interpretInput(input, fmtRow?.[c0 + j]);
        vRow[j] = content.value;
        if (content.formula) {
          fRow[j] = content.formula;
          anyFormula = true;
        }
      }
      values.push(vRow);
      formulas.push(fRow);
      if (hadFormulas && cells.formulas.rows[r0 + i]) anyOldFormula = true;
    }
    cells.values.writeBlock(r0, c0, values);
    if (anyFormula || anyOldFormula) cells.formulas.writeBlock(r0, c0, formulas);
    if (this.autoExpandTables) this.expandTablesOver(sheetId, r0, c0, values);
    this.changed('cells', sheetId);
  }

  /**
   * Excel's table auto-expansion: an entry in the column right of a table (on one of its rows) or
   * in the row below it (under one of its columns) takes that column or row into the table.
   */
  private expandTablesOver(sheetId: string, r0: number, c0: number, block: readonly (readonly (Scalar | null | undefined)[])[]): void {
    for (const t of this.tables) {
      if (t.sheetId !== sheetId) continue;
      const grow = tableGrowth(t.rect, r0, c0, block);
      if (!grow) continue;
      const added = grow.c1 - t.rect.c1;
      this.mutate('objects', sheetId, () => {
        t.rect = { ...t.rect, r1: grow.r1, c1: grow.c1 };
        for (let i = 0; i < added; i++) t.columnIds.push(t.nextColumnId++);
      });
      if (added > 0) this.nameBlankHeaders(t);
    }
  }

  /** Stores strings verbatim as text, whatever the cell's format (Excel keeps table headers as text). */
  writeText(sheetId: string, r0: number, c0: number, block: readonly (readonly string[])[]): void {
    const cells = this.checkEditable(sheetId).cells;
    cells.values.writeBlock(
      r0,
      c0,
      block.map((row) => row.map((s) => (s === '' ? undefined : s))),
    );
    cells.formulas.writeBlock(
      r0,
      c0,
      block.map((row) => row.map(() => undefined)),
    );
    this.changed('cells', sheetId);
  }

  writeLayer<T>(sheetId: string, pick: (cells: CellStore) => Layer<T>, r0: number, c0: number, block: readonly (readonly (T | null | undefined)[])[]): void {
    const sheet = this.checkEditable(sheetId);
    pick(sheet.cells).writeBlock(r0, c0, block);
    this.changed('cells', sheetId);
  }

  fillLayer<T>(sheetId: string, pick: (cells: CellStore) => Layer<T>, rect: Rect, value: T | undefined): void {
    const sheet = this.checkEditable(sheetId);
    pick(sheet.cells).fill(rect, value);
    this.changed('cells', sheetId);
  }

  clear(sheetId: string, rect: Rect, target: ClearTarget): void {
    const sheet = this.checkEditable(sheetId);
    const layers = target === 'All' ? sheet.cells.layers() : target === 'Formats' ? sheet.cells.formatLayers() : sheet.cells.contentLayers();
    for (const l of layers) l.fill(rect, undefined);
    if (target !== 'Contents') {
      this.mutate('objects', sheetId, () => {
        this.conditionalFormats = this.conditionalFormats.filter((f) => !(f.sheetId === sheetId && rectInside(f.rect, rect)));
      });
    }
    this.changed('cells', sheetId);
  }

  /** Used range: bounding box of values (valuesOnly) or of values and formats. */
  usedRect(sheetId: string, valuesOnly: boolean): Rect | undefined {
    const cells = this.sheet(sheetId).cells;
    const layers = valuesOnly ? [cells.values] : cells.layers();
    let out: Rect | undefined;
    for (const l of layers) {
      const b = l.bounds();
      if (!b) continue;
      out = out ? { r0: Math.min(out.r0, b.r0), c0: Math.min(out.c0, b.c0), r1: Math.max(out.r1, b.r1), c1: Math.max(out.c1, b.c1) } : b;
    }
    return out;
  }

  // ---- insert / delete with shifting ----------------------------------------------------------

  /** Range.insert: shift 'Down' or 'Right'. Moves cells, tables, charts' sources, names, formats. */
  insertCells(sheetId: string, rect: Rect, shift: 'Down' | 'Right'): void {
    this.shiftCells(sheetId, rect, shift === 'Right' ? 'columns' : 'rows', 'insert');
  }

  /** Range.delete: shift 'Up' or 'Left'. */
  deleteCells(sheetId: string, rect: Rect, shift: 'Up' | 'Left'): void {
    this.shiftCells(sheetId, rect, shift === 'Left' ? 'columns' : 'rows', 'delete');
  }

  private shiftCells(sheetId: string, rect: Rect, axis: 'rows' | 'columns', kind: 'insert' | 'delete'): void {
    const sheet = this.checkEditable(sheetId);
    const cols = axis === 'columns';
    const op: ShiftOp = cols
      ? { axis, kind, at: rect.c0, count: rect.c1 - rect.c0 + 1, from: rect.r0, to: rect.r1 }
      : { axis, kind, at: rect.r0, count: rect.r1 - rect.r0 + 1, from: rect.c0, to: rect.c1 };
    // Excel refuses edits that would move part of a table (InsertDeleteConflict).
    for (const t of this.tables) {
      if (t.sheetId === sheetId && 'conflict' in shiftRect(t.rect, op)) {
        fail(ErrorCodes.insertDeleteConflict, `This operation would move cells in table ${t.name}.`);
      }
    }
    this.mutate('structure', sheetId, () => {
      const whole = cols ? rect.r0 === 0 && rect.r1 === MAX_ROWS - 1 : rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
      for (const l of sheet.cells.layers()) {
        if (cols && kind === 'insert') l.insertColumns(rect.r0, rect.r1, op.at, op.count);
        else if (cols) l.deleteColumns(rect.r0, rect.r1, op.at, op.count);
        else if (kind === 'insert') l.insertRows(rect.c0, rect.c1, op.at, op.count, whole);
        else l.deleteRows(rect.c0, rect.c1, op.at, op.count, whole);
      }
      if (cols && whole) sheet.columnWidths = shiftWidths(sheet.columnWidths, op);
      if (!cols && whole) sheet.hiddenRows = shiftHiddenRows(sheet.hiddenRows, op);
      this.shiftObjects(sheetId, op);
    });
    if (cols && kind === 'insert') for (const t of this.tables) if (t.sheetId === sheetId) this.nameBlankHeaders(t);
    this.changed('cells', sheetId);
  }

  /** Excel names a column inserted into a table "Column1", "Column2", ... (first unused). */
  private nameBlankHeaders(t: TableModel): void {
    const headers = this.tableHeaders(t);
    headers.forEach((h, i) => {
      if (h !== '') return;
      const name = this.nextFreeName('Column', (n) => headers.some((x) => x.toLowerCase() === n.toLowerCase()));
      headers[i] = name;
      this.writeText(t.sheetId, t.rect.r0, t.rect.c0 + i, [[name]]);
    });
  }

  private shiftObjects(sheetId: string, op: ShiftOp): void {
    const move = (rect: Rect): Rect | null => {
      const r = shiftRect(rect, op);
      return 'rect' in r ? r.rect : 'deleted' in r ? null : rect;
    };
    this.tables = this.tables.filter((t) => {
      if (t.sheetId !== sheetId) return true;
      const before = t.rect;
      const next = move(t.rect);
      if (!next) return false;
      t.rect = next;
      adjustTableColumns(t, before, next, op);
      return true;
    });
    for (const c of this.charts)
      if (c.source?.sheetId === sheetId) {
        const next = move(c.source.rect);
        c.source = next ? { sheetId, rect: next } : null;
      }
    for (const n of this.names)
      if (n.ref?.sheetId === sheetId) {
        const next = move(n.ref.rect);
        n.ref = next ? { sheetId, rect: next } : null;
      }
    this.conditionalFormats = this.conditionalFormats.filter((f) => {
      if (f.sheetId !== sheetId) return true;
      const areas = [f.rect, ...(f.moreAreas ?? [])].map(move).filter((r): r is Rect => r !== null);
      if (areas.length === 0) return false;
      f.rect = areas[0]!;
      if (f.moreAreas) f.moreAreas = areas.slice(1);
      return true;
    });
    if (this.selection.sheetId === sheetId) this.selection.rect = move(this.selection.rect) ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
    const sheet = this.sheet(sheetId);
    if (sheet.autoFilter) sheet.autoFilter = shiftAutoFilter(sheet.autoFilter, move(sheet.autoFilter.rect), op);
  }

  // ---- tables ---------------------------------------------------------------------------------

  addTable(sheetId: string, rect: Rect, hasHeaders: boolean, name?: string): TableModel {
    this.checkEditable(sheetId);
    const finalName = name ?? this.nextFreeName('Table', (n) => this.tableByName(n) !== undefined || this.namedItem(n) !== undefined);
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(finalName)) fail(ErrorCodes.invalidArgument, `Invalid table name: ${finalName}`);
    if (this.tableByName(finalName) || this.namedItem(finalName)) fail(ErrorCodes.itemAlreadyExists, `The name ${finalName} is already in use.`);
    if (this.tables.some((t) => t.sheetId === sheetId && overlaps(t.rect, rect))) fail(ErrorCodes.invalidOperation, 'A table cannot overlap another table.');
    let tableRect = rect;
    if (!hasHeaders) {
      // Excel inserts a header row (Column1, Column2, ...) above the data, moving the data down.
      this.insertCells(sheetId, { ...rect, r1: rect.r0 }, 'Down');
      tableRect = { ...rect, r1: rect.r1 + 1 };
    }
    const headers = this.sheet(sheetId).cells.values.readBlock({ ...tableRect, r1: tableRect.r0 })[0]!;
    const width = tableRect.c1 - tableRect.c0 + 1;
    const used = new Set<string>();
    const names = headers.map((h, i) => uniqueHeader(h === undefined || h === '' ? `Column${i + 1}` : String(h), used));
    this.writeText(sheetId, tableRect.r0, tableRect.c0, [names]);
    return this.mutate('objects', sheetId, () => {
      const table: TableModel = {
        id: this.newId('table'),
        name: finalName,
        sheetId,
        rect: tableRect,
        showHeaders: true,
        showTotals: false,
        style: 'TableStyleMedium2',
        showFilterButton: true,
        columnIds: Array.from({ length: width }, (_, i) => i + 1),
        nextColumnId: width + 1,
        filters: [],
      };
      this.tables.push(table);
      return table;
    });
  }

  tableHeaders(table: TableModel): string[] {
    const row = this.sheet(table.sheetId).cells.values.readBlock({ ...table.rect, r1: table.rect.r0 })[0]!;
    return row.map((v) => (v === undefined ? '' : String(v)));
  }

  deleteTable(id: string, keepData: boolean): void {
    const table = this.table(id);
    if (!keepData) this.clear(table.sheetId, table.rect, 'All');
    this.mutate('objects', table.sheetId, () => {
      this.tables = this.tables.filter((t) => t.id !== id);
    });
  }

  // ---- hidden rows and table filters ---------------------------------------------------------

  /** Hides or shows rows r0..r1 (Range.rowHidden); refused on a protected sheet, as in Excel. */
  setRowsHidden(sheetId: string, r0: number, r1: number, hidden: boolean): void {
    const sheet = this.checkEditable(sheetId);
    this.mutate('structure', sheetId, () => {
      for (let r = r0; r <= r1; r++) {
        if (hidden) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
    });
  }

  /** true when every row of r0..r1 is hidden, false when none is, null when mixed (Excel's answer). */
  rowsHidden(sheetId: string, r0: number, r1: number): boolean | null {
    const hidden = this.sheet(sheetId).hiddenRows;
    if (hidden.size === 0) return false;
    let count = 0;
    for (const r of hidden) if (r >= r0 && r <= r1) count++;
    return count === 0 ? false : count === r1 - r0 + 1 ? true : null;
  }

  /**
   * Table AutoFilter: sets (or, with no criteria, re-applies) a column's criteria, then hides the
   * body rows failing any column's criteria and shows the others.
   */
  applyTableFilter(tableId: string, columnIndex?: number, criteria?: FilterCriteria): void {
    const table = this.table(tableId);
    this.checkEditable(table.sheetId);
    const width = table.rect.c1 - table.rect.c0 + 1;
    if (columnIndex !== undefined && (columnIndex < 0 || columnIndex >= width)) fail(ErrorCodes.invalidArgument, `Column index ${columnIndex} is outside the table.`);
    this.mutate('objects', table.sheetId, () => {
      if (columnIndex !== undefined && criteria) table.filters = [...table.filters.filter((f) => f.columnIndex !== columnIndex), { columnIndex, criteria: clone(criteria) }];
    });
    this.refilter(table);
  }

  /** Removes the criteria of one column (or of all columns) and re-applies the rest. */
  clearTableFilter(tableId: string, columnIndex?: number): void {
    const table = this.table(tableId);
    this.checkEditable(table.sheetId);
    this.mutate('objects', table.sheetId, () => {
      table.filters = columnIndex === undefined ? [] : table.filters.filter((f) => f.columnIndex !== columnIndex);
    });
    this.refilter(table);
  }

  private refilter(table: Pick<TableModel, 'sheetId' | 'rect' | 'filters'>): void {
    const cells = this.sheet(table.sheetId).cells;
    const { r0, r1, c0 } = table.rect;
    const hide: number[] = [];
    const show: number[] = [];
    for (let r = r0 + 1; r <= r1; r++) {
      const pass = table.filters.every((f) => passesFilter(cells.values.get(r, c0 + f.columnIndex), cells.numberFormats.get(r, c0 + f.columnIndex), f.criteria, this.date1904));
      (pass ? show : hide).push(r);
    }
    const sheet = this.sheet(table.sheetId);
    this.mutate('structure', table.sheetId, () => {
      for (const r of hide) sheet.hiddenRows.add(r);
      for (const r of show) sheet.hiddenRows.delete(r);
    });
  }

  /**
   * The sheet's AutoFilter over a plain range (Data > Filter; Worksheet.autoFilter.apply): `rect`
   * includes the header row. On the same range, a column's criteria replace its earlier ones and the
   * other columns' stay; on another range the sheet's one AutoFilter moves there, without criteria,
   * after showing the rows the old one hid. Without a column and criteria it only turns the filter on
   * (or re-applies it). Then the rows failing any column's criteria are hidden and the others shown.
   * A range overlapping a table is refused: a table has its own filter (Table.autoFilter).
   */
  applySheetFilter(sheetId: string, rect: Rect, columnIndex?: number, criteria?: FilterCriteria): void {
    const sheet = this.checkEditable(sheetId);
    if (columnIndex !== undefined && (columnIndex < 0 || columnIndex > rect.c1 - rect.c0)) fail(ErrorCodes.invalidArgument, `Column index ${columnIndex} is outside the range.`);
    if (this.tables.some((t) => t.sheetId === sheetId && overlaps(t.rect, rect))) fail(ErrorCodes.invalidArgument, 'An AutoFilter range cannot overlap a table; filter the table instead.');
    const previous = sheet.autoFilter;
    const same = previous !== undefined && sameRect(previous.rect, rect);
    if (previous && !same) this.removeSheetFilter(sheetId);
    const kept = same ? previous.filters.filter((f) => f.columnIndex !== columnIndex || !criteria) : [];
    const filters = columnIndex !== undefined && criteria ? [...kept, { columnIndex, criteria: clone(criteria) }] : kept;
    this.mutate('objects', sheetId, () => {
      sheet.autoFilter = { rect: { ...rect }, filters, ...(same && previous.sort ? { sort: previous.sort } : {}) };
    });
    this.refilter({ sheetId, rect, filters });
  }

  /** Removes one column's criteria (or all, and the sort state) from the sheet's AutoFilter and shows the rows they hid. */
  clearSheetFilter(sheetId: string, columnIndex?: number): void {
    const sheet = this.checkEditable(sheetId);
    const filter = sheet.autoFilter;
    if (!filter) return;
    if (columnIndex !== undefined && (columnIndex < 0 || columnIndex > filter.rect.c1 - filter.rect.c0)) fail(ErrorCodes.invalidArgument, `Column index ${columnIndex} is outside the range.`);
    const next = columnIndex === undefined ? { rect: filter.rect, filters: [] } : { ...filter, filters: filter.filters.filter((f) => f.columnIndex !== columnIndex) };
    this.mutate('objects', sheetId, () => {
      sheet.autoFilter = next;
    });
    this.refilter({ sheetId, rect: next.rect, filters: next.filters });
  }

  /** Worksheet.autoFilter.remove: the filter buttons go and every row of its range is shown. */
  removeSheetFilter(sheetId: string): void {
    const sheet = this.checkEditable(sheetId);
    const filter = sheet.autoFilter;
    if (!filter) return;
    this.mutate('objects', sheetId, () => {
      sheet.autoFilter = undefined;
    });
    this.refilter({ sheetId, rect: filter.rect, filters: [] });
  }

  /** AutoFilter.reapply: hides and shows rows again by the criteria (after the cells changed). */
  reapplySheetFilter(sheetId: string): void {
    const filter = this.checkEditable(sheetId).autoFilter;
    if (filter) this.refilter({ sheetId, rect: filter.rect, filters: filter.filters });
  }

  /**
   * Sorts the body rows of `rect` (its first row is the header and stays) by the cells of sheet
   * column `column`, as Excel's Sort A to Z / Z to A: every attribute of a row's cells in `rect`
   * moves with the row; numbers before text (compared without case) before booleans, and empty
   * cells last in either direction; equal keys keep their order. Filters over the rows are applied
   * again afterwards (the hidden rows follow the values).
   */
  sortRows(sheetId: string, rect: Rect, column: number, ascending: boolean): void {
    const sheet = this.checkEditable(sheetId);
    if (column < rect.c0 || column > rect.c1) fail(ErrorCodes.invalidArgument, `Column ${column} is outside the range.`);
    const body: Rect = { ...rect, r0: rect.r0 + 1 };
    if (body.r1 < body.r0) return;
    const keys = sheet.cells.values.readBlock({ ...body, c0: column, c1: column }).map((row) => row[0]);
    const order = keys.map((_, i) => i);
    order.sort((a, b) => compareForSort(keys[a], keys[b], ascending) || a - b);
    this.recordSort(sheetId, rect, [{ key: column - rect.c0, ascending }]);
    if (order.every((v, i) => v === i)) return;
    for (const layer of sheet.cells.layers()) {
      const block = layer.readBlock(body);
      layer.writeBlock(
        body.r0,
        body.c0,
        order.map((i) => block[i]!),
      );
    }
    this.changed('cells', sheetId);
    for (const t of this.tables) if (t.sheetId === sheetId && t.filters.length > 0 && overlaps(t.rect, rect)) this.refilter(t);
    if (sheet.autoFilter && sheet.autoFilter.filters.length > 0 && overlaps(sheet.autoFilter.rect, rect)) this.refilter({ sheetId, rect: sheet.autoFilter.rect, filters: sheet.autoFilter.filters });
  }

  /**
   * The sort state Excel keeps after a sort (Table.sort.fields; the AutoFilter's, which
   * AutoFilter.clearCriteria clears): on the table, or the sheet's AutoFilter, whose range is the
   * one sorted. A sort of any other range leaves no state.
   */
  private recordSort(sheetId: string, rect: Rect, fields: SortField[]): void {
    const table = this.tables.find((t) => t.sheetId === sheetId && sameRect(t.rect, rect));
    const sheet = this.sheet(sheetId);
    const filter = sheet.autoFilter;
    if (!table && !(filter && sameRect(filter.rect, rect))) return;
    this.mutate('objects', sheetId, () => {
      if (table) table.sort = clone(fields);
      else if (filter) sheet.autoFilter = { ...filter, sort: clone(fields) };
    });
  }

  /**
   * Sorts the body rows of `rect` by several keys (the first the most significant), as Excel's
   * Sort dialog and TableSort.apply do: stable sorts from the last key to the first.
   */
  sortByFields(sheetId: string, rect: Rect, fields: readonly SortField[]): void {
    if (fields.length === 0) fail(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.');
    for (const f of fields) if (!Number.isInteger(f.key) || f.key < 0 || f.key > rect.c1 - rect.c0) fail(ErrorCodes.invalidArgument, `Sort key ${f.key} is outside the range.`);
    for (let i = fields.length - 1; i >= 0; i--) this.sortRows(sheetId, rect, rect.c0 + fields[i]!.key, fields[i]!.ascending !== false);
    this.recordSort(
      sheetId,
      rect,
      fields.map((f) => ({ key: f.key, ascending: f.ascending !== false })),
    );
  }

  /** TableSort.clear: the table forgets its sort state (its rows stay as they are). */
  clearTableSort(tableId: string): void {
    const table = this.table(tableId);
    this.mutate('objects', table.sheetId, () => {
      delete table.sort;
    });
  }

  // ---- charts ---------------------------------------------------------------------------------

  addChart(sheetId: string, type: string, source: SheetRef, seriesBy: string): ChartModel {
    return this.mutate('objects', sheetId, () => {
      const chart: ChartModel = {
        id: this.newId('chart'),
        name: this.nextFreeName('Chart ', (n) => this.charts.some((c) => c.sheetId === sheetId && c.name === n)),
        sheetId,
        type,
        source,
        seriesBy,
        title: '',
        titleVisible: false,
        top: 10,
        left: 10,
        width: 360,
        height: 216,
        categoryAxisTitle: '',
        valueAxisTitle: '',
        seriesNames: {},
        legendVisible: true,
      };
      this.charts.push(chart);
      return chart;
    });
  }

  /** Series of a chart as Excel derives them from its source (first row/column holds names). */
  chartSeries(chart: ChartModel): { name: string; values: SheetRef | null }[] {
    const src = chart.source;
    if (!src) return [];
    const { rect } = src;
    const rows = rect.r1 - rect.r0 + 1;
    const cols = rect.c1 - rect.c0 + 1;
    const byColumns = chart.seriesBy === 'Columns' || (chart.seriesBy === 'Auto' && rows >= cols);
    const cells = this.sheet(src.sheetId).cells.values;
    const headerIsText = (r: number, c: number) => typeof cells.get(r, c) === 'string';
    const hasHeaderRow = headerIsText(rect.r0, rect.c1);
    const hasHeaderCol = headerIsText(rect.r1, rect.c0);
    const out: { name: string; values: SheetRef | null }[] = [];
    const count = byColumns ? cols - (hasHeaderCol && cols > 1 ? 1 : 0) : rows - (hasHeaderRow && rows > 1 ? 1 : 0);
    for (let i = 0; i < count; i++) {
      const line = (byColumns ? rect.c1 - count + 1 : rect.r1 - count + 1) + i;
      const nameCell = byColumns ? (hasHeaderRow ? cells.get(rect.r0, line) : undefined) : hasHeaderCol ? cells.get(line, rect.c0) : undefined;
      const values: Rect = byColumns ? { r0: rect.r0 + (hasHeaderRow ? 1 : 0), r1: rect.r1, c0: line, c1: line } : { r0: line, r1: line, c0: rect.c0 + (hasHeaderCol ? 1 : 0), c1: rect.c1 };
      out.push({ name: chart.seriesNames[i] ?? (nameCell === undefined ? `Series${i + 1}` : String(nameCell)), values: { sheetId: src.sheetId, rect: values } });
    }
    return out;
  }

  /** Points from the sheet's top-left corner to a cell's top-left corner. */
  cellPosition(sheetId: string, row: number, col: number): { top: number; left: number } {
    const widths = this.sheet(sheetId).columnWidths;
    let left = 0;
    for (let c = 0; c < col; c++) left += widths[c] ?? DEFAULT_COLUMN_WIDTH;
    return { top: row * DEFAULT_ROW_HEIGHT, left };
  }

  // ---- named items, conditional formats, settings ---------------------------------------------

  addName(item: NamedItemModel): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(item.name) || /^[A-Za-z]{1,3}\d+$/.test(item.name)) fail(ErrorCodes.invalidArgument, `Invalid name: ${item.name}`);
    if (this.namedItem(item.name, item.scopeSheetId) || (!item.scopeSheetId && this.tableByName(item.name))) {
      fail(ErrorCodes.itemAlreadyExists, `The name ${item.name} already exists.`);
    }
    this.mutate('objects', undefined, () => this.names.push(item));
  }

  deleteName(item: NamedItemModel): void {
    this.mutate('objects', undefined, () => {
      this.names = this.names.filter((n) => n !== item);
    });
  }

  /** `moreAreas`: a rule applied to several ranges, as a user can make in the rules manager. */
  addConditionalFormat(sheetId: string, rect: Rect, type: string, moreAreas: Rect[] = []): ConditionalFormatModel {
    return this.mutate('objects', sheetId, () => {
      const cf: ConditionalFormatModel = { id: this.newId('cf'), sheetId, rect, type, rule: {}, format: {}, priority: 0, stopIfTrue: false, ...(moreAreas.length ? { moreAreas } : {}) };
      for (const f of this.conditionalFormats) if (f.sheetId === sheetId) f.priority++;
      this.conditionalFormats.push(cf);
      return cf;
    });
  }

  /** Every area a conditional format applies to. */
  conditionalFormatAreas(f: ConditionalFormatModel): Rect[] {
    return [f.rect, ...(f.moreAreas ?? [])];
  }

  // ---- calculation and the date system --------------------------------------------------------

  /** application.calculate: formulas are not evaluated (README), but dependants are no longer stale. */
  recalculate(): void {
    this.calculationStale = false;
  }

  /** DATE(year, month, day) in this workbook's date system (serial 1 = 1900-01-01, or 0 = 1904-01-01). */
  dateSerial(year: number, month: number, day: number): number {
    return dateSerial(year, month, day, this.date1904);
  }

  setSetting(key: string, value: unknown): void {
    const json = JSON.stringify(value);
    if (json === undefined) fail(ErrorCodes.invalidArgument, `Setting ${key}: value is not JSON-serialisable.`);
    this.mutate('settings', undefined, () => this.settings.set(key, json));
  }

  getSetting(key: string): unknown {
    const json = this.settings.get(key);
    return json === undefined ? undefined : JSON.parse(json);
  }

  deleteSetting(key: string): void {
    this.mutate('settings', undefined, () => this.settings.delete(key));
  }
}

/** The rectangle a table grows to when `block` is written at (r0, c0), or null when it does not grow. */
function tableGrowth(t: Rect, r0: number, c0: number, block: readonly (readonly (Scalar | null | undefined)[])[]): { r1: number; c1: number } | null {
  const filled = (r: number, c: number) => {
    const v = block[r - r0]?.[c - c0];
    return v !== undefined && v !== null && v !== '';
  };
  const width = block.reduce((w, row) => Math.max(w, row.length), 0);
  let c1 = t.c1;
  // Columns right of the table, contiguous from its edge, with an entry on one of its rows.
  while (c1 + 1 >= c0 && c1 + 1 < c0 + width) {
    let entry = false;
    for (let r = Math.max(t.r0, r0); r <= Math.min(t.r1, r0 + block.length - 1) && !entry; r++) entry = filled(r, c1 + 1);
    if (!entry) break;
    c1++;
  }
  let r1 = t.r1;
  while (r1 + 1 >= r0 && r1 + 1 < r0 + block.length) {
    let entry = false;
    for (let c = Math.max(t.c0, c0); c <= Math.min(c1, c0 + width - 1) && !entry; c++) entry = filled(r1 + 1, c);
    if (!entry) break;
    r1++;
  }
  return r1 === t.r1 && c1 === t.c1 ? null : { r1, c1 };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

function rectInside(inner: Rect, outer: Rect): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

function uniqueHeader(name: string, used: Set<string>): string {
  let candidate = name;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${name}${i}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

function shiftWidths(widths: Record<number, number>, op: ShiftOp): Record<number, number> {
  const out: Record<number, number> = {};
  for (const [key, w] of Object.entries(widths)) {
    const c = Number(key);
    if (c < op.at) out[c] = w;
    else if (op.kind === 'insert') out[c + op.count] = w;
    else if (c >= op.at + op.count) out[c - op.count] = w;
  }
  return out;
}

/** Keeps a table's column ids in step with columns inserted into or deleted from it. */
function adjustTableColumns(t: TableModel, before: Rect, after: Rect, op: ShiftOp): void {
  if (op.axis !== 'columns') return;
  const added = after.c1 - after.c0 - (before.c1 - before.c0);
  if (added > 0) {
    const at = op.at - before.c0;
    t.columnIds.splice(at, 0, ...Array.from({ length: added }, () => t.nextColumnId++));
  } else if (added < 0) {
    const at = Math.max(0, op.at - before.c0);
    t.columnIds.splice(at, -added);
  }
}

/**
 * A sheet's AutoFilter after cells moved: its range moves and grows or shrinks with the columns and
 * rows inserted or deleted in it (as a table's does); criteria follow their column, and those on a
 * deleted column go. Gone with its range.
 */
function shiftAutoFilter(filter: SheetAutoFilter, next: Rect | null, op: ShiftOp): SheetAutoFilter | undefined {
  if (!next) return undefined;
  if (op.axis !== 'columns') return { ...filter, rect: next };
  const at = op.at - filter.rect.c0;
  const moved = (i: number): number | null => (i < at ? i : op.kind === 'insert' ? i + op.count : i >= at + op.count ? i - op.count : null);
  const resized = next.c1 - next.c0 !== filter.rect.c1 - filter.rect.c0;
  const filters = resized ? filter.filters.flatMap((f) => (moved(f.columnIndex) === null ? [] : [{ ...f, columnIndex: moved(f.columnIndex)! }])) : filter.filters;
  const sort = resized && filter.sort ? filter.sort.flatMap((k) => (moved(k.key) === null ? [] : [{ ...k, key: moved(k.key)! }])) : filter.sort;
  return { rect: next, filters, ...(sort && sort.length > 0 ? { sort } : {}) };
}

const sameRect = (a: Rect, b: Rect): boolean => a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;

/** Excel's sort order of cell values: numbers, text (without case), booleans (FALSE before TRUE); empty cells last either way. */
export function compareForSort(a: Scalar | undefined, b: Scalar | undefined, ascending: boolean): number {
  const blankA = a === undefined || a === '';
  const blankB = b === undefined || b === '';
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  const byRank = rank(a) - rank(b);
  let out: number;
  if (byRank !== 0) out = byRank;
  else if (typeof a === 'string') out = a.localeCompare(b as string, undefined, { sensitivity: 'base' });
  else out = Number(a) - Number(b);
  return ascending ? out : -out;
}
