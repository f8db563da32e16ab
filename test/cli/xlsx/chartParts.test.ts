import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { chartXml, type ChartSpec } from '../../../src/cli/xlsx/chartParts';
import { drawingXml } from '../../../src/cli/xlsx/drawingParts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['c:ser', 'c:pt', 'c:valAx', 'c:catAx', 'xdr:twoCellAnchor'].includes(name) });
type Node = Record<string, unknown>;
const at = (node: unknown, ...path: string[]): Node => path.reduce<unknown>((n, k) => (n as Node)[k], node) as Node;

const cats = { ref: "'Tiers dashboard'!$A$5:$A$7", labels: ['Gold', 'Iron', 'A & B'] };
const series = { name: 'Customers', ref: "'Tiers dashboard'!$B$5:$B$7", values: [3, 0, 7], color: '4472C4' };

describe('chartXml', () => {
  it('writes a column chart with title, axis titles, categories and cached values', () => {
    const spec: ChartSpec = { kind: 'column', title: 'Tier distribution', axes: { x: 'Tier', y: 'Customers' }, categories: cats, series: [series] };
    const xml = chartXml(spec);
    expect(XMLValidator.validate(xml)).toBe(true);
    const chart = at(parser.parse(xml), 'c:chartSpace', 'c:chart');
    expect(JSON.stringify(chart['c:title'])).toContain('Tier distribution');
    const plot = at(chart, 'c:plotArea');
    const ser = (at(plot, 'c:barChart')['c:ser'] as Node[])[0] as Node;
    expect(at(ser, 'c:cat', 'c:strRef')['c:f']).toBe(cats.ref);
    expect((at(ser, 'c:cat', 'c:strRef', 'c:strCache')['c:pt'] as Node[]).map((p) => p['c:v'])).toEqual(['Gold', 'Iron', 'A & B']);
    expect((at(ser, 'c:val', 'c:numRef', 'c:numCache')['c:pt'] as Node[]).map((p) => p['c:v'])).toEqual([3, 0, 7]);
    expect(JSON.stringify(plot['c:catAx'])).toContain('"Tier"');
    expect(JSON.stringify(plot['c:valAx'])).toContain('"Customers"');
  });

  it('puts the Pareto cumulative line on a secondary percentage axis that crosses at the right', () => {
    const spec: ChartSpec = {
      kind: 'pareto',
      title: 'ABC Pareto',
      axes: { x: 'Rank', y: 'Sales', y2: 'Cumulative' },
      categories: cats,
      bars: series,
      cumulative: { ...series, name: 'Cumulative share', values: [0.5, 0.8, 1] },
    };
    const plot = at(parser.parse(chartXml(spec)), 'c:chartSpace', 'c:chart', 'c:plotArea');
    expect(plot['c:barChart']).toBeDefined();
    expect(plot['c:lineChart']).toBeDefined();
    const valAxes = plot['c:valAx'] as Node[];
    expect(valAxes).toHaveLength(2);
    const secondary = valAxes.find((a) => at(a, 'c:axPos')['@val'] === 'r') as Node;
    expect(at(secondary, 'c:crosses')['@val']).toBe('max');
    expect(at(secondary, 'c:numFmt')['@formatCode']).toBe('0%');
  });

  it('writes a scatter chart with x and y value references and skips non-finite points', () => {
    const spec: ChartSpec = {
      kind: 'scatter',
      title: 'Whale curve',
      axes: { x: 'Customers', y: 'Profit' },
      x: { ref: "'D'!$A$1:$A$3", values: [0, 0.5, 1] },
      series: [{ ...series, values: [0, 1.4, Number.NaN] }],
    };
    const ser = (at(parser.parse(chartXml(spec)), 'c:chartSpace', 'c:chart', 'c:plotArea', 'c:scatterChart')['c:ser'] as Node[])[0] as Node;
    expect(at(ser, 'c:xVal', 'c:numRef')['c:f']).toBe("'D'!$A$1:$A$3");
    expect((at(ser, 'c:yVal', 'c:numRef', 'c:numCache')['c:pt'] as Node[]).map((p) => p['c:v'])).toEqual([0, 1.4]);
  });
});

describe('drawingXml', () => {
  it('anchors one chart frame per chart, each pointing at its own relationship', () => {
    const xml = drawingXml(
      [
        { fromCol: 5, fromRow: 2, toCol: 13, toRow: 22 },
        { fromCol: 14, fromRow: 2, toCol: 22, toRow: 22 },
      ],
      ['One', 'Two'],
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const anchors = at(parser.parse(xml), 'xdr:wsDr')['xdr:twoCellAnchor'] as Node[];
    expect(anchors).toHaveLength(2);
    expect(JSON.stringify(anchors[1])).toContain('"@r:id":"rId2"');
    expect(at(anchors[0], 'xdr:from')['xdr:col']).toBe(5);
  });
});
