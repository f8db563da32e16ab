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

export function withPreset(config: ScoringConfig, preset: PresetId): ScoringConfig {
  if (preset === presetOf(config)) return config;
  if (preset === 'custom') return { ...config, profileId: CUSTOM_PROFILE.id, customProfile: config.customProfile ?? CUSTOM_PROFILE, weights: {} };
  return { ...config, profileId: preset, customProfile: null, weights: {} };
}
