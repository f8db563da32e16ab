/**
 * Currencies (docs/scoring.md, "Currencies"). An order sheet with a currency column holding more
 * than one currency is converted to one base currency before anything is summed, with exchange
 * rates from a rates sheet or from the configuration (`currency`). Without a rate for every
 * currency the run stops with a message listing the currencies found, and nothing is scored or
 * written: mixed currencies are never summed.
 *
 * A rate is the number of base-currency units one unit of the currency is worth (USD 7.1 with base
 * CNY: 1 USD = 7.1 CNY). The base is the configured `currency.base`; else the currency whose rate
 * is 1; else the one currency of the sheet without a rate. A blank currency cell is the base.
 */
import { z } from 'zod';
import type { Grid, OrderRow, OrderTable } from './model';
import type { CurrencyConversion } from './currencyConversion';
import type { MappingNote } from './mapping/mappingNotes';
import { normaliseHeader } from './mapping/normaliseHeader';
import { parseNumberCell } from './validation/numbers';

const code = z
  .string()
  .trim()
  .min(1)
  .max(12)
  .transform((s) => s.toUpperCase());

export const currencyConfigSchema = z.object({
  /** The currency every amount is converted to; null = inferred from the rates (above). */
  base: code.nullable(),
  /** Units of the base currency per unit of each currency, by currency code. */
  rates: z.record(z.string(), z.number().positive().finite()),
});
export type CurrencyConfig = z.infer<typeof currencyConfigSchema>;

export const DEFAULT_CURRENCY_CONFIG: CurrencyConfig = { base: null, rates: {} };

/** A sheet holding exchange rates, by its name: "Rates", "Exchange rates", "FX", "汇率", "匯率" ... */
export function isRatesSheetName(name: string): boolean {
  const n = normaliseHeader(name);
  return /^(exchange|currency|fx)?rates?$|^fx$|^fxrates?$|汇率|匯率|^currencies$/.test(n);
}

const CURRENCY_HEADERS = new Set(['currency', 'currencycode', 'code', 'ccy', 'curr', '币种', '货币', '币别', '幣別', '幣種', '貨幣', '货币代码', '币种代码']);
const RATE_HEADERS = new Set(['rate', 'rates', 'exchangerate', 'fxrate', 'torate', 'rateto', 'conversionrate', '汇率', '匯率', '兑换率', '兌換率', '折算率', '换算率']);

export interface SheetRates {
  rates: Record<string, number>;
  /** Rows that could not be read, or no header row, for the run's notes. */
  notes: MappingNote[];
}

/**
 * The rates of a rates sheet: the first row (of the first ten) with a currency header and a rate
 * header is the header row; each row below it with a currency code and a positive rate is one rate.
 */
export function ratesFromSheet(sheet: string, grid: Grid): SheetRates {
  const rates: Record<string, number> = {};
  const notes: MappingNote[] = [];
  for (let h = 0; h < Math.min(10, grid.length); h++) {
    const headers = (grid[h] ?? []).map((c) => normaliseHeader(String(c ?? '')));
    const cc = headers.findIndex((x) => CURRENCY_HEADERS.has(x));
    const rc = headers.findIndex((x) => RATE_HEADERS.has(x));
    if (cc < 0 || rc < 0) continue;
    for (let r = h + 1; r < grid.length; r++) {
      const row = grid[r] ?? [];
      const name = String(row[cc] ?? '')
        .trim()
        .toUpperCase();
      if (name === '') continue;
      const rate = parseNumberCell(row[rc], false);
      if (typeof rate === 'number' && rate > 0 && Number.isFinite(rate)) rates[name] = rate;
      else notes.push({ code: 'rates-row-unreadable', sheet, row: r + 1, currency: name });
    }
    return { rates, notes };
  }
  notes.push({ code: 'rates-sheet-no-header', sheet });
  return { rates, notes };
}

export type { CurrencyConversion } from './currencyConversion';

