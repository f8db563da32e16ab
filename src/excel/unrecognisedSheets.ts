/**
 * A sheet that looks like a customer list but has no column recognised as the customer id cannot
 * take the results (they are aligned by id), so customers come from the orders onto the owned
 * "Tiers Customers" sheet. Saying so, with what was seen, lets the user rename the id header.
 */
import { detectMapping } from '../domain/mapping';
import type { Grid } from '../domain/model';
import { DERIVED_CUSTOMERS_SHEET } from '../output/sheets';

const CUSTOMER_SHEET_NAME = /customer|client|account|buyer|客户|顾客|买家|客戶/i;
/** Mapped customer fields that make a sheet of any name look like a customer list. */
const FIELDS_OF_A_CUSTOMER_LIST = 2;
const HEADERS_SHOWN = 6;

/** One warning per sheet among `sheets` that looks like a customer list without an id column. */
export function unrecognisedCustomerSheets(sheets: readonly { name: string; grid: Grid }[]): string[] {
  const out: string[] = [];
  for (const sheet of sheets) {
    const detection = detectMapping(sheet.grid, 'customers', sheet.name);
    if (!detection.missingRequired.includes('customerId')) continue;
    const mapped = Object.keys(detection.mapping.columns).length;
    const looksLikeCustomers = mapped >= FIELDS_OF_A_CUSTOMER_LIST || (mapped >= 1 && CUSTOMER_SHEET_NAME.test(sheet.name));
    if (!looksLikeCustomers) continue;
    const seen = detection.seenHeaders
      .slice(0, HEADERS_SHOWN)
      .map((h) => `"${h}"`)
      .join(', ');
    const more = detection.seenHeaders.length > HEADERS_SHOWN ? ', ...' : '';
    out.push(
      `Sheet "${sheet.name}" has no column recognised as the customer id (headers seen: ${seen}${more}); ` +
        `customers were taken from the orders onto "${DERIVED_CUSTOMERS_SHEET}". Name the id column "Customer ID" (客户编号) to score that sheet's rows in place.`,
    );
  }
  return out;
}
