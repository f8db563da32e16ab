/** Charts: collection, chart, title, legend, axes, series. Target: a chart id. */
import { ErrorCodes, fail } from '../errors';
import type { ChartModel } from '../model';
import { rangeArg } from './range';
import { defineType, obj, type HostEnv, type TypeDef } from './types';

/** Chart types `charts.add` accepts here (Excel.ChartType values); any other is InvalidArgument. */
const CHART_TYPES: readonly string[] = ['ColumnClustered', 'ColumnStacked', 'BarClustered', 'BarStacked', 'Line', 'LineMarkers', 'Pie', 'Doughnut', 'Area', 'XYScatter', 'Histogram', 'Pareto'];

type AxisKind = 'category' | 'value';
interface AxisKey {
  id: string;
  kind: AxisKind;
}
interface SeriesKey {
  id: string;
  index: number;
}

const notFound = (): never => fail(ErrorCodes.itemNotFound, "The requested resource doesn't exist.");

function update(id: string, env: HostEnv, change: (c: ChartModel) => void): void {
  const c = env.model.chart(id);
  env.model.mutate('objects', c.sheetId, () => change(c));
}

export const chartTitle: TypeDef<string> = defineType<string>({
  name: 'ChartTitle',
  scalars: { text: (id, env) => env.model.chart(id).title, visible: (id, env) => env.model.chart(id).titleVisible },
  setters: {
    text: (id, t: string, env) =>
      update(id, env, (c) => {
        c.title = t;
        c.titleVisible = t !== '';
      }),
    visible: (id, b: boolean, env) =>
      update(id, env, (c) => {
        c.titleVisible = b;
      }),
  },
});

export const chartLegend: TypeDef<string> = defineType<string>({
  name: 'ChartLegend',
  scalars: { visible: (id, env) => env.model.chart(id).legendVisible },
  setters: {
    visible: (id, b: boolean, env) =>
      update(id, env, (c) => {
        c.legendVisible = b;
      }),
  },
});

const axisText = (a: AxisKey, env: HostEnv) => {
  const c = env.model.chart(a.id);
  return a.kind === 'category' ? c.categoryAxisTitle : c.valueAxisTitle;
};

export const chartAxisTitle: TypeDef<AxisKey> = defineType<AxisKey>({
  name: 'ChartAxisTitle',
  scalars: { text: (a, env) => axisText(a, env), visible: (a, env) => axisText(a, env) !== '' },
  setters: {
    text: (a, t: string, env) =>
      update(a.id, env, (c) => {
        if (a.kind === 'category') c.categoryAxisTitle = t;
        else c.valueAxisTitle = t;
      }),
  },
});

export const chartAxis: TypeDef<AxisKey> = defineType<AxisKey>({ name: 'ChartAxis', nav: { title: (a) => obj(chartAxisTitle, a) } });

export const chartAxes: TypeDef<string> = defineType<string>({
  name: 'ChartAxes',
  nav: { categoryAxis: (id) => obj(chartAxis, { id, kind: 'category' }), valueAxis: (id) => obj(chartAxis, { id, kind: 'value' }) },
});

