import fc from 'fast-check';
import { dayFromCivil } from '../../../src/domain/dates';
import { firstPlanMonth, monthFromCell, monthText } from '../../../src/domain/plans/months';
import { isDistributorType, planTargets, selectPlanCustomers, type PlanSettings, type PlanTarget } from '../../../src/domain/plans/plan';
import { isEdited, mergePlans, planCheck, planGrid, planLines, planProgress, readPlanGrid } from '../../../src/domain/plans/table';
import type { CellValue, OrderRow } from '../../../src/domain/model';
import { day, orderRow } from '../rows';

const JAN_2026 = 2026 * 12;
// Seasonal index: January 150, February 50, every other month 100 (sum 1200).
const INDEX = [150, 50, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100];

function history(): OrderRow[] {
  const rows: OrderRow[] = [];
  for (let m = 1; m <= 12; m++) {
    rows.push(orderRow('D1', dayFromCivil(2025, m, 15), 100, { productLine: 'Chairs', quantity: 10 }));
    rows.push(orderRow('D1', dayFromCivil(2025, m, 20), 50, { productLine: 'Tables' }));
  }
  rows.push(orderRow('D1', day('2024-12-31'), 999, { productLine: 'Chairs', quantity: 99 })); // before the base year
  rows.push(orderRow('X9', day('2025-05-05'), 500, { productLine: 'Chairs' })); // not chosen
  return rows;
}

const settings: PlanSettings = { startMonth: JAN_2026, growth: 0.1, lineGrowth: { Tables: 0.2 } };

describe('plan targets', () => {
  it('last year x growth x the month share of the seasonal index, per line, in amount and quantity', () => {
    const plan = planTargets(
      [
        { customerId: 'D1', name: 'Dealer One' },
        { customerId: 'D2', name: null },
      ],
      history(),
      INDEX,
      settings,
    );
    expect(plan.withoutBase).toEqual(['D2']);
    const chairs = plan.targets.filter((t) => t.productLine === 'Chairs');
    const tables = plan.targets.filter((t) => t.productLine === 'Tables');
    // Chairs: 1200 x 1.1 = 1320 -> Jan 1320 x 150/1200 = 165, Feb 55, others 110; quantity 120 x 1.1 = 132 -> 16.5, 5.5, 11.
    expect(chairs.map((t) => t.targetAmount)).toEqual([165, 55, 110, 110, 110, 110, 110, 110, 110, 110, 110, 110]);
    expect(chairs.map((t) => t.targetQuantity)).toEqual([16.5, 5.5, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11]);
    // Tables: 600 x 1.2 = 720 -> 90, 30, 60 ...; no quantity on its rows.
    expect(tables.map((t) => t.targetAmount)).toEqual([90, 30, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60]);
    expect(tables.every((t) => t.targetQuantity === null)).toBe(true);
    expect(chairs.map((t) => monthText(t.month))).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
  });

  it('a plan starting mid-year takes each calendar month its own share', () => {
    const plan = planTargets([{ customerId: 'D1', name: null }], history(), INDEX, { ...settings, startMonth: JAN_2026 - 1, growth: 0, lineGrowth: {} });
    // Plan from December 2025: base year Dec 2024 .. Nov 2025, chairs 999 + 11 x 100 = 2099; December target = 2099 x 100/1200.
    const chairs = plan.targets.filter((t) => t.productLine === 'Chairs');
    expect(monthText(chairs[0]?.month ?? 0)).toBe('2025-12');
    expect(chairs[0]?.targetAmount).toBeCloseTo((2099 * 100) / 1200, 2); // 174.92
    expect(chairs[1]?.targetAmount).toBeCloseTo((2099 * 150) / 1200, 2); // January: 262.38
  });

  it('months of a plan add up to the annual target (to rounding) for any index and growth', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 12, maxLength: 12 }), fc.integer({ min: -50, max: 100 }), (index, pct) => {
        fc.pre(index.some((x) => x > 0));
        const plan = planTargets([{ customerId: 'D1', name: null }], history(), index, { startMonth: JAN_2026, growth: pct / 100, lineGrowth: {} });
        const chairs = plan.targets.filter((t) => t.productLine === 'Chairs').reduce((a, t) => a + t.targetAmount, 0);
        expect(Math.abs(chairs - 1200 * (1 + pct / 100))).toBeLessThanOrEqual(0.06);
      }),
    );
  });

  it('plans start with the month after the analysis date (that month when it is the 1st)', () => {
    expect(monthText(firstPlanMonth(day('2026-01-01')))).toBe('2026-01');
    expect(monthText(firstPlanMonth(day('2025-12-31')))).toBe('2026-01');
    expect(monthText(firstPlanMonth(day('2026-01-02')))).toBe('2026-02');
  });

  it('picks distributors by business type, tiers or ids', () => {
    expect(['Distributor', '经销商', '區域代理', 'Wholesaler', 'Retail store', null].map(isDistributorType)).toEqual([true, true, true, true, false, false]);
    // How Chinese exports name dealers, and what they are not: a retailer, a store, a mass merchandiser.
    expect(['国际零配件销售商', '国际性用品商', '貿易商', '零售商', '地区批量销售店', '地區量販店'].map(isDistributorType)).toEqual([true, true, true, false, false, false]);
    const customers = [
      { customerId: 'a', businessType: '经销商', tier: 'Iron' },
      { customerId: 'b', businessType: 'Store', tier: 'Diamond' },
      { customerId: 'c', businessType: 'Store', tier: 'Gold' },
    ];
    expect(selectPlanCustomers(customers, { distributors: true, tiers: [], ids: [] }).map((c) => c.customerId)).toEqual(['a']);
    expect(selectPlanCustomers(customers, { distributors: false, tiers: ['Diamond'], ids: ['c'] }).map((c) => c.customerId)).toEqual(['b', 'c']);
  });
});

