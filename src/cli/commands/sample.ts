/** `tiers sample`: the seeded sample workbook (src/sample) written as .xlsx. */
import {
  generateSampleWorkbook,
  SAMPLE_CUSTOMER_COLUMNS,
  SAMPLE_DATE_FIELDS,
  SAMPLE_MONEY_FIELDS,
  SAMPLE_ORDER_COLUMNS,
  SAMPLE_SHARE_FIELDS,
  SAMPLE_SHEET_NAMES,
  SAMPLE_SURVEY_COLUMNS,
  sampleNumberFormat,
  type SampleLanguage,
} from '../../sample';
import { writeGridsXlsx } from '../xlsx/writeGrids';
import { InputError } from '../errors';

export interface SampleArgs {
  customers: number;
  orders: number;
  out: string;
  language: SampleLanguage;
  seed: number;
}

function formatOf(field: string, language: SampleLanguage): string | null {
  if (SAMPLE_DATE_FIELDS.has(field)) return 'yyyy-mm-dd';
  if (SAMPLE_SHARE_FIELDS.has(field)) return '0%';
  if (SAMPLE_MONEY_FIELDS.has(field)) return sampleNumberFormat(field, language) ?? null;
  return null;
}

export async function runSample(args: SampleArgs, progress: (message: string) => void): Promise<void> {
  let sample;
  try {
    sample = generateSampleWorkbook({ customers: args.customers, orders: args.orders, seed: args.seed, language: args.language });
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(error.message);
    throw error;
  }
  progress(`Generated ${args.customers} customers and ${args.orders} orders; writing ${args.out}`);
  const names = SAMPLE_SHEET_NAMES[args.language];
  await writeGridsXlsx(
    args.out,
    [
      { name: names.customers, grid: sample.customers, formats: SAMPLE_CUSTOMER_COLUMNS.map((c) => formatOf(c.field, args.language)), widths: SAMPLE_CUSTOMER_COLUMNS.map(() => 16) },
      { name: names.orders, grid: sample.orders, formats: SAMPLE_ORDER_COLUMNS.map((c) => formatOf(c.field, args.language)) },
      { name: names.survey, grid: sample.survey, formats: SAMPLE_SURVEY_COLUMNS.map((c) => (c.field === 'surveyDate' ? 'yyyy-mm-dd' : null)), widths: SAMPLE_SURVEY_COLUMNS.map(() => 14) },
    ],
    (sheet, rows) => progress(`${sheet}: ${rows} rows written`),
  );
}
