/**
 * Dated snapshots on the owned "Tiers Snapshots" sheet: one row per customer per run (run id,
 * as-of date, customer id, score, tier). A re-run on the same as-of date replaces that date's rows
 * instead of adding a second copy. The latest snapshot before the as-of date is the "previous"
 * one for tier movement.
 */
import type { CellValue } from '../domain/model';
import { isoFromDay } from '../domain/dates';
import type { CustomerResult, ScoringColumnsResult, ScoringResult } from '../domain/score';
import type { CustomerColumns } from '../domain/scoring/customerColumns';
import { tierMovement, type TierSnapshotEntry } from '../domain/segments/movement';
import { TEXT_FORMAT, type ColumnKind } from './format';
import type { SheetLanguage } from './language';
import { SNAPSHOT_HEADER_WORDS } from './sheetWords';
import type { EarlierTierNames } from '../domain/segments/tierNameHistory';
import { TIER_NAMES, tierName, type TierName, type TierNames } from '../domain/segments/tiers';
import { tierKeyOf, tierWord } from './tierWords';

/** The English header row (every language: SNAPSHOT_HEADER_WORDS); rows are read by position, so any language's header reads back. */
export const SNAPSHOT_HEADERS = SNAPSHOT_HEADER_WORDS.en;
export const SNAPSHOT_KINDS: readonly ColumnKind[] = ['text', 'text', 'text', 'number', 'text'];
export const SNAPSHOT_FORMATS: readonly string[] = [TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, '0.0', TEXT_FORMAT];
export const SNAPSHOT_WIDTH = SNAPSHOT_HEADERS.length;

export interface SnapshotRow {
  runId: string;
  asOf: string;
  customerId: string;
  score: number | null;
  /** The tier's key ("Gold"), read back from any language's word or the manager's name; a word of no tier as it stands. */
  tier: string | null;
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v));

/** A row's cells; the tier cell is read back to its key whatever language (or manager's name, `names`, or earlier name, `earlier`) wrote it. */
export function snapshotFromCells(values: readonly CellValue[], names: TierNames = {}, earlier: EarlierTierNames = {}): SnapshotRow {
  const score = values[3];
  const tier = values[4];
  return {
    runId: text(values[0]),
    asOf: text(values[1]),
    customerId: text(values[2]),
    score: typeof score === 'number' ? score : null,
    tier: tier === '' || tier === undefined || tier === null ? null : (tierKeyOf(tier, names, earlier) ?? text(tier).trim()),
  };
}

const isTierName = (tier: string): tier is TierName => (TIER_NAMES as readonly string[]).includes(tier);

/** A row as written: the tier as the manager named it, else in the workbook's language (docs/sheet-language.md, "Tier names"). */
export const snapshotCells = (r: SnapshotRow, language: SheetLanguage = 'en', names: TierNames = {}): CellValue[] => [
  r.runId,
  r.asOf,
  r.customerId,
  r.score,
  r.tier !== null && isTierName(r.tier) ? tierWord(r.tier, language, names) : r.tier,
];

/** The stored rows below the header, skipping blank ones; tiers as keys (`names`: the manager's tier names; `earlier`: the names they had before a rename). */
export function snapshotRowsOf(values: readonly (readonly CellValue[])[], names: TierNames = {}, earlier: EarlierTierNames = {}): SnapshotRow[] {
  return values.map((v) => snapshotFromCells(v, names, earlier)).filter((r) => r.asOf !== '' && r.customerId !== '');
}

/** This run's rows. */
export function freshSnapshot(runId: string, asOf: string, customers: readonly Pick<CustomerResult, 'customerId' | 'score' | 'tier'>[]): SnapshotRow[] {
  return customers.map((c) => ({ runId, asOf, customerId: c.customerId, score: c.score, tier: c.tier }));
}

/** This run's rows from customers kept as columns (src/domain/scoring/customerColumns.ts): the same rows as freshSnapshot. */
export function freshSnapshotOfColumns(runId: string, asOf: string, columns: Pick<CustomerColumns, 'length' | 'ids' | 'score' | 'tier'>): SnapshotRow[] {
  const rows = new Array<SnapshotRow>(columns.length);
  for (let i = 0; i < columns.length; i++) {
    const score = columns.score[i] as number;
    rows[i] = { runId, asOf, customerId: columns.ids[i] as string, score: Number.isNaN(score) ? null : score, tier: tierName(columns.tier[i] as number) };
  }
  return rows;
}

