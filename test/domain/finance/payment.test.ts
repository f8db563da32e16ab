import { indexCustomers } from '../../../src/domain/aggregate';
import { ageingBucket, paymentStats } from '../../../src/domain/finance/payment';
import { day, orderRow } from '../rows';

describe('paymentStats', () => {
  const asOf = day('2024-04-30');

  it('computes mean, median, on-time share and ageing by due date (hand-computed)', () => {
    const orders = [
      // docs 01-01, credit 30 -> due 01-31; paid 01-21 (20 days, on time)
      orderRow('A', day('2023-12-20'), 100, { documentsReceivedDate: day('2024-01-01'), creditDays: 30, paidDate: day('2024-01-21'), arrears: 0 }),
      // docs 02-01, credit 10 -> due 02-11; paid 03-02 (30 days, late)
      orderRow('A', day('2024-01-20'), 200, { documentsReceivedDate: day('2024-02-01'), creditDays: 10, paidDate: day('2024-03-02'), arrears: 0 }),
      // docs 01-10, no credit -> due 01-10; paid 01-20 (10 days, late)
      orderRow('A', day('2024-01-05'), 50, { documentsReceivedDate: day('2024-01-10'), paidDate: day('2024-01-20') }),
      // unpaid: due = docs 03-01 + 15 = 03-16; age at 04-30 = 45 days -> 31-60
      orderRow('A', day('2024-02-20'), 80, { documentsReceivedDate: day('2024-03-01'), creditDays: 15, arrears: 80 }),
      // unpaid, no documents: due = order 01-01 + 0; age 120 -> >90
      orderRow('A', day('2024-01-01'), 30, { arrears: 25 }),
      // no documents: due = order 04-25 + 30 = 05-25; age -25 -> not yet due
      orderRow('A', day('2024-04-25'), 10, { creditDays: 30, arrears: 10 }),
      // due = docs 04-20 + 10 = 04-30, the analysis date: age 0 -> not yet due
      orderRow('A', day('2024-04-15'), 5, { documentsReceivedDate: day('2024-04-20'), creditDays: 10, arrears: 5 }),
      // due = docs 04-19 + 10 = 04-29: age 1 -> 1-30 days overdue
      orderRow('A', day('2024-04-15'), 7, { documentsReceivedDate: day('2024-04-19'), creditDays: 10, arrears: 7 }),
      // paid 03-05, before its documents (03-20): -15 days is no payment delay; flagged, left out of days and on-time share
      orderRow('A', day('2024-03-01'), 40, { documentsReceivedDate: day('2024-03-20'), paidDate: day('2024-03-05'), arrears: 0 }),
      orderRow('B', day('2024-04-01'), 70),
    ];
    const index = indexCustomers([], orders);
    const [a, b] = paymentStats(index, orders, asOf);
    expect(a).toEqual({
      meanDays: 20,
      medianDays: 20,
      onTimeShare: 1 / 3,
      arrears: 127,
      ageing: { notDue: 15, b1_30: 7, b31_60: 80, b61_90: 0, b90plus: 25 },
      worstBucket: 'b90plus',
      paidBeforeDocuments: 1,
    });
    // arrears column exists, B has no value -> 0 outstanding
    expect(b).toEqual({
      meanDays: null,
      medianDays: null,
      onTimeShare: null,
      arrears: 0,
      ageing: { notDue: 0, b1_30: 0, b31_60: 0, b61_90: 0, b90plus: 0 },
      worstBucket: null,
      paidBeforeDocuments: 0,
    });
  });

  it('without an arrears column, counts unpaid orders; with neither column, arrears are unknown', () => {
    const withPaid = [
      orderRow('A', day('2024-03-01'), 100, { paidDate: day('2024-03-10') }),
      orderRow('A', day('2024-03-15'), 60, { creditDays: 0 }), // age 46 -> 31-60
    ];
    const [a] = paymentStats(indexCustomers([], withPaid), withPaid, asOf);
    expect(a?.arrears).toBe(60);
    expect(a?.worstBucket).toBe('b31_60');
    const bare = [orderRow('A', day('2024-03-01'), 100)];
    const [x] = paymentStats(indexCustomers([], bare), bare, asOf);
    expect(x?.arrears).toBeNull();
    expect(x?.ageing).toBeNull();
  });

  it('bucket edges: not yet due up to and including the due date, then days overdue', () => {
    expect([-5, 0, 1, 30, 31, 60, 61, 90, 91].map(ageingBucket)).toEqual(['notDue', 'notDue', 'b1_30', 'b1_30', 'b31_60', 'b31_60', 'b61_90', 'b61_90', 'b90plus']);
  });

  it('a customer who only paid before the documents has no payment days, and says how many such payments', () => {
    // docs 02-10, paid 02-01 (prepaid); docs 03-10, paid 03-10 (0 days, on time, counts)
    const orders = [
      orderRow('P', day('2024-01-25'), 100, { documentsReceivedDate: day('2024-02-10'), paidDate: day('2024-02-01') }),
      orderRow('Q', day('2024-01-25'), 100, { documentsReceivedDate: day('2024-02-10'), paidDate: day('2024-02-01') }),
      orderRow('Q', day('2024-03-01'), 100, { documentsReceivedDate: day('2024-03-10'), paidDate: day('2024-03-10') }),
    ];
    const [p, q] = paymentStats(indexCustomers([], orders), orders, asOf);
    expect(p).toMatchObject({ meanDays: null, medianDays: null, onTimeShare: null, paidBeforeDocuments: 1 });
    expect(q).toMatchObject({ meanDays: 0, medianDays: 0, onTimeShare: 1, paidBeforeDocuments: 1 });
  });
});
