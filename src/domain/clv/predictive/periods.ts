/** Time units of the predictive models. A month is an average calendar month, 365.25 / 12 days. */

export type PeriodUnit = 'day' | 'week' | 'month';

export const DAYS_PER_MONTH = 365.25 / 12;

const DAYS_PER_PERIOD: Record<PeriodUnit, number> = { day: 1, week: 7, month: DAYS_PER_MONTH };

export function daysPerPeriod(unit: PeriodUnit): number {
  return DAYS_PER_PERIOD[unit];
}

/** How many periods make a month: 4.348 weeks, 30.44 days, 1 month. */
export function periodsPerMonth(unit: PeriodUnit): number {
  return DAYS_PER_MONTH / DAYS_PER_PERIOD[unit];
}
