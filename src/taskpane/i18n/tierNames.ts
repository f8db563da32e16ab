/**
 * The manager's own tier names (ScoringConfig.tierNames) for every view: a tier the manager named
 * is shown as typed in every language, the others in the pane's language (tierLabel).
 */
import { createContext, useCallback, useContext } from 'react';
import type { TierNames } from '../../domain/segments/tiers';
import { useI18n } from './I18nProvider';
import { tierLabel } from './labels';

export const TierNamesContext = createContext<TierNames>({});

/** `(tier) => name`: a tier key ("Gold", or null for not rated) as the pane shows it. */
export function useTierLabel(): (tier: string | null) => string {
  const { t } = useI18n();
  const names = useContext(TierNamesContext);
  return useCallback((tier: string | null) => tierLabel(t, tier, names), [t, names]);
}