export type CurrencyOutcome = { ok: true; conversion: CurrencyConversion | null } | { ok: false; currencies: string[]; missing: string[]; message: string };

/** The currency codes the rows name, sorted, and the rows naming none (counted only when some row names one: a table without currencies is the usual case). */
function distinctCurrencies(table: OrderTable): { found: string[]; blanks: number } {
  const found = [...table.currencyIds].sort();
  let blanks = 0;
  const codes = table.currency;
  if (found.length > 0) for (let r = 0; r < codes.length; r++) if ((codes[r] as number) < 0) blanks++;
  return { found, blanks };
}

/** The message of a run stopped for want of rates; lists the currencies found. */
export function missingRatesMessage(sheet: string, currencies: readonly string[], missing: readonly string[]): string {
  return (
    `Sheet "${sheet}" holds amounts in ${currencies.length} currencies (${currencies.join(', ')}) and there is no exchange rate for ${missing.join(', ')}. ` +
    'Tiers never adds up different currencies: add a sheet named "Rates" with the columns Currency and Rate (units of your base currency per unit), ' +
    'or set "currency" (base and rates) in the configuration, and run again. Nothing was scored or written.'
  );
}

/**
 * Converts the amounts (amount, profit, arrears) of every row of the order table to the base
 * currency, and the same rows (`orders`, in the table's order; the claim amount too) when they
 * were kept. Changes nothing and reports the missing rates when a currency has none. No currency
 * column, or one currency and no base asked for: nothing to convert.
 */
export function convertCurrencies(sheet: string, table: OrderTable, config: CurrencyConfig, sheetRates: Readonly<Record<string, number>>, orders: OrderRow[] = []): CurrencyOutcome {
  const { found, blanks } = distinctCurrencies(table);
  if (found.length === 0) return { ok: true, conversion: null };
  const rates: Record<string, number> = {};
  for (const [k, v] of Object.entries(sheetRates)) rates[k.trim().toUpperCase()] = v;
  // The configuration's rates win over the sheet's.
  for (const [k, v] of Object.entries(config.rates)) rates[k.trim().toUpperCase()] = v;
  const unity = Object.keys(rates).filter((k) => rates[k] === 1);
  const unrated = found.filter((c) => rates[c] === undefined);
  const base = config.base ?? (unity.length === 1 ? (unity[0] as string) : unrated.length === 1 ? (unrated[0] as string) : null);
  if (base !== null) rates[base] = 1;
  if (found.length === 1 && (base === null || found[0] === base)) return { ok: true, conversion: null };
  const missing = found.filter((c) => rates[c] === undefined);
  // Blank cells among stated currencies are the base: without a base they cannot be placed.
  if (missing.length > 0 || (blanks > 0 && base === null)) {
    const listed = missing.length > 0 ? missing : found;
    return { ok: false, currencies: found, missing: listed, message: missingRatesMessage(sheet, found, listed) };
  }
  const rateOf = table.currencyIds.map((c) => rates[c] as number);
  const applied: Record<string, number> = {};
  let converted = 0;
  for (let r = 0; r < table.length; r++) {
    const code = table.currency[r] as number;
    const rate = code < 0 ? 1 : (rateOf[code] as number);
    const o = orders[r];
    if (o) o.currency = base;
    if (rate === 1) continue;
    applied[table.currencyIds[code] as string] = rate;
    converted++;
    table.amount[r] = (table.amount[r] as number) * rate;
    table.profit[r] = (table.profit[r] as number) * rate;
    table.arrears[r] = (table.arrears[r] as number) * rate;
    if (o) {
      o.amount *= rate;
      if (o.profit !== null) o.profit *= rate;
      if (o.arrears !== null) o.arrears *= rate;
      if (o.claimAmount !== null) o.claimAmount *= rate;
    }
  }
  return { ok: true, conversion: { base, currencies: found, applied, rows: converted } };
}
