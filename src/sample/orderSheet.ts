/**
 * The Orders sheet: order dates drawn per customer within its active span, weighted by the month's
 * seasonality and a yearly growth trend, then sorted by date (so order ids run with time, as in a
 * real order book). Every later date (ready, shipped, documents, paid) follows from the customer's
 * habits; dates after the as-of day are left blank, so recent orders are open or unpaid.
 */
import type { CellValue, DayNumber } from '../domain/model';
import { civilFromDay } from '../domain/dates';
import { orderHeaders, SAMPLE_MONEY, type SampleLanguage } from './headers';
import type { CustomerProfiles, SampleWindow } from './profiles';
import { cumulative, type Random } from './random';
import { dateUpTo, round2, type DateWriter } from './cells';
import { MONTH_SEASONALITY, PRODUCT_LINES, SETTLEMENT_OPEN, SETTLEMENT_OVERDUE, SETTLEMENT_PAID, SETTLEMENT_PARTIAL } from './vocabulary';

const YEARLY_GROWTH = 1.06;
/**
 * Handling, documents and follow-up cost per order, charged against its profit: small, frequent
 * orders lose money, which is what bends the whale curve (docs/domain.md section 3).
 */
const COST_TO_SERVE = 350;
/** Sort keys pack (day, customer) into one float: day * 2^21 + customer. */
const CUSTOMER_BITS = 2 ** 21;
const MAX_CUSTOMERS = CUSTOMER_BITS;

export function orderSheet(profiles: CustomerProfiles, orderCount: number, window: SampleWindow, language: SampleLanguage, writeDate: DateWriter, random: Random): CellValue[][] {
  if (profiles.count > MAX_CUSTOMERS) throw new RangeError(`The sample generator supports at most ${MAX_CUSTOMERS} customers.`);
  const keys = drawOrderKeys(profiles, orderCount, window, random);
  const rows: CellValue[][] = new Array<CellValue[]>(keys.length + 1);
  rows[0] = orderHeaders(language);
  const idWidth = Math.max(6, String(keys.length).length);
  const lines = PRODUCT_LINES.map((line) => line.name[language]);
  const paid = SETTLEMENT_PAID[language];
  const open = SETTLEMENT_OPEN[language];
  const overdue = SETTLEMENT_OVERDUE[language];
  const partial = SETTLEMENT_PARTIAL[language];
  const lastKnown = window.end;
  // Amounts in the sample's currency (SAMPLE_MONEY), drawn alike in every language.
  const { perUnit, decimals } = SAMPLE_MONEY[language];
  const money = perUnit === 1 && decimals === 2 ? (x: number) => x : (x: number) => Number((x * perUnit).toFixed(decimals)) || 0;

  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] ?? 0;
    const day = Math.floor(key / CUSTOMER_BITS);
    const c = key - day * CUSTOMER_BITS;

    const amount = Math.max(80, round2((profiles.orderSize[c] ?? 0) * random.lognormal(-0.1, 0.45)));
    const margin = (profiles.margin[c] ?? 0) + 0.04 * random.normal();
    const line = random.chance(0.7) ? (profiles.productLine[c] ?? 0) : random.int(0, lines.length - 1);
    const unitPrice = (PRODUCT_LINES[line]?.unitPrice ?? 1) * random.lognormal(0, 0.25);
    const prepayment = profiles.prepayment[c] ?? 0;
    const creditDays = profiles.creditDays[c] ?? 0;

    const ready = day + random.int(12, 40);
    const shipped = ready + Math.round((profiles.shipDelay[c] ?? 0) * random.lognormal(0, 0.5));
    const documents = shipped + random.int(4, 20);
    const due = documents + creditDays;
    const defaulted = random.chance(profiles.defaultRate[c] ?? 0);
    // A fully prepaid order is paid within a week of the order, before its documents exist; any
    // other order is paid against its documents, so never before they are received (an earlier
    // floor of documents - 3 days showed as negative payment days).
    const paidDay = prepayment === 1 ? day + random.int(1, 7) : Math.max(documents, due + Math.round((profiles.payDelay[c] ?? 0) + 4 * random.normal()));
    const isPaid = !defaulted && paidDay <= lastKnown;

    const rounds = random.poisson(profiles.bargaining[c] ?? 0);
    const claims = random.chance(profiles.claimRate[c] ?? 0) ? (random.chance(0.2) ? 2 : 1) : 0;
    let reasonable = 0;
    for (let j = 0; j < claims; j++) if (random.chance(profiles.claimFairness[c] ?? 1)) reasonable++;
    const claimAmount = claims > 0 ? round2(amount * random.between(0.005, 0.06) * claims) : 0;
    const profit = round2(amount * margin - COST_TO_SERVE * random.lognormal(0, 0.3) - claimAmount);

    let arrears = 0;
    let status = paid;
    if (!isPaid) {
      const outstanding = round2(amount * (1 - prepayment));
      const overdueNow = documents <= lastKnown && due < lastKnown;
      const partly = overdueNow && random.chance(0.2);
      arrears = partly ? round2(outstanding * random.between(0.3, 0.8)) : outstanding;
      status = partly ? partial : overdueNow ? overdue : open;
    }

    rows[k + 1] = [
      `SO-${String(k + 1).padStart(idWidth, '0')}`,
      profiles.ids[c] ?? '',
      writeDate(day),
      money(amount),
      money(profit),
      1 + random.poisson(profiles.complexity[c] ?? 0),
      lines[line] ?? '',
      Math.max(1, Math.round(amount / unitPrice)),
      prepayment,
      creditDays,
      dateUpTo(writeDate, ready, lastKnown),
      dateUpTo(writeDate, shipped, lastKnown),
      dateUpTo(writeDate, documents, lastKnown),
      isPaid ? writeDate(paidDay) : '',
      rounds,
      Math.round(Math.min(0.25, rounds * random.between(0.005, 0.02)) * 1000) / 1000,
      claims,
      money(claimAmount),
      reasonable,
      money(arrears),
      status,
    ];
  }
  return rows;
}

