import { detectMapping } from '../../../src/domain/mapping/detectMapping';
import { SAMPLE_CUSTOMER_COLUMNS, SAMPLE_ORDER_COLUMNS } from '../../../src/sample/headers';

describe('the shipped samples map in full', () => {
  for (const language of ['en', 'zh'] as const) {
    it(`every customer header of the ${language} sample maps to its field`, () => {
      const detection = detectMapping([SAMPLE_CUSTOMER_COLUMNS.map((c) => c[language])], 'customers', 'Customers');
      expect(detection.mapping.columns).toEqual(Object.fromEntries(SAMPLE_CUSTOMER_COLUMNS.map((c, k) => [c.field, k])));
    });
    it(`every order header of the ${language} sample maps to its field`, () => {
      const detection = detectMapping([SAMPLE_ORDER_COLUMNS.map((c) => c[language])], 'orders', 'Orders');
      expect(detection.mapping.columns).toEqual(Object.fromEntries(SAMPLE_ORDER_COLUMNS.map((c, k) => [c.field, k])));
    });
  }

  it.each([
    ['平均回复时长(小时)', 'replyHours'],
    ['平均回复时长（小时）', 'replyHours'],
    ['回复时长[h]', 'replyHours'],
    ['新品下单数', 'newProductOrders'],
    ['新品询盘数', 'newProductInquiries'],
    ['业种', 'businessType'],
    ['账期(天)', 'creditDays'],
    ['账期（天）', 'creditDays'],
    ['行业影响力(1-5)', 'industryInfluence'],
    ['金额(元)', 'amount'],
    ['利润（万元）', 'profit'],
    ['Reply time (hours)', 'replyHours'],
  ])('%s -> %s (units in brackets)', (header, field) => {
    const detection = detectMapping([[header]], 'customers', 'S');
    const orders = detectMapping([[header]], 'orders', 'S');
    expect({ ...detection.mapping.columns, ...orders.mapping.columns }).toHaveProperty(field, 0);
  });
});
