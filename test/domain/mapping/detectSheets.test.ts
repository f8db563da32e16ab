import { detectSheets } from '../../../src/domain/mapping/detectSheets';

const orders = [
  ['Customer ID', 'Order Date', 'Amount', 'Customer Name'],
  ['C1', 45356, 10, 'A'],
];
const customers = [
  ['Customer ID', 'Name', 'Country', 'Owner'],
  ['C1', 'A', 'DE', 'Li'],
];

describe('detectSheets', () => {
  it('finds the order and the customer sheet whatever their order in the workbook', () => {
    const result = detectSheets([
      { name: 'Notes', grid: [['Anything']] },
      { name: 'Sheet2', grid: customers },
      { name: 'Sheet1', grid: orders },
    ]);
    expect(result.orders?.mapping.sheet).toBe('Sheet1');
    expect(result.customers?.mapping.sheet).toBe('Sheet2');
    expect(result.messages).toEqual([]);
  });

  it('uses sheet names when two sheets both look like orders', () => {
    const result = detectSheets([
      { name: '客户', grid: [['客户编号', '日期', '金额']] },
      { name: '订单', grid: [['客户编号', '日期', '金额']] },
    ]);
    expect(result.orders?.mapping.sheet).toBe('订单');
    expect(result.customers?.mapping.sheet).toBe('客户');
  });

  it('treats the customer sheet as optional', () => {
    const result = detectSheets([{ name: 'Orders', grid: orders }]);
    expect(result.orders?.mapping.sheet).toBe('Orders');
    expect(result.customers).toBeNull();
  });

  it('says so when no sheet holds orders', () => {
    const result = detectSheets([{ name: 'Customers', grid: customers }]);
    expect(result.orders).toBeNull();
    expect(result.customers?.mapping.sheet).toBe('Customers');
    expect(result.messages).toEqual(['No sheet has the order columns Customer ID, Order date and Amount (客户编号, 订单日期, 金额). Sheets: "Customers".']);
  });
});
