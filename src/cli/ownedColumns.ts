/**
 * The columns `tiers score` owns beside the customer data. Their headers mark them, so a re-run
 * finds and replaces them (and hides them from header detection) instead of adding a second set.
 */
import type { PredictiveCustomer } from '../domain/clv/predictive/predictive';
import type { CellValue } from '../domain/model';
import type { CustomerResult } from '../domain/score';
import type { OutValue } from './xlsx/sheetXml';

export const OWNED_HEADERS = [
  'Tiers score',
  'Tiers tier',
  'Tiers ABC',
  'Tiers RFM segment',
  'Tiers CLV',
  'Tiers payment days',
  'Tiers on-time share',
  'Tiers arrears',
  'Tiers ageing',
  'Tiers shipping days',
  'Tiers why',
  'Tiers tier change',
  'Tiers P(alive)',
  'Tiers predicted CLV',
  'Tiers expected purchases',
  'Tiers likely churning',
] as const;

/** Sheets the command writes itself and replaces on every run. */
export const DASHBOARD_SHEET = 'Tiers dashboard';
export const DERIVED_CUSTOMERS_SHEET = 'Tiers customers';
export const OWNED_SHEETS: readonly string[] = [DASHBOARD_SHEET, DERIVED_CUSTOMERS_SHEET];

const AGEING_LABELS: Record<string, string> = { b0_30: '0-30 days', b31_60: '31-60 days', b61_90: '61-90 days', b90plus: 'over 90 days' };

export function ageingLabel(bucket: string | null): string | null {
  return bucket === null ? null : (AGEING_LABELS[bucket] ?? bucket);
}

export function round(value: number | null | undefined, digits: number): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** "Order profit margin +21.4; Payment terms +12.0; ..." from the structured top contributions. */
export function whyText(result: CustomerResult): string | null {
  if (result.why.length === 0) return null;
  return result.why.map((w) => `${w.label} +${w.points.toFixed(1)}`).join('; ');
}

/** One row of the owned columns, in OWNED_HEADERS order; `predicted` undefined leaves the predictive ones empty. */
export function ownedValues(result: CustomerResult, predicted?: PredictiveCustomer): OutValue[] {
  return [
    round(result.score, 1),
    result.tier,
    result.abc,
    result.rfm?.segment ?? null,
    round(result.clv, 2),
    round(result.payment.meanDays, 1),
    round(result.payment.onTimeShare, 3),
    round(result.payment.arrears, 2),
    ageingLabel(result.payment.worstBucket),
    round(result.shippingDays, 1),
    whyText(result),
    result.tierChange,
    round(predicted?.pAlive, 4),
    round(predicted?.predictedClv, 2),
    round(predicted?.expectedPurchases, 2),
    predicted?.likelyChurning ?? null,
  ];
}

export interface OwnedBlock {
  /** 0-based row of the header row holding the owned headers. */
  headerRow: number;
  /** 0-based column of each owned header found, by header. */
  columns: Map<string, number>;
}

const OWNED_SET: ReadonlySet<string> = new Set(OWNED_HEADERS);
const SCAN_ROWS = 10;

/** The owned headers a previous run left in the first rows of a grid, or null. */
export function findOwnedBlock(grid: readonly (readonly CellValue[])[]): OwnedBlock | null {
  for (let r = 0; r < Math.min(SCAN_ROWS, grid.length); r++) {
    const columns = new Map<string, number>();
    (grid[r] ?? []).forEach((v, c) => {
      if (typeof v === 'string' && OWNED_SET.has(v.trim()) && !columns.has(v.trim())) columns.set(v.trim(), c);
    });
    if (columns.size > 0) return { headerRow: r, columns };
  }
  return null;
}

/** Blanks the owned columns in place so header detection and validation never see them. */
export function blankOwnedColumns(grid: CellValue[][], block: OwnedBlock): void {
  const cols = [...block.columns.values()];
  for (const row of grid) for (const c of cols) if (c < row.length) row[c] = null;
}

/** Width of a grid: the longest row with a non-empty cell at its end. */
export function gridWidth(grid: readonly (readonly CellValue[])[]): number {
  let width = 0;
  for (const row of grid) {
    for (let c = row.length - 1; c >= width; c--) {
      const v = row[c];
      if (v !== null && v !== undefined && v !== '') {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}
