import { customersFromOrders } from '../../src/domain/customersFromOrders';
import type { OrderRow } from '../../src/domain/model';
import { customerRowSchema } from '../../src/domain/validation/rowSchemas';
import { orderRow } from './rows';

function order(row: number, customerId: string, customerName: string | null): OrderRow {
  return orderRow(customerId, 19800, 10, { row, customerName });
}

describe('customersFromOrders', () => {
  it('gives one customer per id in order of first appearance, with the first name found', () => {
    const customers = customersFromOrders([order(2, 'B', null), order(3, 'A', 'Alpha'), order(4, 'B', 'Beta'), order(5, 'B', 'Other'), order(6, 'A', null)]);
    expect(customers.map((c) => [c.customerId, c.name, c.row])).toEqual([
      ['B', 'Beta', 2],
      ['A', 'Alpha', 3],
    ]);
    for (const c of customers) expect(customerRowSchema.parse(c)).toEqual({ ...c });
    expect(customers[0]).toMatchObject({ country: null, industryInfluence: null, createdAt: null });
  });

  it('returns nothing for no orders', () => {
    expect(customersFromOrders([])).toEqual([]);
  });
});
