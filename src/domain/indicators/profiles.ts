/** The profile registry: built-in profiles by id, or a custom one. */
import { customProfile, DISTRIBUTOR_PROFILE, type CustomProfileSpec } from './custom';
import { DEFAULT_PROFILE } from './twelve';
import { SATISFACTION_PROFILE } from '../satisfaction/profile';
import type { Weights } from '../scoring/rescore';
import type { Profile } from './types';

export const BUILT_IN_PROFILES: readonly Profile[] = [DEFAULT_PROFILE, DISTRIBUTOR_PROFILE, SATISFACTION_PROFILE];

export function resolveProfile(profileId: string, custom?: CustomProfileSpec | null): Profile {
  if (custom && custom.id === profileId) return customProfile(custom);
  const found = BUILT_IN_PROFILES.find((p) => p.id === profileId);
  if (!found) throw new Error(`Unknown scoring profile "${profileId}"`);
  return found;
}

/** The weights a run uses: the configured weight of an indicator, else the profile's default. */
export function effectiveWeights(profile: Pick<Profile, 'weights'>, configured: Weights): Weights {
  return { ...profile.weights, ...configured };
}
