import { detectMapping } from '../../../src/domain/mapping/detectMapping';
import { compileSynonyms, headerConfidence, prepareHeader } from '../../../src/domain/mapping/matchHeader';
import { headerTokens, normaliseHeader } from '../../../src/domain/mapping/normaliseHeader';
import { CUSTOMER_SYNONYMS, ORDER_SYNONYMS, type SynonymSet } from '../../../src/domain/mapping/synonyms';
import { CUSTOMER_FIELDS, ORDER_FIELDS, type SheetKind } from '../../../src/domain/model';

const CJK = /[\u3400-\u9fff]/;

/** The same header as users mistype it: case, spacing, underscores, stray punctuation, full-width forms. */
function variants(synonym: string): string[] {
  if (CJK.test(synonym)) return [synonym, ` ${synonym} `, `${synonym}：`, `【${synonym}】`, synonym.split('').join(' '), `${synonym}\u3000`];
  return [synonym, synonym.toUpperCase(), synonym.toLowerCase().replace(/ /g, '_'), `  ${synonym.replace(/ /g, '   ')}: `, synonym.replace(/ /g, '-'), `${synonym}.`];
}

function cases(kind: SheetKind): [string, string, string][] {
  const fields: readonly string[] = kind === 'orders' ? ORDER_FIELDS : CUSTOMER_FIELDS;
  const table = (kind === 'orders' ? ORDER_SYNONYMS : CUSTOMER_SYNONYMS) as Record<string, SynonymSet>;
  return fields.flatMap((field) => (table[field]?.strong ?? []).flatMap((synonym) => variants(synonym).map((v): [string, string, string] => [field, synonym, v])));
}

describe('every synonym family', () => {
  it('has synonyms in English and Chinese for every field', () => {
    for (const [fields, table] of [
      [ORDER_FIELDS, ORDER_SYNONYMS],
      [CUSTOMER_FIELDS, CUSTOMER_SYNONYMS],
    ] as const) {
      for (const field of fields) {
        const set = (table as Record<string, SynonymSet>)[field];
        expect(set?.strong.some((s) => CJK.test(s))).toBe(true);
        expect(set?.strong.some((s) => /^[\x20-\x7e]+$/.test(s))).toBe(true);
      }
    }
  });

  it.each(cases('orders'))('orders: %s <- "%s" as %j', (field, _synonym, header) => {
    const detection = detectMapping([[header]], 'orders', 'Orders');
    expect(detection.mapping.columns).toEqual({ [field]: 0 });
    expect(detection.confidence).toEqual({ [field]: 1 });
  });

  it.each(cases('customers'))('customers: %s <- "%s" as %j', (field, _synonym, header) => {
    const detection = detectMapping([[header]], 'customers', 'Customers');
    expect(detection.mapping.columns).toEqual({ [field]: 0 });
  });

  it('scores weak synonyms below strong ones', () => {
    const header = prepareHeader('Customer');
    expect(headerConfidence(header, compileSynonyms(ORDER_SYNONYMS.customerId))).toBe(0.85);
    expect(headerConfidence(prepareHeader('Customer ID'), compileSynonyms(ORDER_SYNONYMS.customerId))).toBe(1);
  });
});

describe('header normalisation', () => {
  it('ignores case, spacing, punctuation, underscores and width', () => {
    expect(normaliseHeader(' Customer_ID ')).toBe('customerid');
    expect(normaliseHeader('ＣＵＳＴＯＭＥＲ　ＩＤ')).toBe('customerid');
    expect(normaliseHeader('Order #')).toBe('orderno');
    expect(normaliseHeader('订单金额（元）')).toBe('订单金额元');
    expect(headerTokens('CustomerID (internal)')).toEqual(['customer', 'id', 'internal']);
    expect(headerTokens('orderDate')).toEqual(['order', 'date']);
  });
});