/** The latest snapshot strictly before `asOf` (ISO dates compare as text). */
export function previousSnapshot(rows: readonly SnapshotRow[], asOf: string): TierSnapshotEntry[] {
  let latest = '';
  for (const r of rows) if (r.asOf < asOf && r.asOf > latest) latest = r.asOf;
  if (!latest) return [];
  return rows.filter((r) => r.asOf === latest).map((r) => ({ customerId: r.customerId, score: r.score, tier: r.tier }));
}

/** Stored rows with `asOf`'s rows replaced by `fresh`; only the changed tail (from `start`) is rewritten. */
export function planSnapshotWrite(existing: readonly SnapshotRow[], fresh: readonly SnapshotRow[], asOf: string): { start: number; rows: SnapshotRow[]; clearTo: number } {
  let start = existing.findIndex((r) => r.asOf === asOf);
  if (start < 0) start = existing.length;
  const tail = existing.slice(start).filter((r) => r.asOf !== asOf);
  const rows = [...tail, ...fresh];
  return { start, rows, clearTo: Math.max(existing.length, start + rows.length) };
}

/**
 * The whole sheet after the write: header, then every stored row; each row's cells are made as it
 * is read (a row per customer per run: millions over the runs).
 */
export function snapshotSheet(
  existing: readonly SnapshotRow[],
  fresh: readonly SnapshotRow[],
  asOf: string,
  language: SheetLanguage = 'en',
  names: TierNames = {},
): { count: number; width: number; rows: Iterable<CellValue[]> } {
  const plan = planSnapshotWrite(existing, fresh, asOf);
  const header = [...SNAPSHOT_HEADER_WORDS[language]];
  function* rows(): Generator<CellValue[]> {
    yield header;
    for (let i = 0; i < plan.start; i++) yield snapshotCells(existing[i] as SnapshotRow, language, names);
    for (const r of plan.rows) yield snapshotCells(r, language, names);
  }
  return { count: 1 + plan.start + plan.rows.length, width: header.length, rows: rows() };
}

/**
 * The domain may score as of another day than the one the previous snapshot was picked for (a
 * blank date on a finished history: docs/scoring.md, "Analysis date"): tier movement is then
 * measured again against the snapshot before the date actually used.
 */
export function withMovementAsOf<R extends Pick<ScoringResult, 'asOf' | 'customers' | 'goneCustomers'>>(result: R, snapshotRows: readonly SnapshotRow[], guessed: string): R {
  const used = isoFromDay(result.asOf);
  if (used === guessed) return result;
  const previous = previousSnapshot(snapshotRows, used);
  if (previous.length === 0) return { ...result, customers: result.customers.map((c) => ({ ...c, tierChange: null })), goneCustomers: [] };
  const movement = tierMovement(
    result.customers.map((c) => ({ customerId: c.customerId, score: c.score, tier: c.tier })),
    previous,
  );
  return { ...result, customers: result.customers.map((c) => ({ ...c, tierChange: movement.changes.get(c.customerId) ?? null })), goneCustomers: movement.gone };
}

/** withMovementAsOf for customers kept as columns: the tier changes measured again when the date used is not the one guessed. */
export function withColumnMovementAsOf<R extends Pick<ScoringColumnsResult, 'asOf' | 'columns' | 'goneCustomers'>>(result: R, snapshotRows: readonly SnapshotRow[], guessed: string): R {
  const used = isoFromDay(result.asOf);
  if (used === guessed) return result;
  const previous = previousSnapshot(snapshotRows, used);
  if (previous.length === 0) return { ...result, columns: { ...result.columns, tierChanges: null }, goneCustomers: [] };
  const { columns } = result;
  const movement = tierMovement(
    columns.ids.map((customerId, i) => ({ customerId, score: Number.isNaN(columns.score[i] as number) ? null : (columns.score[i] as number), tier: tierName(columns.tier[i] as number) })),
    previous,
  );
  return { ...result, columns: { ...columns, tierChanges: movement.changes }, goneCustomers: movement.gone };
}
