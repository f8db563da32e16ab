/** Excel (1900 date system) serial of a JavaScript date, time of day as the fraction. */
const MS_PER_DAY = 86_400_000;
const SERIAL_OF_EPOCH = 25569;

export function serialFromDate(date: Date): number {
  return date.getTime() / MS_PER_DAY + SERIAL_OF_EPOCH;
}