export const chartSeries: TypeDef<SeriesKey> = defineType<SeriesKey>({
  name: 'ChartSeries',
  scalars: {
    name: (k, env) => env.model.chartSeries(env.model.chart(k.id))[k.index]?.name ?? notFound(),
    chartType: (k, env) => env.model.chart(k.id).seriesTypes?.[k.index] ?? env.model.chart(k.id).type,
    axisGroup: (k, env) => env.model.chart(k.id).seriesAxes?.[k.index] ?? 'Primary',
  },
  setters: {
    name: (k, n: string, env) =>
      update(k.id, env, (c) => {
        c.seriesNames[k.index] = n;
      }),
    chartType: (k, t: string, env) => {
      if (!CHART_TYPES.includes(t)) fail(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.');
      update(k.id, env, (c) => {
        c.seriesTypes = { ...c.seriesTypes, [k.index]: t };
      });
    },
    axisGroup: (k, g: string, env) => {
      if (g !== 'Primary' && g !== 'Secondary') fail(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.');
      update(k.id, env, (c) => {
        c.seriesAxes = { ...c.seriesAxes, [k.index]: g };
      });
    },
  },
});

const seriesCount = (id: string, env: HostEnv) => env.model.chartSeries(env.model.chart(id)).length;

export const chartSeriesCollection: TypeDef<string> = defineType<string>({
  name: 'ChartSeriesCollection',
  items: (id, env) => Array.from({ length: seriesCount(id, env) }, (_, index) => obj(chartSeries, { id, index })),
  scalars: { count: seriesCount },
  methods: {
    getCount: (id, _a, env) => seriesCount(id, env),
    getItemAt: (id, [index], env) => ((index as number) < seriesCount(id, env) ? obj(chartSeries, { id, index: index as number }) : notFound()),
  },
});

const chartProp = (prop: keyof ChartModel) => (id: string, env: HostEnv) => env.model.chart(id)[prop];
const setChart =
  <K extends 'name' | 'type' | 'top' | 'left' | 'width' | 'height'>(prop: K) =>
  (id: string, v: ChartModel[K], env: HostEnv) =>
    update(id, env, (c) => {
      c[prop] = v;
    });

export const chartType: TypeDef<string> = defineType<string>({
  name: 'Chart',
  scalars: {
    chartType: chartProp('type'),
    height: chartProp('height'),
    id: (id) => id,
    left: chartProp('left'),
    name: chartProp('name'),
    top: chartProp('top'),
    width: chartProp('width'),
  },
  setters: {
    name: setChart('name'),
    chartType: setChart('type'),
    top: setChart('top'),
    left: setChart('left'),
    width: setChart('width'),
    height: setChart('height'),
  },
  nav: {
    title: (id) => obj(chartTitle, id),
    legend: (id) => obj(chartLegend, id),
    axes: (id) => obj(chartAxes, id),
    series: (id) => obj(chartSeriesCollection, id),
  },
  methods: {
    setData: (id, [source, seriesBy], env) => {
      const c = env.model.chart(id);
      const ref = rangeArg(source, { sheetId: c.sheetId, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } }, env);
      update(id, env, (chart) => {
        chart.source = ref;
        chart.seriesBy = (seriesBy as string | null) ?? 'Auto';
        chart.seriesNames = {};
        chart.seriesTypes = {};
        chart.seriesAxes = {};
      });
    },
    /** Places the chart over startCell (to endCell) using the sheet's column widths and row height. */
    setPosition: (id, [startCell, endCell], env) => {
      const c = env.model.chart(id);
      const home = { sheetId: c.sheetId, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
      const start = rangeArg(startCell, home, env).rect;
      const pos = env.model.cellPosition(c.sheetId, start.r0, start.c0);
      update(id, env, (chart) => {
        chart.top = pos.top;
        chart.left = pos.left;
        if (endCell !== undefined && endCell !== null) {
          const end = rangeArg(endCell, home, env).rect;
          const far = env.model.cellPosition(c.sheetId, end.r1 + 1, end.c1 + 1);
          chart.width = far.left - pos.left;
          chart.height = far.top - pos.top;
        }
      });
    },
    delete: (id, _a, env) => {
      const c = env.model.chart(id);
      env.model.mutate('objects', c.sheetId, () => {
        env.model.charts = env.model.charts.filter((x) => x.id !== id);
      });
    },
  },
  id: (id) => id,
});

const chartIds = (sheetId: string, env: HostEnv) => env.model.charts.filter((c) => c.sheetId === sheetId).map((c) => c.id);
const findChart = (sheetId: string, key: unknown, env: HostEnv) => env.model.charts.find((c) => c.sheetId === sheetId && (c.name === key || c.id === key))?.id;

/** Target: the sheet id. */
export const chartCollection: TypeDef<string> = defineType<string>({
  name: 'ChartCollection',
  items: (sheetId, env) => chartIds(sheetId, env).map((id) => obj(chartType, id)),
  scalars: { count: (sheetId, env) => chartIds(sheetId, env).length },
  indexer: (sheetId, [key], env) => obj(chartType, findChart(sheetId, key, env) ?? notFound()),
  methods: {
    getItem: (sheetId, [key], env) => obj(chartType, findChart(sheetId, key, env) ?? notFound()),
    getItemOrNullObject: (sheetId, [key], env) => {
      const id = findChart(sheetId, key, env);
      return id === undefined ? null : obj(chartType, id);
    },
    getCount: (sheetId, _a, env) => chartIds(sheetId, env).length,
    /** seriesBy defaults to 'Auto' as in Office.js; pass 'Columns' explicitly (office-js#1830). */
    add: (sheetId, [type, source, seriesBy], env) => {
      const ref = rangeArg(source, { sheetId, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } }, env);
      return obj(chartType, env.model.addChart(sheetId, type as string, ref, (seriesBy as string | null) ?? 'Auto').id);
    },
  },
});
