/**
 * The two outputs made from the customer rows alone (CustomerRowsSource): the --csv file and the
 * JSON report's customers array. Written on the main thread, or on the customer thread
 * (customerThread.ts) from a copy of the same data: the same bytes either way.
 */
import { writeCsvRow } from './csvBytes';
import { writeJson } from './jsonFile';
import { customersJson } from './jsonReport';
import { FLUSH_BYTES, writeTextFile } from './textFile';
import { derivedSheetRows, type CustomerRowsSource } from './customerRows';

/** Scored customers as CSV (RFC 4180): the columns of the derived customer sheet, written line by line (never one string). */
export async function writeCustomersCsv(path: string, source: CustomerRowsSource): Promise<void> {
  await writeTextFile(path, async ({ bytes, ready }) => {
    for (const row of derivedSheetRows(source).rows) {
      writeCsvRow(bytes, row);
      const wait = ready();
      if (wait) await wait;
    }
  });
}

/** The report's customers array (compact) into the file at `path` from `position` (the rest of the file is another writer's); resolves to its length in bytes. */
export function writeCustomersJsonAt(path: string, position: number, source: CustomerRowsSource): Promise<number> {
  return writeTextFile(path, (file) => writeJson(file, customersJson(source)), FLUSH_BYTES, { flags: 'r+', position });
}
