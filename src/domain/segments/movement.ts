/** Tier movement against a previous dated snapshot (source 3 of docs/domain.md: segments change over time). */
import { TIER_NAMES } from './tiers';

export interface TierSnapshotEntry {
  customerId: string;
  score: number | null;
  tier: string | null;
}

export type TierChange = 'up' | 'down' | 'same' | 'new';

export interface TierMovement {
  /** Change per current customer id. */
  changes: Map<string, TierChange>;
  /** Customers in the previous snapshot that are no longer present, ascending. */
  gone: string[];
  counts: Record<TierChange | 'gone', number>;
}

/** Rank of a tier name, 0 = Diamond; unknown names and null rank below Lead. */
function tierRank(tier: string | null): number {
  const k = tier === null ? -1 : (TIER_NAMES as readonly string[]).indexOf(tier);
  return k < 0 ? TIER_NAMES.length : k;
}

/** 'new' when the customer is not in the previous snapshot; otherwise compared by tier rank. */
export function tierMovement(current: readonly TierSnapshotEntry[], previous: readonly TierSnapshotEntry[]): TierMovement {
  const before = new Map(previous.map((p) => [p.customerId, p]));
  const changes = new Map<string, TierChange>();
  const counts: Record<TierChange | 'gone', number> = { up: 0, down: 0, same: 0, new: 0, gone: 0 };
  for (const c of current) {
    const p = before.get(c.customerId);
    const change: TierChange = !p ? 'new' : tierRank(c.tier) < tierRank(p.tier) ? 'up' : tierRank(c.tier) > tierRank(p.tier) ? 'down' : 'same';
    changes.set(c.customerId, change);
    counts[change]++;
  }
  const present = new Set(current.map((c) => c.customerId));
  const gone = previous
    .map((p) => p.customerId)
    .filter((id) => !present.has(id))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  counts.gone = gone.length;
  return { changes, gone, counts };
}
