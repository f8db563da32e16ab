/**
 * Builds the columnar `OrderTable` (model.ts) row by row: while the order sheet is parsed (each
 * row is appended right after it is built, while it is still in cache), or in one pass over rows
 * that already exist (`orderTableFromRows`).
 */
import type { OrderRow, OrderTable } from '../model';
import { StringInterner, TextCodes } from './stringInterner';

/** The Float64 columns of the table, in one list so allocation and growth are written once. */
const NUMBER_COLUMNS = [
  'orderDate',
  'amount',
  'profit',
  'productTypes',
  'quantity',
  'prepaymentShare',
  'creditDays',
  'readyDate',
  'shippedDate',
  'documentsReceivedDate',
  'paidDate',
  'bargainingRounds',
  'discount',
  'claimsCount',
  'claimsReasonable',
  'arrears',
] as const satisfies readonly (keyof OrderTable & keyof OrderRow)[];
type NumberColumn = (typeof NUMBER_COLUMNS)[number];
/** The coded columns a sheet may leave out (customer and order id are always there). */
type CodeColumn = 'product' | 'productLine' | 'businessType' | 'currency';
/** A column of the table no mapped field can fill: every row of it is NaN (numbers) or -1 (codes). */
export type AbsentColumn = Exclude<NumberColumn, 'orderDate' | 'amount'> | CodeColumn;
type Columns = Record<NumberColumn, Float64Array> & { customer: Int32Array; orderId: Int32Array; product: Int32Array; productLine: Int32Array; businessType: Int32Array; currency: Int32Array };

const NO_ABSENT_COLUMNS: ReadonlySet<AbsentColumn> = new Set();

/**
 * Columns for `capacity` rows; an `absent` column gets no storage (length 0: push's stores into
 * it are no-ops, and it holds nothing but null by construction) and is filled once by finish().
 * Fresh memory is what a million-row table costs most (docs/benchmarks.md): an order CSV of ten
 * columns leaves twelve of the table's twenty-two empty.
 */
function allocate(capacity: number, absent: ReadonlySet<AbsentColumn> = NO_ABSENT_COLUMNS): Columns {
  // An object literal, not properties added in a loop: keyed additions can leave the object in
  // dictionary mode, and push reads these properties seventeen times per row.
  const f = (name: NumberColumn): Float64Array => new Float64Array(absent.has(name as AbsentColumn) ? 0 : capacity);
  const i = (name: CodeColumn): Int32Array => new Int32Array(absent.has(name) ? 0 : capacity);
  return {
    customer: new Int32Array(capacity),
    orderId: new Int32Array(capacity),
    product: i('product'),
    productLine: i('productLine'),
    businessType: i('businessType'),
    currency: i('currency'),
    orderDate: f('orderDate'),
    amount: f('amount'),
    profit: f('profit'),
    productTypes: f('productTypes'),
    quantity: f('quantity'),
    prepaymentShare: f('prepaymentShare'),
    creditDays: f('creditDays'),
    readyDate: f('readyDate'),
    shippedDate: f('shippedDate'),
    documentsReceivedDate: f('documentsReceivedDate'),
    paidDate: f('paidDate'),
    bargainingRounds: f('bargainingRounds'),
    discount: f('discount'),
    claimsCount: f('claimsCount'),
    claimsReasonable: f('claimsReasonable'),
    arrears: f('arrears'),
  };
}

/** Copies the first `length` rows of every column into `into`. */
function copyRows(from: Columns, into: Columns, length: number): void {
  into.customer.set(from.customer.subarray(0, length));
  into.orderId.set(from.orderId.subarray(0, length));
  into.product.set(from.product.subarray(0, length));
  into.productLine.set(from.productLine.subarray(0, length));
  into.businessType.set(from.businessType.subarray(0, length));
  into.currency.set(from.currency.subarray(0, length));
  for (const name of NUMBER_COLUMNS) into[name].set(from[name].subarray(0, length));
}

const orNaN = (v: number | null): number => (v === null ? NaN : v);

export class OrderTableBuilder {
  private c: Columns;
  private length = 0;
  // Customer ids in the same open-addressing table as order ids: cheaper than a Map per lookup.
  private readonly customers = new StringInterner(1024);
  private readonly customerFirstRow: number[] = [];
  private readonly customerNames: (string | null)[] = [];
  private readonly orderIds: TextCodes;
  // Products and product lines are few: small tables that grow as needed.
  private readonly products = new StringInterner(64);
  private readonly productLines = new StringInterner(64);
  private readonly businessTypes = new StringInterner(64);
  private readonly currencies = new StringInterner(64);
  // Rows of one customer usually come together: one map lookup per run of the same id.
  private lastCustomerId: string | null = null;
  private lastCustomer = -1;
  // An order's lines usually come together too: its id is looked up once per run of lines.
  private lastOrderId: string | null = null;
  private lastOrder = -1;

  /**
   * `capacity`: the expected row count (the table grows past it when needed). `storage`: columns
   * to fill instead of fresh ones (see scratchOrderTable).
   */
  constructor(
    capacity: number,
    storage?: Columns,
    /** Columns no row can fill (OrderReader: the fields the sheet does not map); pushing a value into one loses it. */
    private readonly absent: ReadonlySet<AbsentColumn> = NO_ABSENT_COLUMNS,
  ) {
    this.c = storage && storage.customer.length >= capacity ? storage : allocate(Math.max(16, capacity), absent);
    // Order ids: a table for half the rows (most orders have more than one line); it grows past that.
    this.orderIds = new TextCodes(capacity >> 1);
  }