describe('plan table', () => {
  const names = new Map([['D1', 'Dealer One']]);
  const actuals = [
    orderRow('D1', day('2026-01-05'), 150, { productLine: 'Chairs', quantity: 15 }),
    orderRow('D1', day('2026-01-25'), 40, { productLine: 'Beds' }), // a line without a plan row
  ];

  it('actual against plan per row and per customer month, with the gap in amount and percent', () => {
    const plan = planTargets([{ customerId: 'D1', name: null }], history(), INDEX, settings);
    // As if January and February have begun (the plan starts again in March).
    const lines = planLines(plan.targets, actuals, names, JAN_2026 + 2);
    const jan = lines.find((l) => l.productLine === 'Chairs' && monthText(l.month) === '2026-01');
    expect(jan).toMatchObject({ customerName: 'Dealer One', targetAmount: 165, actualAmount: 150, actualQuantity: 15, gapAmount: -15, cumulativeTarget: 165 });
    expect(jan?.gapPct).toBeCloseTo(-15 / 165, 12);
    const febChairs = lines.find((l) => l.productLine === 'Chairs' && monthText(l.month) === '2026-02');
    expect(febChairs).toMatchObject({ actualAmount: 0, gapAmount: -55, gapPct: -1, cumulativeTarget: 220 });
    // March has not begun: target and cumulative target, no actual, gap or gap %.
    const marChairs = lines.find((l) => l.productLine === 'Chairs' && monthText(l.month) === '2026-03');
    expect(marChairs).toMatchObject({ targetAmount: 110, cumulativeTarget: 330, actualAmount: null, actualQuantity: null, gapAmount: null, gapPct: null });
    // As if January has begun and the plan starts again in February.
    const progress = planProgress(lines, actuals, JAN_2026 + 1);
    // January: target 165 + 90 = 255; actual 150 + 40 (every line) = 190; gap -65.
    expect(progress[0]).toMatchObject({ customerId: 'D1', month: JAN_2026, target: 255, actual: 190, gapAmount: -65 });
    expect(progress[0]?.gapPct).toBeCloseTo(-65 / 255, 12);
    expect(progress).toHaveLength(12);
  });

  it('a month not begun (from the plan start on) has its target but no actual, gap or gap %, even with orders in it', () => {
    const plan = planTargets([{ customerId: 'D1', name: null }], history(), INDEX, settings);
    const lines = planLines(plan.targets, actuals, names, JAN_2026);
    const progress = planProgress(lines, actuals, JAN_2026);
    expect(progress).toHaveLength(12);
    expect(progress[0]).toEqual({ customerId: 'D1', month: JAN_2026, target: 255, actual: null, gapAmount: null, gapPct: null });
    for (const p of progress) expect([p.actual, p.gapAmount, p.gapPct]).toEqual([null, null, null]);
    // The plan rows alike: January's Chairs had orders (150, 15 pieces), yet nothing is counted before the month begins.
    expect(lines).toHaveLength(24);
    for (const l of lines) expect([l.actualAmount, l.actualQuantity, l.gapAmount, l.gapPct]).toEqual([null, null, null, null]);
    // The table's cells for them are empty, not 0 and minus the target.
    const grid = planGrid(lines, 'en');
    const actualColumns = ['Actual amount', 'Actual quantity', 'Gap', 'Gap %'].map((h) => (grid[0] as CellValue[]).indexOf(h));
    for (const row of grid.slice(1)) expect(actualColumns.map((c) => row[c])).toEqual(['', '', '', '']);
    // The same month once begun: its orders count.
    const begun = planLines(plan.targets, actuals, names, JAN_2026 + 1);
    expect(begun.find((l) => l.productLine === 'Chairs' && l.month === JAN_2026)).toMatchObject({ actualAmount: 150, actualQuantity: 15, gapAmount: -15 });
    expect(planProgress(begun, actuals, JAN_2026 + 1)[0]?.actual).toBe(190);
  });

  function writeAndRead(lines: ReturnType<typeof planLines>, edit?: (grid: CellValue[][]) => void) {
    const grid = planGrid(lines, 'zh-CN');
    edit?.(grid);
    const read = readPlanGrid(grid, 'Tiers Plans');
    if (!read.ok) throw new Error(read.message);
    return read.rows;
  }

  it('re-running never overwrites a row a manager edited, and keeps it edited on later runs', () => {
    const first = planTargets([{ customerId: 'D1', name: null }], history(), INDEX, settings);
    const lines = planLines(mergePlans(first.targets, [], JAN_2026).targets, [], names, JAN_2026);
    const marchTables = lines.findIndex((l) => l.productLine === 'Tables' && monthText(l.month) === '2026-03');
    const aprilChairs = lines.findIndex((l) => l.productLine === 'Chairs' && monthText(l.month) === '2026-04');
    const existing = writeAndRead(lines, (grid) => {
      const march = grid[marchTables + 1] as CellValue[];
      march[4] = 80; // target amount 60 -> 80
      const april = grid[aprilChairs + 1] as CellValue[];
      april[8] = '展会促销支持'; // a support note
    });
    // Growth changes: every unedited row gets new targets, the two edited rows stay.
    const second = planTargets([{ customerId: 'D1', name: null }], history(), INDEX, { ...settings, growth: 0, lineGrowth: {} });
    const merged = mergePlans(second.targets, existing, JAN_2026);
    expect(merged.keptEdited).toBe(2);
    const again = planLines(merged.targets, [], names, JAN_2026);
    const find = (line: string, month: string) => again.find((l) => l.productLine === line && monthText(l.month) === month);
    expect(find('Tables', '2026-03')).toMatchObject({ targetAmount: 80, edited: true });
    expect(find('Chairs', '2026-04')).toMatchObject({ targetAmount: 110, supportNote: '展会促销支持', edited: true });
    expect(find('Tables', '2026-04')).toMatchObject({ targetAmount: 50, edited: false });
    expect(find('Chairs', '2026-01')).toMatchObject({ targetAmount: 150, edited: false });
    // A third run still recognises the edits.
    const third = mergePlans(second.targets, writeAndRead(again), JAN_2026);
    expect(third.keptEdited).toBe(2);
    expect(third.targets.find((t) => t.productLine === 'Tables' && monthText(t.month) === '2026-03')?.targetAmount).toBe(80);
    expect(third.targets).toHaveLength(24);
  });

  it('keeps past months, drops unedited rows no longer planned, keeps rows a manager added', () => {
    const first = planTargets([{ customerId: 'D1', name: null }], history(), INDEX, settings);
    const existing = writeAndRead(planLines(first.targets, [], names, JAN_2026), (grid) => {
      grid.push(['D7', '', '2026-05', 'Lamps', 500, '', '', '', '', '', '', '', '', '']);
    });
    // A month later, D1 left the selection: its rows from February on go, January (past) stays.
    const merged = mergePlans([], existing, JAN_2026 + 1);
    expect(merged.keptPast).toBe(2);
    expect(merged.keptEdited).toBe(1);
    expect(merged.dropped).toBe(22);
    expect(merged.targets.map((t) => `${t.customerId} ${monthText(t.month)} ${t.productLine}`)).toEqual(['D1 2026-01 Chairs', 'D1 2026-01 Tables', 'D7 2026-05 Lamps']);
  });

  it('reads months written as dates, and refuses an unreadable cell naming sheet, row and column', () => {
    expect(monthFromCell(46023)).toBe(JAN_2026); // Excel serial of 2026-01-01
    // The same day in a 1904 workbook is serial 44561 (1,462 lower; learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system).
    expect(monthFromCell(44561, true)).toBe(JAN_2026);
    expect(monthFromCell(44561)).toBe(JAN_2026 - 49); // read as 1900: 2021-12-31
    expect(monthFromCell('2026年3月')).toBe(JAN_2026 + 2);
    expect(monthFromCell('March')).toBeNull();
    const lines = planLines(planTargets([{ customerId: 'D1', name: null }], history(), INDEX, settings).targets, [], names, JAN_2026);
    const grid = planGrid(lines, 'en');
    (grid[3] as CellValue[])[4] = 'lots';
    const read = readPlanGrid(grid, 'Tiers Plans');
    expect(read).toEqual({ ok: false, message: 'Sheet "Tiers Plans", row 4, column "Target amount": not a number. Fix the cell and run again; Tiers changed nothing.' });
    const moved = planGrid(lines, 'en').map((r) => [...r.slice(1), r[0] as CellValue]);
    expect(readPlanGrid(moved).ok).toBe(false);
  });

  it('the check changes with every written value', () => {
    const t = { customerId: 'D1', month: JAN_2026, productLine: 'Chairs', targetAmount: 165, targetQuantity: 16.5, scheduleNote: '', supportNote: '' };
    const base = planCheck(t);
    expect(base).toMatch(/^t[0-9a-f]{8}$/);
    for (const change of [{ targetAmount: 166 }, { targetQuantity: null }, { scheduleNote: 'x' }, { supportNote: 'y' }, { productLine: null }, { month: JAN_2026 + 1 }]) {
      expect(planCheck({ ...t, ...change })).not.toBe(base);
    }
  });
});

