/**
 * DrawingML chart parts (xl/charts/chartN.xml) for the dashboard: clustered columns, a Pareto
 * combination (columns plus a cumulative line on a secondary percentage axis), lines and XY
 * scatter. Series point at sheet ranges and carry caches of their values, so Excel and
 * LibreOffice draw them without recalculating.
 */
import { escapeXml } from './xmlText';

export interface CategorySeries {
  name: string;
  /** Absolute range formula of the values, e.g. 'Tiers dashboard'!$B$3:$B$8. */
  ref: string;
  values: readonly number[];
  color: string; // RRGGBB
}

export interface Categories {
  ref: string;
  labels: readonly string[];
}

export interface AxisTitles {
  x: string;
  y: string;
}

export type ChartSpec =
  | { kind: 'column'; title: string; axes: AxisTitles; categories: Categories; series: readonly CategorySeries[]; valueFormat?: string }
  | { kind: 'line'; title: string; axes: AxisTitles; categories: Categories; series: readonly CategorySeries[]; valueFormat?: string }
  | { kind: 'pareto'; title: string; axes: AxisTitles & { y2: string }; categories: Categories; bars: CategorySeries; cumulative: CategorySeries }
  | { kind: 'scatter'; title: string; axes: AxisTitles; x: { ref: string; values: readonly number[] }; series: readonly CategorySeries[]; xFormat?: string; yFormat?: string };

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const AX = { cat: 500001, val: 500002, cat2: 500003, val2: 500004 };

function richText(text: string, size: number, bold: boolean): string {
  const b = bold ? '1' : '0';
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${b}"/></a:pPr><a:r><a:rPr lang="en-US" sz="${size}" b="${b}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function title(text: string, size = 1400): string {
  return `<c:title>${richText(text, size, true)}<c:overlay val="0"/></c:title>`;
}

function number(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

function strRef(ref: string, labels: readonly string[]): string {
  const pts = labels.map((label, i) => `<c:pt idx="${i}"><c:v>${escapeXml(label)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${escapeXml(ref)}</c:f><c:strCache><c:ptCount val="${labels.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(ref: string, values: readonly number[], format = 'General'): string {
  const pts = values.map((v, i) => (Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${number(v)}</c:v></c:pt>` : '')).join('');
  return `<c:numRef><c:f>${escapeXml(ref)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function seriesName(name: string): string {
  return `<c:tx><c:v>${escapeXml(name)}</c:v></c:tx>`;
}

function fill(color: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;
}

function stroke(color: string): string {
  return `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr>`;
}

function barSeries(s: CategorySeries, index: number, cats: Categories): string {
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${seriesName(s.name)}${fill(s.color)}<c:invertIfNegative val="0"/><c:cat>${strRef(cats.ref, cats.labels)}</c:cat><c:val>${numRef(s.ref, s.values)}</c:val></c:ser>`;
}

function lineSeries(s: CategorySeries, index: number, cats: Categories): string {
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${seriesName(s.name)}${stroke(s.color)}<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker><c:cat>${strRef(cats.ref, cats.labels)}</c:cat><c:val>${numRef(s.ref, s.values)}</c:val><c:smooth val="0"/></c:ser>`;
}

function scatterSeries(s: CategorySeries, index: number, x: { ref: string; values: readonly number[] }): string {
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${seriesName(s.name)}${stroke(s.color)}<c:marker><c:symbol val="none"/></c:marker><c:xVal>${numRef(x.ref, x.values)}</c:xVal><c:yVal>${numRef(s.ref, s.values)}</c:yVal><c:smooth val="0"/></c:ser>`;
}

interface AxisOptions {
  id: number;
  cross: number;
  pos: 'b' | 'l' | 'r';
  titleText?: string;
  format?: string;
  deleted?: boolean;
  gridlines?: boolean;
  crosses?: 'autoZero' | 'max';
  max?: number;
}

function axisHead(o: AxisOptions): string {
  const scaling = `<c:scaling><c:orientation val="minMax"/>${o.max === undefined ? '' : `<c:max val="${o.max}"/>`}</c:scaling>`;
  return (
    `<c:axId val="${o.id}"/>${scaling}<c:delete val="${o.deleted ? 1 : 0}"/><c:axPos val="${o.pos}"/>` +
    (o.gridlines ? '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' : '') +
    (o.titleText ? title(o.titleText, 1000) : '') +
    `<c:numFmt formatCode="${escapeXml(o.format ?? 'General')}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${o.cross}"/><c:crosses val="${o.crosses ?? 'autoZero'}"/>`
  );
}

function catAxis(o: AxisOptions): string {
  return `<c:catAx>${axisHead(o)}<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
}

function valAxis(o: AxisOptions): string {
  return `<c:valAx>${axisHead(o)}<c:crossBetween val="${o.pos === 'b' ? 'midCat' : 'between'}"/></c:valAx>`;
}

function plotArea(spec: ChartSpec): string {
  const axisPair = `<c:axId val="${AX.cat}"/><c:axId val="${AX.val}"/>`;
  const primaryCat = (format?: string): string =>
    catAxis({ id: AX.cat, cross: AX.val, pos: 'b', titleText: spec.axes.x }) + valAxis({ id: AX.val, cross: AX.cat, pos: 'l', titleText: spec.axes.y, gridlines: true, ...(format ? { format } : {}) });
  switch (spec.kind) {
    case 'column':
      return (
        `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${spec.series.map((s, i) => barSeries(s, i, spec.categories)).join('')}` +
        `<c:gapWidth val="60"/>${axisPair}</c:barChart>${primaryCat(spec.valueFormat)}`
      );
    case 'line':
      return (
        `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${spec.series.map((s, i) => lineSeries(s, i, spec.categories)).join('')}` +
        `<c:marker val="1"/>${axisPair}</c:lineChart>${primaryCat(spec.valueFormat)}`
      );
    case 'pareto':
      return (
        `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${barSeries(spec.bars, 0, spec.categories)}<c:gapWidth val="30"/>${axisPair}</c:barChart>` +
        `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lineSeries(spec.cumulative, 1, spec.categories)}<c:marker val="1"/><c:axId val="${AX.cat2}"/><c:axId val="${AX.val2}"/></c:lineChart>` +
        primaryCat('#,##0') +
        catAxis({ id: AX.cat2, cross: AX.val2, pos: 'b', deleted: true }) +
        valAxis({ id: AX.val2, cross: AX.cat2, pos: 'r', titleText: spec.axes.y2, format: '0%', crosses: 'max', max: 1 })
      );
    case 'scatter':
      return (
        `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${spec.series.map((s, i) => scatterSeries(s, i, spec.x)).join('')}${axisPair}</c:scatterChart>` +
        valAxis({ id: AX.cat, cross: AX.val, pos: 'b', titleText: spec.axes.x, format: spec.xFormat ?? 'General', max: 1 }) +
        valAxis({ id: AX.val, cross: AX.cat, pos: 'l', titleText: spec.axes.y, format: spec.yFormat ?? 'General', gridlines: true })
      );
  }
}

/** The complete chartN.xml text for one chart. */
export function chartXml(spec: ChartSpec): string {
  const legend = spec.kind === 'pareto' || spec.series.length > 1 || spec.kind === 'scatter';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>${title(spec.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plotArea(spec)}</c:plotArea>` +
    (legend ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : '') +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}
