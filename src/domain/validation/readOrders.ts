/** Order sheet -> OrderRow[]. */
import type { CellValue, Grid, OrderField, OrderRow, OrderTable, SheetMapping } from '../model';
import { isReturn, signedReturn } from '../returns';
import { ORDER_FIELD_TYPES } from './fieldTypes';
import { OrderTableBuilder, type AbsentColumn } from './orderTable';
import { resolveReadOptions, type ReadOptions } from './options';
import { ProblemLog } from './problems';
import { resultOf, SheetRowReader, type CellColumns, type ParsedValues, type ReadResult, type RowShape } from './readSheet';

export const REQUIRED_ORDER_FIELDS: readonly OrderField[] = ['customerId', 'orderDate', 'amount'];

type Values = Readonly<ParsedValues<OrderField>>;
const text = (v: string | number | null): string | null => v as string | null;
const num = (v: string | number | null): number | null => v as number | null;

/** Currency codes compare upper case and trimmed ("usd " = "USD"). */
const currencyCode = (v: string | null): string | null => (v === null ? null : v.trim().toUpperCase() || null);

function profitOf(v: Values, amount: number): number | null {
  if (v.profit !== null) return num(v.profit);
  return v.cost !== null ? amount - (v.cost as number) : null;
}

/** A return (negative amount or quantity) read with consistent signs: docs/scoring.md, "Returns and credit notes". */
function asRead(order: OrderRow, cost: number | null): OrderRow {
  if (!isReturn(order.amount, order.quantity)) return order;
  const stated = order.profit !== null && cost === null ? order.profit : null;
  return { ...order, ...signedReturn(order.amount, stated, cost, order.quantity) };
}

/**
 * The order of a row's parsed values, written into `o`: a fresh object, or the one OrderReader
 * reuses for every row when rows are not kept (a million rows then make no million objects).
 */
function orderInto(o: OrderRow, v: Values, row: number): OrderRow {
  o.row = row;
  o.orderId = text(v.orderId);
  o.customerId = v.customerId as string;
  o.customerName = text(v.customerName);
  o.orderDate = v.orderDate as number;
  o.amount = v.amount as number;
  o.profit = profitOf(v, v.amount as number);
  o.productTypes = num(v.productTypes);
  o.productLine = text(v.productLine);
  o.product = text(v.product);
  o.quantity = num(v.quantity);
  o.currency = currencyCode(text(v.currency));
  o.prepaymentShare = num(v.prepaymentShare);
  o.creditDays = num(v.creditDays);
  o.readyDate = num(v.readyDate);
  o.shippedDate = num(v.shippedDate);
  o.documentsReceivedDate = num(v.documentsReceivedDate);
  o.paidDate = num(v.paidDate);
  o.bargainingRounds = num(v.bargainingRounds);
  o.discount = num(v.discount);
  o.claimsCount = num(v.claimsCount);
  o.claimAmount = num(v.claimAmount);
  o.claimsReasonable = num(v.claimsReasonable);
  o.arrears = num(v.arrears);
  o.settlementStatus = text(v.settlementStatus);
  o.businessType = text(v.businessType);
  return asRead(o, v.profit === null ? num(v.cost) : null);
}

const ORDER_SHAPE: RowShape<OrderField, OrderRow> = {
  types: ORDER_FIELD_TYPES,
  required: REQUIRED_ORDER_FIELDS,
  build: (v, row) => orderInto({} as OrderRow, v, row),
};

/** Table columns by the order fields that fill them (profit: a stated profit, or amount - cost). */
const FIELDS_OF: Record<AbsentColumn, readonly OrderField[]> = {
  profit: ['profit', 'cost'],
  productTypes: ['productTypes'],
  quantity: ['quantity'],
  prepaymentShare: ['prepaymentShare'],
  creditDays: ['creditDays'],
  readyDate: ['readyDate'],
  shippedDate: ['shippedDate'],
  documentsReceivedDate: ['documentsReceivedDate'],
  paidDate: ['paidDate'],
  bargainingRounds: ['bargainingRounds'],
  discount: ['discount'],
  claimsCount: ['claimsCount'],
  claimsReasonable: ['claimsReasonable'],
  arrears: ['arrears'],
  product: ['product'],
  productLine: ['productLine'],
  businessType: ['businessType'],
  currency: ['currency'],
};

/** The table columns none of whose fields the mapping reads (SheetRowReader reads a column of a non-negative integer). */
function absentColumns(mapping: SheetMapping<'orders'>): Set<AbsentColumn> {
  const mapped = (field: OrderField): boolean => {
    const column = mapping.columns[field];
    return column !== undefined && Number.isInteger(column) && column >= 0;
  };
  return new Set((Object.keys(FIELDS_OF) as AbsentColumn[]).filter((name) => !FIELDS_OF[name].some(mapped)));
}

/**
 * The order sheet read row by row (`push`): each row is checked and, when readable, kept and
 * appended to the columnar table at once. `readOrders` pushes a whole grid; the CLI pushes rows
 * as it streams a sheet, so the grid never exists. `head` holds at least the header row.
 */
export class OrderReader {
  private readonly table: OrderTableBuilder;
  private readonly reader: SheetRowReader<OrderField, OrderRow>;

  constructor(
    head: Grid,
    mapping: SheetMapping<'orders'>,
    options: ReadOptions,
    readonly log: ProblemLog,
    expectedRows = head.length,
    /** false: the rows go into the table only (`finish().rows` is empty); what the pipeline needs. */
    keepRows = true,
  ) {
    this.table = new OrderTableBuilder(expectedRows - Math.max(0, mapping.headerRow + 1), undefined, absentColumns(mapping));
    // Rows not kept: one order object reused (the table copies what it needs from it).
    const reused = keepRows ? null : ({} as OrderRow);
    const shape: RowShape<OrderField, OrderRow> = {
      ...ORDER_SHAPE,
      build: (values, row) => {
        const order = orderInto(reused ?? ({} as OrderRow), values, row);
        this.table.push(order);
        return order;
      },
    };
    this.reader = new SheetRowReader(head, mapping, shape, options, log, keepRows);
  }

  get firstDataRow(): number {
    return this.reader.firstDataRow;
  }

  /** One row of the sheet; `r` is its 0-based grid row (from `firstDataRow` on). */
  push(cells: readonly CellValue[] | undefined, r: number): void {
    this.reader.push(cells, r);
  }

  /** Batch rows `from` on, as grid rows `r0 + from` on, given as columns (SheetRowReader.pushColumns): the same checks as `push`. */
  pushColumns(batch: CellColumns, r0: number, from = 0): void {
    this.reader.pushColumns(batch, r0, from);
  }

  finish(): ReadResult<OrderRow> & { table: OrderTable } {
    return { ...resultOf(this.reader.result(), this.log), table: this.table.finish() };
  }
}

/** The rows, and the same rows as columns (`table`), built in the same pass. */
export function readOrders(grid: Grid, mapping: SheetMapping<'orders'>, options: Partial<ReadOptions> = {}, log?: ProblemLog): ReadResult<OrderRow> & { table: OrderTable } {
  const resolved = resolveReadOptions(options);
  const reader = new OrderReader(grid, mapping, resolved, log ?? new ProblemLog(resolved.maxProblems));
  for (let r = reader.firstDataRow; r < grid.length; r++) reader.push(grid[r], r);
  return reader.finish();
}
