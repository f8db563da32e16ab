/** The sheets a scoring run owns, one spelling for the add-in and the CLI. */

export const DASHBOARD_SHEET = 'Tiers Dashboard';
export const SNAPSHOT_SHEET = 'Tiers Snapshots';
/** The customer list Tiers derives from the orders when a workbook has no customer sheet. */
export const DERIVED_CUSTOMERS_SHEET = 'Tiers Customers';
/** Product composition: the product ABC table and its Pareto chart (src/output/products.ts). */
export const PRODUCTS_SHEET = 'Tiers Products';
/** Replaced (never duplicated) by every scoring run. */
export const OWNED_SHEETS: readonly string[] = [DASHBOARD_SHEET, SNAPSHOT_SHEET, DERIVED_CUSTOMERS_SHEET, PRODUCTS_SHEET];
/** The distributor plans: ours, but a manager edits it, so a run merges into it (src/output/plansSheet.ts). */
import { PLAN_SHEET } from '../domain/plans/table';
export { PLAN_SHEET };
/** Every sheet of ours a run looks up before it writes. */
export const LOOKED_UP_SHEETS: readonly string[] = [...OWNED_SHEETS, PLAN_SHEET];

/** Excel compares sheet names without case, so "Tiers dashboard" from an older CLI is ours too. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** One of the scoring run's sheets (any case). */
export function isScoringSheet(name: string): boolean {
  return OWNED_SHEETS.some((s) => sameSheetName(s, name));
}

/** Any sheet Tiers owns: the scoring run's and the work area's ("Tiers Contracts", ...). */
export function isOwnedSheet(name: string): boolean {
  return isScoringSheet(name) || name.toLowerCase().startsWith('tiers ');
}
