import { rfmRows } from '../../fixtures/rfm/rfmCsv';
import { countSegments, rfmScores, rPackageBins, rfmSegment } from '../../../src/domain/segments/rfm';

const readCsv = rfmRows;

const dayOf = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

describe('RFM, mode r-package, against the R package rfm', () => {
  const orders = readCsv('rfm_data_orders.csv');
  const expected = readCsv('rfm_data_orders_expected.csv');
  const analysis = dayOf('2006-12-31');
  const ids = [...new Set(orders.map((o) => o[0] as string))].sort();
  const pos = new Map(ids.map((id, i) => [id, i]));
  const recency = new Float64Array(ids.length).fill(Infinity);
  const count = new Float64Array(ids.length);
  const amount = new Float64Array(ids.length);
  for (const [id, date, revenue] of orders) {
    const i = pos.get(id as string) as number;
    recency[i] = Math.min(recency[i] as number, analysis - dayOf(date as string));
    count[i] = (count[i] as number) + 1;
    amount[i] = (amount[i] as number) + Number(revenue);
  }
  const scores = rfmScores(recency, count, amount, 'r-package');

  it('has the 995 customers of the reference', () => {
    expect(orders).toHaveLength(4906);
    expect(expected).toHaveLength(995);
    expect(ids).toHaveLength(995);
  });

  it.each(expected.map((row) => [row[0] as string, row]))('matches customer %s', (id, row) => {
    const i = pos.get(id);
    expect(i).toBeDefined();
    const k = i as number;
    const [, rd, tc, am, rs, fs, ms, seg] = row;
    expect({
      recency: recency[k],
      count: count[k],
      amount: amount[k],
      r: scores.r[k],
      f: scores.f[k],
      m: scores.m[k],
      segment: scores.segments[k],
    }).toEqual({ recency: Number(rd), count: Number(tc), amount: Number(am), r: Number(rs), f: Number(fs), m: Number(ms), segment: seg });
  });

  it('reproduces the published segment counts', () => {
    expect(countSegments(scores.segments)).toEqual({
      'Potential Loyalist': 342,
      'Loyal Customers': 170,
      Lost: 148,
      'New Customers': 104,
      'About To Sleep': 102,
      "Can't Lose Them": 47,
      Champions: 35,
      'At Risk': 28,
      'Need Attention': 10,
      Promising: 9,
    });
  });
});

describe('RFM helpers', () => {
  it('builds bins from type-7 quantiles plus one, last bin to max + 1', () => {
    // values 1..6: quantiles at .2,.4,.6,.8 = 2, 3, 4, 5 -> breaks 3, 4, 5, 6
    const { lower, upper } = rPackageBins(Float64Array.from([1, 2, 3, 4, 5, 6]));
    expect(Array.from(lower)).toEqual([1, 3, 4, 5, 6]);
    expect(Array.from(upper)).toEqual([3, 4, 5, 6, 7]);
  });

  it('takes the first matching segment rule', () => {
    expect(rfmSegment(5, 5, 5)).toBe('Champions');
    expect(rfmSegment(1, 1, 1)).toBe('Lost');
    expect(rfmSegment(1, 1, 5)).toBe('Lost');
    expect(rfmSegment(3, 1, 5)).toBe('Promising');
  });

  it('quintile mode gives tied customers one score and spans 1-5', () => {
    const s = rfmScores(
      Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
      Float64Array.from([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
      Float64Array.from([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]),
      'quintile',
    );
    expect(Array.from(s.m)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(Array.from(s.r)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    expect(new Set(s.f).size).toBe(1);
  });
});
