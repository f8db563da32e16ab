/** How sheets are read: date order, decimal comma, how many problems to keep, where the grid starts. */
import { z } from 'zod';
import { DEFAULT_MAX_PROBLEMS } from './problems';

export const readOptionsSchema = z.object({
  /** Order of year-last dates (05/03/2024); unambiguous forms are read whatever this says. */
  dateOrder: z.enum(['DMY', 'MDY', 'YMD']).default('YMD'),
  /**
   * Date serials are counted in Excel's 1904 date system (serial 0 = 1904-01-01), as the workbook
   * says; they are read as 1900-system serials plus 1,462 (docs/adapter.md, "Dates").
   */
  date1904: z.boolean().default(false),
  /** "1.234,50" style numbers. */
  decimalComma: z.boolean().default(false),
  /** Problems kept in the list; the count and the summary cover all of them. */
  maxProblems: z.number().int().min(0).default(DEFAULT_MAX_PROBLEMS),
  /** 1-based sheet row of the grid's row 0 (1 when the grid starts at A1). */
  firstSheetRow: z.number().int().min(1).default(1),
});

export type ReadOptions = z.output<typeof readOptionsSchema>;

export const DEFAULT_READ_OPTIONS: ReadOptions = readOptionsSchema.parse({});

/** Fills defaults; invalid settings fall back to their defaults rather than throwing. */
export function resolveReadOptions(partial: Partial<ReadOptions> = {}): ReadOptions {
  const parsed = readOptionsSchema.safeParse(partial);
  if (parsed.success) return parsed.data;
  const resolved: Record<string, unknown> = { ...DEFAULT_READ_OPTIONS };
  for (const key of Object.keys(DEFAULT_READ_OPTIONS) as (keyof ReadOptions)[]) {
    const one = readOptionsSchema.shape[key].safeParse(partial[key]);
    if (one.success) resolved[key] = one.data;
  }
  return resolved as ReadOptions;
}
