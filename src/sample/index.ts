/**
 * A seeded, deterministic sample workbook: a Customers sheet and an Orders sheet shaped like a
 * furniture-export sales team's (docs/domain.md section 1), with seasonality, a long tail of small
 * customers, churned and loss-making ones. Same options, same grids, everywhere.
 */
import type { DayNumber, Grid } from '../domain/model';
import { dayFromCivil } from '../domain/dates';
import { dateWriter, type SampleDateMode } from './cells';
import { customerSheet } from './customerSheet';
import type { SampleLanguage } from './headers';
import { orderSheet } from './orderSheet';
import { generateProfiles, type SampleWindow } from './profiles';
import { createRandom } from './random';
import { SAMPLE_CUSTOMER_COLUMNS } from './headers';
import { surveySheet } from './surveySheet';

export interface SampleOptions {
  customers?: number | undefined;
  orders?: number | undefined;
  seed?: number | undefined;
  language?: SampleLanguage;
  /** First calendar year of the order history (default 2023). */
  startYear?: number;
  /** Number of full calendar years of history (default 3). */
  years?: number;
  /** Excel serial numbers (default, as Excel hands dates over) or ISO text. */
  dates?: SampleDateMode;
}

export interface SampleWorkbook {
  customers: Grid;
  orders: Grid;
  /** A satisfaction survey of about half the customers (src/sample/surveySheet.ts). */
  survey: Grid;
  /** The analysis date the history ends before: 1 January after the last year. */
  asOf: DayNumber;
}

export const SAMPLE_DEFAULTS = { customers: 500, orders: 20000, seed: 42, language: 'en', startYear: 2023, years: 3, dates: 'serial' } as const;

export function sampleWindow(startYear: number = SAMPLE_DEFAULTS.startYear, years: number = SAMPLE_DEFAULTS.years): SampleWindow {
  return { start: dayFromCivil(startYear, 1, 1), end: dayFromCivil(startYear + years, 1, 1) - 1 };
}

export function generateSampleWorkbook(options: SampleOptions = {}): SampleWorkbook {
  const customers = options.customers ?? SAMPLE_DEFAULTS.customers;
  const orders = options.orders ?? SAMPLE_DEFAULTS.orders;
  const years = options.years ?? SAMPLE_DEFAULTS.years;
  if (!Number.isInteger(customers) || customers < 1) throw new RangeError('customers must be a whole number of at least 1.');
  if (!Number.isInteger(orders) || orders < 0) throw new RangeError('orders must be a whole number of at least 0.');
  if (!Number.isInteger(years) || years < 1) throw new RangeError('years must be a whole number of at least 1.');
  const language = options.language ?? SAMPLE_DEFAULTS.language;
  const window = sampleWindow(options.startYear ?? SAMPLE_DEFAULTS.startYear, years);
  const writeDate = dateWriter(options.dates ?? SAMPLE_DEFAULTS.dates);
  const random = createRandom(options.seed ?? SAMPLE_DEFAULTS.seed);

  const profiles = generateProfiles(customers, window, random);
  const customerGrid = customerSheet(profiles, window, language, writeDate, random);
  const orderGrid = orderSheet(profiles, orders, window, language, writeDate, random);
  const idColumn = SAMPLE_CUSTOMER_COLUMNS.findIndex((c) => c.field === 'customerId');
  const ids = customerGrid.slice(1).map((row) => String(row[idColumn]));
  // Its own stream: the customer and order sheets are the same with or without the survey.
  const surveyRandom = createRandom(((options.seed ?? SAMPLE_DEFAULTS.seed) ^ 0x5eed5) >>> 0);
  return {
    customers: customerGrid,
    orders: orderGrid,
    survey: surveySheet(ids, window, language, writeDate, surveyRandom),
    asOf: window.end + 1,
  };
}

export {
  SAMPLE_CUSTOMER_COLUMNS,
  SAMPLE_ORDER_COLUMNS,
  SAMPLE_DATE_FIELDS,
  SAMPLE_MONEY_FIELDS,
  SAMPLE_SHARE_FIELDS,
  SAMPLE_LANGUAGES,
  SAMPLE_MONEY,
  SAMPLE_SHEET_NAMES,
  customerHeaders,
  orderHeaders,
  sampleNumberFormat,
  type SampleLanguage,
  type SampleCustomerField,
  type SampleOrderField,
} from './headers';
export type { SampleDateMode } from './cells';
export { SAMPLE_SURVEY_COLUMNS } from './surveySheet';
export { createRandom, type Random } from './random';