/** (day, customer) of every order, as sorted packed keys. */
function drawOrderKeys(profiles: CustomerProfiles, orderCount: number, window: SampleWindow, random: Random): Float64Array {
  const activity = new Float64Array(profiles.count);
  for (let i = 0; i < profiles.count; i++) {
    const days = (profiles.lastDay[i] ?? 0) - (profiles.firstDay[i] ?? 0) + 1;
    activity[i] = days > 0 ? days * (profiles.frequency[i] ?? 0) : 0;
  }
  const byActivity = cumulative(activity);
  if (orderCount > 0 && (byActivity[byActivity.length - 1] ?? 0) <= 0) throw new RangeError('No sample customer is active, so no orders can be drawn.');
  const dayWeights = seasonalDayWeights(window);
  const keys = new Float64Array(orderCount);
  for (let k = 0; k < orderCount; k++) {
    const c = random.weighted(byActivity);
    keys[k] = seasonalDay(profiles.firstDay[c] ?? window.start, profiles.lastDay[c] ?? window.end, window, dayWeights, random) * CUSTOMER_BITS + c;
  }
  return keys.sort();
}

/** Acceptance weight (0-1] of each day of the window: month seasonality times yearly growth. */
function seasonalDayWeights(window: SampleWindow): Float64Array {
  const weights = new Float64Array(window.end - window.start + 1);
  const firstYear = civilFromDay(window.start).year;
  let max = 0;
  for (let d = 0; d < weights.length; d++) {
    const { year, month } = civilFromDay(window.start + d);
    const w = (MONTH_SEASONALITY[month - 1] ?? 1) * YEARLY_GROWTH ** (year - firstYear);
    weights[d] = w;
    if (w > max) max = w;
  }
  for (let d = 0; d < weights.length; d++) weights[d] = (weights[d] ?? 0) / max;
  return weights;
}

/** A day in [first, last] drawn by rejection against the seasonal weights. */
function seasonalDay(first: DayNumber, last: DayNumber, window: SampleWindow, weights: Float64Array, random: Random): DayNumber {
  for (;;) {
    const day = random.int(first, last);
    if (random.next() < (weights[day - window.start] ?? 0)) return day;
  }
}
