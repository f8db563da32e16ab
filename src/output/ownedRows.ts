/**
 * The owned columns' cells of a customer read straight from the result columns: what
 * `ownedValues(customerAt(columns, i), ...)` gives, without building each customer's
 * CustomerResult (its contributions record, "why" items, payment and RFM objects) only to read a
 * few fields of it. The CLI writes a row per customer to the customer sheet and the --csv file
 * (docs/benchmarks.md, "Tenth session: the scoring stage and the customer sheet").
 */
import type { CellValue } from '../domain/model';
import { ABC_CLASSES } from '../domain/segments/abc';
import { AGEING_BUCKETS, type AgeingBucket } from '../domain/finance/ageing';
import type { CustomerColumns } from '../domain/scoring/customerColumns';
import { missingInputsOf, NOT_ENOUGH_DATA, RATING_STATUSES } from '../domain/scoring/coverage';
import { topReasonsOf } from '../domain/scoring/explain';
import { tierName, type TierNames } from '../domain/segments/tiers';
import { ageingLabel, oneDecimal, round } from './format';
import type { SheetLanguage } from './language';
import { OWNED_COLUMNS, ratingText, type PredictedCells } from './ownedColumns';
import { indicatorWord, rfmSegmentWord } from './sheetWords';
import { tierChangeWord, tierWord } from './tierWords';

/** One owned cell of customer i (`p`: its predictive cells, as for ownedValues). */
type CellAt = (i: number, p: PredictedCells | undefined) => CellValue;

/** The top reasons of the "why" cell: explainOf's default three. */
const WHY_ITEMS = 3;

/**
 * A function giving customer i's owned cells in OWNED_COLUMNS order, equal to
 * `ownedValues(customerAt(columns, i), p, language, names)`. Words that depend only on a code
 * (tier, ABC, ageing, indicators) are looked up once here.
 */
export function ownedValuesOfColumns(columns: CustomerColumns, language: SheetLanguage = 'en', names: TierNames = {}): (i: number, p: PredictedCells | undefined) => CellValue[] {
  const c = columns;
  const pay = c.payment;
  const buckets = AGEING_BUCKETS.length;
  const tierWords = new Map<number, string | null>();
  const tierOf = (code: number): string | null => {
    let word = tierWords.get(code);
    if (word === undefined) {
      word = tierWord(tierName(code), language, names);
      tierWords.set(code, word);
    }
    return word;
  };
  const ageingWords = AGEING_BUCKETS.map((bucket) => ageingLabel(bucket, language));
  const reasonWords = c.indicatorIds.map((id, k) => indicatorWord(id, c.labels[k] as string, language));
  const reasonAt = new Int32Array(WHY_ITEMS);
  const reasonPoints = new Float64Array(WHY_ITEMS);
  const known = pay.owedKnown;
  const someDays = (i: number): boolean => (pay.daysCount[i] as number) > 0;

  const cells: Record<string, CellAt> = {
    score: (i) => round(c.score[i], 1),
    tier: (i) => tierOf(c.tier[i] as number),
    abc: (i) => ABC_CLASSES[c.abc[i] as number] ?? null,
    rfm: (i) => ((c.orders[i] as number) > 0 ? rfmSegmentWord(c.rfmSegment[i] as string, language) : null),
    clv: (i) => round(c.clv[i], 2),
    paymentDays: (i) => (someDays(i) ? round(pay.meanDays[i], 1) : null),
    onTime: (i) => (someDays(i) ? round(pay.onTimeShare[i], 3) : null),
    arrears: (i) => (known ? round(pay.arrears[i], 2) : null),
    ageing: (i) => {
      const worst = pay.worstBucket[i] as number;
      return worst < 0 ? null : (ageingWords[worst] ?? null);
    },
    shippingDays: (i) => round(c.shippingDays[i], 1),
    why: (i) => {
      const n = topReasonsOf(c, c.weights, i, reasonAt, reasonPoints);
      if (n === 0) return null;
      let text = '';
      for (let j = 0; j < n; j++) text += `${j > 0 ? '; ' : ''}${reasonWords[reasonAt[j] as number] as string} +${oneDecimal(reasonPoints[j] as number)}`;
      return text;
    },
    tierChange: (i) => (c.tierChanges ? tierChangeWord(c.tierChanges.get(c.ids[i] as string) ?? null, language) : null),
    pAlive: (_i, p) => p?.pAlive ?? null,
    predictedClv: (_i, p) => p?.predictedClv ?? null,
    expectedPurchases: (_i, p) => p?.expectedPurchases ?? null,
    likelyChurning: (_i, p) => p?.likelyChurning ?? null,
    rating: (i) => {
      const status = c.status[i] as number;
      // The missing inputs are named only for a customer without enough data.
      const missingInputs = status === NOT_ENOUGH_DATA ? missingInputsOf(c, c.present, c.weights, i) : [];
      return ratingText({ status: RATING_STATUSES[status] as (typeof RATING_STATUSES)[number], missingInputs }, language);
    },
    coverage: (i) => round(c.coverage[i], 3),
  };
  AGEING_BUCKETS.forEach((bucket: AgeingBucket, j) => {
    cells[`owed_${bucket}`] = (i) => (known ? round(pay.ageing[i * buckets + j], 2) : null);
  });
  const order = OWNED_COLUMNS.map((spec) => {
    const at = cells[spec.key];
    if (!at) throw new Error(`No column reader for the owned column "${spec.key}"`);
    return at;
  });
  return (i, p) => {
    const row = new Array<CellValue>(order.length);
    for (let k = 0; k < order.length; k++) row[k] = (order[k] as CellAt)(i, p);
    return row;
  };
}
