import { dayFromExcelSerial, dayFromIso, civilFromDay, excelSerialFromDay } from '../../src/domain/dates';
import type { CellValue, Grid } from '../../src/domain/model';
import { SAMPLE_CUSTOMER_COLUMNS, SAMPLE_ORDER_COLUMNS, customerHeaders, generateSampleWorkbook, orderHeaders, sampleWindow, type SampleCustomerField, type SampleOrderField } from '../../src/sample';

const orderColumn = (field: SampleOrderField): number => SAMPLE_ORDER_COLUMNS.findIndex((c) => c.field === field);
const customerColumn = (field: SampleCustomerField): number => SAMPLE_CUSTOMER_COLUMNS.findIndex((c) => c.field === field);
const column = (grid: Grid, index: number): CellValue[] => grid.slice(1).map((row) => row[index] ?? null);
const numbers = (values: CellValue[]): number[] => values.filter((v): v is number => typeof v === 'number');

/** Sum of `value` per key, over the data rows. */
function totalsBy(grid: Grid, keyColumn: number, valueColumn: number): Map<CellValue, number> {
  const totals = new Map<CellValue, number>();
  for (const row of grid.slice(1)) totals.set(row[keyColumn] ?? null, (totals.get(row[keyColumn] ?? null) ?? 0) + Number(row[valueColumn]));
  return totals;
}

function correlation(a: number[], b: number[]): number {
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(a);
  const mb = mean(b);
  let cov = 0;
  let va = 0;
  let vb = 0;
  a.forEach((x, i) => {
    const y = b[i] ?? 0;
    cov += (x - ma) * (y - mb);
    va += (x - ma) ** 2;
    vb += (y - mb) ** 2;
  });
  return cov / Math.sqrt(va * vb);
}

