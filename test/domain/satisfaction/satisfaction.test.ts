import { detectMapping, detectSheets } from '../../../src/domain/mapping';
import type { Grid } from '../../../src/domain/model';
import { surveyColumns } from '../../../src/domain/satisfaction/profile';
import { summariseSatisfaction } from '../../../src/domain/satisfaction/summary';
import { readSurvey, scoreOutOf100 } from '../../../src/domain/satisfaction/survey';
import { excelSerialFromDay } from '../../../src/domain/dates';
import { ProblemLog } from '../../../src/domain/validation/problems';
import { day } from '../rows';

const EN_HEADERS = [
  'Customer ID',
  'Survey Date',
  'Product Quality',
  'Benefit',
  'Design',
  'Reliability',
  'Value for Money',
  'Delivery',
  'Complaint Handling',
  'Dispute Resolution',
  'Courtesy',
  'Communication',
  'Information',
  'Time',
];
const ZH_HEADERS = ['客户编号', '调查日期', '产品质量', '产品利益', '产品设计', '可靠性', '性价比', '送货', '客户抱怨处理', '商务纠纷处理', '礼貌', '沟通', '获得信息', '时间'];

// C1: an older survey (all 4, communication 5) and a newer one with two scores; C2: one survey.
const rows: Grid = [
  ['C1', '2026-01-10', 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 4, 4],
  ['C1', '2026-06-01', 2, '', '', '', '', '', '', '', '', 3, '', ''],
  ['C2', '2026-03-01', 5, 5, 5, 5, 5, 1, 1, 1, 3, 3, 3, 3],
  ['C3', '2027-02-01', 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], // after the analysis date
  ['C4', '', '', '', '', '', '', '', '', '', '', '', '', ''], // no score
];

describe('survey sheet', () => {
  it('maps English and Chinese headers to the twelve items', () => {
    for (const headers of [EN_HEADERS, ZH_HEADERS]) {
      const detection = detectMapping([headers], 'survey', 'Survey');
      expect(detection.missingRequired).toEqual([]);
      expect(Object.keys(detection.mapping.columns).length).toBe(14);
    }
  });

  it('is found among the sheets without being taken for the customer sheet', () => {
    const found = detectSheets([
      { name: 'Orders', grid: [['Customer ID', 'Order Date', 'Amount']] },
      { name: 'Customers', grid: [['Customer ID', 'Customer Name', 'Country']] },
      { name: '满意度调查', grid: [ZH_HEADERS] },
    ]);
    expect(found.survey?.mapping.sheet).toBe('满意度调查');
    expect(found.customers?.mapping.sheet).toBe('Customers');
  });

  it('reads rows, drops rows without scores with a warning, and guesses the 1-5 scale', () => {
    const grid = [EN_HEADERS, ...rows];
    const mapping = detectMapping(grid, 'survey', 'Survey').mapping;
    const read = readSurvey(grid, mapping);
    expect(read.rows.map((r) => r.customerId)).toEqual(['C1', 'C1', 'C2', 'C3']);
    expect(read.scale).toBe(5);
    expect(read.skippedRows).toBe(1);
    expect(read.rows[0]?.date).toBe(day('2026-01-10'));
    expect(read.rows[1]?.scores.productBenefit).toBeNull();
    const ten = readSurvey([EN_HEADERS, ['C1', excelSerialFromDay(day('2026-01-10')), 9, 7]], mapping);
    expect(ten.scale).toBe(10);
    expect(ten.rows[0]?.date).toBe(day('2026-01-10'));
  });

  it('names sheet, row and column of a score out of range', () => {
    const grid = [EN_HEADERS, ['C1', '2026-01-10', 12, 4]];
    const mapping = detectMapping(grid, 'survey', 'Survey').mapping;
    const log = new ProblemLog(10);
    const read = readSurvey(grid, mapping, {}, log);
    expect(read.rows[0]?.scores.productQuality).toBeNull();
    expect(log.problems).toEqual([
      { sheet: 'Survey', row: 2, column: 'Product Quality', value: 12, code: 'score-out-of-range', reason: 'score out of range; expected 1-5 or 1-10', severity: 'warning' },
    ]);
  });
});

describe('satisfaction per customer', () => {
  const grid = [EN_HEADERS, ...rows];
  const read = readSurvey(grid, detectMapping(grid, 'survey', 'Survey').mapping);
  const asOf = day('2026-12-31');

  it('scores 1 as 0 and the top of the scale as 100', () => {
    expect([1, 2, 3, 4, 5].map((s) => scoreOutOf100(s, 5))).toEqual([0, 25, 50, 75, 100]);
    expect(scoreOutOf100(10, 10)).toBe(100);
  });

  it('latest survey: only the newest survey counts, groups are the mean of their items', () => {
    const s = summariseSatisfaction(read.rows, { mode: 'latest', windowDays: 365, asOf, scale: 5 });
    const c1 = s.customers.get('C1');
    // newest C1 survey: quality 2 -> 25, communication 3 -> 50, nothing on service.
    expect(c1?.items.productQuality).toBe(25);
    expect(c1?.items.productBenefit).toBeNull();
    expect(c1?.groups).toEqual({ product: 25, service: null, purchase: 50 });
    expect(c1?.overall).toBe(37.5);
    expect(c1?.lastDate).toBe(day('2026-06-01'));
    // C2: product all 5 -> 100, service all 1 -> 0, purchase all 3 -> 50; overall (100 + 0 + 50) / 3.
    expect(s.customers.get('C2')?.groups).toEqual({ product: 100, service: 0, purchase: 50 });
    expect(s.customers.get('C2')?.overall).toBe(50);
    expect(s.customers.has('C3')).toBe(false);
    expect(s.leftOut.future).toBe(1);
  });

  it('window: the mean of every survey in the window, item by item', () => {
    const s = summariseSatisfaction(read.rows, { mode: 'window', windowDays: 365, asOf, scale: 5 });
    const c1 = s.customers.get('C1');
    expect(c1?.surveys).toBe(2);
    expect(c1?.items.productQuality).toBe(50); // (75 + 25) / 2
    expect(c1?.items.purchaseCommunication).toBe(75); // (100 + 50) / 2
    expect(c1?.groups.product).toBe(70); // (50 + 75 * 4) / 5
    expect(c1?.groups.service).toBe(75);
    expect(c1?.groups.purchase).toBe(75); // (75 + 75 + 75 + 75) / 4
    expect(c1?.overall).toBeCloseTo((70 + 75 + 75) / 3, 12);
    // A 150-day window ending 2026-12-31 starts after both C1 surveys (and C2's).
    const short = summariseSatisfaction(read.rows, { mode: 'window', windowDays: 150, asOf, scale: 5 });
    expect(short.customers.size).toBe(0);
    expect(short.leftOut.beforeWindow).toBe(3);
  });

  it('becomes scoring columns by customer id', () => {
    const cols = surveyColumns(summariseSatisfaction(read.rows, { mode: 'latest', windowDays: 365, asOf, scale: 5 }));
    expect(cols['survey.purchaseCommunication']?.get('C1')).toBe(50);
    expect(cols['survey.overall']?.get('C2')).toBe(50);
  });
});
