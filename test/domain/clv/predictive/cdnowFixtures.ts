/** Readers for the CDNOW reference files in test/fixtures/clv (see its README). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrderRow } from '../../../../src/domain/model';
import { orderRow } from '../../rows';
import type { CalibrationSummary } from '../../../../src/domain/clv/predictive/summary';

const FIXTURES = join(__dirname, '../../../fixtures/clv');

export const DAY_MS = 86_400_000;
export const dayOf = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / DAY_MS;
/** End of the 39-week calibration period of the published CDNOW summaries. */
export const CDNOW_CALIBRATION_END = dayOf(1997, 9, 30);

function csvRows(file: string): Record<string, number>[] {
  const [header, ...lines] = readFileSync(join(FIXTURES, file), 'utf8').trim().split(/\r?\n/);
  const names = (header as string).split(',');
  return lines.map((line) => {
    const cells = line.split(',').map(Number);
    return Object.fromEntries(names.map((name, i) => [name, cells[i] as number]));
  });
}

function toSummary(rows: Record<string, number>[], x: string, tx: string, zbar: string | null): CalibrationSummary {
  return {
    customerIds: rows.map((row) => String(row.ID)),
    x: Float64Array.from(rows, (row) => row[x] as number),
    tx: Float64Array.from(rows, (row) => row[tx] as number),
    T: Float64Array.from(rows, (row) => row.T as number),
    zbar: Float64Array.from(rows, (row) => (zbar ? (row[zbar] as number) : 0)),
  };
}

/** cdnow_customers_summary.csv: frequency, recency, T (weeks). */
export function cdnowSummary(): CalibrationSummary {
  return toSummary(csvRows('cdnow_customers_summary.csv'), 'frequency', 'recency', null);
}

/** cdnow_customers_summary_with_transactions.csv: x, t_x, T (weeks) and zbar. */
export function cdnowSummaryWithValue(): CalibrationSummary {
  return toSummary(csvRows('cdnow_customers_summary_with_transactions.csv'), 'x', 't_x', 'zbar');
}

export function order(customerId: string, orderDate: number, amount: number, profit: number | null = null, row = 0): OrderRow {
  return orderRow(customerId, orderDate, amount, { profit, row });
}

/** CDNOW_sample.txt: "customer id, (unused), YYYYMMDD, CDs, dollars" per line, whitespace separated. */
export function cdnowOrders(): OrderRow[] {
  const lines = readFileSync(join(FIXTURES, 'CDNOW_sample.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  return lines.map((line, i) => {
    const [id, , date, , dollars] = line.trim().split(/\s+/) as [string, string, string, string, string];
    return order(id, dayOf(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8))), Number(dollars), null, i + 1);
  });
}
