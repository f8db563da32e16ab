/**
 * Seeded synthetic order rows drawn from the BG/NBD and Gamma-Gamma processes themselves, for the
 * predictive CLV benchmark: known parameters in, so the fit can be checked as well as timed.
 */
import type { OrderRow } from '../src/domain/model';

export interface SyntheticTruth {
  r: number;
  alpha: number; // in weeks
  a: number;
  b: number;
  p: number;
  q: number;
  v: number;
}

/** mulberry32: small, fast, good enough for test data. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, rate) by Marsaglia and Tsang (boosted for shape < 1). */
function gamma(random: () => number, shape: number, rate: number): number {
  if (shape < 1) return gamma(random, shape + 1, rate) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = normal(random);
    const v = (1 + c * z) ** 3;
    if (v <= 0) continue;
    const u = random();
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

function orderRow(row: number, customerId: string, orderDate: number, amount: number): OrderRow {
  return {
    row,
    orderId: null,
    customerId,
    customerName: null,
    orderDate,
    amount,
    profit: null,
    productTypes: null,
    productLine: null,
    quantity: null,
    product: null,
    currency: null,
    prepaymentShare: null,
    creditDays: null,
    readyDate: null,
    shippedDate: null,
    documentsReceivedDate: null,
    paidDate: null,
    bargainingRounds: null,
    discount: null,
    claimsCount: null,
    claimAmount: null,
    claimsReasonable: null,
    arrears: null,
    settlementStatus: null,
    businessType: null,
  };
}

/**
 * Customers who first buy on a uniform day of the first `acquisitionDays`, then buy at a gamma-
 * distributed weekly rate and drop out after each repeat purchase with a beta-distributed
 * probability, until `endDay`. Days are whole, so purchases on one day merge, as in real data.
 */
export function syntheticOrders(customers: number, truth: SyntheticTruth, { seed = 1, firstDay = 20000, acquisitionDays = 182, endDay = 20000 + 546 } = {}): OrderRow[] {
  const random = randomSource(seed);
  const orders: OrderRow[] = [];
  for (let c = 0; c < customers; c++) {
    const id = `C${c}`;
    const rate = gamma(random, truth.r, truth.alpha) / 7; // per day
    const x1 = gamma(random, truth.a, 1);
    const dropOut = x1 / (x1 + gamma(random, truth.b, 1));
    const nu = gamma(random, truth.q, truth.v);
    const buy = (day: number) => orders.push(orderRow(orders.length + 2, id, Math.floor(day), Math.round(gamma(random, truth.p, nu) * 100) / 100));
    let day = firstDay + Math.floor(random() * acquisitionDays);
    buy(day);
    // BG/NBD: the drop-out chance follows each repeat purchase, never the first.
    for (;;) {
      day += -Math.log(1 - random()) / rate;
      if (day > endDay) break;
      buy(day);
      if (random() < dropOut) break;
    }
  }
  return orders;
}
