/**
 * The columns Tiers owns beside the customer data: key (stable, stored in names and settings),
 * header text, number format and how a result fills it. The headers mark them, so a re-run finds
 * and replaces them (and hides them from header detection) instead of adding a second set.
 */
import type { PredictiveClvColumns, PredictiveClvResult, Reliability } from '../domain/clv/predictive/predictive';
import type { ValueBasis } from '../domain/clv/valueBasis';
import type { CellValue } from '../domain/model';
import type { SheetLanguage } from './language';
import type { CustomerResult } from '../domain/score';
import { BUILT_IN_PROFILES } from '../domain/indicators/profiles';
import { AGEING_BUCKETS, AGEING_NAMES, type AgeingBucket } from '../domain/finance/ageing';
import { ageingLabel, round, TEXT_FORMAT, whyText, type ColumnKind } from './format';
import type { TierNames } from '../domain/segments/tiers';
import { LIST_SEPARATOR, refusal, type Refusal } from '../domain/refusals';
import { tierChangeWord, tierWord } from './tierWords';
import { DERIVED_CUSTOMER_HEADER_WORDS, FORMER_OWNED_HEADERS, indicatorWord, OWNED_HEADER_WORDS, RATING_WORDS, rfmSegmentWord, SHEET_LANGUAGES, STALE_SUFFIXES } from './sheetWords';

/** The cells of the four predictive columns for one customer (see predictedCells). */
export interface PredictedCells {
  pAlive: CellValue;
  predictedClv: CellValue;
  expectedPurchases: CellValue;
  likelyChurning: CellValue;
}

export interface OwnedColumnSpec {
  key: string;
  /** The English header (Chinese: OWNED_HEADER_WORDS, src/output/sheetWords.ts); with `basis`, followed by the run's value basis: "Tiers CLV (profit)". */
  header: string;
  /** The column holds a lifetime value, so its header names the value basis (docs/clv.md, "Value basis"). */
  basis?: true;
  /** The header in each sheet language, when it has one per language (`header` is the English one). */
  headerIn?: (language: SheetLanguage) => string;
  kind: ColumnKind;
  numberFormat: string;
  /** `p` is the customer's predictive cells; undefined when the fit is off or did not cover the customer. Words in `language`, the workbook's; tiers as the manager named them (`names`). */
  value: (r: CustomerResult, p: PredictedCells | undefined, language: SheetLanguage, names?: TierNames) => CellValue;
}

/** Written instead of P(alive) and the churn flag (and, for a fit that did not converge, every predictive figure), in the sheet's language. */
export const MODEL_NOT_RELIABLE: Record<SheetLanguage, string> = {
  en: 'model not reliable for this data',
  'zh-CN': '模型对此数据不可靠',
  'zh-TW': '模型對此資料不可靠',
};

/** The value basis as the CLV headers name it, in the sheet's language. */
export const BASIS_WORDS: Record<SheetLanguage, Record<ValueBasis, string>> = {
  en: { profit: 'profit', sales: 'sales' },
  'zh-CN': { profit: '毛利', sales: '销售额' },
  'zh-TW': { profit: '毛利', sales: '銷售額' },
};

/**
 * What the predictive columns hold per customer, from the fit: its figures when the model is
 * reliable; otherwise "model not reliable for this data" in P(alive) and likely churning (a fit
 * that says nobody drops out), or in all four (a fit that did not converge or had no repeat buyer).
 */
export function predictedCells(fit: PredictiveClvResult | null | undefined, language: SheetLanguage = 'en'): Map<string, PredictedCells> {
  const out = new Map<string, PredictedCells>();
  if (!fit) return out;
  const cells = predictedCellsRule(fit.reliability, language);
  for (const [id, p] of fit.customers) out.set(id, cells(p.pAlive, p.predictedClv, p.expectedPurchases, p.likelyChurning));
  return out;
}

/** predictedCells of row `k` of a fit's customer columns (the CLI's form), made when asked: no Map of every customer. */
export function predictedCellsAt(fit: PredictiveClvColumns, language: SheetLanguage = 'en'): (k: number) => PredictedCells {
  const cells = predictedCellsRule(fit.reliability, language);
  const c = fit.customers;
  return (k) => cells(c.pAlive[k] as number, c.predictedClv[k] as number, c.expectedPurchases[k] as number, c.likelyChurning[k] === 1);
}

