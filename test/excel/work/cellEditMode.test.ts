/**
 * Cell-edit mode in the work area (issue "What would break in real Excel", item 3): while the user
 * types in a cell, Excel refuses every call with InvalidOperationInCellEditMode (the host refuses
 * the whole batch, src/simulator/README.md "Host states"). Each work-area entry point waits, tells
 * the pane (onEditWait), and completes once editing ends; so do the pane's other writes outside a
 * run (the model check sheet, selecting a problem's cell).
 */
import { fromCalendar, newContract, newProspect } from '../../../src/domain/work';
import { backtest } from '../../../src/domain/clv/predictive/backtest';
import { onEditWait } from '../../../src/excel/editMode';
import { writeModelCheck } from '../../../src/excel/modelCheck';
import { selectCell } from '../../../src/excel/selection';
import { MODEL_CHECK_SHEET } from '../../../src/output/modelCheck';
import { generateDueTasks, importProspectsFromSheet, loadWorkState, markCustomerLost, saveProspectsAndFunnel, saveTasks, submitContract } from '../../../src/excel/work/workActions';
import { CONTRACTS_TABLE, FOLLOW_UPS_TABLE, LOST_CUSTOMERS_TABLE, PROSPECTS_TABLE } from '../../../src/excel/work/tableSpecs';
import { generateSampleWorkbook } from '../../../src/sample';
import type { Simulator } from '../../../src/simulator';
import { cdnowOrders, dayOf } from '../../domain/clv/predictive/cdnowFixtures';
import { installSimulator, tableRows } from './simulatorBook';

const AS_OF = fromCalendar(2026, 1, 15);

function book(): Simulator {
  const sample = generateSampleWorkbook({ customers: 25, orders: 250, seed: 7 });
  return installSimulator({
    sheets: [
      { name: 'Customers', rows: sample.customers.map((r) => [...r]) },
      { name: 'Orders', rows: sample.orders.map((r) => [...r]) },
      {
        name: 'Fair contacts',
        rows: [
          ['Company', 'Contact', 'Email'],
          ['Acme Ltd', 'Ann Lee', 'ann@acme.example'],
        ],
      },
    ],
  });
}

/** Turns edit mode on, runs `operation`, and ends edit mode when the operation first waits. */
async function whileEditing<T>(sim: Simulator, operation: () => Promise<T>): Promise<{ result: T; told: boolean[] }> {
  const told: boolean[] = [];
  const off = onEditWait((waiting) => {
    told.push(waiting);
    if (waiting) sim.workbook.cellEditMode = false;
  });
  sim.workbook.cellEditMode = true;
  try {
    return { result: await operation(), told };
  } finally {
    off();
  }
}

describe('work area in cell-edit mode: each entry point waits, tells the pane, and completes', () => {
  const cases: [string, (sim: Simulator, customer: string) => Promise<unknown>, string][] = [
    ['contract save', async (_sim, customer) => submitContract(newContract('HT-9', customer)), CONTRACTS_TABLE.table],
    ['task save', async () => saveTasks([{ ...(await loadWorkState()).tasks[0]!, notes: 'edited' }]), FOLLOW_UPS_TABLE.table],
    ['due tasks', async () => generateDueTasks(AS_OF), FOLLOW_UPS_TABLE.table],
    ['mark lost', async (_sim, customer) => markCustomerLost(customer, 'competitor', AS_OF), LOST_CUSTOMERS_TABLE.table],
    ['prospect import', async () => importProspectsFromSheet({ sheet: 'Fair contacts', day: AS_OF }), PROSPECTS_TABLE.table],
    ['prospect save', async () => saveProspectsAndFunnel([newProspect({ id: 'P-9', company: 'Zed' }, AS_OF)], 'en'), PROSPECTS_TABLE.table],
  ];

  it.each(cases)('%s', async (name, operation, table) => {
    const sim = book();
    const { basis } = await loadWorkState();
    if (name === 'task save') await generateDueTasks(AS_OF);
    const customer = basis.choices[0]!.id;
    const before = sim.workbook.tableByName(table) ? tableRows(sim, table).length : 1;
    const { told } = await whileEditing(sim, () => operation(sim, customer));
    expect(told).toEqual([true, false]);
    const after = tableRows(sim, table);
    if (name === 'task save') expect(after.some((row) => row.includes('edited'))).toBe(true);
    else expect(after.length).toBeGreaterThan(before);
  });

  it('reading the work state waits too', async () => {
    const sim = book();
    const { result, told } = await whileEditing(sim, () => loadWorkState());
    expect(told).toEqual([true, false]);
    expect(result.basis.choices.length).toBe(25);
  });
});

describe("outside the work area: the pane's other calls wait for cell-edit mode too", () => {
  it('writing the model check sheet', async () => {
    const sim = book();
    const outcome = backtest(cdnowOrders(), { calibrationEnd: dayOf(1997, 9, 30), holdoutEnd: dayOf(1998, 6, 30) });
    if (!outcome.ok) throw new Error(outcome.message);
    const { result, told } = await whileEditing(sim, () => writeModelCheck(outcome.backtest));
    expect(told).toEqual([true, false]);
    expect(result).toEqual({ ok: true });
    expect(sim.workbook.sheetByName(MODEL_CHECK_SHEET)).toBeDefined();
  });

  it("selecting a problem's cell", async () => {
    const sim = book();
    const { result, told } = await whileEditing(sim, () => selectCell('Orders', 'B7'));
    expect(told).toEqual([true, false]);
    expect(result).toBe(true);
    const selected = await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange().load('address');
      await context.sync();
      return range.address;
    });
    expect(selected).toBe('Orders!B7');
  });
});
