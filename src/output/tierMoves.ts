/**
 * A customer's tier moves, read from the dated snapshots (src/output/snapshots.ts): each date the
 * customer's tier differed from the date before, with both scores, so the pane can say why (the
 * score crossed a cut-off, or the cut-offs moved under an unchanged score). Pure. Tiers are keys
 * ("Lead"), as snapshotRowsOf reads them back from any language's word (src/output/tierWords.ts).
 */
import { TIER_NAMES } from '../domain/segments/tiers';
import type { SnapshotRow } from './snapshots';

export type MoveDirection = 'up' | 'down';

/**
 * Why the tier moved: the score went the same way; the cut-offs changed (score flat or the other
 * way); or the customer was not rated on one of the two dates (too little data).
 */
export type MoveReason = 'scoreRose' | 'scoreFell' | 'cutOffsChanged' | 'notRated';

export interface TierMove {
  /** ISO date of the run that recorded the new tier. */
  asOf: string;
  /** ISO date of the run before it. */
  sinceAsOf: string;
  from: string | null;
  to: string | null;
  fromScore: number | null;
  toScore: number | null;
  direction: MoveDirection;
  reason: MoveReason;
}

/** 0 = Diamond; no tier (not rated) ranks below the lowest tier. */
function rank(tier: string | null): number {
  const k = tier === null ? -1 : (TIER_NAMES as readonly string[]).indexOf(tier);
  return k < 0 ? TIER_NAMES.length : k;
}

/** Scores are stored unrounded; a change below this is no change. */
const SAME_SCORE = 1e-6;

function reasonOf(direction: MoveDirection, fromScore: number | null, toScore: number | null): MoveReason {
  if (fromScore === null || toScore === null) return 'notRated';
  const delta = toScore - fromScore;
  if (direction === 'up' && delta > SAME_SCORE) return 'scoreRose';
  if (direction === 'down' && delta < -SAME_SCORE) return 'scoreFell';
  return 'cutOffsChanged';
}

/**
 * The customer's moves, newest first, at most `limit`. One entry per as-of date (a re-run on the
 * same date replaces that date's rows; where the sheet still holds two, the later run wins).
 */
export function tierMoves(rows: readonly SnapshotRow[], customerId: string, limit = 3): TierMove[] {
  const byDate = new Map<string, SnapshotRow>();
  for (const r of rows) {
    if (r.customerId !== customerId) continue;
    const had = byDate.get(r.asOf);
    if (!had || r.runId >= had.runId) byDate.set(r.asOf, r);
  }
  const dated = [...byDate.values()].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
  const moves: TierMove[] = [];
  for (let i = 1; i < dated.length; i++) {
    const before = dated[i - 1]!;
    const now = dated[i]!;
    const a = rank(before.tier);
    const b = rank(now.tier);
    if (a === b) continue;
    const direction: MoveDirection = b < a ? 'up' : 'down';
    moves.push({
      asOf: now.asOf,
      sinceAsOf: before.asOf,
      from: before.tier,
      to: now.tier,
      fromScore: before.score,
      toScore: now.score,
      direction,
      reason: reasonOf(direction, before.score, now.score),
    });
  }
  return moves.reverse().slice(0, Math.max(0, limit));
}