function predictedCellsRule(r: Reliability, language: SheetLanguage): (pAlive: number, predictedClv: number, expectedPurchases: number, likelyChurning: boolean) => PredictedCells {
  const notReliable = MODEL_NOT_RELIABLE[language];
  const churnUnreliable = !r.reliable;
  const allUnreliable = !r.reliable && r.reason !== 'no-dropout';
  return (pAlive, predictedClv, expectedPurchases, likelyChurning) => ({
    pAlive: churnUnreliable ? notReliable : round(pAlive, 4),
    predictedClv: allUnreliable ? notReliable : round(predictedClv, 2),
    expectedPurchases: allUnreliable ? notReliable : round(expectedPurchases, 2),
    likelyChurning: churnUnreliable ? notReliable : likelyChurning,
  });
}

/** The "Generate due tasks" action reads this column back (src/excel/work/workBasis.ts). */
export const LIKELY_CHURNING_HEADER = 'Tiers likely churning';

/** "Tiers " + the bucket's name: the same name as the pane and the dashboard give it (src/domain/finance/ageing.ts). */
export const ageingHeader = (bucket: AgeingBucket, language: SheetLanguage = 'en'): string => `Tiers ${AGEING_NAMES[language][bucket]}`;

/** One column per ageing bucket: the amount the customer owes in it (docs/scoring.md section 5); empty when outstanding is unknown. */
const AGEING_COLUMNS: readonly OwnedColumnSpec[] = AGEING_BUCKETS.map((bucket) => ({
  key: `owed_${bucket}`,
  header: ageingHeader(bucket),
  headerIn: (language: SheetLanguage) => ageingHeader(bucket, language),
  kind: 'number' as const,
  numberFormat: '#,##0.00',
  value: (r: CustomerResult) => (r.payment.ageing ? round(r.payment.ageing[bucket], 2) : null),
}));

export const OWNED_COLUMNS: readonly OwnedColumnSpec[] = [
  { key: 'score', header: 'Tiers score', kind: 'number', numberFormat: '0.0', value: (r) => round(r.score, 1) },
  { key: 'tier', header: 'Tiers tier', kind: 'text', numberFormat: TEXT_FORMAT, value: (r, _p, language, names) => tierWord(r.tier, language, names) },
  { key: 'abc', header: 'Tiers ABC', kind: 'text', numberFormat: TEXT_FORMAT, value: (r) => r.abc },
  { key: 'rfm', header: 'Tiers RFM segment', kind: 'text', numberFormat: TEXT_FORMAT, value: (r, _p, language) => (r.rfm ? rfmSegmentWord(r.rfm.segment, language) : null) },
  { key: 'clv', header: 'Tiers CLV', basis: true, kind: 'number', numberFormat: '#,##0.00', value: (r) => round(r.clv, 2) },
  { key: 'paymentDays', header: 'Tiers payment days', kind: 'number', numberFormat: '0.0', value: (r) => round(r.payment.meanDays, 1) },
  { key: 'onTime', header: 'Tiers on-time share', kind: 'number', numberFormat: '0.0%', value: (r) => round(r.payment.onTimeShare, 3) },
  { key: 'arrears', header: 'Tiers arrears', kind: 'number', numberFormat: '#,##0.00', value: (r) => round(r.payment.arrears, 2) },
  { key: 'ageing', header: 'Tiers ageing', kind: 'text', numberFormat: TEXT_FORMAT, value: (r, _p, language) => ageingLabel(r.payment.worstBucket, language) },
  ...AGEING_COLUMNS,
  { key: 'shippingDays', header: 'Tiers shipping days', kind: 'number', numberFormat: '0.0', value: (r) => round(r.shippingDays, 1) },
  { key: 'why', header: 'Tiers why', kind: 'text', numberFormat: TEXT_FORMAT, value: (r, _p, language) => whyText(r, language) },
  { key: 'tierChange', header: 'Tiers tier change', kind: 'text', numberFormat: TEXT_FORMAT, value: (r, _p, language) => tierChangeWord(r.tierChange, language) },
  { key: 'pAlive', header: 'Tiers P(alive)', kind: 'number', numberFormat: '0.0%', value: (_r, p) => p?.pAlive ?? null },
  { key: 'predictedClv', header: 'Tiers predicted CLV', basis: true, kind: 'number', numberFormat: '#,##0.00', value: (_r, p) => p?.predictedClv ?? null },
  { key: 'expectedPurchases', header: 'Tiers expected purchases', kind: 'number', numberFormat: '0.00', value: (_r, p) => p?.expectedPurchases ?? null },
  // A boolean, so a filter shows TRUE/FALSE in the user's language and the work area reads it back without parsing text.
  { key: 'likelyChurning', header: LIKELY_CHURNING_HEADER, kind: 'number', numberFormat: 'General', value: (_r, p) => p?.likelyChurning ?? null },
  // Why a customer has no score or tier (docs/scoring.md, "Coverage"), and how much of the weight its data carries.
  { key: 'rating', header: 'Tiers rating', kind: 'text', numberFormat: TEXT_FORMAT, value: (r, _p, language) => ratingText(r, language) },
  { key: 'coverage', header: 'Tiers coverage', kind: 'number', numberFormat: '0%', value: (r) => round(r.coverage, 3) },
];