/** The check as docs/plans.md defines it, spelled out: the values joined by U+0001, FNV-1a over their UTF-16 code units. */
function checkByDefinition(t: PlanTarget): string {
  const text = [t.customerId, monthText(t.month), t.productLine ?? '', t.targetAmount, t.targetQuantity ?? '', t.scheduleNote, t.supportNote].join('\u0001');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `t${h.toString(16).padStart(8, '0')}`;
}

describe("the check stored in managers' workbooks", () => {
  const row = (customerId: string, month: string, productLine: string | null, targetAmount: number, targetQuantity: number | null, scheduleNote = '', supportNote = ''): PlanTarget => ({
    customerId,
    month: monthFromCell(month) as number,
    productLine,
    targetAmount,
    targetQuantity,
    scheduleNote,
    supportNote,
  });

  it('is the FNV-1a of the written values, as an independent implementation (Python, UTF-16 code units) computes it', () => {
    // Expected values from a separate Python FNV-1a over the joined text (the session's /tmp/perf-plans/fnv.py).
    expect(planCheck(row('D1', '2026-01', 'Chairs', 165, 16.5))).toBe('t6f8f4190');
    expect(planCheck(row('C0004444', '2026-03', 'Line 4', 1878.05, null))).toBe('t5231cc5f');
    expect(planCheck(row('客户7', '2027-12', null, -0.05, 0.3, '进度安排', '展会促销支持'))).toBe('td472ef7d');
    expect(planCheck(row('X', '2026-02', 'Tables', 123456.789, 1e-7, 's', 't'))).toBe('tfdc66d89');
    expect(planCheck(row('Y', '2026-02', 'Tables', 0.1 + 0.2, 1e21))).toBe('t7b766f77');
    expect(planCheck(row('W', '2026-02', 'Tables', 9999999999.99, 100.1))).toBe('t80ec96ec');
    expect(planCheck(row('V', '2026-02', 'Tables', -0, 0.07))).toBe('te43f3108');
    expect(planCheck(row('Z', '2026-02', 'Tables', 9999999999999.99, 0))).toBe('t0e26327c');
  });

  it('matches the definition for any amounts (to the cent or not), texts and months', () => {
    const amount = fc.oneof(
      fc.integer({ min: -1e15, max: 1e15 }).map((n) => n / 100),
      fc.double({ noNaN: true }),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => Math.round(n * 1.37) / 100),
      fc.constantFrom(0, -0, 0.005, 1e-7, 1e21, 12.3, 1e13 - 0.01, 1e13, 99.99),
    );
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: 1900 * 12, max: 2300 * 12 }),
        fc.option(fc.string()),
        amount,
        fc.option(amount),
        fc.string(),
        fc.string(),
        (customerId, month, productLine, targetAmount, targetQuantity, scheduleNote, supportNote) => {
          const t = { customerId, month, productLine, targetAmount, targetQuantity, scheduleNote, supportNote };
          expect(planCheck(t)).toBe(checkByDefinition(t));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('plan rows carry the check of their values, and a row read back unchanged is not edited', () => {
    const plan = planTargets([{ customerId: 'D1', name: null }], history(), INDEX, settings);
    const lines = planLines(plan.targets, history(), new Map([['D1', 'Dealer One']]), JAN_2026 + 2);
    for (const l of lines) expect(l.check).toBe(checkByDefinition(l));
    const read = readPlanGrid(planGrid(lines, 'en'));
    expect(read.ok && read.rows.every((r) => !isEdited(r))).toBe(true);
  });
});

