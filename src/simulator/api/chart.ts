/** Charts: collection, chart, title, axes, series. Target: a chart id. */
import { ErrorCodes, fail } from '../errors';
import type { ChartModel } from '../model';
import { jsonBytes } from '../payload';
import { ClientCollection, ClientObject, NO_PATH, type RequestContext } from './context';
import type { Range } from './range';
import type { Worksheet } from './worksheet';

abstract class ChartPart<T = string> extends ClientObject<T> {
  constructor(context: RequestContext, resolver: () => T | null, pathBytes = 10) {
    super(context, resolver, pathBytes);
  }
  protected chart(id: string): ChartModel {
    return this.state.model.chart(id);
  }
  protected update(id: string, change: (c: ChartModel) => void): void {
    const c = this.chart(id);
    this.state.model.mutate('objects', c.sheetId, () => change(c));
  }
}

export class Chart extends ChartPart {
  protected readonly scalarProps = ['name', 'id', 'chartType', 'top', 'left', 'width', 'height', 'seriesBy'] as const;

  get name(): string { return this.val('name'); }
  set name(v: string) { this.write('name', v, (id, n) => this.update(id, (c) => { c.name = n; })); }
  get id(): string { return this.val('id'); }
  get chartType(): string { return this.val('chartType'); }
  set chartType(v: string) { this.write('chartType', v, (id, t) => this.update(id, (c) => { c.type = t; })); }
  get top(): number { return this.val('top'); }
  set top(v: number) { this.write('top', v, (id, n) => this.update(id, (c) => { c.top = n; })); }
  get left(): number { return this.val('left'); }
  set left(v: number) { this.write('left', v, (id, n) => this.update(id, (c) => { c.left = n; })); }
  get width(): number { return this.val('width'); }
  set width(v: number) { this.write('width', v, (id, n) => this.update(id, (c) => { c.width = n; })); }
  get height(): number { return this.val('height'); }
  set height(v: number) { this.write('height', v, (id, n) => this.update(id, (c) => { c.height = n; })); }
  /** Not in Office.js as a property; exposed read-only to check what setData/add were given. */
  get seriesBy(): string { return this.val('seriesBy'); }

  protected readProperty(id: string, prop: string): unknown {
    const c = this.chart(id);
    return prop === 'chartType' ? c.type : (c as unknown as Record<string, unknown>)[prop];
  }

  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === 'title') return this.title;
    if (name === 'series') return this.series;
    if (name === 'legend') return this.legend;
    return undefined;
  }

  get title(): ChartTitle { return new ChartTitle(this.context, () => this.targetOrNull()); }
  get legend(): ChartLegend { return new ChartLegend(this.context, () => this.targetOrNull()); }
  get axes(): ChartAxes { return new ChartAxes(this.context, () => this.targetOrNull()); }
  get series(): ChartSeriesCollection { return new ChartSeriesCollection(this.context, () => this.target()); }

  setData(sourceData: Range, seriesBy: string = 'Auto'): void {
    this.call(['setData', seriesBy], (id) => {
      const source = sourceData.target();
      this.update(id, (c) => {
        c.source = source;
        c.seriesBy = seriesBy;
        c.seriesNames = {};
      });
    });
  }

  /** Places the chart over startCell (to endCell) using the sheet's column widths and row height. */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this.call('setPosition', (id) => {
      const c = this.chart(id);
      const model = this.state.model;
      const ref = (cell: Range | string) => (typeof cell === 'string' ? model.resolveAddress(cell, c.sheetId) : cell.target());
      const start = ref(startCell).rect;
      const pos = model.cellPosition(c.sheetId, start.r0, start.c0);
      this.update(id, (chart) => {
        chart.top = pos.top;
        chart.left = pos.left;
        if (endCell !== undefined) {
          const end = ref(endCell).rect;
          const far = model.cellPosition(c.sheetId, end.r1 + 1, end.c1 + 1);
          chart.width = far.left - pos.left;
          chart.height = far.top - pos.top;
        }
      });
    });
  }

  delete(): void {
    this.call('delete', (id) => {
      const c = this.chart(id);
      this.state.model.mutate('objects', c.sheetId, () => { this.state.model.charts = this.state.model.charts.filter((x) => x.id !== id); });
    });
  }
}

export class ChartTitle extends ChartPart {
  protected readonly scalarProps = ['text', 'visible'] as const;
  get text(): string { return this.val('text'); }
  set text(v: string) { this.write('text', v, (id, t) => this.update(id, (c) => { c.title = t; c.titleVisible = t !== ''; })); }
  get visible(): boolean { return this.val('visible'); }
  set visible(v: boolean) { this.write('visible', v, (id, b) => this.update(id, (c) => { c.titleVisible = b; })); }
  protected readProperty(id: string, prop: string): unknown {
    const c = this.chart(id);
    return prop === 'text' ? c.title : c.titleVisible;
  }
}

export class ChartLegend extends ChartPart {
  protected readonly scalarProps = ['visible'] as const;
  get visible(): boolean { return this.val('visible'); }
  set visible(v: boolean) { this.write('visible', v, (id, b) => this.update(id, (c) => { c.legendVisible = b; })); }
  protected readProperty(id: string): unknown {
    return this.chart(id).legendVisible;
  }
}

