import { detectMapping } from '../../../src/domain/mapping/detectMapping';
import { FIELD_LABELS } from '../../../src/domain/mapping/fieldLabels';
import { customerSheetMappingSchema, orderSheetMappingSchema, sheetMappingSchema } from '../../../src/domain/mapping/sheetMappingSchema';
import { CUSTOMER_FIELDS, ORDER_FIELDS } from '../../../src/domain/model';

describe('sheetMappingSchema', () => {
  it('accepts a detected mapping after a JSON round trip', () => {
    const { mapping } = detectMapping([['Customer ID', 'Order Date', 'Amount', 'Country']], 'orders', 'Orders');
    const restored: unknown = JSON.parse(JSON.stringify(mapping));
    expect(orderSheetMappingSchema.parse(restored)).toEqual(mapping);
    expect(sheetMappingSchema.parse(restored)).toEqual(mapping);
  });

  it.each([
    [{ sheet: 'O', headerRow: 0, columns: { amount: -1 } }],
    [{ sheet: 'O', headerRow: 0, columns: { amount: 1.5 } }],
    [{ sheet: 'O', headerRow: 0, columns: { colour: 1 } }],
    [{ sheet: '', headerRow: 0, columns: {} }],
    [{ sheet: 'O', headerRow: -1, columns: {} }],
    [{ sheet: 'O', columns: {} }],
    [null],
  ])('rejects %j', (value) => {
    expect(orderSheetMappingSchema.safeParse(value).success).toBe(false);
  });

  it('keeps the two kinds apart', () => {
    expect(customerSheetMappingSchema.safeParse({ sheet: 'C', headerRow: 0, columns: { orderDate: 1 } }).success).toBe(false);
    expect(customerSheetMappingSchema.safeParse({ sheet: 'C', headerRow: 0, columns: { country: 1 } }).success).toBe(true);
  });
});

describe('FIELD_LABELS', () => {
  it('labels every field in English and Chinese', () => {
    for (const field of [...CUSTOMER_FIELDS, ...ORDER_FIELDS]) {
      expect(FIELD_LABELS[field].en).toMatch(/^[A-Z]/);
      expect(FIELD_LABELS[field].zh).toMatch(/[\u3400-\u9fff]/);
    }
  });
});
