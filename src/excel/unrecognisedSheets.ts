/**
 * A sheet that looks like a customer list but has no column recognised as the customer id cannot
 * take the results (they are aligned by id), so customers come from the orders onto the owned
 * "Tiers Customers" sheet. Saying so, with what was seen, lets the user rename the id header.
 */
import { detectMapping } from '../domain/mapping';
import type { Grid } from '../domain/model';
import type { InputNote } from '../output/inputNoteWords';

const CUSTOMER_SHEET_NAME = /customer|client|account|buyer|客户|顾客|买家|客戶/i;
/** Mapped customer fields that make a sheet of any name look like a customer list. */
const FIELDS_OF_A_CUSTOMER_LIST = 2;
const HEADERS_SHOWN = 6;

/** One note per sheet among `sheets` that looks like a customer list without an id column (worded by src/output/inputNoteWords.ts). */
export function unrecognisedCustomerSheets(sheets: readonly { name: string; grid: Grid }[]): InputNote[] {
  const out: InputNote[] = [];
  for (const sheet of sheets) {
    const detection = detectMapping(sheet.grid, 'customers', sheet.name);
    if (!detection.missingRequired.includes('customerId')) continue;
    const mapped = Object.keys(detection.mapping.columns).length;
    const looksLikeCustomers = mapped >= FIELDS_OF_A_CUSTOMER_LIST || (mapped >= 1 && CUSTOMER_SHEET_NAME.test(sheet.name));
    if (!looksLikeCustomers) continue;
    out.push({ code: 'customer-sheet-without-id', sheet: sheet.name, headers: detection.seenHeaders.slice(0, HEADERS_SHOWN), moreHeaders: detection.seenHeaders.length > HEADERS_SHOWN });
  }
  return out;
}
