/**
 * Every Excel.run entry point of the adapter, one after another on one simulated workbook with the
 * payload caps on, each measured on its own: syncs, largest request and response, total bytes and
 * time (wall and CPU). Used by the jest sweep (test/excel/entryPoints.test.ts) and `npm run bench`
 * (bench/entryPoints.bench.ts, 100,000 and 1,000,000 orders).
 */
import { newContract, newProspect, type FollowUp } from '../../src/domain/work';
import { defaultScoringConfig } from '../../src/domain/config';
import { backtest } from '../../src/domain/clv/predictive/backtest';
import { readLastRun } from '../../src/excel/lastRun';
import { writeModelCheck } from '../../src/excel/modelCheck';
import { readWorkbookInputs } from '../../src/excel/readInputs';
import { runScoring } from '../../src/excel/runScoring';
import { scoreLocally } from '../../src/excel/scoreLocally';
import { customerAtSelection, selectCell } from '../../src/excel/selection';
import { loadSettings, saveConfig } from '../../src/excel/settingsStore';
import { readSheetHead } from '../../src/excel/sheetHead';
import { listSheets } from '../../src/excel/sheets';
import { readTierMoves } from '../../src/excel/tierHistory';
import * as work from '../../src/excel/work/workActions';
import { createSimulator, type Simulator } from '../../src/simulator';
import { largeCustomers, largeOrders } from './largeBook';
import { cdnowOrders, dayOf } from '../domain/clv/predictive/cdnowFixtures';

export interface EntryPointRow {
  entryPoint: string;
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalBytes: number;
  ms: number;
  /** CPU time of this process (user + system) meanwhile: the adapter, Microsoft's client library and the emulated host together. */
  cpuMs: number;
  /** Syncs <= total bytes / 4.5 MB + 10. */
  syncTarget: number;
}

export const MAX_SYNC_BYTES = 5_000_000;

/** A book of `orders` orders, orders / 10 customers and a contact list of orders / 20 rows. */
export function entryPointBook(orders: number): Simulator {
  const customers = Math.max(10, Math.round(orders / 10));
  const contacts: (string | number)[][] = [['Company', 'Contact', 'Email']];
  for (let i = 1; i <= Math.max(5, Math.round(orders / 20)); i++) contacts.push([`Prospect ${i} Ltd`, `Person ${i}`, `p${i}@example.com`]);
  const sim = createSimulator({
    sheets: [
      { name: 'Customers', rows: largeCustomers(customers) },
      { name: 'Orders', rows: largeOrders(orders, customers) },
      { name: 'Contacts', rows: contacts },
    ],
  });
  sim.installGlobals(globalThis);
  return sim;
}

const AS_OF = 19_800; // 2024-03-18, inside the large book's order dates

/** Runs every entry point once, in a sensible order (a run first, so the work area has tiers). */
export async function sweepEntryPoints(sim: Simulator, onRow: (row: EntryPointRow) => void = () => undefined): Promise<EntryPointRow[]> {
  const rows: EntryPointRow[] = [];
  const measure = async (entryPoint: string, fn: () => Promise<unknown>): Promise<void> => {
    sim.stats.reset();
    const t = performance.now();
    const cpu = process.cpuUsage();
    await fn();
    const ms = performance.now() - t;
    const { user, system } = process.cpuUsage(cpu);
    const { syncs, totalRequestBytes, totalResponseBytes } = sim.stats;
    const totalBytes = totalRequestBytes + totalResponseBytes;
    const row: EntryPointRow = {
      entryPoint,
      syncs: syncs.length,
      maxRequestBytes: Math.max(0, ...syncs.map((s) => s.requestBytes)),
      maxResponseBytes: Math.max(0, ...syncs.map((s) => s.responseBytes)),
      totalBytes,
      ms,
      cpuMs: (user + system) / 1000,
      syncTarget: totalBytes / 4_500_000 + 10,
    };
    rows.push(row);
    onRow(row);
  };
  const ok = <T extends { ok: boolean }>(what: string, value: T): T => {
    if (!value.ok) throw new Error(`${what} failed: ${JSON.stringify(value).slice(0, 500)}`);
    return value;
  };
  // The predictive fit is the domain's cost, not the adapter's: off, so the sweep times Excel traffic.
  const config = { ...defaultScoringConfig(), predictive: { ...defaultScoringConfig().predictive, enabled: false } };
  await measure('list sheets', () => listSheets());
  await measure('detect mapping (read inputs)', () => readWorkbookInputs());
  await measure('load settings', () => loadSettings());
  await measure('save settings', async () => ok('save settings', await saveConfig(config, { expectedRevision: null })));
  await measure('run (score and write)', async () => ok('run', await runScoring({ config, asOf: AS_OF, score: scoreLocally, runId: 'sweep', now: () => new Date('2024-03-18T00:00:00Z') })));
  await measure('sheet head (mapping editor)', () => readSheetHead('Orders'));
  await measure('last run (pane reopened: snapshots read, scored again)', async () => {
    if (!(await readLastRun(scoreLocally))) throw new Error('last run not found');
  });
  await measure('tier moves (snapshots, customer card)', () => readTierMoves('C000001'));
  // The model check's figures come from the worker; the sheet's size is its weeks, not the orders: CDNOW's 78 weeks.
  const check = backtest(cdnowOrders(), { calibrationEnd: dayOf(1997, 9, 30), holdoutEnd: dayOf(1998, 6, 30) });
  if (!check.ok) throw new Error(check.message);
  await measure('model check sheet', async () => ok('model check sheet', await writeModelCheck(check.backtest)));
  await measure('select cell', () => selectCell('Customers', 'A2'));
  await measure('customer at selection', () => Excel.run((context) => customerAtSelection(context)));
  let customerId = '';
  await measure('work state', async () => {
    const state = await work.loadWorkState();
    if (state.basis.refused) throw new Error(`work state refused: ${state.basis.refused}`);
    customerId = state.basis.choices[0]?.id ?? '';
  });
  let task: FollowUp | undefined;
  await measure('due tasks', async () => {
    task = (await work.generateDueTasks(AS_OF)).added[0];
  });
  await measure('mark lost', async () => {
    const lost = await work.markCustomerLost(customerId, 'competitor', AS_OF);
    task = task ?? lost.added[0];
  });
  await measure('prospect import', () => work.importProspectsFromSheet({ sheet: 'Contacts', day: AS_OF }));
  await measure('contract save', async () => ok('contract save', await work.submitContract(newContract('HT-SWEEP-1', customerId))));
  await measure('task save', async () => {
    if (!task) throw new Error('no task was generated to save');
    await work.saveTasks([{ ...task, status: 'done', completedOn: AS_OF }]);
  });
  await measure('prospect save and funnel', () => work.saveProspectsAndFunnel([newProspect({ id: 'P-SWEEP-1', company: 'Sweep Ltd' }, AS_OF)], 'en'));
  return rows;
}
