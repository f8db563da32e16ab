/** Profiles built from named numeric columns: the distributor profile (source 3 of docs/domain.md) and custom ones. */
import { resolveColumn } from './columns';
import type { IndicatorDefinition, Profile } from './types';
import type { Direction } from '../scoring/stats';

export interface ColumnIndicatorSpec {
  /** Column header of the customer sheet (or a field / aggregate name such as 'sales'). */
  source: string;
  direction: Direction;
  weight: number;
  id?: string | undefined;
  label?: string | undefined;
}

export interface CustomProfileSpec {
  id: string;
  label: string;
  indicators: readonly ColumnIndicatorSpec[];
}

/** An indicator reading one column; a column the workbook lacks leaves every customer without it. */
export function columnIndicator(spec: ColumnIndicatorSpec): IndicatorDefinition {
  return {
    id: spec.id ?? spec.source,
    label: spec.label ?? spec.source,
    combine: 'mean',
    parts: [
      {
        measure: spec.source,
        direction: spec.direction,
        raw: (ctx) => resolveColumn(ctx, spec.source) ?? new Float64Array(ctx.index.ids.length).fill(NaN),
      },
    ],
  };
}

export function customProfile(spec: CustomProfileSpec): Profile {
  const indicators = spec.indicators.map(columnIndicator);
  const ids = new Set<string>();
  for (const ind of indicators) {
    if (ids.has(ind.id)) throw new Error(`Indicator "${ind.id}" appears twice in profile "${spec.id}"`);
    ids.add(ind.id);
  }
  const weights: Record<string, number> = {};
  spec.indicators.forEach((s, k) => (weights[(indicators[k] as IndicatorDefinition).id] = s.weight));
  return { id: spec.id, label: spec.label, indicators, weights };
}

/**
 * Seed 003 rates distributors on enthusiasm, operating capability (flexibility, distribution
 * reach, capital, best-selling brands held, warehousing/vehicles/staff), credit and social
 * relations. Each reads a customer-sheet column of that name (credit reads creditIndex).
 */
export const DISTRIBUTOR_SPEC: CustomProfileSpec = {
  id: 'distributor',
  label: 'Distributor evaluation',
  indicators: [
    { source: 'enthusiasm', label: 'Enthusiasm', direction: 'higher', weight: 20 },
    { source: 'flexibility', label: 'Operating flexibility', direction: 'higher', weight: 8 },
    { source: 'distributionReach', label: 'Distribution reach', direction: 'higher', weight: 10 },
    { source: 'capital', label: 'Capital', direction: 'higher', weight: 10 },
    { source: 'brandsHeld', label: 'Best-selling brands held', direction: 'higher', weight: 6 },
    { source: 'logistics', label: 'Warehousing, vehicles and staff', direction: 'higher', weight: 6 },
    { source: 'creditIndex', id: 'credit', label: 'Credit', direction: 'higher', weight: 25 },
    { source: 'socialRelations', label: 'Social relations', direction: 'higher', weight: 15 },
  ],
};

export const DISTRIBUTOR_PROFILE: Profile = customProfile(DISTRIBUTOR_SPEC);
