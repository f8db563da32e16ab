/**
 * Excel's two date systems. In the 1900 system serial 1 is 1900-01-01 and serial 60 is the
 * 1900-02-29 that never was (kept from Lotus 1-2-3); in the 1904 system (File > Options >
 * Advanced, "Use 1904 date system"; the default of old Mac workbooks) serial 0 is 1904-01-01.
 * The same date is 1,462 days apart in the two systems.
 * learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system
 */
const DAYS_1900_TO_1970 = 25569; // serial of 1970-01-01 in the 1900 system
export const DAYS_BETWEEN_SYSTEMS = 1462;

function daysSince1970(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** DATE(year, month, day) as Excel computes it (years below 1900 are taken as 1900 + year). */
export function dateSerial(year: number, month: number, day: number, use1904: boolean): number {
  const y = year < 1900 ? 1900 + year : year;
  const counted = daysSince1970(y, month, day) + DAYS_1900_TO_1970;
  const serial1900 = counted < 61 ? counted - 1 : counted;
  return use1904 ? serial1900 - DAYS_BETWEEN_SYSTEMS : serial1900;
}
