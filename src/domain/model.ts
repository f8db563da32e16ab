/**
 * The shared vocabulary of the domain: what a sheet hands over, the fields we recognise, and the
 * typed rows that validation produces and every calculation consumes.
 *
 * Dates are held as whole "day numbers" (days since 1970-01-01 UTC): integers are fast, compare
 * exactly and never shift with a time zone. `src/domain/dates.ts` converts to and from Excel
 * serial numbers and ISO text.
 */
import type { ProblemCode, ProblemValues } from './validation/problemCodes';

/** One cell as `Range.values` hands it over: Excel gives "" for an empty cell. */
export type CellValue = string | number | boolean | null;

/** A sheet's values: row 0 is the header row, as the user keeps it. */
export type Grid = readonly (readonly CellValue[])[];

export type DayNumber = number;

export type SheetKind = 'customers' | 'orders';
/** Every sheet the mapping step recognises: the two main ones and the optional survey sheet. */
export type MappedKind = SheetKind | 'survey';

/** Fields of the customer sheet (docs/domain.md section 1). Only `customerId` is required. */
export const CUSTOMER_FIELDS = [
  'customerId',
  'name',
  'country',
  'contactPerson',
  'address',
  'contactDetails',
  'mainProducts',
  'source',
  'communicationStatus',
  'businessType',
  'owner',
  'industryInfluence', // manager rating 1-5 (indicator 5)
  'communicationRating', // 1-5 rating (indicator 11)
  'replyHours', // mean reply time in hours (indicator 11, preferred when present)
  'newProductInquiries', // new-product inquiries (indicator 7)
  'newProductOrders', // inquiries that went sample -> order (indicator 7)
  'creditIndex',
  'expectedShare', // share of company sales the company expects from this customer (0-1)
  'birthday',
  'createdAt',
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

/** Fields of the order sheet (docs/domain.md sections 1-2). `customerId`, `orderDate` and `amount` are required. */
export const ORDER_FIELDS = [
  'orderId',
  'customerId',
  'customerName',
  'orderDate',
  'amount',
  'profit',
  'cost',
  'productTypes', // distinct product types in the order (indicator 3)
  'productLine', // product line or category; on order-line sheets, distinct ones per order when there is no product column
  'product', // product code or name of an order line (docs/scoring.md, "Order-line sheets")
  'quantity', // a negative quantity marks a return (docs/scoring.md, "Returns")
  'currency', // currency of the amounts (docs/scoring.md, "Currencies")
  'prepaymentShare', // 0-1 (or 0-100 %, normalised by validation) (indicator 4)
  'creditDays', // (indicator 4, and on-time share)
  'readyDate', // (indicator 8)
  'shippedDate', // (indicator 8)
  'documentsReceivedDate', // (indicator 9)
  'paidDate', // (indicator 9)
  'bargainingRounds', // (indicator 10)
  'discount', // 0-1 discount asked (indicator 10)
  'claimsCount', // (indicator 12)
  'claimAmount',
  'claimsReasonable', // claims settled on reasonable terms (indicator 12)
  'arrears', // amount still outstanding on the order
  'settlementStatus',
  'businessType',
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

/**
 * Fields of the satisfaction survey sheet (docs/satisfaction.md): one row per customer per survey,
 * each score 1-5 or 1-10. `customerId` and at least one score are needed.
 */
export const SURVEY_FIELDS = [
  'customerId',
  'surveyDate',
  'productQuality',
  'productBenefit',
  'productDesign',
  'productReliability',
  'valueForMoney',
  'serviceDelivery',
  'complaintHandling',
  'disputeResolution',
  'purchaseCourtesy',
  'purchaseCommunication',
  'purchaseInformation',
  'purchaseTime',
] as const;
export type SurveyField = (typeof SURVEY_FIELDS)[number];

export type FieldOf<K extends MappedKind> = K extends 'customers' ? CustomerField : K extends 'survey' ? SurveyField : OrderField;

/** Which column of a sheet holds which field: column indexes into the header row. Serialisable. */
export interface SheetMapping<K extends MappedKind = SheetKind> {
  sheet: string;
  headerRow: number; // 0-based row index of the header row within the grid
  columns: Partial<Record<FieldOf<K>, number>>;
}

export interface CustomerRow {
  /** 1-based sheet row, for messages and links back to the cell. */
  row: number;
  customerId: string;
  name: string | null;
  country: string | null;
  contactPerson: string | null;
  source: string | null;
  businessType: string | null;
  owner: string | null;
  industryInfluence: number | null;
  communicationRating: number | null;
  replyHours: number | null;
  newProductInquiries: number | null;
  newProductOrders: number | null;
  creditIndex: number | null;
  expectedShare: number | null;
  birthday: DayNumber | null;
  createdAt: DayNumber | null;
}

export interface OrderRow {
  row: number;
  orderId: string | null;
  customerId: string;
  customerName: string | null;
  orderDate: DayNumber;
  amount: number;
  profit: number | null; // from profit, or amount - cost
  productTypes: number | null;
  productLine: string | null;
  product: string | null;
  /** Negative on a return (docs/scoring.md, "Returns"). */
  quantity: number | null;
  /** Currency code as written (upper case), null when the sheet has no currency column. */
  currency: string | null;
  prepaymentShare: number | null; // 0-1
  creditDays: number | null;
  readyDate: DayNumber | null;
  shippedDate: DayNumber | null;
  documentsReceivedDate: DayNumber | null;
  paidDate: DayNumber | null;
  bargainingRounds: number | null;
  discount: number | null; // 0-1
  claimsCount: number | null;
  claimAmount: number | null;
  claimsReasonable: number | null;
  arrears: number | null;
  settlementStatus: string | null;
  businessType: string | null;
}

/** One problem with one cell (or one row, when column is null). Never thrown: collected. */
export interface CellProblem {
  sheet: string;
  row: number; // 1-based sheet row
  column: string | null; // the header text as the user wrote it
  value: CellValue;
  /** What is wrong, as a code and its figures (validation/problemCodes.ts), worded per language by src/output/problemWords.ts. */
  code: ProblemCode;
  values?: ProblemValues;
  /** The same in English (problemEnglish): what the CLI prints. */
  reason: string;
  severity: 'error' | 'warning';
}

/**
 * The order rows as columns (row r of every column is order row r of the same `OrderRow[]`),
 * built while the order sheet is parsed so the scoring passes read typed arrays rather than a
 * million row objects. Ids are interned: `customer[r]` indexes `customerIds` (order of first
 * appearance); `orderId[r]` is the code of the row's order id, 0 .. orderIdCount - 1 in order of
 * first appearance (-1 when the row has no order id: the texts are not kept, no step reads them). Numbers and
 * dates are Float64Array (dates may be fractional in hand-built rows) with NaN where the row has
 * no value; `orderDate` and `amount` are required, so always present.
 */
export interface OrderTable {
  length: number;
  customerIds: readonly string[];
  customer: Int32Array;
  /** Distinct order ids: the codes in `orderId` run from 0 to orderIdCount - 1. */
  orderIdCount: number;
  orderId: Int32Array;
  orderDate: Float64Array;
  amount: Float64Array;
  /** From profit, or amount - cost, as OrderRow.profit. */
  profit: Float64Array;
  productTypes: Float64Array;
  /** NaN where the row states none; negative on a return. */
  quantity: Float64Array;
  /** Product of the row, interned into `productIds` (-1 = none). */
  product: Int32Array;
  productIds: readonly string[];
  /** Product line (category) of the row, interned into `productLineIds` (-1 = none). */
  productLine: Int32Array;
  productLineIds: readonly string[];
  /** Business type the row states, interned into `businessTypeIds` (-1 = none; the customer's then applies). */
  businessType: Int32Array;
  businessTypeIds: readonly string[];
  /** Currency code of the row (upper case), interned into `currencyIds` (-1 = none). */
  currency: Int32Array;
  currencyIds: readonly string[];
  /** Per customer (indexed like `customerIds`): the sheet row of its first order row. */
  customerFirstRow: readonly number[];
  /** Per customer: the first non-empty customer name on its order rows, else null. */
  customerNames: readonly (string | null)[];
  prepaymentShare: Float64Array;
  creditDays: Float64Array;
  readyDate: Float64Array;
  shippedDate: Float64Array;
  documentsReceivedDate: Float64Array;
  paidDate: Float64Array;
  bargainingRounds: Float64Array;
  discount: Float64Array;
  claimsCount: Float64Array;
  claimsReasonable: Float64Array;
  arrears: Float64Array;
}
