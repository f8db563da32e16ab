/**
 * The workbook's date system (docs/adapter.md, "Dates"). Excel hands dates over as serial numbers
 * counted in the workbook's own system: 1900 (serial 1 = 1900-01-01, the default) or 1904 (serial
 * 0 = 1904-01-01; File > Options > Advanced, "Use 1904 date system", the default of old Mac
 * workbooks). The same day is 1,462 apart in the two
 * (learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system). No property of the
 * API says which system a workbook uses; DATE does answer in it (Functions.date,
 * ExcelApi 1.2: "depending on the workbook's date system"), so `DATE(1904, 1, 1)` is 0 in a 1904
 * workbook and 1462 in a 1900 one. The domain counts in the 1900 system: serials are converted
 * where the adapter reads and writes date cells.
 */
import { DAYS_BETWEEN_DATE_SYSTEMS } from '../domain/dates';
import type { CellValue } from '../domain/model';

export interface DateSystemProbe {
  /** Read after the sync that carried the probe. */
  readonly date1904: boolean;
}

/** Queues `DATE(1904, 1, 1)`; it goes with the caller's next sync (no round trip of its own). */
export function probeDateSystem(context: Excel.RequestContext): DateSystemProbe {
  const result = context.workbook.functions.date(1904, 1, 1).load('value');
  return {
    get date1904() {
      return result.value === 0;
    },
  };
}

/** A date cell as read, its serial counted in the 1900 system. Text and blanks pass through. */
export function serialTo1900(value: CellValue, date1904: boolean): CellValue {
  return date1904 && typeof value === 'number' ? value + DAYS_BETWEEN_DATE_SYSTEMS : value;
}

/** A 1900-system serial as the workbook counts it, for writing. Text and blanks pass through. */
export function serialFrom1900(value: CellValue, date1904: boolean): CellValue {
  return date1904 && typeof value === 'number' ? value - DAYS_BETWEEN_DATE_SYSTEMS : value;
}
