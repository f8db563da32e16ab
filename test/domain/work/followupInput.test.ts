import type { CustomerRow, OrderRow } from '../../../src/domain/model';
import { followUpCustomers, lastOrderByCustomer } from '../../../src/domain/work/followupInput';
import { orderRow } from '../rows';

const customerRow = (customerId: string, owner: string | null, birthday: number | null): CustomerRow => ({
  row: 2,
  customerId,
  name: null,
  country: null,
  contactPerson: null,
  source: null,
  businessType: null,
  owner,
  industryInfluence: null,
  communicationRating: null,
  replyHours: null,
  newProductInquiries: null,
  newProductOrders: null,
  creditIndex: null,
  expectedShare: null,
  birthday,
  createdAt: null,
});

const order = (customerId: string, orderDate: number): OrderRow => orderRow(customerId, orderDate, 100);

describe('follow-up input from sheet rows', () => {
  it('takes the latest order per customer, whatever the row order', () => {
    expect([...lastOrderByCustomer([order('A', 50), order('B', 10), order('A', 70), order('A', 60)])]).toEqual([
      ['A', 70],
      ['B', 10],
    ]);
  });

  it('joins tiers, churn marks and the likely-churning flags; unknown means null (or not flagged)', () => {
    const customers = followUpCustomers(
      [customerRow('A', 'Li', 3000), customerRow('B', null, null)],
      [order('A', 70)],
      new Map([['A', 'Diamond']]),
      new Map([['B', { reason: 'competitor' as const, markedOn: 80 }]]),
      new Set(['B']),
    );
    expect(customers).toEqual([
      { customerId: 'A', owner: 'Li', tier: 'Diamond', lastOrderOn: 70, birthday: 3000, churn: null, likelyChurning: false },
      { customerId: 'B', owner: '', tier: null, lastOrderOn: null, birthday: null, churn: { reason: 'competitor', markedOn: 80 }, likelyChurning: true },
    ]);
  });
});
