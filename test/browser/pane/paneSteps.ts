/** Steps through the task pane in the workbench, shared by the pane's browser tests. */
import { readFileSync } from 'node:fs';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { paneOf } from '../support/workbench';

export interface GridRead {
  headers: string[];
  rows: (string | number | boolean | null)[][];
}

/** The first `rows` rows of a sheet, straight from the simulator's model. */
export async function readSheet(page: Page, sheet: string, rows: number): Promise<GridRead> {
  return page.evaluate(
    ({ sheet, rows }) => {
      const wb = window.__workbench?.simulator.workbook;
      const s = wb?.sheetByName(sheet);
      if (!s) throw new Error(`no sheet ${sheet}`);
      const width = 64;
      const grid: (string | number | boolean | null)[][] = [];
      for (let r = 0; r <= rows; r++) {
        const row: (string | number | boolean | null)[] = [];
        for (let c = 0; c < width; c++) {
          const v = s.cells.values.get(r, c);
          row.push(v === undefined ? null : v);
        }
        grid.push(row);
      }
      return { headers: (grid[0] ?? []).map((v) => (v === null ? '' : String(v))), rows: grid.slice(1) };
    },
    { sheet, rows },
  );
}

export function column(read: GridRead, header: string): (string | number | boolean | null)[] {
  const c = read.headers.indexOf(header);
  if (c < 0) throw new Error(`no column ${header} in ${read.headers.filter(Boolean).join(', ')}`);
  return read.rows.map((r) => r[c] ?? null);
}

/** Find sheets, detect the columns and confirm the mapping (saved in the workbook). */
export async function confirmMapping(page: Page): Promise<FrameLocator> {
  const pane = paneOf(page);
  await pane.getByRole('button', { name: 'Find sheets' }).click();
  await pane.getByRole('list', { name: 'Sheets' }).waitFor();
  await pane.getByRole('button', { name: 'Detect columns' }).click();
  await pane.getByRole('button', { name: 'Confirm mapping' }).click({ timeout: 60000 });
  await pane.getByText('Mapping confirmed and saved in the workbook.').waitFor();
  return pane;
}

/** Find sheets, detect and confirm the mapping, run, and wait for the result. */
export async function confirmAndRun(page: Page): Promise<FrameLocator> {
  const pane = await confirmMapping(page);
  await pane.getByRole('button', { name: 'Run', exact: true }).click();
  await pane.getByText(/^Done: \d+ customers scored\.$/).waitFor({ timeout: 120000 });
  return pane;
}

/** The pane's frame (the workbench runs the pane in an iframe, as Office does). */
export function paneFrame(page: Page): Frame {
  const frame = page.frame({ url: /srcdoc/ }) ?? page.frames().find((f) => f.name() === 'taskpane-frame');
  if (!frame) throw new Error('The pane frame is missing.');
  return frame;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core inside the pane and returns its serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const frame = paneFrame(page);
  // Evaluated through the devtools protocol: the pane's CSP rightly blocks an injected inline script.
  await frame.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await frame.evaluate(async () => {
    type Node = { target: string[]; html: string };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: Node[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    // Fluent's focus manager (tabster) adds aria-hidden focus "bumpers" on purpose: a documented false
    // positive of aria-hidden-focus (microsoft/tabster#288; Accessibility Insights suppresses it too).
    const tabsterBumper = (v: { id: string }, n: Node) => v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy');
    return result.violations
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.filter((n) => !tabsterBumper(v, n)).map((n) => n.target.join(' ')) }))
      .filter((v) => v.targets.length > 0);
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