type AxisKind = 'category' | 'value';

export class ChartAxes extends ChartPart {
  protected readonly scalarProps = [] as const;
  get categoryAxis(): ChartAxis { return new ChartAxis(this.context, () => this.axis('category')); }
  get valueAxis(): ChartAxis { return new ChartAxis(this.context, () => this.axis('value')); }
  private axis(kind: AxisKind): { id: string; kind: AxisKind } | null {
    const id = this.targetOrNull();
    return id === null ? null : { id, kind };
  }
  protected readProperty(): unknown {
    return undefined;
  }
}

export class ChartAxis extends ChartPart<{ id: string; kind: AxisKind }> {
  protected readonly scalarProps = [] as const;
  get title(): ChartAxisTitle { return new ChartAxisTitle(this.context, () => this.targetOrNull()); }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    return name === 'title' ? this.title : undefined;
  }
  protected readProperty(): unknown {
    return undefined;
  }
}

export class ChartAxisTitle extends ChartPart<{ id: string; kind: AxisKind }> {
  protected readonly scalarProps = ['text', 'visible'] as const;
  get text(): string { return this.val('text'); }
  set text(v: string) {
    this.write('text', v, (a, t) => this.update(a.id, (c) => {
      if (a.kind === 'category') c.categoryAxisTitle = t;
      else c.valueAxisTitle = t;
    }));
  }
  get visible(): boolean { return this.val('visible'); }
  protected readProperty(a: { id: string; kind: AxisKind }, prop: string): unknown {
    const c = this.chart(a.id);
    const text = a.kind === 'category' ? c.categoryAxisTitle : c.valueAxisTitle;
    return prop === 'text' ? text : text !== '';
  }
}

interface SeriesKey {
  id: string;
  index: number;
}

export class ChartSeries extends ChartPart<SeriesKey> {
  protected readonly scalarProps = ['name'] as const;
  get name(): string { return this.val('name'); }
  set name(v: string) { this.write('name', v, (k, n) => this.update(k.id, (c) => { c.seriesNames[k.index] = n; })); }
  protected readProperty(k: SeriesKey): unknown {
    const series = this.state.model.chartSeries(this.chart(k.id))[k.index];
    return series?.name ?? fail(ErrorCodes.itemNotFound, `No series ${k.index}.`);
  }
}

export class ChartSeriesCollection extends ClientCollection<ChartSeries, number> {
  protected override readonly ownProps = ['count'] as const;
  constructor(context: RequestContext, private readonly chartId: () => string) {
    super(context);
  }
  get count(): number { return this.val('count'); }
  protected keys(): number[] {
    return this.state.model.chartSeries(this.state.model.chart(this.chartId())).map((_, i) => i);
  }
  protected itemFor(index: number): ChartSeries {
    return new ChartSeries(this.context, () => ({ id: this.chartId(), index }), NO_PATH);
  }
  getItemAt(index: number): ChartSeries {
    return new ChartSeries(this.context, () => (this.keys().includes(index) ? { id: this.chartId(), index } : fail(ErrorCodes.itemNotFound, `No series ${index}.`)));
  }
}

export class ChartCollection extends ClientCollection<Chart, string> {
  protected override readonly ownProps = ['count'] as const;
  constructor(context: RequestContext, private readonly sheet: Worksheet) {
    super(context);
  }
  get count(): number { return this.val('count'); }
  private get model() {
    return this.state.model;
  }
  protected keys(): string[] {
    const sheetId = this.sheet.target();
    return this.model.charts.filter((c) => c.sheetId === sheetId).map((c) => c.id);
  }
  protected itemFor(id: string): Chart {
    return new Chart(this.context, () => id, NO_PATH);
  }
  private find(name: string): string | undefined {
    const sheetId = this.sheet.target();
    return this.model.charts.find((c) => c.sheetId === sheetId && (c.name === name || c.id === name))?.id;
  }
  /** seriesBy defaults to 'Auto' as in Office.js; pass 'Columns' explicitly (office-js#1830). */
  add(type: string, sourceData: Range, seriesBy: string = 'Auto'): Chart {
    let id: string | undefined;
    this.context.enqueue(jsonBytes(type) + jsonBytes(seriesBy) + 10, () => {
      id = this.model.addChart(this.sheet.target(), type, sourceData.target(), seriesBy).id;
    });
    return new Chart(this.context, () => id ?? fail(ErrorCodes.itemNotFound, 'The chart was not added.'));
  }
  getItem(name: string): Chart {
    return new Chart(this.context, () => this.find(name) ?? fail(ErrorCodes.itemNotFound, `The chart '${name}' does not exist.`));
  }
  getItemOrNullObject(name: string): Chart {
    const c = new Chart(this.context, () => this.find(name) ?? null);
    c.resolveAtSync();
    return c;
  }
  getItemAt(index: number): Chart {
    return new Chart(this.context, () => this.keys()[index] ?? fail(ErrorCodes.itemNotFound, `No chart at ${index}.`));
  }
}
