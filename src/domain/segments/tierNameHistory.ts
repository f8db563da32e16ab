/**
 * A manager's earlier tier names (docs/sheet-language.md, "Renaming a tier"): the snapshot sheet
 * and the tier column keep the words they were written with, so after a rename the earlier names
 * must still read back as their tier. The configuration keeps, per tier, the names it had before
 * (newest first, at most MAX_EARLIER_TIER_NAMES); each word belongs to one tier's history only,
 * the tier that gave it up last, and a name in use is never history.
 */
import { TIER_NAMES, type TierName, type TierNames } from './tiers';
import { foldTierWord as fold } from './tierWords';

/** Per tier, the names it had before, newest first. */
export type EarlierTierNames = Partial<Record<TierName, readonly string[]>>;

/** How many earlier names each tier keeps. */
export const MAX_EARLIER_TIER_NAMES = 5;

export interface TierNaming {
  tierNames: TierNames;
  /** Absent in configurations saved before it existed. */
  earlierTierNames?: EarlierTierNames;
}

/**
 * `after` with its earlier names brought up to date against `before` (what was saved): each
 * name `before` gave a tier and `after` no longer does goes first in that tier's history (and out
 * of every other tier's); the histories of both are kept, newest first, without the names in use
 * and without repeats. Applying it twice changes nothing.
 */
export function withEarlierTierNames<C extends TierNaming>(before: TierNaming, after: C): C {
  const inUse = new Set(TIER_NAMES.map((t) => fold(after.tierNames[t] ?? '')).filter((w) => w !== ''));
  const released = new Map<string, TierName>();
  for (const tier of TIER_NAMES) {
    const was = before.tierNames[tier]?.trim() ?? '';
    if (was !== '' && fold(was) !== fold(after.tierNames[tier] ?? '')) released.set(fold(was), tier);
  }
  const earlier: Partial<Record<TierName, string[]>> = {};
  for (const tier of TIER_NAMES) {
    const was = before.tierNames[tier]?.trim() ?? '';
    const candidates = [...(released.get(fold(was)) === tier ? [was] : []), ...(after.earlierTierNames?.[tier] ?? []), ...(before.earlierTierNames?.[tier] ?? [])];
    const seen = new Set<string>();
    const kept: string[] = [];
    for (const name of candidates) {
      const key = fold(name);
      if (key === '' || seen.has(key) || inUse.has(key)) continue;
      seen.add(key);
      // A word another tier gave up in this change is that tier's now.
      const owner = released.get(key);
      if (owner !== undefined && owner !== tier) continue;
      kept.push(name.trim());
    }
    if (kept.length > 0) earlier[tier] = kept.slice(0, MAX_EARLIER_TIER_NAMES);
  }
  return { ...after, earlierTierNames: earlier };
}
