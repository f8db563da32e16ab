/**
 * The last run, rebuilt from the workbook when the pane opens (closing and reopening a pane loses
 * everything it held): the run's analysis date and scores come from the snapshot sheet, the rest
 * is scored again from the sheets as they are now, without writing anything. Scores that differ
 * from the snapshot mean the data changed since that run, which the pane says.
 */
import type { MappingNote } from '../domain/mapping/mappingNotes';
import type { StudyNotice } from '../domain/studyNotices';
import { dayFromIso } from '../domain/score';
import { DERIVED_CUSTOMERS_SHEET, SNAPSHOT_SHEET } from '../output/sheets';
import { runWhileEditing } from './editMode';
import { readInputsIn, scoringInput } from './readInputs';
import { problemLinks, type ProblemLink } from './runScoring';
import type { ScoreFn } from './scoreLocally';
import { previousSnapshot, type SnapshotRow } from '../output/snapshots';
import { readSnapshots } from './snapshots';
import { Syncer } from './syncs';

export interface LastRun {
  /** ISO date the last run scored as of. */
  asOf: string;
  customers: number;
  customerSheet: string;
  problems: ProblemLink[];
  problemCount: number;
  /** Notes on the mapping (duplicate headers, a conversion ...), worded by the pane (src/output/mappingNoteWords.ts). */
  mappingNotes?: MappingNote[];
  /** The product ranking's notes, as a run in the pane shows them; absent from a scorer without the studies. */
  productNotices?: StudyNotice[];
  /** Customers whose score or tier now differs from the last run's, or who joined or left since. */
  changed: number;
}

/** Scores are stored unrounded; a difference below this is the same score. */
const SAME_SCORE = 1e-6;

/** The rows of the most recent run: run ids start with the run's ISO timestamp. */
function latestRun(rows: readonly SnapshotRow[]): SnapshotRow[] {
  let latest = '';
  for (const r of rows) if (r.runId > latest) latest = r.runId;
  return latest ? rows.filter((r) => r.runId === latest) : [];
}

/** Null when the workbook has no finished run to rebuild (no snapshot, no order sheet, refused). */
export async function readLastRun(score: ScoreFn, signal?: AbortSignal): Promise<LastRun | null> {
  return runWhileEditing(async (context): Promise<LastRun | null> => {
    const s = new Syncer(context);
    const inputs = await readInputsIn(s, signal ? { signal } : {});
    if (!inputs.orders) return null;
    // Tiers as keys whatever language wrote them, so a language change alone is no change.
    const snapshot = await readSnapshots(s, inputs.ownedSheets.get(SNAPSHOT_SHEET), signal, inputs.settings.config.tierNames, inputs.settings.config.earlierTierNames);
    const last = latestRun(snapshot);
    const asOf = last[0]?.asOf;
    if (!asOf || Number.isNaN(dayFromIso(asOf))) return null;
    const outcome = await score({
      workbook: scoringInput({ ...inputs, orders: inputs.orders }),
      config: inputs.settings.config,
      asOf: dayFromIso(asOf),
      previous: previousSnapshot(snapshot, asOf),
    });
    const result = outcome.result;
    if (!result || outcome.analysis.refused) return null;
    const headerRows: Record<string, number> = {};
    for (const m of [outcome.analysis.mapping.orders, outcome.analysis.mapping.customers]) if (m) headerRows[m.sheet] = m.headerRow;
    const before = new Map(last.map((r) => [r.customerId, r]));
    let changed = 0;
    for (const c of result.customers) {
      const was = before.get(c.customerId);
      before.delete(c.customerId);
      const sameScore = was !== undefined && (was.score === null ? c.score === null : c.score !== null && Math.abs(was.score - c.score) < SAME_SCORE);
      if (!was || !sameScore || was.tier !== c.tier) changed++;
    }
    changed += before.size;
    const customerSheet = !outcome.analysis.derivedCustomers && inputs.customers ? inputs.customers.sheet : DERIVED_CUSTOMERS_SHEET;
    return {
      asOf,
      customers: result.customers.length,
      customerSheet,
      problems: problemLinks(outcome.analysis.problems, [inputs.orders, inputs.customers], headerRows),
      problemCount: outcome.analysis.problemCount,
      mappingNotes: outcome.analysis.notes,
      ...(outcome.studies ? { productNotices: outcome.studies.products.notices } : {}),
      changed,
    };
  });
}
