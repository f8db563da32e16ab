/**
 * Worksheet.autoFilter (ExcelApi 1.9; clearColumnCriteria 1.14): the sheet's one AutoFilter over a
 * plain range, kept in the model (`Sheet.autoFilter`, `Workbook.applySheetFilter`), so the workbench
 * grid's filter buttons and this API see the same filter. Target: a sheet id.
 *
 * - `apply(range, columnIndex?, criteria?)`: the range is a Range or an address; a range on another
 *   sheet, or overlapping a table, is `InvalidArgument`.
 * - `criteria`: one entry per column of the range. Excel answers every FilterCriteria member, unset
 *   ones as `null`, and refuses those `null`s when the object is passed back to `apply`
 *   (office-js#1226, "FilterCriteria objects with invalid null properties"): both are modelled.
 * - `getRange()` with no AutoFilter on the sheet: `ItemNotFound` (undocumented; the stricter choice);
 *   `getRangeOrNullObject()`: a null object (documented).
 * (learn.microsoft.com/javascript/api/excel/excel.autofilter)
 */
import { ErrorCodes, fail } from '../errors';
import type { FilterCriteria } from '../rowVisibility';
import { rangeArg, rangeType } from './range';
import { defineType, obj, type HostEnv } from './types';

const CRITERIA_MEMBERS = ['color', 'criterion1', 'criterion2', 'dynamicCriteria', 'filterOn', 'icon', 'operator', 'subField', 'values'] as const;

/** A criteria object as Excel answers it: every member, unset ones null. */
function answered(criteria: FilterCriteria | undefined): Record<string, unknown> {
  const given = (criteria ?? {}) as unknown as Record<string, unknown>;
  return Object.fromEntries(CRITERIA_MEMBERS.map((m) => [m, given[m] === undefined ? null : structuredClone(given[m])]));
}

function criteriaArg(value: unknown): FilterCriteria | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Object.values(value).some((v) => v === null)) fail(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.');
  return value as FilterCriteria;
}

const filterOf = (id: string, env: HostEnv) => env.model.sheet(id).autoFilter;

export const worksheetAutoFilter = defineType<string>({
  name: 'AutoFilter',
  scalars: {
    enabled: (id, env) => filterOf(id, env) !== undefined,
    isDataFiltered: (id, env) => (filterOf(id, env)?.filters.length ?? 0) > 0,
    criteria: (id, env) => {
      const filter = filterOf(id, env);
      if (!filter) return [];
      return Array.from({ length: filter.rect.c1 - filter.rect.c0 + 1 }, (_, i) => answered(filter.filters.find((f) => f.columnIndex === i)?.criteria));
    },
  },
  methods: {
    apply: (id, [range, columnIndex, criteria], env) => {
      const ref = rangeArg(range, { sheetId: id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } }, env);
      if (ref.sheetId !== id) fail(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.');
      const given = criteriaArg(criteria);
      const index = (columnIndex as number | null | undefined) ?? undefined;
      env.model.applySheetFilter(id, ref.rect, given ? index : undefined, given);
    },
    reapply: (id, _a, env) => env.model.reapplySheetFilter(id),
    clearColumnCriteria: (id, [columnIndex], env) => {
      if (!filterOf(id, env)) fail(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.');
      env.model.clearSheetFilter(id, columnIndex as number);
    },
    clearCriteria: (id, _a, env) => env.model.clearSheetFilter(id),
    remove: (id, _a, env) => env.model.removeSheetFilter(id),
    getRange: (id, _a, env) => obj(rangeType, { sheetId: id, rect: (filterOf(id, env) ?? fail(ErrorCodes.itemNotFound, "The requested resource doesn't exist.")).rect }),
    getRangeOrNullObject: (id, _a, env) => {
      const filter = filterOf(id, env);
      return filter ? obj(rangeType, { sheetId: id, rect: filter.rect }) : null;
    },
  },
});