  push(o: OrderRow): void {
    if (this.length === this.c.customer.length) {
      const grown = allocate(this.length * 2, this.absent);
      copyRows(this.c, grown, this.length);
      this.c = grown;
    }
    const r = this.length++;
    const c = this.c;
    const id = o.customerId;
    if (id !== this.lastCustomerId) {
      const k = this.customers.codeOf(id);
      if (k === this.customerFirstRow.length) {
        this.customerFirstRow.push(o.row);
        this.customerNames.push(o.customerName ?? null);
      }
      this.lastCustomerId = id;
      this.lastCustomer = k;
    }
    c.customer[r] = this.lastCustomer;
    const name = o.customerName ?? null;
    if (name !== null && this.customerNames[this.lastCustomer] === null) this.customerNames[this.lastCustomer] = name;
    const orderId = o.orderId;
    if (orderId === null) c.orderId[r] = -1;
    else if (orderId === this.lastOrderId) c.orderId[r] = this.lastOrder;
    else {
      const k = this.orderIds.codeOf(orderId);
      c.orderId[r] = k;
      this.lastOrderId = orderId;
      this.lastOrder = k;
    }
    c.orderDate[r] = o.orderDate;
    c.amount[r] = o.amount;
    c.profit[r] = orNaN(o.profit);
    c.productTypes[r] = orNaN(o.productTypes);
    c.quantity[r] = orNaN(o.quantity);
    c.product[r] = o.product === null ? -1 : this.products.codeOf(o.product);
    c.productLine[r] = o.productLine === null ? -1 : this.productLines.codeOf(o.productLine);
    // `?? null`: rows built by hand (tests, benches) may leave these out.
    const businessType = o.businessType ?? null;
    c.businessType[r] = businessType === null ? -1 : this.businessTypes.codeOf(businessType);
    const currency = o.currency ?? null;
    c.currency[r] = currency === null ? -1 : this.currencies.codeOf(currency);
    c.prepaymentShare[r] = orNaN(o.prepaymentShare);
    c.creditDays[r] = orNaN(o.creditDays);
    c.readyDate[r] = orNaN(o.readyDate);
    c.shippedDate[r] = orNaN(o.shippedDate);
    c.documentsReceivedDate[r] = orNaN(o.documentsReceivedDate);
    c.paidDate[r] = orNaN(o.paidDate);
    c.bargainingRounds[r] = orNaN(o.bargainingRounds);
    c.discount[r] = orNaN(o.discount);
    c.claimsCount[r] = orNaN(o.claimsCount);
    c.claimsReasonable[r] = orNaN(o.claimsReasonable);
    c.arrears[r] = orNaN(o.arrears);
  }

  /** The table of the rows pushed so far (views on the builder's arrays: push no more after this). */
  finish(): OrderTable {
    const n = this.length;
    const absent = this.absent;
    // One array of NaN (and one of -1) stands for every absent column: read-only, as the table is.
    let nan: Float64Array | null = null;
    let none: Int32Array | null = null;
    const numbers = {} as Record<NumberColumn, Float64Array>;
    for (const name of NUMBER_COLUMNS) numbers[name] = absent.has(name as AbsentColumn) ? (nan ??= new Float64Array(n).fill(NaN)) : this.c[name].subarray(0, n);
    const codes = (name: CodeColumn): Int32Array => (absent.has(name) ? (none ??= new Int32Array(n).fill(-1)) : this.c[name].subarray(0, n));
    return {
      length: n,
      customerIds: this.customers.ids,
      customer: this.c.customer.subarray(0, n),
      orderIdCount: this.orderIds.size,
      orderId: this.c.orderId.subarray(0, n),
      productIds: this.products.ids,
      product: codes('product'),
      productLineIds: this.productLines.ids,
      productLine: codes('productLine'),
      businessTypeIds: this.businessTypes.ids,
      businessType: codes('businessType'),
      currencyIds: this.currencies.ids,
      currency: codes('currency'),
      customerFirstRow: this.customerFirstRow,
      customerNames: this.customerNames,
      ...numbers,
    };
  }
}

function fill(builder: OrderTableBuilder, orders: readonly OrderRow[]): OrderTable {
  for (let r = 0; r < orders.length; r++) builder.push(orders[r] as OrderRow);
  return builder.finish();
}

/** The table of existing rows, in one pass. */
export function orderTableFromRows(orders: readonly OrderRow[]): OrderTable {
  return fill(new OrderTableBuilder(orders.length), orders);
}

/** Columns reused by scratchOrderTable (grow-only). */
let scratch: Columns | null = null;

/**
 * orderTableFromRows into columns reused from call to call: valid only until the next call, for
 * a pass that does not keep the table (scoreCustomers given rows alone). A hundred MB of fresh
 * typed arrays per run would bring on a full garbage collection, which marks every row object.
 */
export function scratchOrderTable(orders: readonly OrderRow[]): OrderTable {
  if (scratch === null || scratch.customer.length < orders.length) scratch = allocate(orders.length);
  return fill(new OrderTableBuilder(orders.length, scratch), orders);
}

/** The orders as a table: the table itself, or one built from rows (tests, callers that hold rows). */
export function asOrderTable(orders: OrderTable | readonly OrderRow[]): OrderTable {
  return Array.isArray(orders) ? orderTableFromRows(orders as readonly OrderRow[]) : (orders as OrderTable);
}

/** The text of a coded column's row (-1 = none): `ids[code]` or null. */
export function codeText(ids: readonly string[], code: number): string | null {
  return code < 0 ? null : (ids[code] as string);
}

/** A table number as the row's value: NaN (no value) is null. */
export function numberOrNull(v: number): number | null {
  return Number.isNaN(v) ? null : v;
}