/** Built-in indicators by the label the scoring gives them (CustomerResult.missingInputs holds labels). */
const BUILT_IN_ID_BY_LABEL: ReadonlyMap<string, string> = new Map(BUILT_IN_PROFILES.flatMap((p) => p.indicators.map((d) => [d.label, d.id] as const)));

/** "rated", "not rated: no orders", or "not enough data: missing ..." naming the heaviest missing inputs, in the sheet's language. */
export function ratingText(r: Pick<CustomerResult, 'status' | 'missingInputs'>, language: SheetLanguage = 'en'): string {
  const words = RATING_WORDS[language];
  if (r.status === 'rated') return words.rated;
  if (r.status === 'not-rated') return words.noOrders;
  if (r.status === 'negative-net') return words.negativeNet;
  return words.missing(r.missingInputs.map((label) => indicatorWord(BUILT_IN_ID_BY_LABEL.get(label) ?? '', label, language)).join(words.separator));
}

/** The header of `spec` in the sheet's language, without the value basis. */
export function ownedHeaderWord(spec: Pick<OwnedColumnSpec, 'key' | 'header' | 'headerIn'>, language: SheetLanguage = 'en'): string {
  if (spec.headerIn) return spec.headerIn(language);
  return language === 'en' ? spec.header : (OWNED_HEADER_WORDS[language][spec.key] ?? spec.header);
}

/** The header written for `spec` on a run with this value basis, in the sheet's language. */
export function ownedHeader(spec: OwnedColumnSpec, basis: ValueBasis, language: SheetLanguage = 'en'): string {
  const word = ownedHeaderWord(spec, language);
  return spec.basis ? `${word} (${BASIS_WORDS[language][basis]})` : word;
}

/** The owned header row of a run with this value basis. */
export function ownedHeaders(basis: ValueBasis, language: SheetLanguage = 'en'): string[] {
  return OWNED_COLUMNS.map((s) => ownedHeader(s, basis, language));
}

const BASES: readonly ValueBasis[] = ['profit', 'sales'];

/**
 * Every text an owned header may hold: in each language, with each basis (any language's word for
 * it) and without one (written by earlier versions), and the headers earlier versions wrote.
 */
function headerVariants(spec: OwnedColumnSpec): string[] {
  const words = [...SHEET_LANGUAGES.map((l) => ownedHeaderWord(spec, l)), ...(FORMER_OWNED_HEADERS[spec.key] ?? [])];
  if (!spec.basis) return [...new Set(words)];
  const basisWords = SHEET_LANGUAGES.flatMap((l) => BASES.map((b) => BASIS_WORDS[l][b]));
  return [...new Set([...words, ...words.flatMap((w) => basisWords.map((b) => `${w} (${b})`))])];
}