describe('plans in any row order', () => {
  it('the merge sorts rows given out of order as it does rows in order', () => {
    const plan = planTargets(
      [
        { customerId: 'D1', name: null },
        { customerId: 'A0', name: null },
      ],
      [...history(), ...history().map((r) => ({ ...r, customerId: 'A0' }))],
      INDEX,
      settings,
    );
    const inOrder = mergePlans(plan.targets, [], JAN_2026).targets;
    expect(inOrder.map((t) => `${t.customerId} ${t.productLine} ${t.month - JAN_2026}`).slice(0, 13)).toEqual([...Array.from({ length: 12 }, (_, k) => `A0 Chairs ${k}`), 'A0 Tables 0']);
    fc.assert(
      fc.property(fc.shuffledSubarray(plan.targets, { minLength: plan.targets.length }), (shuffled) => {
        const merged = mergePlans(shuffled, [], JAN_2026);
        expect(merged.targets.map((t) => ({ ...t, edited: t.edited ?? false }))).toEqual(inOrder.map((t) => ({ ...t, edited: t.edited ?? false })));
        expect([merged.keptEdited, merged.keptPast, merged.dropped]).toEqual([0, 0, 0]);
      }),
      { numRuns: 30 },
    );
  });

  it('cumulative targets, actuals and progress follow each customer and line, however their rows are interleaved', () => {
    // Two customers' January and February, rows alternating between customers and lines.
    const t = (customerId: string, month: number, productLine: string | null, targetAmount: number): PlanTarget => ({
      customerId,
      month,
      productLine,
      targetAmount,
      targetQuantity: null,
      scheduleNote: '',
      supportNote: '',
    });
    const targets = [
      t('B', JAN_2026, 'Chairs', 10),
      t('A', JAN_2026, null, 5),
      t('B', JAN_2026, null, 7),
      t('A', JAN_2026 + 1, null, 6),
      t('B', JAN_2026 + 1, 'Chairs', 20),
      t('B', JAN_2026 + 1, null, 8),
    ];
    const orders = [
      orderRow('B', dayFromCivil(2026, 1, 3), 4, { productLine: 'Chairs', quantity: 2 }),
      orderRow('B', dayFromCivil(2026, 1, 9), 3, { productLine: 'Chairs' }),
      orderRow('B', dayFromCivil(2026, 1, 9), 9),
      orderRow('A', dayFromCivil(2026, 1, 20), 1, { productLine: 'Lamps' }),
      orderRow('B', dayFromCivil(2026, 2, 1), 100, { productLine: 'Chairs' }),
    ];
    // February has not begun (plan start February).
    const lines = planLines(targets, orders, new Map([['B', 'Bee']]), JAN_2026 + 1);
    expect(lines.map((l) => [l.customerId, l.productLine, l.cumulativeTarget, l.actualAmount, l.actualQuantity, l.customerName])).toEqual([
      ['B', 'Chairs', 10, 7, 2, 'Bee'],
      ['A', null, 5, 0, null, null],
      ['B', null, 7, 9, null, 'Bee'],
      ['A', null, 11, null, null, null],
      ['B', 'Chairs', 30, null, null, 'Bee'],
      ['B', null, 15, null, null, 'Bee'],
    ]);
    // Per customer and month, every line: A January 5 target, 1 actual (its Lamps order); B January 17, 16.
    expect(planProgress(lines, orders, JAN_2026 + 1).map((p) => [p.customerId, p.month - JAN_2026, p.target, p.actual])).toEqual([
      ['A', 0, 5, 1],
      ['A', 1, 6, null],
      ['B', 0, 17, 16],
      ['B', 1, 28, null],
    ]);
  });
});

