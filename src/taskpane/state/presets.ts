/** The profile presets a manager can start from. */
import type { ScoringConfig } from '../../domain/config';

export type PresetId = 'default' | 'distributor' | 'satisfaction' | 'custom';

/** A starting custom profile from figures every order sheet has; the manager re-weights it. */
const CUSTOM_PROFILE: NonNullable<ScoringConfig['customProfile']> = {
  id: 'custom',
  label: 'Custom',
  indicators: [
    { source: 'sales', label: 'Sales', direction: 'higher', weight: 40 },
    { source: 'profit', label: 'Profit', direction: 'higher', weight: 30 },
    { source: 'orders', label: 'Orders', direction: 'higher', weight: 20 },
    { source: 'paymentDays', label: 'Days to pay', direction: 'lower', weight: 10 },
  ],
};

export function presetOf(config: ScoringConfig): PresetId {
  if (config.profileId === 'default' || config.profileId === 'distributor' || config.profileId === 'satisfaction') return config.profileId;
  return 'custom';
}

/** The starter indicators' sources: the pane labels them in its language when the manager picks "Custom". */
export type StarterSource = 'sales' | 'profit' | 'orders' | 'paymentDays';

/** `labels`: the starter indicators' labels in the pane's language (kept as given, like any custom label); English without. */
export function withPreset(config: ScoringConfig, preset: PresetId, labels?: Readonly<Record<StarterSource, string>>): ScoringConfig {
  if (preset === presetOf(config)) return config;
  if (preset === 'custom') {
    const starter = labels ? { ...CUSTOM_PROFILE, indicators: CUSTOM_PROFILE.indicators.map((i) => ({ ...i, label: labels[i.source as StarterSource] ?? i.label })) } : CUSTOM_PROFILE;
    return { ...config, profileId: CUSTOM_PROFILE.id, customProfile: config.customProfile ?? starter, weights: {} };
  }
  return { ...config, profileId: preset, customProfile: null, weights: {} };
}
