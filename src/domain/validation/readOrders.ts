/** Order sheet -> OrderRow[]. */
import type { Grid, OrderField, OrderRow, OrderTable, SheetMapping } from '../model';
import { ORDER_FIELD_TYPES } from './fieldTypes';
import { OrderTableBuilder } from './orderTable';
import { resolveReadOptions, type ReadOptions } from './options';
import { ProblemLog } from './problems';
import { readSheet, resultOf, type ParsedValues, type ReadResult, type RowShape } from './readSheet';

export const REQUIRED_ORDER_FIELDS: readonly OrderField[] = ['customerId', 'orderDate', 'amount'];

type Values = Readonly<ParsedValues<OrderField>>;
const text = (v: string | number | null): string | null => v as string | null;
const num = (v: string | number | null): number | null => v as number | null;

function profitOf(v: Values, amount: number): number | null {
  if (v.profit !== null) return num(v.profit);
  return v.cost !== null ? amount - (v.cost as number) : null;
}

const ORDER_SHAPE: RowShape<OrderField, OrderRow> = {
  types: ORDER_FIELD_TYPES,
  required: REQUIRED_ORDER_FIELDS,
  build: (v, row) => ({
    row,
    orderId: text(v.orderId),
    customerId: v.customerId as string,
    customerName: text(v.customerName),
    orderDate: v.orderDate as number,
    amount: v.amount as number,
    profit: profitOf(v, v.amount as number),
    productTypes: num(v.productTypes),
    productLine: text(v.productLine),
    quantity: num(v.quantity),
    prepaymentShare: num(v.prepaymentShare),
    creditDays: num(v.creditDays),
    readyDate: num(v.readyDate),
    shippedDate: num(v.shippedDate),
    documentsReceivedDate: num(v.documentsReceivedDate),
    paidDate: num(v.paidDate),
    bargainingRounds: num(v.bargainingRounds),
    discount: num(v.discount),
    claimsCount: num(v.claimsCount),
    claimAmount: num(v.claimAmount),
    claimsReasonable: num(v.claimsReasonable),
    arrears: num(v.arrears),
    settlementStatus: text(v.settlementStatus),
    businessType: text(v.businessType),
  }),
};

/** The rows, and the same rows as columns (`table`), built in the same pass. */
export function readOrders(
  grid: Grid,
  mapping: SheetMapping<'orders'>,
  options: Partial<ReadOptions> = {},
  log?: ProblemLog,
): ReadResult<OrderRow> & { table: OrderTable } {
  const resolved = resolveReadOptions(options);
  const problems = log ?? new ProblemLog(resolved.maxProblems);
  const table = new OrderTableBuilder(grid.length - Math.max(0, mapping.headerRow + 1));
  const shape: RowShape<OrderField, OrderRow> = {
    ...ORDER_SHAPE,
    build: (values, row) => {
      const order = ORDER_SHAPE.build(values, row);
      table.push(order);
      return order;
    },
  };
  return { ...resultOf(readSheet(grid, mapping, shape, resolved, problems), problems), table: table.finish() };
}
