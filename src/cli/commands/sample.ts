/** `tiers sample`: the seeded sample workbook (src/sample) written as .xlsx. */
import {
  generateSampleWorkbook,
  SAMPLE_CUSTOMER_COLUMNS,
  SAMPLE_DATE_FIELDS,
  SAMPLE_MONEY_FIELDS,
  SAMPLE_ORDER_COLUMNS,
  SAMPLE_SHARE_FIELDS,
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

function formatOf(field: string): string | null {
  if (SAMPLE_DATE_FIELDS.has(field)) return 'yyyy-mm-dd';
  if (SAMPLE_SHARE_FIELDS.has(field)) return '0%';
  if (SAMPLE_MONEY_FIELDS.has(field)) return '#,##0.00';
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
  const names = args.language === 'zh' ? { customers: '客户', orders: '订单' } : { customers: 'Customers', orders: 'Orders' };
  await writeGridsXlsx(
    args.out,
    [
      { name: names.customers, grid: sample.customers, formats: SAMPLE_CUSTOMER_COLUMNS.map((c) => formatOf(c.field)), widths: SAMPLE_CUSTOMER_COLUMNS.map(() => 16) },
      { name: names.orders, grid: sample.orders, formats: SAMPLE_ORDER_COLUMNS.map((c) => formatOf(c.field)) },
    ],
    (sheet, rows) => progress(`${sheet}: ${rows} rows written`),
  );
}
