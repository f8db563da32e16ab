/**
 * The owned columns beside the customer data: found again on every run (named item per column,
 * then the run-state record, then the header text), placed in the first free columns right of
 * the user's data when new (or when a user column now sits where one was), and written in place,
 * aligned by customer id (never by position), with number formats per column, text-safe values
 * and one conditional-format rule per tier.
 *
 * By default owned columns stay plain columns even when the customer data is an Excel table: a
 * table is the user's object (its columns, styles and structured references), and table-column
 * writes have failed on the web (office-js#3013). Excel takes an entry in the column right of a
 * table into the table (AutoCorrect "Include new rows and columns in table"), so new owned columns
 * leave the column beside a table empty. Columns a user (or an older version) brought into the
 * table are still found by name and header and written in place. Trade-off (docs/adapter.md): a
 * user who sorts the table without our columns sees them realigned on the next run; the workbook
 * setting of ownedPlacement.ts makes them table columns instead.
 */
import type { ValueBasis } from '../domain/clv/valueBasis';
import type { SheetLanguage } from '../output/language';
import type { CellValue, Grid } from '../domain/model';
import type { CustomerResult } from '../domain/score';
import { TIER_NAMES, type TierNames } from '../domain/segments/tiers';
import { tierWord } from '../output/tierWords';
import { normaliseId } from '../domain/validation/textCells';
import { chunkRows } from './payload';
import { isOwnedHeader, OWNED_COLUMNS, ownedHeader, ownedName, staleHeader, type OwnedColumnSpec, type PredictedCells } from '../output/ownedColumns';
import { contiguousRuns } from '../output/address';
import { namedColumnHolds, type NamedColumn, type TableRect } from './readInputs';
import type { RunState } from './runState';
import type { Syncer } from './syncs';
import { safeBlock, setWholeFormat } from './textSafety';

export interface PlannedColumn {
  spec: OwnedColumnSpec;
  column: number;
  /** Its named item already points here. */
  named: boolean;
}

export interface OwnedPlan {
  sheet: string;
  headerRow: number;
  columns: PlannedColumn[];
  /** The run's value basis, named in the CLV headers in the sheet's language. */
  basis: ValueBasis;
  language: SheetLanguage;
  /** The manager's own tier names (ScoringConfig.tierNames): the tier cells and their colour rules use them as typed. */
  tierNames?: TierNames;
}

const isEmpty = (v: CellValue | undefined): boolean => v === undefined || v === null || v === '';

export interface PlanInput {
  sheet: string;
  headerRow: number;
  /** The sheet's grid with owned columns blanked. */
  grid: Grid;
  /** The sheet's first rows as read (owned headers still there). */
  rawHead: Grid;
  namedColumns: readonly NamedColumn[];
  runState: RunState | null;
  /** Excel tables on the sheet: a new owned column never goes in the column right of one. */
  tables?: readonly TableRect[];
  /** The run's value basis (docs/clv.md); default 'sales'. */
  basis?: ValueBasis;
  /** The language the basis is named in (the order sheet's headers'); default English. */
  language?: SheetLanguage;
  /** The manager's own tier names; none = every tier in the language's word. */
  tierNames?: TierNames;
}

