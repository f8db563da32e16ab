/** Customers by index: the numbering every per-customer column of the scoring shares (built in aggregate.ts). */
import type { CustomerRow } from './model';

export interface CustomerIndex {
  /** Customer ids, ascending: position = customer index. */
  ids: readonly string[];
  byId: ReadonlyMap<string, number>;
  /** The customer-sheet row of each index, or null for ids met only in the order sheet. */
  rows: readonly (CustomerRow | null)[];
  /** Name from the customer sheet (null for ids met only in the order sheet). */
  names: (string | null)[];
  businessTypes: (string | null)[];
  /**
   * Customer index of each order row of the `orders` the index was built from, so later passes
   * over those rows need no map lookup. Only valid for that same array.
   */
  orderCustomer: Int32Array;
  /**
   * For an index built from an order table (indexCustomersOfTable): the table's `customerIds`
   * and the customer index of each of their codes, so a step that numbers customers by those
   * codes (the CLV fit) finds them without looking ids up.
   */
  tableCodes?: { ids: readonly string[]; index: Int32Array };
}
