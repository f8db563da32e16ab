/**
 * A small subset of Excel number formatting, enough for Range.text: General, "@", fixed decimals
 * ("0", "0.00", "#,##0.0"), percentages ("0%", "0.0%") and ISO-like dates ("yyyy-mm-dd").
 * Anything else falls back to General.
 */
import type { Scalar } from './cells';
import { DAYS_BETWEEN_SYSTEMS } from './dateSystem';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function generalText(value: number): string {
  if (Number.isInteger(value) || Math.abs(value) >= 1e11) return String(value);
  return String(Number(value.toPrecision(10)));
}

function dateText(serial: number, format: string, date1904: boolean): string {
  const d = new Date(EXCEL_EPOCH_MS + Math.round((date1904 ? serial + DAYS_BETWEEN_SYSTEMS : serial) * DAY_MS));
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return format
    .replace(/yyyy/i, String(d.getUTCFullYear()))
    .replace(/mm/i, pad(d.getUTCMonth() + 1))
    .replace(/dd/i, pad(d.getUTCDate()));
}

/** `date1904`: the workbook counts dates in the 1904 system, so a date format shows serial 0 as 1904-01-01. */
export function formatText(value: Scalar | undefined, format: string | undefined, date1904 = false): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const f = format ?? 'General';
  if (f === 'General' || f === '@') return generalText(value);
  if (/y/i.test(f) && /d/i.test(f)) return dateText(value, f, date1904);
  const numeric = /^(#,##)?0(\.0+)?(%)?$/.exec(f);
  if (!numeric) return generalText(value);
  const decimals = numeric[2] ? numeric[2].length - 1 : 0;
  const scaled = numeric[3] ? value * 100 : value;
  const text = numeric[1] ? scaled.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : scaled.toFixed(decimals);
  return numeric[3] ? `${text}%` : text;
}