describe('generateSampleWorkbook', () => {
  const book = generateSampleWorkbook();
  const window = sampleWindow();

  it('gives the same workbook for the same seed and a different one for another seed', () => {
    const again = generateSampleWorkbook({ customers: 120, orders: 2000, seed: 7 });
    expect(generateSampleWorkbook({ customers: 120, orders: 2000, seed: 7 })).toEqual(again);
    const other = generateSampleWorkbook({ customers: 120, orders: 2000, seed: 8 });
    expect(other.orders).not.toEqual(again.orders);
    expect(other.customers).not.toEqual(again.customers);
  });

  it('has a header row and the requested number of rows, every row as wide as its header', () => {
    expect(book.customers).toHaveLength(501);
    expect(book.orders).toHaveLength(20001);
    const small = generateSampleWorkbook({ customers: 37, orders: 411 });
    expect(small.customers).toHaveLength(38);
    expect(small.orders).toHaveLength(412);
    expect(book.customers.filter((row) => row.length !== SAMPLE_CUSTOMER_COLUMNS.length)).toEqual([]);
    expect(book.orders.filter((row) => row.length !== SAMPLE_ORDER_COLUMNS.length)).toEqual([]);
  });

  it('writes English or Chinese headers and Chinese terms in the zh variant', () => {
    expect(book.customers[0]).toEqual(customerHeaders('en'));
    expect(book.orders[0]).toEqual(orderHeaders('en'));
    const zh = generateSampleWorkbook({ customers: 50, orders: 500, language: 'zh' });
    expect(zh.customers[0]).toEqual(expect.arrayContaining(['客户编号', '公司名称', '国家', '联系人']));
    expect(zh.orders[0]).toEqual(expect.arrayContaining(['订单编号', '客户编号', '订单日期', '金额', '利润']));
    expect(column(zh.orders, orderColumn('settlementStatus')).every((v) => typeof v === 'string' && /[\u4e00-\u9fff]/.test(v))).toBe(true);
    // The language changes words only, never the numbers.
    const en = generateSampleWorkbook({ customers: 50, orders: 500, language: 'en' });
    expect(column(zh.orders, orderColumn('amount'))).toEqual(column(en.orders, orderColumn('amount')));
  });

  it("writes Traditional headers and words, Taiwan and Hong Kong customers and NT$ amounts in the zh-TW variant, with the other variants' rows", () => {
    const tw = generateSampleWorkbook({ customers: 300, orders: 3000, language: 'zh-TW' });
    const zh = generateSampleWorkbook({ customers: 300, orders: 3000, language: 'zh' });
    expect(tw.customers[0]).toEqual(customerHeaders('zh-TW'));
    expect(tw.orders[0]).toEqual(orderHeaders('zh-TW'));
    expect(tw.customers[0]).toEqual(expect.arrayContaining(['客戶編號', '公司名稱', '國家/地區', '聯絡人', '負責業務員']));
    expect(tw.orders[0]).toEqual(expect.arrayContaining(['訂單編號', '客戶編號', '訂單日期', '金額', '帳期(天)', '出貨日期', '結算狀態']));
    // Every word in Traditional characters: none of the Simplified forms of the words used.
    const words = [...tw.customers.slice(1), ...tw.orders.slice(1)].flat().filter((v): v is string => typeof v === 'string');
    expect(words.filter((w) => /[国户联络营业务沟状态编称产线数额润单货账赔结欠负责员询卫户电气紧]/.test(w))).toEqual([]);
    const regions = column(tw.customers, customerColumn('country'));
    expect(new Set(regions)).toEqual(new Set(['臺灣', '香港']));
    const hk = regions.filter((r) => r === '香港').length / regions.length;
    expect(hk).toBeGreaterThan(0.2);
    expect(hk).toBeLessThan(0.5);
    tw.customers.slice(1).forEach((row) => {
      const region = row[customerColumn('country')];
      const name = String(row[customerColumn('name')]);
      const contact = String(row[customerColumn('contactDetails')]);
      expect(name).toMatch(region === '香港' ? /^[\u4e00-\u9fff]+有限公司$/ : /^[\u4e00-\u9fff]+(股份有限公司|有限公司|企業社)$/);
      expect(contact).toMatch(region === '香港' ? /^sales\d+@[a-z]+\.com\.hk \/ \+852 3\d{3} \d{4}$/ : /^sales\d+@[a-z]+\.com\.tw \/ \+886 2 2\d{3} \d{4}$/);
      expect(String(row[customerColumn('address')])).toMatch(region === '香港' ? /^(九龍|新界|香港).+\d+號/ : /^(臺北市|新北市|桃園市|新竹市|臺中市|彰化縣|臺南市|高雄市).+\d+號/);
      expect(String(row[customerColumn('contactPerson')])).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
    });
    // Distributors read as such (經銷商), as the English "dealer" does.
    expect(column(tw.customers, customerColumn('businessType'))).toEqual(expect.arrayContaining(['國際零配件經銷商', '國際用品經銷商']));
    // The same customers and orders as the other languages, amounts in whole NT$ at 30 to the generator's unit.
    expect(column(tw.orders, orderColumn('customerId'))).toEqual(column(zh.orders, orderColumn('customerId')));
    expect(column(tw.orders, orderColumn('orderDate'))).toEqual(column(zh.orders, orderColumn('orderDate')));
    expect(column(tw.orders, orderColumn('quantity'))).toEqual(column(zh.orders, orderColumn('quantity')));
    for (const field of ['amount', 'profit', 'claimAmount', 'arrears'] as const) {
      const ntd = column(tw.orders, orderColumn(field)) as number[];
      const base = column(zh.orders, orderColumn(field)) as number[];
      expect(ntd.every((x) => Number.isInteger(x))).toBe(true);
      ntd.forEach((x, k) => expect(Math.abs(x - (base[k] as number) * 30)).toBeLessThanOrEqual(0.5));
    }
    const amounts = numbers(column(tw.orders, orderColumn('amount')));
    const median = [...amounts].sort((a, b) => a - b)[amounts.length >> 1] as number;
    // A furniture exporter's order in NT$: tens of thousands to a few million.
    expect(median).toBeGreaterThan(10_000);
    expect(median).toBeLessThan(3_000_000);
    expect(tw.survey[0]).toEqual(expect.arrayContaining(['客戶編號', '調查日期', '產品品質', '獲得資訊']));
    expect(tw.survey.slice(1)).toEqual(zh.survey.slice(1));
  });

  it('keeps order dates inside the window as Excel serials, sorted, and later dates in order', () => {
    const dates = column(book.orders, orderColumn('orderDate'));
    expect(dates.every((v) => typeof v === 'number')).toBe(true);
    const days = numbers(dates).map(dayFromExcelSerial);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(window.start);
    expect(Math.max(...days)).toBeLessThanOrEqual(window.end);
    expect(days.every((d, i) => i === 0 || d >= (days[i - 1] ?? 0))).toBe(true);
    const chain = (['orderDate', 'readyDate', 'shippedDate', 'documentsReceivedDate'] as const).map(orderColumn);
    const lastSerial = excelSerialFromDay(window.end);
    const outOfOrder = book.orders.slice(1).filter((row) => {
      const present = chain.map((i) => row[i]).filter((v): v is number => typeof v === 'number');
      return present.some((v, i) => v > lastSerial || (i > 0 && v < (present[i - 1] ?? 0)));
    });
    expect(outOfOrder).toEqual([]);
  });

  it('pays an order before its documents only when it is fully prepaid', () => {
    const [docs, paid, prepay] = (['documentsReceivedDate', 'paidDate', 'prepaymentShare'] as const).map(orderColumn);
    const early = book.orders.slice(1).filter((row) => typeof row[paid!] === 'number' && typeof row[docs!] === 'number' && (row[paid!] as number) < (row[docs!] as number));
    expect(early.length).toBeGreaterThan(0);
    expect(early.filter((row) => row[prepay!] !== 1)).toEqual([]);
  });

  it('writes ISO date text when asked', () => {
    const iso = generateSampleWorkbook({ customers: 30, orders: 300, dates: 'iso', startYear: 2020, years: 4 });
    const dates = column(iso.orders, orderColumn('orderDate'));
    expect(dates.every((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))).toBe(true);
    const years = new Set(dates.map((v) => civilFromDay(dayFromIso(String(v))).year));
    expect([...years].every((y) => y >= 2020 && y <= 2023)).toBe(true);
    expect(iso.asOf).toBe(dayFromIso('2024-01-01'));
  });

  it('keeps amounts positive, shares within 0-1, ratings within 1-5 and arrears within the amount', () => {
    const amounts = numbers(column(book.orders, orderColumn('amount')));
    expect(amounts).toHaveLength(20000);
    expect(amounts.every((a) => a > 0)).toBe(true);
    for (const field of ['prepaymentShare', 'discount'] as const) {
      const shares = numbers(column(book.orders, orderColumn(field)));
      expect(shares.every((s) => s >= 0 && s <= 1)).toBe(true);
    }
    for (const field of ['industryInfluence', 'communicationRating'] as const) {
      const ratings = numbers(column(book.customers, customerColumn(field)));
      expect(ratings.length).toBeGreaterThan(400);
      expect(ratings.every((r) => Number.isInteger(r) && r >= 1 && r <= 5)).toBe(true);
    }
    const odd = book.orders.slice(1).filter((row) => {
      const arrears = Number(row[orderColumn('arrears')]);
      return arrears < 0 || arrears > Number(row[orderColumn('amount')]) || Number(row[orderColumn('claimsReasonable')]) > Number(row[orderColumn('claimsCount')]);
    });
    expect(odd).toEqual([]);
  });

  it('leaves recent or defaulted orders unpaid, with arrears, and pays the rest', () => {
    const paid = column(book.orders, orderColumn('paidDate'));
    const unpaid = paid.filter((v) => v === '').length;
    expect(unpaid).toBeGreaterThan(100);
    expect(unpaid).toBeLessThan(paid.length / 4);
    const mismatched = book.orders.slice(1).filter((row) => {
      const isPaid = row[orderColumn('paidDate')] !== '';
      return (Number(row[orderColumn('arrears')]) === 0) !== (isPaid || row[orderColumn('prepaymentShare')] === 1);
    });
    expect(mismatched).toEqual([]);
  });

  it('writes no text that Excel would read as a formula', () => {
    const formulaLike = [...book.customers, ...book.orders].flat().filter((v) => typeof v === 'string' && /^[=+\-@]/.test(v));
    expect(formulaLike).toEqual([]);
  });

  it('refers only to customers of the Customers sheet', () => {
    const ids = new Set(column(book.customers, customerColumn('customerId')));
    expect(ids.size).toBe(500);
    expect(column(book.orders, orderColumn('customerId')).every((id) => ids.has(id))).toBe(true);
  });

  it('has a seasonal pattern that repeats every year', () => {
    const byYearMonth = [0, 1, 2].map(() => new Array<number>(12).fill(0));
    for (const row of book.orders.slice(1)) {
      const { year, month } = civilFromDay(dayFromExcelSerial(Number(row[orderColumn('orderDate')])));
      const months = byYearMonth[year - 2023];
      if (months) months[month - 1] = (months[month - 1] ?? 0) + 1;
    }
    const [y1 = [], y2 = [], y3 = []] = byYearMonth;
    expect(correlation(y1, y2)).toBeGreaterThan(0.6);
    expect(correlation(y2, y3)).toBeGreaterThan(0.6);
    const all = y1.map((v, i) => v + (y2[i] ?? 0) + (y3[i] ?? 0));
    expect(Math.max(...all) / Math.min(...all)).toBeGreaterThan(1.8);
  });

  it('has a long tail: the top 20% of customers make well over half of sales', () => {
    const sales = [...totalsBy(book.orders, orderColumn('customerId'), orderColumn('amount')).values()].sort((a, b) => b - a);
    const total = sales.reduce((s, v) => s + v, 0);
    const top = sales.slice(0, Math.ceil(sales.length * 0.2)).reduce((s, v) => s + v, 0);
    expect(top / total).toBeGreaterThan(0.6);
  });

  it('has loss-making customers, so the most profitable make more than all the profit', () => {
    const profits = [...totalsBy(book.orders, orderColumn('customerId'), orderColumn('profit')).values()].sort((a, b) => b - a);
    const total = profits.reduce((s, v) => s + v, 0);
    expect(profits.filter((p) => p < 0).length).toBeGreaterThan(10);
    const top = profits.slice(0, Math.ceil(profits.length * 0.2)).reduce((s, v) => s + v, 0);
    expect(top / total).toBeGreaterThan(1.1);
  });

  it('has customers who stopped ordering long before the end', () => {
    const lastOrder = new Map<CellValue, number>();
    const orderCount = new Map<CellValue, number>();
    for (const row of book.orders.slice(1)) {
      const id = row[orderColumn('customerId')] ?? null;
      lastOrder.set(id, Math.max(lastOrder.get(id) ?? 0, dayFromExcelSerial(Number(row[orderColumn('orderDate')]))));
      orderCount.set(id, (orderCount.get(id) ?? 0) + 1);
    }
    const lapsed = [...lastOrder].filter(([id, last]) => (orderCount.get(id) ?? 0) >= 5 && window.end - last > 240);
    expect(lapsed.length).toBeGreaterThan(20);
  });

  it('rejects impossible sizes', () => {
    expect(() => generateSampleWorkbook({ customers: 0 })).toThrow(RangeError);
    expect(() => generateSampleWorkbook({ orders: -1 })).toThrow(RangeError);
    expect(() => generateSampleWorkbook({ years: 1.5 })).toThrow(RangeError);
  });
});

describe('the sample survey sheet', () => {
  it('scores about half the customers on twelve items 1-5, in the last year, with the same customer and order sheets as before', () => {
    const book = generateSampleWorkbook({ customers: 200, orders: 2000, seed: 3 });
    const ids = new Set(book.customers.slice(1).map((r) => String(r[0])));
    const rows = book.survey.slice(1);
    const surveyed = new Set(rows.map((r) => String(r[0])));
    expect(book.survey[0]).toHaveLength(14);
    expect([...surveyed].every((id) => ids.has(id))).toBe(true);
    expect(surveyed.size).toBeGreaterThan(60);
    expect(surveyed.size).toBeLessThan(140);
    for (const r of rows) {
      expect(r.slice(2).every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5)).toBe(true);
      expect(r[1] as number).toBeGreaterThan(excelSerialFromDay(book.asOf) - 367);
    }
  });
});
