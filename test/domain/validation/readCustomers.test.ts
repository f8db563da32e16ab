import { dayFromCivil } from '../../../src/domain/dates';
import type { SheetMapping } from '../../../src/domain/model';
import { readCustomers } from '../../../src/domain/validation/readCustomers';
import { customerRowSchema } from '../../../src/domain/validation/rowSchemas';

const MAPPING: SheetMapping<'customers'> = {
  sheet: '客户',
  headerRow: 0,
  columns: { customerId: 0, name: 1, industryInfluence: 2, expectedShare: 3, createdAt: 4, newProductInquiries: 5 },
};
const HEADER = ['客户编号', '客户名称', '行业影响力', '期望占比', '创建日期', '新品询盘'];

describe('readCustomers', () => {
  it('reads typed customer rows', () => {
    const result = readCustomers([HEADER, [1001, ' 华为 ', 4, '12%', '2020年1月2日', 3]], MAPPING);
    expect(result.problems).toEqual([]);
    expect(customerRowSchema.parse(result.rows[0])).toEqual(result.rows[0]);
    expect(result.rows[0]).toMatchObject({
      row: 2,
      customerId: '1001',
      name: '华为',
      industryInfluence: 4,
      expectedShare: 0.12,
      createdAt: dayFromCivil(2020, 1, 2),
      newProductInquiries: 3,
      country: null,
    });
  });

  it('keeps the first of duplicate ids and warns with both row numbers', () => {
    const result = readCustomers([HEADER, [1001, 'A'], ['C2', 'B'], ['1001', 'C'], [], [' C2', 'D']], MAPPING);
    expect(result.rows.map((r) => r.name)).toEqual(['A', 'B']);
    expect(result.skippedRows).toBe(2);
    expect(result.blankRows).toBe(1);
    expect(result.problems).toEqual([
      {
        sheet: '客户',
        row: 4,
        column: '客户编号',
        value: '1001',
        code: 'duplicate-customer-id',
        values: { row: 4, first: 2 },
        reason: 'duplicate customer id; row 4 repeats row 2, which is kept',
        severity: 'warning',
      },
      {
        sheet: '客户',
        row: 6,
        column: '客户编号',
        value: 'C2',
        code: 'duplicate-customer-id',
        values: { row: 6, first: 3 },
        reason: 'duplicate customer id; row 6 repeats row 3, which is kept',
        severity: 'warning',
      },
    ]);
    expect(result.summary).toEqual([{ sheet: '客户', severity: 'warning', code: 'duplicate-customer-id', values: { row: 4, first: 2 }, reason: 'duplicate customer id', count: 2, firstRow: 4 }]);
  });

  it('rejects ratings outside 1-5 and negative counts as warnings', () => {
    const result = readCustomers([HEADER, ['C1', 'A', 7, '', '', -1]], MAPPING);
    expect(result.rows[0]).toMatchObject({ industryInfluence: null, newProductInquiries: null });
    expect(result.problems.map((p) => p.reason)).toEqual(['rating out of range; expected 1-5', 'not a whole number of 0 or more']);
  });
});
