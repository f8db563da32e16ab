/**
 * Runs a bad workbook through the adapter (runScoring on the simulator, domain scoring in
 * process) and proves that nothing of the user's changed.
 *
 * Before the run we exclude what the adapter may legitimately write: its owned sheets, columns
 * that hold nothing at all, and the columns its previous run recorded (run state, named items). After the run:
 * (1) every owned column it reports (run state) lies inside those exclusions, so it never took a
 * column with user data; (2) every cell outside them is identical (snapshotCells/diffSnapshots).
 */
import { columnLetter } from '../../../src/domain/mapping/columnLetter';
import { OWNED_NAME_PREFIX } from '../../../src/output/ownedColumns';
import { OWNED_SHEETS } from '../../../src/output/sheets';
import { runScoring, type RunOptions, type RunOutcome } from '../../../src/excel/runScoring';
import { parseRunState, RUN_STATE_KEY, type RunState } from '../../../src/excel/runState';
import { scoreLocally } from '../../../src/excel/scoreLocally';
import { createSimulator, diffSnapshots, snapshotCells, type CellArea, type Simulator } from '../../../src/simulator';
import { AS_OF } from '../../fixtures/bad-workbooks/base';
import type { BadWorkbook } from '../../fixtures/bad-workbooks/types';

const LAST_COLUMN = 'XFD';

export function runOnce(extra: Partial<RunOptions> = {}): Promise<RunOutcome> {
  return runScoring({ asOf: AS_OF, score: scoreLocally, runId: 'reliability', now: () => new Date('2026-01-01T00:00:00Z'), ...extra });
}

export function runStateOf(sim: Simulator): RunState | null {
  return parseRunState(sim.workbook.getSetting(RUN_STATE_KEY));
}

interface SheetColumns {
  sheet: string;
  columns: number[];
}

/** Owned columns from a run state. */
function ownedColumns(state: RunState | null): SheetColumns | null {
  return state ? { sheet: state.customerSheet, columns: Object.values(state.columns).map((c) => c.column) } : null;
}

/** Owned columns by their named items, which Excel moves with the cells (and with a renamed sheet). */
function namedColumns(sim: Simulator): SheetColumns[] {
  const out: SheetColumns[] = [];
  for (const n of sim.workbook.names) {
    if (!n.name.startsWith(OWNED_NAME_PREFIX) || !n.ref) continue;
    const sheet = sim.workbook.sheetById(n.ref.sheetId)?.name;
    if (sheet) out.push({ sheet, columns: [n.ref.rect.c0] });
  }
  return out;
}

/** Columns of each sheet that hold no value, formula or format, plus everything right of the last used one. */
function freeColumns(sim: Simulator): { sheet: string; columns: Set<number>; width: number }[] {
  return sim.workbook.sheets.map((sheet) => {
    const { values, formulas, numberFormats } = sheet.cells;
    const used = new Set<number>();
    let width = 0;
    for (const layer of [values, formulas, numberFormats]) {
      for (const row of layer.rows as (readonly unknown[] | undefined)[]) {
        if (!row) continue;
        for (let c = 0; c < row.length; c++) if (row[c] !== undefined) used.add(c);
        width = Math.max(width, row.length);
      }
    }
    const columns = new Set<number>();
    for (let c = 0; c < width; c++) if (!used.has(c)) columns.add(c);
    return { sheet: sheet.name, columns, width };
  });
}

export interface Allowed {
  areas: CellArea[];
  covers(sheet: string, column: number): boolean;
}

/** What the adapter may write, decided before the run. */
export function allowedAreas(sim: Simulator): Allowed {
  const free = freeColumns(sim);
  const previous = [ownedColumns(runStateOf(sim)), ...namedColumns(sim)].filter((p): p is SheetColumns => p !== null);
  const areas: CellArea[] = OWNED_SHEETS.map((sheet) => ({ sheet }));
  for (const f of free) {
    for (const c of f.columns) areas.push({ sheet: f.sheet, address: `${columnLetter(c)}:${columnLetter(c)}` });
    areas.push({ sheet: f.sheet, address: `${columnLetter(f.width)}:${LAST_COLUMN}` });
  }
  for (const p of previous) for (const c of p.columns) areas.push({ sheet: p.sheet, address: `${columnLetter(c)}:${columnLetter(c)}` });
  const lower = (s: string) => s.toLowerCase();
  return {
    areas,
    covers(sheet, column) {
      if (OWNED_SHEETS.some((s) => lower(s) === lower(sheet))) return true;
      if (previous.some((p) => lower(p.sheet) === lower(sheet) && p.columns.includes(column))) return true;
      const f = free.find((x) => lower(x.sheet) === lower(sheet));
      return f === undefined || column >= f.width || f.columns.has(column);
    },
  };
}

export interface CaseRun {
  sim: Simulator;
  outcome: RunOutcome;
  /** Rows whose cells changed outside what the adapter may write (empty = nothing of the user's touched). */
  changedUserCells: string[];
  /** Owned columns the adapter placed over user data (empty = it only took free or its own columns). */
  takenUserColumns: string[];
}

export function createCase(bad: BadWorkbook): Simulator {
  const sim = createSimulator(bad.init());
  sim.installGlobals(globalThis);
  bad.prepare?.(sim);
  return sim;
}

/** Runs once and checks the user's cells; `sim` must have its globals installed. */
export async function checkedRun(sim: Simulator, extra: Partial<RunOptions> = {}): Promise<Omit<CaseRun, 'sim'>> {
  const allowed = allowedAreas(sim);
  const before = snapshotCells(sim.workbook, allowed.areas);
  const outcome = await runOnce(extra);
  const after = snapshotCells(sim.workbook, allowed.areas);
  const owned = ownedColumns(runStateOf(sim));
  const takenUserColumns = (owned?.columns ?? []).filter((c) => !allowed.covers(owned!.sheet, c)).map((c) => `${owned!.sheet}!${columnLetter(c)}`);
  return { outcome, changedUserCells: diffSnapshots(before, after), takenUserColumns };
}

export async function runCase(bad: BadWorkbook, extra: Partial<RunOptions> = {}): Promise<CaseRun> {
  const sim = createCase(bad);
  if (bad.betweenRuns) {
    const first = await runOnce(extra);
    if (!first.ok) throw new Error(`${bad.id}: the clean first run failed: ${first.message}`);
    bad.betweenRuns(sim);
  }
  return { sim, ...(await checkedRun(sim, extra)) };
}