describe('partial matches', () => {
  const orders = (header: string): number => headerConfidence(prepareHeader(header), compileSynonyms(ORDER_SYNONYMS.amount));
  it('scores containment and abbreviations below an exact match, above the threshold', () => {
    const withUnit = orders('Order Amount (USD)');
    expect(withUnit).toBeGreaterThan(0.5);
    expect(withUnit).toBeLessThan(1);
    expect(orders('订单金额（元）')).toBeGreaterThan(0.5);
    expect(orders('订单金额（元）')).toBeLessThan(1);
    expect(headerConfidence(prepareHeader('Quant'), compileSynonyms(ORDER_SYNONYMS.quantity))).toBeGreaterThan(0.5);
  });

  it('does not match headers that only share a vague word or change the measure', () => {
    expect(headerConfidence(prepareHeader('Unit Cost'), compileSynonyms(ORDER_SYNONYMS.cost))).toBe(0);
    expect(headerConfidence(prepareHeader('Profit %'), compileSynonyms(ORDER_SYNONYMS.profit))).toBe(0);
    expect(headerConfidence(prepareHeader('Credit Limit'), compileSynonyms(CUSTOMER_SYNONYMS.creditIndex))).toBe(0);
    expect(headerConfidence(prepareHeader('Update Date'), compileSynonyms(ORDER_SYNONYMS.orderDate))).toBe(0);
    expect(headerConfidence(prepareHeader('Notes'), compileSynonyms(ORDER_SYNONYMS.amount))).toBe(0);
  });
});

describe('detectMapping', () => {
  it('maps the real headers of the rfm reference orders', () => {
    const detection = detectMapping([['customer_id', 'order_date', 'revenue', 'first_name', 'last_name', 'email']], 'orders', 'rfm');
    expect(detection.mapping).toEqual({ sheet: 'rfm', headerRow: 0, columns: { customerId: 0, orderDate: 1, amount: 2 } });
    expect(detection.missingRequired).toEqual([]);
    expect(detection.messages).toEqual([]);
  });

  it('finds a header row below titles and blank rows, and maps a mixed EN/ZH sheet', () => {
    const grid = [
      ['2024 销售订单'],
      [],
      ['exported 2024-06-30', '', ''],
      ['订单号', ' Cust. No. ', '下单日期', '订单金额（元）', '毛利', 'Unit Cost', 'Ready Date', '备注'],
      ['SO-1', 1001, 45356, 1200, 300, 8, 45360, ''],
    ];
    const detection = detectMapping(grid, 'orders', '订单');
    expect(detection.mapping.headerRow).toBe(3);
    expect(detection.mapping.columns).toEqual({ orderId: 0, customerId: 1, orderDate: 2, amount: 3, profit: 4, readyDate: 6 });
    expect(detection.confidence.amount).toBeLessThan(1);
    expect(detection.seenHeaders).toEqual(['订单号', 'Cust. No.', '下单日期', '订单金额（元）', '毛利', 'Unit Cost', 'Ready Date', '备注']);
  });

  it('only looks at the first 10 non-empty rows for the header', () => {
    const filler = Array.from({ length: 10 }, (_, i) => [`note ${i}`]);
    const late = detectMapping([...filler, ['Customer ID', 'Order Date', 'Amount']], 'orders', 'O');
    expect(late.missingRequired).toEqual(['customerId', 'orderDate', 'amount']);
    const inTime = detectMapping([[], [], ...filler.slice(1), ['Customer ID', 'Order Date', 'Amount']], 'orders', 'O');
    expect(inTime.missingRequired).toEqual([]);
    expect(inTime.mapping.headerRow).toBe(11);
  });

  it('names a missing required column in English and Chinese and lists the headers seen', () => {
    const detection = detectMapping([['Client', 'Revenue', 'Notes']], 'orders', 'Sales');
    expect(detection.missingRequired).toEqual(['orderDate']);
    expect(detection.messages).toEqual(['Sheet "Sales" has no column for Order date (订单日期). Headers seen: "Client", "Revenue", "Notes".']);
  });

  it('gives each column to one field and each field one column, first column on duplicate headers', () => {
    const detection = detectMapping([['Amount', 'Customer', 'Customer ID', 'Date', 'amount ']], 'orders', 'O');
    expect(detection.mapping.columns).toEqual({ amount: 0, customerName: 1, customerId: 2, orderDate: 3 });
    expect(detection.messages).toEqual(['Sheet "O": columns A, E have the same header "Amount"; using column A.']);
  });

  it('prefers the required field when a weak header could be either', () => {
    expect(detectMapping([['Customer', 'Date', 'Sales']], 'orders', 'O').mapping.columns).toEqual({ customerId: 0, orderDate: 1, amount: 2 });
  });

  it('returns an empty mapping for an empty grid', () => {
    const detection = detectMapping([], 'customers', 'C');
    expect(detection.mapping).toEqual({ sheet: 'C', headerRow: 0, columns: {} });
    expect(detection.messages).toEqual(['Sheet "C" has no column for Customer ID (客户编号). Headers seen: none.']);
  });
});