describe('a customer with less than a year of history', () => {
  it('has its months scaled up to a year by their share of the seasonal index, and is named', () => {
    // First order in October 2025, plan from January 2026: three months, 100 a month.
    const rows = [10, 11, 12].map((m) => orderRow('N1', dayFromCivil(2025, m, 5), 100, { productLine: 'Chairs', quantity: 2 }));
    const flat = planTargets([{ customerId: 'N1', name: null }], rows, null, { startMonth: JAN_2026, growth: 0, lineGrowth: {} });
    // Flat index: 300 x 12 / 3 = 1200 a year, 100 a month; quantity 6 x 4 = 24, 2 a month.
    expect(flat.targets.map((t) => t.targetAmount)).toEqual(new Array(12).fill(100));
    expect(flat.targets.map((t) => t.targetQuantity)).toEqual(new Array(12).fill(2));
    expect(flat.shortHistory).toEqual([{ customerId: 'N1', months: 3, factor: 4 }]);
    // Index January 150, February 50, others 100 (sum 1200): Oct-Dec hold 300 of 1200, factor 4 again;
    // with October-December at 200 each (sum 1500), they hold 600 of 1500: a year is 300 x 2.5 = 750,
    // January 750 x 150 / 1500 = 75, October 750 x 200 / 1500 = 100.
    const busyAutumn = [150, 50, 100, 100, 100, 100, 100, 100, 100, 200, 200, 200];
    const seasonal = planTargets([{ customerId: 'N1', name: null }], rows, busyAutumn, { startMonth: JAN_2026, growth: 0, lineGrowth: {} });
    expect(seasonal.shortHistory).toEqual([{ customerId: 'N1', months: 3, factor: 2.5 }]);
    expect(seasonal.targets.map((t) => t.targetAmount)).toEqual([75, 25, 50, 50, 50, 50, 50, 50, 50, 100, 100, 100]);
  });

  it('a customer with a full year before the plan is not scaled', () => {
    const plan = planTargets([{ customerId: 'D1', name: null }], history(), INDEX, settings);
    expect(plan.shortHistory).toEqual([]);
  });
});
