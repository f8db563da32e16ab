/**
 * Seeded synthetic customers and order rows for the scoring-engine benchmark (row level, every
 * optional order field sometimes present). src/sample builds sheet grids, not typed rows.
 */
import type { CustomerRow, OrderRow } from '../src/domain/model';

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['international parts dealer', 'international goods dealer', 'regional electrical store', 'regional specialty store', 'regional mass merchandiser', 'regional DIY store', 'other'];

export interface SyntheticBook {
  customers: CustomerRow[];
  orders: OrderRow[];
  asOf: number;
}

export function syntheticBook(customerCount: number, orderRows: number, seed = 7): SyntheticBook {
  const random = mulberry32(seed);
  const asOf = Date.UTC(2025, 11, 31) / 86_400_000;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const maybe = <T>(p: number, value: () => T): T | null => (random() < p ? value() : null);
  const ids = Array.from({ length: customerCount }, (_, i) => `C${String(i).padStart(7, '0')}`);
  // Skewed activity: a few customers place many orders (the whale curve needs whales).
  const weight = ids.map(() => Math.exp(2 * (random() + random() + random() - 1.5)));
  const cumulative = new Float64Array(customerCount);
  weight.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const total = cumulative[customerCount - 1] as number;
  const drawCustomer = (): number => {
    const x = random() * total;
    let lo = 0;
    let hi = customerCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const customers: CustomerRow[] = ids.map((customerId, i) => ({
    row: i + 2,
    customerId,
    name: `Customer ${i}`,
    country: null,
    contactPerson: null,
    source: null,
    businessType: pick(TYPES),
    owner: null,
    industryInfluence: maybe(0.7, () => 1 + Math.floor(random() * 5)),
    communicationRating: maybe(0.5, () => 1 + Math.floor(random() * 5)),
    replyHours: maybe(0.4, () => Math.round(random() * 96)),
    newProductInquiries: maybe(0.3, () => 1 + Math.floor(random() * 20)),
    newProductOrders: maybe(0.3, () => Math.floor(random() * 5)),
    creditIndex: maybe(0.5, () => Math.round(random() * 100)),
    expectedShare: maybe(0.2, () => random() / 1000),
    birthday: null,
    createdAt: null,
  }));
  const orders: OrderRow[] = new Array<OrderRow>(orderRows);
  let orderNo = 0;
  let previous: OrderRow | null = null;
  for (let r = 0; r < orderRows; r++) {
    // One row in six is another line of the previous order.
    const sameOrder = previous !== null && random() < 1 / 6;
    const customerId = sameOrder && previous ? previous.customerId : (ids[drawCustomer()] as string);
    const orderDate = sameOrder && previous ? previous.orderDate : asOf - Math.floor(random() * 3 * 365);
    const amount = Math.round(Math.exp(6 + 1.2 * (random() + random() - 1)) * 100) / 100;
    const paid = random() < 0.85;
    const docs = orderDate + 10 + Math.floor(random() * 20);
    const creditDays = pick([0, 30, 60, 90]);
    const row: OrderRow = {
      row: r + 2,
      orderId: sameOrder && previous ? previous.orderId : `O${String(++orderNo).padStart(8, '0')}`,
      customerId,
      customerName: null,
      orderDate,
      amount,
      profit: maybe(0.9, () => Math.round(amount * (random() * 0.5 - 0.1) * 100) / 100),
      productTypes: maybe(0.8, () => 1 + Math.floor(random() * 6)),
      productLine: null,
      quantity: null,
      product: null,
      currency: null,
      prepaymentShare: maybe(0.7, () => pick([0, 0.3, 0.5, 1])),
      creditDays,
      readyDate: maybe(0.6, () => orderDate + 5 + Math.floor(random() * 10)),
      shippedDate: orderDate + 10 + Math.floor(random() * 20),
      documentsReceivedDate: docs,
      paidDate: paid ? docs + Math.floor(random() * 120) : null,
      bargainingRounds: maybe(0.5, () => Math.floor(random() * 5)),
      discount: maybe(0.3, () => Math.round(random() * 20) / 100),
      claimsCount: maybe(0.6, () => (random() < 0.1 ? 1 : 0)),
      claimAmount: null,
      claimsReasonable: maybe(0.1, () => (random() < 0.5 ? 1 : 0)),
      arrears: paid ? 0 : amount,
      settlementStatus: null,
      businessType: null,
    };
    orders[r] = row;
    previous = row;
  }
  return { customers, orders, asOf };
}
