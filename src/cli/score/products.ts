/** The "Tiers Products" sheet of the output plan (src/output/products.ts) as package parts: cells and its Pareto chart. */
import type { CellValue } from '../../domain/model';
import type { ProductComposition } from '../../domain/products/composition';
import { absoluteRange } from '../../output/address';
import type { SheetLanguage } from '../../output/language';
import { PARETO_COLUMNS, PRODUCTS_CHART_PLACE, PRODUCTS_SHEET, productsSheet } from '../../output/products';
import type { ChartSpec } from '../xlsx/chartParts';
import type { Anchor } from '../xlsx/drawingParts';

export interface ProductsParts {
  rows: CellValue[][];
  widths: number[];
  chart: { name: string; spec: ChartSpec } | null;
  anchor: Anchor;
}

const num = (v: CellValue | undefined): number => (typeof v === 'number' ? v : NaN);

export function buildProducts(products: ProductComposition, language: SheetLanguage): ProductsParts {
  const sheet = productsSheet(products, language);
  const p = PRODUCTS_CHART_PLACE;
  const anchor = { fromCol: p.fromColumn, fromRow: p.fromRow, toCol: p.toColumn + 1, toRow: p.toRow + 1 };
  const widths = products.basis === 'none' ? [] : [16, 6, 28, 14, 9, 12, 6, 10, 14, 10, 10, 2, 60];
  if (!sheet.chart) return { rows: sheet.rows, widths, chart: null, anchor };
  const body = sheet.rows.slice(1, 1 + sheet.chartRows);
  const last = sheet.chartRows;
  const ref = (column: number): string => absoluteRange(PRODUCTS_SHEET, column, 1, last);
  const spec: ChartSpec = {
    kind: 'pareto',
    title: sheet.chart.title,
    axes: sheet.chart.axes,
    categories: { ref: ref(PARETO_COLUMNS.product), labels: body.map((r) => String(r[PARETO_COLUMNS.product] ?? '')) },
    bars: { name: sheet.chart.series[0], ref: ref(PARETO_COLUMNS.sales), values: body.map((r) => num(r[PARETO_COLUMNS.sales])), color: '4472C4' },
    cumulative: { name: sheet.chart.series[1], ref: ref(PARETO_COLUMNS.cumulative), values: body.map((r) => num(r[PARETO_COLUMNS.cumulative])), color: 'ED7D31' },
  };
  return { rows: sheet.rows, widths, chart: { name: sheet.chart.name, spec }, anchor };
}
