/** A simulated Excel chart as chart.js data: its kind, categories and series read from the sheet. */
import type { ChartModel, Workbook } from '../simulator/model';

export type PreviewKind = 'bar' | 'column' | 'line' | 'area' | 'pie' | 'doughnut' | 'scatter';

export interface ChartPreviewData {
  kind: PreviewKind;
  stacked: boolean;
  title: string;
  categories: string[];
  /** `kind` a series draws as when set apart from the chart's (a combo chart); `secondary` on the right-hand axis. */
  series: { name: string; values: (number | null)[]; kind?: PreviewKind; secondary?: boolean }[];
}

/** Excel.ChartType names (e.g. "ColumnClustered", "BarStacked", "Line", "Pie") to a preview kind. */
export function previewKind(type: string): PreviewKind {
  const t = type.toLowerCase();
  if (t.startsWith('bar')) return 'bar';
  if (t.startsWith('line')) return 'line';
  if (t.startsWith('area')) return 'area';
  if (t.startsWith('pie')) return 'pie';
  if (t.startsWith('doughnut')) return 'doughnut';
  if (t.startsWith('xyscatter')) return 'scatter';
  return 'column';
}

const asNumber = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function chartPreviewData(workbook: Workbook, chart: ChartModel): ChartPreviewData {
  const series = workbook.chartSeries(chart);
  const base = { kind: previewKind(chart.type), stacked: /stacked/i.test(chart.type), title: chart.titleVisible || chart.title ? chart.title : '' };
  const source = chart.source;
  const first = series[0]?.values;
  if (!source || !first) return { ...base, categories: [], series: [] };
  const cells = workbook.sheet(source.sheetId).cells.values;
  const byColumns = first.rect.c0 === first.rect.c1;
  const read = (r: number, c: number) => cells.get(r, c);
  const points = byColumns ? first.rect.r1 - first.rect.r0 + 1 : first.rect.c1 - first.rect.c0 + 1;
  // Categories sit in the source's first column (or row) when the series do not start there.
  const hasCategories = byColumns ? first.rect.c0 > source.rect.c0 : first.rect.r0 > source.rect.r0;
  const categories = Array.from({ length: points }, (_, i) => {
    if (!hasCategories) return String(i + 1);
    const v = byColumns ? read(first.rect.r0 + i, source.rect.c0) : read(source.rect.r0, first.rect.c0 + i);
    return v === undefined ? '' : String(v);
  });
  return {
    ...base,
    categories,
    series: series.map((s, k) => ({
      name: s.name,
      ...(chart.seriesTypes?.[k] ? { kind: previewKind(chart.seriesTypes[k]) } : {}),
      ...(chart.seriesAxes?.[k] === 'Secondary' ? { secondary: true } : {}),
      values: Array.from({ length: points }, (_, i) => {
        if (!s.values) return null;
        const { r0, c0 } = s.values.rect;
        return asNumber(byColumns ? read(r0 + i, c0) : read(r0, c0 + i));
      }),
    })),
  };
}
