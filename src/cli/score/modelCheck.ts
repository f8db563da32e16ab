/**
 * The "Tiers Model Check" sheet of the output plan (src/output/modelCheck.ts) as package parts:
 * its cells and one DrawingML line chart of the weekly cumulative tracking, actual against
 * predicted, where the add-in puts its native chart.
 */
import type { Backtest } from '../../domain/clv/predictive/backtest';
import type { CellValue } from '../../domain/model';
import { absoluteRange } from '../../output/address';
import type { SheetLanguage } from '../../output/language';
import { MODEL_CHECK_CHART, MODEL_CHECK_SHEET, modelCheckLayout } from '../../output/modelCheck';
import type { ChartSpec } from '../xlsx/chartParts';
import type { Anchor } from '../xlsx/drawingParts';

export interface ModelCheckParts {
  rows: CellValue[][];
  chart: ChartSpec;
  name: string;
  anchor: Anchor;
}

export function buildModelCheck(check: Backtest, language: SheetLanguage = 'en'): ModelCheckParts {
  const layout = modelCheckLayout(check, language);
  const { headerRow, rows: count } = layout.tracking;
  const first = headerRow + 1;
  const last = headerRow + Math.max(1, count);
  const body = layout.rows.slice(first, first + count);
  const header = layout.rows[headerRow] as CellValue[];
  const series = [1, 2].map((c, k) => ({
    name: String(header[c]),
    ref: absoluteRange(MODEL_CHECK_SHEET, c, first, last),
    values: body.map((row) => (typeof row[c] === 'number' ? row[c] : NaN)),
    color: layout.chart.colors[k] as string,
  }));
  const place = layout.chart.place;
  return {
    rows: layout.rows,
    chart: {
      kind: 'line',
      title: layout.chart.title,
      axes: layout.chart.axes,
      categories: { ref: absoluteRange(MODEL_CHECK_SHEET, 0, first, last), labels: body.map((row) => String(row[0])) },
      series,
    },
    name: MODEL_CHECK_CHART,
    anchor: { fromCol: place.fromColumn, fromRow: place.fromRow, toCol: place.toColumn + 1, toRow: place.toRow + 1 },
  };
}