export function planOwnedColumns(input: PlanInput): OwnedPlan {
  const { grid, rawHead, headerRow, sheet } = input;
  const header = rawHead[headerRow] ?? [];
  const taken = new Set<number>();
  const columnEmpty = (c: number) => grid.every((row) => isEmpty(row[c])) && (isEmpty(header[c]) || OWNED_COLUMNS.some((s) => isOwnedHeader(s, header[c])));
  const located = new Map<string, PlannedColumn>();
  const claim = (spec: OwnedColumnSpec, column: number, named: boolean): boolean => {
    if (taken.has(column) || located.has(spec.key)) return false;
    taken.add(column);
    located.set(spec.key, { spec, column, named });
    return true;
  };
  for (const spec of OWNED_COLUMNS) {
    const n = input.namedColumns.find((x) => x.key === spec.key && x.sheet === sheet && x.row === headerRow);
    if (n && namedColumnHolds(n, rawHead) && columnEmpty(n.column)) claim(spec, n.column, true);
  }
  const state = input.runState?.customerSheet === sheet && input.runState.headerRow === headerRow ? input.runState : null;
  for (const spec of OWNED_COLUMNS) {
    if (located.has(spec.key)) continue;
    const byHeader = header.findIndex((cell) => isOwnedHeader(spec, cell));
    if (byHeader >= 0 && columnEmpty(byHeader)) claim(spec, byHeader, false);
    const recorded = state?.columns[spec.key];
    if (!located.has(spec.key) && recorded && isOwnedHeader(spec, header[recorded.column]) && columnEmpty(recorded.column)) claim(spec, recorded.column, false);
  }
  let userEnd = 0;
  let width = header.length;
  for (const row of grid) width = Math.max(width, row.length);
  for (let c = 0; c < width; c++) if (!taken.has(c) && !columnEmpty(c)) userEnd = c + 1;
  let next = userEnd;
  const besideTable = (c: number) => (input.tables ?? []).some((t) => t.c1 + 1 === c && t.r0 <= headerRow + 1 && t.r1 >= headerRow);
  for (const spec of OWNED_COLUMNS) {
    if (located.has(spec.key)) continue;
    while (taken.has(next) || !columnEmpty(next) || besideTable(next)) next++;
    claim(spec, next, false);
  }
  const columns = OWNED_COLUMNS.map((s) => located.get(s.key) as PlannedColumn);
  return { sheet, headerRow, columns, basis: input.basis ?? 'sales', language: input.language ?? 'en', ...(input.tierNames ? { tierNames: input.tierNames } : {}) };
}

/** Values for the data rows below the header (all, or rows `fromRow` to `toRow` of them), matched by the id in `idColumn`. */
export function alignedRows(
  grid: Grid,
  headerRow: number,
  idColumn: number,
  results: ReadonlyMap<string, CustomerResult>,
  specs: readonly OwnedColumnSpec[],
  predictive: ReadonlyMap<string, PredictedCells> = new Map(),
  fromRow = 0,
  toRow = grid.length - headerRow - 1,
  language: SheetLanguage = 'en',
  tierNames: TierNames = {},
): CellValue[][] {
  const out: CellValue[][] = [];
  const end = Math.min(grid.length, headerRow + 1 + toRow);
  for (let r = headerRow + 1 + fromRow; r < end; r++) {
    const id = normaliseId(grid[r]?.[idColumn] ?? '');
    const result = typeof id === 'string' ? results.get(id) : undefined;
    const predicted = typeof id === 'string' ? predictive.get(id) : undefined;
    out.push(result ? specs.map((s) => s.value(result, predicted, language, tierNames)) : specs.map(() => null));
  }
  return out;
}

export function headerTexts(plan: OwnedPlan, stale: boolean): { column: number; text: string }[] {
  return plan.columns.map((c) => {
    const header = ownedHeader(c.spec, plan.basis, plan.language);
    return { column: c.column, text: stale ? staleHeader(header, plan.language) : header };
  });
}

/** Queues header texts (one cell each; a handful of actions). */
export function queueHeaders(sheet: Excel.Worksheet, plan: OwnedPlan, stale: boolean): void {
  for (const h of headerTexts(plan, stale)) sheet.getCell(plan.headerRow, h.column).values = [[h.text]];
}

/**
 * Named item per owned column on its header cell. Names that point elsewhere (or nowhere) are
 * replaced; those already in place are left alone.
 */
export function queueNames(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: OwnedPlan, existingNames: ReadonlySet<string>): void {
  for (const col of plan.columns) {
    if (col.named) continue;
    const name = ownedName(col.spec.key);
    if (existingNames.has(name)) context.workbook.names.getItem(name).delete();
    context.workbook.names.add(name, sheet.getCell(plan.headerRow, col.column), 'Tiers owned column: found again on every run; do not delete.');
  }
}

export interface OwnedWriteInput {
  sheet: Excel.Worksheet;
  plan: OwnedPlan;
  grid: Grid;
  idColumn: number;
  results: ReadonlyMap<string, CustomerResult>;
  /** Per-customer predictive cells (predictedCells); absent = the predictive columns are written empty. */
  predictive?: ReadonlyMap<string, PredictedCells>;
  onRows?: (done: number, total: number) => void;
}