/** Every owned header text of any run in any language (fresh, not marked stale). */
export const OWNED_HEADER_TEXTS: readonly string[] = OWNED_COLUMNS.flatMap(headerVariants);

/** Header text (fresh) -> column key, for every language and every earlier spelling. */
const KEY_BY_HEADER: ReadonlyMap<string, string> = new Map(OWNED_COLUMNS.flatMap((spec) => headerVariants(spec).map((h) => [h, spec.key] as const)));

/** The header without a stale mark in any language. */
function withoutStale(text: string): string {
  for (const suffix of Object.values(STALE_SUFFIXES)) if (text.endsWith(suffix)) return text.slice(0, -suffix.length);
  return text;
}

/**
 * "Is this header ours": the key of the owned column whose header a cell holds, in any language,
 * with any value basis, fresh or marked stale, or as an earlier version wrote it; undefined for
 * any other cell. The one test every reader and writer of owned columns uses.
 */
export function ownedHeaderKey(cell: CellValue | undefined): string | undefined {
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  return KEY_BY_HEADER.get(text) ?? KEY_BY_HEADER.get(withoutStale(text));
}

/** True when a header cell holds any owned column's header (any language, fresh or stale). */
export function isTiersHeader(cell: CellValue | undefined): boolean {
  return ownedHeaderKey(cell) !== undefined;
}

/** One row of the owned columns, in OWNED_COLUMNS order; `predicted` undefined leaves the predictive ones empty. */
export function ownedValues(result: CustomerResult, predicted?: PredictedCells, language: SheetLanguage = 'en', names: TierNames = {}): CellValue[] {
  return OWNED_COLUMNS.map((s) => s.value(result, predicted, language, names));
}

/** Suffix on English owned headers while a write is under way (every language's: STALE_SUFFIXES). */
export const STALE_SUFFIX = STALE_SUFFIXES.en;

/** The header of a column being written, marked stale in the sheet's language. */
export function staleHeader(header: string, language: SheetLanguage = 'en'): string {
  return header + STALE_SUFFIXES[language];
}

/** Named item per owned column: Excel moves it with the column when columns are inserted or moved. */
export const OWNED_NAME_PREFIX = 'Tiers_col_';
export const ownedName = (key: string): string => `${OWNED_NAME_PREFIX}${key}`;

/** True when a header cell holds this owned column's header (any language, fresh or marked stale). */
export function isOwnedHeader(spec: Pick<OwnedColumnSpec, 'key'>, cell: CellValue | undefined): boolean {
  return ownedHeaderKey(cell) === spec.key;
}

/**
 * The owned column a header cell names (any basis, any language, fresh or stale), or undefined for
 * a user's header: the one test of "is this header ours" for finding, moving and removing them.
 */
export function ownedColumnOf(cell: CellValue | undefined): OwnedColumnSpec | undefined {
  const key = ownedHeaderKey(cell);
  return key === undefined ? undefined : OWNED_COLUMNS.find((spec) => spec.key === key);
}

/** The derived customer sheet's own columns, left of the owned columns (English; every language: DERIVED_CUSTOMER_HEADER_WORDS). */
export const DERIVED_CUSTOMER_HEADERS: readonly string[] = DERIVED_CUSTOMER_HEADER_WORDS.en;

/** The derived customer sheet's rows (header first, in the sheet's language), one per customer, in id order. */
export function derivedCustomerRows(customers: readonly Pick<CustomerResult, 'customerId' | 'name'>[], language: SheetLanguage = 'en'): CellValue[][] {
  const sorted = [...customers].sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
  return [[...DERIVED_CUSTOMER_HEADER_WORDS[language]], ...sorted.map((c) => [c.customerId, c.name])];
}

/** Said when a sheet the add-in needs cannot be added because the workbook structure is protected. */
export function structureProtectedRefusal(sheets: readonly string[]): Refusal & { message: string } {
  return refusal('structure-protected', { sheets: sheets.join(LIST_SEPARATOR) });
}

export function structureProtectedMessage(sheets: readonly string[]): string {
  return structureProtectedRefusal(sheets).message;
}
