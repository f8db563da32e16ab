/**
 * The owned "Tiers Model Check" sheet (docs/clv.md, "Backtest"), for the add-in and the CLI alike:
 * the backtest's summary, the table by calibration repeat purchases and the weekly cumulative
 * tracking series, one under another in columns A-F, and a native line chart of the tracking
 * series (actual against predicted) to their right. The writers only put this into a workbook.
 */
import type { Backtest } from '../domain/clv/predictive/backtest';
import { isoFromDay } from '../domain/dates';
import type { CellValue } from '../domain/model';
import type { ChartPlace } from './dashboard';
import { round, TEXT_FORMAT, type ColumnKind } from './format';

export const MODEL_CHECK_SHEET = 'Tiers Model Check';
/** The chart's name: found again by it on the next check. */
export const MODEL_CHECK_CHART = 'Tiers model check tracking';
export const MODEL_CHECK_WIDTH = 6;

export interface ModelCheckLayout {
  /** Every cell of columns A-F from row 1, header rows included. */
  rows: CellValue[][];
  /** Column A holds labels and dates as text; B-F numbers (and a few plain-word labels). */
  kinds: readonly ColumnKind[];
  formats: readonly string[];
  /** 0-based first row of the tracking block (its header row) and its data row count; columns A-C. */
  tracking: { headerRow: number; rows: number };
  chart: { title: string; axes: { x: string; y: string }; colors: [string, string]; place: ChartPlace };
}

const r2 = (x: number): number | null => round(x, 2);

function reliabilityText(check: Backtest): string {
  return check.reliability.reliable ? 'yes' : `no: ${check.reliability.message}`;
}

export function modelCheckLayout(check: Backtest): ModelCheckLayout {
  const { model } = check;
  const holdoutStart = isoFromDay(check.calibrationEnd + 1);
  const rows: CellValue[][] = [
    ['Tiers model check: repeat purchases predicted by the model against what the customers did', null],
    ['Calibration period (fitted on)', `${isoFromDay(check.firstOrder)} to ${isoFromDay(check.calibrationEnd)}`],
    ['Holdout period (predicted)', `${holdoutStart} to ${isoFromDay(check.holdoutEnd)}`],
    ['Split date', check.split === 'default' ? 'default: start of the last quarter of the order history' : 'configured'],
    ['Customers (bought in the calibration period)', check.customers],
    ['BG/NBD parameters r, alpha, a, b', `r = ${model.r.toPrecision(4)}, alpha = ${model.alpha.toPrecision(4)}, a = ${model.a.toPrecision(4)}, b = ${model.b.toPrecision(4)} (per ${check.period})`],
    ['Model reliable', reliabilityText(check)],
    ['Repeat purchases in the holdout: actual', check.total.actual],
    ['Repeat purchases in the holdout: predicted', r2(check.total.predicted)],
    ['Mean absolute error per customer', r2(check.meanAbsoluteError)],
    [],
    ['Repeat purchases in calibration', 'Customers', 'Actual (total)', 'Predicted (total)', 'Actual per customer', 'Predicted per customer'],
    ...check.byFrequency.map((g) => [g.label, g.customers, g.actual, r2(g.predicted), g.customers > 0 ? r2(g.actual / g.customers) : null, g.customers > 0 ? r2(g.predicted / g.customers) : null]),
    [],
  ];
  const headerRow = rows.length;
  rows.push(['Week ending', 'Actual (cumulative)', 'Predicted (cumulative)']);
  for (const w of check.weekly) rows.push([isoFromDay(w.end), w.actual, r2(w.predicted)]);
  const filled = rows.map((row) => Array.from({ length: MODEL_CHECK_WIDTH }, (_, c) => row[c] ?? null));
  return {
    rows: filled,
    kinds: ['text', 'number', 'number', 'number', 'number', 'number'],
    formats: [TEXT_FORMAT, 'General', 'General', 'General', 'General', 'General'],
    tracking: { headerRow, rows: check.weekly.length },
    chart: {
      title: 'Repeat purchases in the holdout, cumulative: actual vs predicted',
      axes: { x: 'Week ending', y: 'Repeat purchases (cumulative)' },
      colors: ['4472C4', 'ED7D31'],
      place: { fromRow: 0, fromColumn: MODEL_CHECK_WIDTH + 1, toRow: 20, toColumn: MODEL_CHECK_WIDTH + 10 },
    },
  };
}
