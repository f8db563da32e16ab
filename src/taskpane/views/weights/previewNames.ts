/**
 * The tier names the Weights view's preview shows: the names the manager is typing, once typing
 * rests (as the weights preview waits for a slider to rest), before they are applied. A name the
 * configuration rules refuse (src/domain/configRules.ts) is not shown; that tier keeps its saved name.
 */
import { useEffect, useState } from 'react';
import { tierNamesProblems } from '../../../domain/configRules';
import { TIER_NAMES, type TierNames } from '../../../domain/segments/tiers';

/** `value`, changing only once it has stayed the same for `delay` ms. */
export function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** The names to show for the typed ones, and whether they differ from the saved (applied) names. */
export function previewTierNames(typed: TierNames, saved: TierNames): { names: TierNames; pending: boolean } {
  const refused = new Set(tierNamesProblems(typed).map((p) => p.tier));
  const names: TierNames = {};
  let pending = false;
  for (const tier of TIER_NAMES) {
    const name = typed[tier]?.trim() ?? '';
    const shown = name === '' ? undefined : refused.has(tier) ? saved[tier] : name;
    if (shown !== undefined) names[tier] = shown;
    if ((shown ?? '') !== (saved[tier]?.trim() ?? '')) pending = true;
  }
  return { names, pending };
}
