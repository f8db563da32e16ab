/** `tiers score`: read, analyse and score a workbook; write OUT.xlsx and optionally a JSON report. */
import { readFile, writeFile } from 'node:fs/promises';
import { dayFromIso } from '../../domain/dates';
import { defaultScoringConfig, migrateConfig, type ScoringConfig } from '../../domain/config';
import type { PeriodUnit } from '../../domain/clv/predictive/periods';
import type { CellValue } from '../../domain/model';
import { InputError } from '../errors';
import { DASHBOARD_SHEET, sameSheetName } from '../../output/sheets';
import { jsonReport } from '../score/jsonReport';
import { scoreGrids, type MutableSheet } from '../score/scoreGrids';
import { writeScoredWorkbook } from '../score/writeScored';
import { readWorkbookGrids } from '../xlsx/readWorkbook';

export interface ScoreArgs {
  input: string;
  out: string;
  asOf: string | null;
  config: string | null;
  json: string | null;
  rfm: 'r-package' | 'quintile' | null;
  /** Time unit of the predictive model; overrides the configuration. */
  period: PeriodUnit | null;
  lenient: boolean;
}

async function loadConfig(path: string | null): Promise<{ config: ScoringConfig; warnings: string[] }> {
  if (path === null) return { config: defaultScoringConfig(), warnings: [] };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError(`Cannot read the configuration file ${path}.`);
  }
  const migrated = migrateConfig(text);
  if (!migrated.ok) throw new InputError(`${path}: ${migrated.error}`);
  if (migrated.rejected) throw new InputError(`${path} cannot be used:`, migrated.rejected);
  return { config: migrated.config, warnings: migrated.warnings.map((w) => `${path}: ${w}`) };
}

function todayDay(): number {
  return Math.floor(Date.now() / 86_400_000);
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch {
    throw new InputError(`Cannot read ${path}: no such file or not readable.`);
  }
}

/** The package bytes are dropped once the grids are read (they are read again to write OUT.xlsx). */
async function readInput(path: string, progress: (m: string) => void): Promise<MutableSheet[]> {
  const bytes = await readBytes(path);
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw new InputError(`${path} is not an .xlsx workbook (not a zip package).`);
  try {
    const sheets = await readWorkbookGrids(bytes, {
      skip: (name) => sameSheetName(name, DASHBOARD_SHEET),
      onProgress: (sheet, rows) => progress(`Reading ${sheet}: ${rows} rows`),
    });
    return sheets.map((s) => ({ name: s.name, grid: s.grid as CellValue[][] }));
  } catch (error) {
    throw new InputError(`${path} could not be read as an .xlsx workbook: ${(error as Error).message}`);
  }
}

export async function runScore(args: ScoreArgs, progress: (message: string) => void): Promise<string[]> {
  const { config, warnings } = await loadConfig(args.config);
  if (args.rfm) config.rfm = { mode: args.rfm };
  if (args.period) config.predictive = { ...config.predictive, period: args.period };
  if (args.asOf !== null) {
    if (Number.isNaN(dayFromIso(args.asOf))) throw new InputError(`--as-of must be a date written YYYY-MM-DD, not "${args.asOf}".`);
    config.asOf = args.asOf;
  }
  const sheets = await readInput(args.input, progress);
  progress(`Read ${sheets.length} sheet(s); scoring`);
  const scored = scoreGrids(sheets, { config, asOf: todayDay(), asOfIsToday: true, lenient: args.lenient });
  if (!scored.ok) throw new InputError(`${args.input} cannot be scored.`, scored.messages);
  progress(scored.result.analysisDate.message);
  progress(`Scored ${scored.result.customers.length} customers from ${scored.analysis.orders.length} order rows; writing ${args.out}`);
  if (scored.predictive?.model.bgnbd) progress(`Predictive lifetime value fitted on ${scored.predictive.customers.size} customers (${config.predictive.period}s)`);
  sheets.length = 0; // let the grids go before the package is rebuilt
  await writeFile(args.out, await writeScoredWorkbook(await readBytes(args.input), scored));
  progress(`Wrote ${args.out}`);
  if (args.json) await writeFile(args.json, `${JSON.stringify(jsonReport(scored, warnings), null, 2)}\n`);
  const problems = scored.analysis.problemCount;
  return [...warnings, ...(problems > 0 ? [`${problems} cell problem(s); see the --json report for each sheet, row and column.`] : [])];
}
