/** Customer sheet -> CustomerRow[]; a repeated customer id keeps its first row. */
import type { CustomerField, CustomerRow, Grid, SheetMapping } from '../model';
import { CUSTOMER_FIELD_TYPES } from './fieldTypes';
import { resolveReadOptions, type ReadOptions } from './options';
import { problemEnglish } from './problemEnglish';
import { ProblemLog } from './problems';
import { headerText, readSheet, resultOf, type ReadResult, type RowShape } from './readSheet';

export const REQUIRED_CUSTOMER_FIELDS: readonly CustomerField[] = ['customerId'];

const text = (v: string | number | null): string | null => v as string | null;
const num = (v: string | number | null): number | null => v as number | null;

const CUSTOMER_SHAPE: RowShape<CustomerField, CustomerRow> = {
  types: CUSTOMER_FIELD_TYPES,
  required: REQUIRED_CUSTOMER_FIELDS,
  build: (v, row) => ({
    row,
    customerId: v.customerId as string,
    name: text(v.name),
    country: text(v.country),
    contactPerson: text(v.contactPerson),
    source: text(v.source),
    businessType: text(v.businessType),
    owner: text(v.owner),
    industryInfluence: num(v.industryInfluence),
    communicationRating: num(v.communicationRating),
    replyHours: num(v.replyHours),
    newProductInquiries: num(v.newProductInquiries),
    newProductOrders: num(v.newProductOrders),
    creditIndex: num(v.creditIndex),
    expectedShare: num(v.expectedShare),
    birthday: num(v.birthday),
    createdAt: num(v.createdAt),
  }),
};

export function readCustomers(grid: Grid, mapping: SheetMapping<'customers'>, options: Partial<ReadOptions> = {}, log?: ProblemLog): ReadResult<CustomerRow> {
  const resolved = resolveReadOptions(options);
  const problems = log ?? new ProblemLog(resolved.maxProblems);
  const read = readSheet(grid, mapping, CUSTOMER_SHAPE, resolved, problems);
  const firstRowOf = new Map<string, number>();
  const unique: CustomerRow[] = [];
  const idColumn = mapping.columns.customerId;
  for (const customer of read.rows) {
    const first = firstRowOf.get(customer.customerId);
    if (first === undefined) {
      firstRowOf.set(customer.customerId, customer.row);
      unique.push(customer);
      continue;
    }
    problems.add({
      sheet: mapping.sheet,
      row: customer.row,
      column: idColumn === undefined ? null : headerText(grid, mapping.headerRow, idColumn),
      value: customer.customerId,
      code: 'duplicate-customer-id',
      values: { row: customer.row, first },
      reason: problemEnglish('duplicate-customer-id', { row: customer.row, first }),
      severity: 'warning',
    });
  }
  const skippedRows = read.skippedRows + read.rows.length - unique.length;
  return resultOf({ rows: unique, skippedRows, blankRows: read.blankRows }, problems);
}
