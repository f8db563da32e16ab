/** Test helpers: a simulated workbook from the sample generator, with the globals installed. */
import type { CellValue, Grid } from '../../src/domain/model';
import { runScoring, type RunOptions, type RunOutcome } from '../../src/excel/runScoring';
import { scoreLocally } from '../../src/excel/scoreLocally';
import { generateSampleWorkbook } from '../../src/sample';
import { createSimulator, type Simulator } from '../../src/simulator';

export interface Book {
  sim: Simulator;
  asOf: number;
}

/**
 * Rows to write; strings quote-prefixed so every string stays text, as a user typing "'" would.
 * Empty cells are "" (null in Office.js values means "leave this cell unchanged").
 */
export const rowsOf = (grid: Grid): (string | number | boolean)[][] => grid.map((r) => r.map((v) => (v === undefined || v === null || v === '' ? '' : typeof v === 'string' ? `'${v}` : v)));

export function sampleBook(options: { customers?: number; orders?: number; orderOnly?: boolean; tables?: boolean } = {}): Book {
  const sample = generateSampleWorkbook({ customers: options.customers ?? 40, orders: options.orders ?? 600, seed: 7 });
  const sheets = [];
  if (!options.orderOnly) {
    const width = sample.customers[0]!.length;
    sheets.push({
      name: 'Customers',
      rows: rowsOf(sample.customers),
      ...(options.tables ? { tables: [{ name: 'CustomerTable', address: `A1:${String.fromCharCode(64 + width)}${sample.customers.length}` }] } : {}),
    });
  }
  sheets.push({ name: 'Orders', rows: rowsOf(sample.orders) });
  const sim = createSimulator({ sheets });
  sim.installGlobals(globalThis);
  return { sim, asOf: sample.asOf };
}

export async function run(book: Book, extra: Partial<RunOptions> = {}): Promise<RunOutcome> {
  return runScoring({ asOf: book.asOf, score: scoreLocally, runId: 'run-1', now: () => new Date('2026-01-01T00:00:00Z'), ...extra });
}

export function expectOk(outcome: RunOutcome): Extract<RunOutcome, { ok: true }>['summary'] {
  if (!outcome.ok) throw new Error(`run failed: ${JSON.stringify(outcome)}`);
  return outcome.summary;
}

/** A sheet's values as a grid (null for empty), straight from the model. */
export function sheetValues(book: Book, name: string): CellValue[][] {
  const sheet = book.sim.workbook.sheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rect = book.sim.workbook.usedRect(sheet.id, true);
  if (!rect) return [];
  const out: CellValue[][] = [];
  for (let r = 0; r <= rect.r1; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c <= rect.c1; c++) row.push(sheet.cells.values.get(r, c) ?? null);
    out.push(row);
  }
  return out;
}

/** Everything a re-run must reproduce: cells, formats, sheets, charts, names, conditional formats, settings. */
export function workbookState(book: Book, ignoreSettings: readonly string[] = []): unknown {
  const wb = book.sim.workbook;
  const cells: Record<string, unknown> = {};
  for (const sheet of wb.sheets) {
    const rect = wb.usedRect(sheet.id, false);
    if (!rect) continue;
    const rows: unknown[] = [];
    for (let r = 0; r <= rect.r1; r++) {
      const row: unknown[] = [];
      for (let c = 0; c <= rect.c1; c++) row.push([sheet.cells.values.get(r, c) ?? null, sheet.cells.formulas.get(r, c) ?? null, sheet.cells.numberFormats.get(r, c) ?? null]);
      rows.push(row);
    }
    cells[sheet.name] = rows;
  }
  const sheetName = (id: string) => wb.sheetById(id)?.name;
  return {
    sheets: wb.sheets.map((s) => s.name),
    cells,
    charts: wb.charts.map((c) => ({ name: c.name, sheet: sheetName(c.sheetId), type: c.type, source: c.source && wb.address(c.source), seriesBy: c.seriesBy, title: c.title })),
    names: wb.names.map((n) => ({ name: n.name, ref: n.ref && wb.address(n.ref) })),
    conditionalFormats: wb.conditionalFormats.map((f) => ({ sheet: sheetName(f.sheetId), rect: f.rect, type: f.type, rule: f.rule, format: f.format })),
    settings: [...wb.settings.entries()].filter(([k]) => !ignoreSettings.includes(k)),
  };
}

/** Column index of a header text on a row of a sheet, from the model. */
export function columnOf(book: Book, sheet: string, header: string, row = 0): number {
  return sheetValues(book, sheet)[row]!.findIndex((v) => v === header);
}
