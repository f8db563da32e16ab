/**
 * The columns the add-in owns beside the customer data: key (stable, stored in names and
 * settings), header text, number format (per column) and how a result fills it.
 */
import type { PredictiveCustomer } from '../domain/clv/predictive/predictive';
import type { CellValue } from '../domain/model';
import type { CustomerResult } from '../domain/score';
import type { ColumnKind } from './textSafety';
import { TEXT_FORMAT } from './textSafety';

export interface OwnedColumnSpec {
  key: string;
  header: string;
  kind: ColumnKind;
  numberFormat: string;
  /** `p` is the customer's predictive figures; undefined when the fit is off or did not cover the customer. */
  value: (r: CustomerResult, p: PredictiveCustomer | undefined) => CellValue;
}

const AGEING_LABELS: Record<string, string> = { b0_30: '0-30 days', b31_60: '31-60 days', b61_90: '61-90 days', b90plus: 'over 90 days' };

function rounded(value: number | null | undefined, digits: number): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function whyText(r: CustomerResult): string | null {
  if (r.why.length === 0) return null;
  return r.why.map((w) => `${w.label} +${w.points.toFixed(1)}`).join('; ');
}

/** The "Generate due tasks" action reads this column back (src/excel/work/workBasis.ts). */
export const LIKELY_CHURNING_HEADER = 'Tiers likely churning';

export const OWNED_COLUMNS: readonly OwnedColumnSpec[] = [
  { key: 'score', header: 'Tiers score', kind: 'number', numberFormat: '0.0', value: (r) => rounded(r.score, 1) },
  { key: 'tier', header: 'Tiers tier', kind: 'text', numberFormat: TEXT_FORMAT, value: (r) => r.tier },
  { key: 'abc', header: 'Tiers ABC', kind: 'text', numberFormat: TEXT_FORMAT, value: (r) => r.abc },
  { key: 'rfm', header: 'Tiers RFM segment', kind: 'text', numberFormat: TEXT_FORMAT, value: (r) => r.rfm?.segment ?? null },
  { key: 'clv', header: 'Tiers CLV', kind: 'number', numberFormat: '#,##0.00', value: (r) => rounded(r.clv, 2) },
  { key: 'paymentDays', header: 'Tiers payment days', kind: 'number', numberFormat: '0.0', value: (r) => rounded(r.payment.meanDays, 1) },
  { key: 'onTime', header: 'Tiers on-time share', kind: 'number', numberFormat: '0.0%', value: (r) => rounded(r.payment.onTimeShare, 3) },
  { key: 'arrears', header: 'Tiers arrears', kind: 'number', numberFormat: '#,##0.00', value: (r) => rounded(r.payment.arrears, 2) },
  { key: 'ageing', header: 'Tiers ageing', kind: 'text', numberFormat: TEXT_FORMAT, value: (r) => (r.payment.worstBucket ? (AGEING_LABELS[r.payment.worstBucket] ?? r.payment.worstBucket) : null) },
  { key: 'shippingDays', header: 'Tiers shipping days', kind: 'number', numberFormat: '0.0', value: (r) => rounded(r.shippingDays, 1) },
  { key: 'why', header: 'Tiers why', kind: 'text', numberFormat: TEXT_FORMAT, value: (r) => whyText(r) },
  { key: 'tierChange', header: 'Tiers tier change', kind: 'text', numberFormat: TEXT_FORMAT, value: (r) => r.tierChange },
  { key: 'pAlive', header: 'Tiers P(alive)', kind: 'number', numberFormat: '0.0%', value: (_r, p) => rounded(p?.pAlive, 4) },
  { key: 'predictedClv', header: 'Tiers predicted CLV', kind: 'number', numberFormat: '#,##0.00', value: (_r, p) => rounded(p?.predictedClv, 2) },
  { key: 'expectedPurchases', header: 'Tiers expected purchases', kind: 'number', numberFormat: '0.00', value: (_r, p) => rounded(p?.expectedPurchases, 2) },
  // A boolean, so a filter shows TRUE/FALSE in the user's language and the work area reads it back without parsing text.
  { key: 'likelyChurning', header: LIKELY_CHURNING_HEADER, kind: 'number', numberFormat: 'General', value: (_r, p) => p?.likelyChurning ?? null },
];

/** Suffix on owned headers while a write is under way; a failed run leaves it visible. */
export const STALE_SUFFIX = ' (stale)';

/** Named item per owned column: Excel moves it with the column when columns are inserted or moved. */
export const OWNED_NAME_PREFIX = 'Tiers_col_';
export const ownedName = (key: string): string => `${OWNED_NAME_PREFIX}${key}`;

export const DASHBOARD_SHEET = 'Tiers Dashboard';
export const SNAPSHOT_SHEET = 'Tiers Snapshots';
export const DERIVED_CUSTOMERS_SHEET = 'Tiers Customers';
export const OWNED_SHEETS: readonly string[] = [DASHBOARD_SHEET, SNAPSHOT_SHEET, DERIVED_CUSTOMERS_SHEET];

export function isOwnedSheet(name: string): boolean {
  const lower = name.toLowerCase();
  return OWNED_SHEETS.some((s) => s.toLowerCase() === lower) || lower.startsWith('tiers ');
}

/** True when a header cell holds this owned column's header (fresh or marked stale). */
export function isOwnedHeader(spec: OwnedColumnSpec, cell: CellValue | undefined): boolean {
  return cell === spec.header || cell === spec.header + STALE_SUFFIX;
}

/** Said when a sheet the add-in needs cannot be added because the workbook structure is protected. */
export function structureProtectedMessage(sheets: readonly string[]): string {
  return `The workbook structure is protected, so Tiers cannot add its sheets (${sheets.map((s) => `"${s}"`).join(', ')}): unprotect it (Review > Protect Workbook) and try again. Nothing was written.`;
}
