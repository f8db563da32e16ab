/** Command-line parsing: `tiers score ...`, `tiers sample ...`, `--help`. */
import { parseArgs } from 'node:util';
import type { SampleArgs } from './commands/sample';
import { SAMPLE_LANGUAGES } from '../sample';
import type { ScoreArgs } from './commands/score';
import { InputError } from './errors';
import { isSheetLanguage } from '../output/sheetWords';

export const HELP = `tiers: score and tier customers from .xlsx workbooks, without Excel.

Usage:
  tiers score IN.xlsx --out OUT.xlsx [--as-of YYYY-MM-DD] [--config FILE.json]
                      [--json FILE [--json-pretty]] [--csv FILE] [--rfm r-package|quintile] [--period week|month|day]
                      [--backtest [--backtest-split YYYY-MM-DD]] [--lang en|zh-CN|zh-TW] [--lenient] [--quiet]
  tiers score ORDERS.csv|ORDERS.parquet [--customers CUSTOMERS.csv|.parquet] --out OUT.xlsx [the same options]
  tiers sample --customers N --orders M --out FILE.xlsx [--lang en|zh|zh-TW] [--seed S]
  tiers --help

score   Reads the customer and order sheets (or an order sheet alone), detects the
        columns as the add-in does, scores, and writes OUT.xlsx: the owned "Tiers ..."
        columns beside the customer data and a "Tiers dashboard" sheet with charts.
        --as-of     analysis date (default: the configuration's, else today); it also
                    ends the calibration period of the predictive lifetime value
        --period    time unit of the predictive model (default week)
        --config    a configuration saved by the task pane (JSON)
        --json      also write every customer's figures and all warnings as JSON
                    (compact; --json-pretty indents it for reading)
        --csv       also write the scored customers as CSV
        An order history in CSV or Parquet (any number of lines, past Excel's
        1,048,576 rows) is read through embedded DuckDB with the same column
        detection and checks; OUT.xlsx then holds the scored customers and the
        dashboard. A CSV may be UTF-8, UTF-16, GBK/GB18030 or Big5 (as Excel saves
        "CSV" on a Chinese Windows): the encoding is told from the file.
        --customers  a customer list (CSV or Parquet, e.g. the ERP's customer master)
                    beside the order file: read as a customer sheet, its fields count
                    in the scores, and OUT.xlsx holds it with the owned columns
        --backtest  also check the predictive model against the data: fit on the
                    orders up to a split date, predict each customer's repeat purchases
                    after it, and compare with what they did ("Tiers Model Check" sheet
                    with a chart, and "modelCheck" in the JSON)
        --backtest-split  the split date, the last day fitted on (default: the start
                    of the last quarter of the order history); implies --backtest
        --rfm       RFM binning (default r-package)
        --lang      language of every word written in OUT.xlsx: headers, sheets,
                    charts (default: the configuration's, else the order headers')
        --lenient   score the readable rows even when some rows cannot be read
sample  Writes the seeded sample workbook (default 500 customers, 20000 orders).

Exit codes: 0 done, 2 bad input (messages name sheet, row and column), 1 unexpected error.
Progress goes to stderr; --quiet silences it.`;

export type Command = { kind: 'help' } | { kind: 'score'; args: ScoreArgs; quiet: boolean } | { kind: 'sample'; args: SampleArgs; quiet: boolean };

function wholeNumber(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new InputError(`--${name} must be a whole number, not "${text}".`);
  return n;
}

export function parseCommand(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        'as-of': { type: 'string' },
        config: { type: 'string' },
        json: { type: 'string' },
        'json-pretty': { type: 'boolean' },
        csv: { type: 'string' },
        rfm: { type: 'string' },
        period: { type: 'string' },
        backtest: { type: 'boolean' },
        'backtest-split': { type: 'string' },
        lenient: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        customers: { type: 'string' },
        orders: { type: 'string' },
        lang: { type: 'string' },
        seed: { type: 'string' },
      },
    });
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const quiet = values.quiet ?? false;
  if (command === 'score') {
    const input = positionals[0];
    if (!input || positionals.length > 1) throw new InputError('score takes exactly one input (a workbook, or a CSV or Parquet order file): tiers score IN.xlsx --out OUT.xlsx');
    if (!values.out) throw new InputError('score needs --out OUT.xlsx');
    const rfm = values.rfm ?? null;
    if (rfm !== null && rfm !== 'r-package' && rfm !== 'quintile') throw new InputError(`--rfm must be r-package or quintile, not "${rfm}".`);
    const period = values.period ?? null;
    if (period !== null && period !== 'week' && period !== 'month' && period !== 'day') throw new InputError(`--period must be week, month or day, not "${period}".`);
    const sheetLanguage = values.lang ?? null;
    if (sheetLanguage !== null && !isSheetLanguage(sheetLanguage)) throw new InputError(`--lang must be en, zh-CN or zh-TW, not "${sheetLanguage}".`);
    return {
      kind: 'score',
      quiet,
      args: {
        input,
        out: values.out,
        asOf: values['as-of'] ?? null,
        config: values.config ?? null,
        json: values.json ?? null,
        jsonPretty: values['json-pretty'] ?? false,
        csv: values.csv ?? null,
        rfm,
        period,
        lenient: values.lenient ?? false,
        backtest: (values.backtest ?? false) || values['backtest-split'] !== undefined,
        backtestSplit: values['backtest-split'] ?? null,
        sheetLanguage,
        customers: values.customers ?? null,
      },
    };
  }
  if (command === 'sample') {
    if (!values.out) throw new InputError('sample needs --out FILE.xlsx');
    // zh-CN is taken for zh (Simplified), as `tiers score --lang` names it.
    const given = values.lang ?? 'en';
    const lang = given === 'zh-CN' ? 'zh' : SAMPLE_LANGUAGES.find((l) => l === given);
    if (lang === undefined) throw new InputError(`--lang must be en, zh (Simplified) or zh-TW (Traditional), not "${given}".`);
    return {
      kind: 'sample',
      quiet,
      args: {
        out: values.out,
        customers: wholeNumber(values.customers, 'customers', 500),
        orders: wholeNumber(values.orders, 'orders', 20000),
        seed: wholeNumber(values.seed, 'seed', 42),
        language: lang,
      },
    };
  }
  throw new InputError(`Unknown command "${command}". Try tiers --help.`);
}