/** Number formats (per column), then values in budget-sized row chunks. */
export async function writeOwnedValues(syncer: Syncer, input: OwnedWriteInput): Promise<void> {
  const { sheet, plan, grid } = input;
  const rowCount = grid.length - plan.headerRow - 1;
  if (rowCount <= 0) return;
  await syncer.reserve(plan.columns.length * 120);
  for (const col of plan.columns) setWholeFormat(sheet.getRangeByIndexes(plan.headerRow + 1, col.column, rowCount, 1), col.spec.numberFormat);
  let done = 0;
  const total = rowCount * plan.columns.length;
  // Adjacent columns go out as one rectangle.
  for (const run of contiguousRuns(plan.columns, (c) => c.column)) {
    const specs = run.map((c) => c.spec);
    const kinds = specs.map((s) => s.kind);
    for (let from = 0; from < rowCount; from += ROWS_PER_SLICE) {
      const rows = safeBlock(alignedRows(grid, plan.headerRow, input.idColumn, input.results, specs, input.predictive, from, from + ROWS_PER_SLICE, plan.language, plan.tierNames), kinds);
      for (const chunk of chunkRows(rows)) {
        await syncer.reserve(chunk.bytes);
        sheet.getRangeByIndexes(plan.headerRow + 1 + from + chunk.start, run[0]!.column, chunk.rows.length, run.length).values = chunk.rows;
        done += chunk.rows.length * run.length;
        input.onRows?.(done, total);
      }
      await yieldToPane();
    }
  }
}

/**
 * Rows prepared between two yields to the pane's thread. Building 100,000 rows of owned values in
 * one go held the pane's thread for over half a second; slices keep every task short.
 */
const ROWS_PER_SLICE = 5_000;

function yieldToPane(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const TIER_FILLS: Record<string, string> = {
  Diamond: '#B9F2FF',
  Platinum: '#E5E4E2',
  Gold: '#FFD966',
  Bronze: '#F4B183',
  Iron: '#BFBFBF',
  Lead: '#8C8C8C',
};

/** Our tier rules on a column: "contains text" rules covering exactly the column from below the header to the sheet's end. */
export async function tierFormatsAt(syncer: Syncer, sheet: Excel.Worksheet, headerRow: number, column: number): Promise<{ target: Excel.Range; ours: Excel.ConditionalFormat[]; texts: string[] }> {
  const top = headerRow + 1;
  const target = sheet.getRangeByIndexes(top, column, 1_048_576 - top, 1).load('address');
  const formats = target.conditionalFormats.load('items/type');
  await syncer.sync();
  // getRange() throws for a format applied to several ranges (a user's rule can be): the null-object
  // form never does, and such a format is not ours. The text rules ride the same round trip.
  const ranges = formats.items.map((f) => f.getRangeOrNullObject().load('address'));
  const rules = formats.items.map((f) => (f.type === 'ContainsText' ? f.textComparison.load('rule') : null));
  if (ranges.length > 0) await syncer.sync();
  const mine = formats.items.map((f, i) => f.type === 'ContainsText' && ranges[i]?.isNullObject === false && ranges[i]?.address === target.address);
  const ours = formats.items.filter((_, i) => mine[i]);
  const texts = rules.filter((_, i) => mine[i]).map((r) => r?.rule.text ?? '');
  return { target, ours, texts };
}

/**
 * One "begins with" rule per tier on the tier column, from below the header to the sheet's end
 * (so it never needs resizing), matching the tier cells' words (the workbook's language, or the
 * manager's names). Ours are recognised by range and type; six found with this run's words are
 * re-used, anything else of ours (another language's words) is deleted and the six added again,
 * so re-runs never stack rules.
 */
export async function ensureTierFormats(syncer: Syncer, sheet: Excel.Worksheet, plan: OwnedPlan): Promise<void> {
  const tier = plan.columns.find((c) => c.spec.key === 'tier');
  if (!tier) return;
  const { target, ours, texts } = await tierFormatsAt(syncer, sheet, plan.headerRow, tier.column);
  const words = TIER_NAMES.map((name) => tierWord(name, plan.language, plan.tierNames) ?? name);
  const have = new Set(texts);
  if (ours.length === TIER_NAMES.length && words.every((w) => have.has(w))) return;
  await syncer.reserve(2_000);
  for (const f of ours) f.delete();
  TIER_NAMES.forEach((name, k) => {
    const cf = target.conditionalFormats.add('ContainsText');
    cf.textComparison.rule = { operator: 'BeginsWith', text: words[k]! };
    cf.textComparison.format.fill.color = TIER_FILLS[name] ?? '#FFFFFF';
  });
}

export function toRunColumns(plan: OwnedPlan): RunState['columns'] {
  return Object.fromEntries(plan.columns.map((c) => [c.spec.key, { header: ownedHeader(c.spec, plan.basis, plan.language), column: c.column }]));
}
