import { fromCalendar, newContract, newProspect, advanceStage, CLAUSE_IDS, type Contract } from '../../../src/domain/work';
import { generateSampleWorkbook } from '../../../src/sample';
import type { Grid } from '../../../src/domain/model';
import { generateDueTasks, importProspectsFromSheet, loadWorkState, markCustomerLost, saveProspectsAndFunnel, saveTasks, submitContract } from '../../../src/excel/work/workActions';
import { CONTRACTS_TABLE, FOLLOW_UPS_TABLE, PROSPECTS_TABLE } from '../../../src/excel/work/tableSpecs';
import { installSimulator, rewriteBody, tableRows } from './simulatorBook';

const rows = (grid: Grid) => grid.map((row) => [...row]);
const AS_OF = fromCalendar(2026, 1, 15);

function sampleSimulator(extraSheets: { name: string; rows: (string | number | boolean | null)[][] }[] = []) {
  const sample = generateSampleWorkbook({ customers: 25, orders: 250, seed: 7 });
  return installSimulator({
    sheets: [{ name: 'Customers', rows: rows(sample.customers) }, { name: 'Orders', rows: rows(sample.orders) }, ...extraSheets],
  });
}

function signed(id: string, customerId: string): Contract {
  const contract = newContract(id, customerId);
  for (const clause of CLAUSE_IDS) contract.clauses[clause] = { checked: true, note: '' };
  contract.clauses.delivery.note = '=HYPERLINK("http://x","y")';
  return { ...contract, status: 'signed', signingDate: fromCalendar(2025, 3, 1), effectiveDate: fromCalendar(2025, 3, 10), place: '+Ningbo', custodian: '-Li Wei' };
}

describe('work area actions through the simulator', () => {
  it('saves a contract as one row, updates it in place, and refuses bad input without writing', async () => {
    const sim = sampleSimulator();
    const state = await loadWorkState();
    const customer = state.basis.choices[0]?.id ?? '';
    expect(customer).not.toBe('');
    expect(await submitContract(signed('HT-001', customer))).toMatchObject({ ok: true, result: { added: ['HT-001'] } });
    const edited = { ...signed('HT-001', customer), custodian: 'Wang Fang', status: 'filed' as const };
    expect(await submitContract(edited, 'HT-001')).toMatchObject({ ok: true, result: { updated: ['HT-001'] } });
    const table = tableRows(sim, CONTRACTS_TABLE.table);
    expect(table).toHaveLength(2);
    const header = table[0] ?? [];
    const row = table[1] ?? [];
    expect(row[header.indexOf('Custodian')]).toBe('Wang Fang');
    expect(row[header.indexOf('Signing place')]).toBe('+Ningbo');
    expect(row[header.indexOf('Clause notes')]).toBe('3. Delivery: =HYPERLINK("http://x","y")');

    const duplicate = await submitContract(signed('ht-001 ', customer));
    expect(duplicate).toMatchObject({ ok: false, errors: [expect.objectContaining({ field: 'contractId', key: 'contract.error.contractIdDuplicate' })] });
    const backwards = await submitContract({ ...signed('HT-002', customer), effectiveDate: fromCalendar(2025, 2, 1) });
    expect(backwards).toMatchObject({ ok: false, errors: [expect.objectContaining({ field: 'effectiveDate', key: 'contract.error.effectiveBeforeSigning' })] });
    expect(tableRows(sim, CONTRACTS_TABLE.table)).toHaveLength(2);

    const reread = await loadWorkState();
    expect(reread.contracts).toEqual([edited]);
  });

  it('generates due tasks once: a re-run adds nothing and a task edited in the sheet is left alone', async () => {
    const sim = sampleSimulator();
    const first = await generateDueTasks(AS_OF);
    expect(first.added.length).toBeGreaterThan(0);
    const written = tableRows(sim, FOLLOW_UPS_TABLE.table);
    expect(written).toHaveLength(first.added.length + 1);

    const second = await generateDueTasks(AS_OF);
    expect(second.added).toEqual([]);
    expect(second.unchanged).toBe(first.added.length);

    // Someone moves a due date in the sheet and sorts the table.
    const [header = [], ...body] = written;
    const due = header.indexOf('Due date');
    const edited = body.map((row, i) => (i === 0 ? row.map((v, c) => (c === due ? Number(v) + 3 : v)) : row)).reverse();
    rewriteBody(sim, FOLLOW_UPS_TABLE.table, edited);
    const third = await generateDueTasks(AS_OF);
    expect(third.added).toEqual([]);
    expect(third.kept).toBe(1);
    expect(tableRows(sim, FOLLOW_UPS_TABLE.table).slice(1)).toEqual(edited);
  });

  it('writes the tasks due from the analysis date on and counts the backlog before it instead of writing it', async () => {
    const sim = sampleSimulator();
    const first = await generateDueTasks(AS_OF);
    const [header = [], ...body] = tableRows(sim, FOLLOW_UPS_TABLE.table);
    const due = header.indexOf('Due date');
    expect(body.length).toBe(first.added.length);
    expect(body.every((row) => Number(row[due]) >= AS_OF)).toBe(true);
    expect(first.backlog.count).toBeGreaterThan(0);
    expect(first.backlog.oldest).toBeLessThan(AS_OF);
    // The backlog is not written, so a re-run reports it again and still adds nothing.
    const second = await generateDueTasks(AS_OF);
    expect(second.added).toEqual([]);
    expect(second.backlog).toEqual(first.backlog);
    // Generated a year earlier, the same rules list what was then current: nothing is lost, only not exploded now.
    const earlier = await generateDueTasks(AS_OF - 365);
    expect(earlier.added.every((t) => t.dueDate >= AS_OF - 365)).toBe(true);
  });

  it('marks a task done with its completion date, in place', async () => {
    const sim = sampleSimulator();
    await generateDueTasks(AS_OF);
    const { tasks } = await loadWorkState();
    const task = tasks[0];
    if (!task) throw new Error('no task');
    await saveTasks([{ ...task, status: 'done', completedOn: AS_OF }]);
    const after = await loadWorkState();
    expect(after.tasks).toHaveLength(tasks.length);
    expect(after.tasks.find((t) => t.id === task.id)).toMatchObject({ status: 'done', completedOn: AS_OF });
    expect(tableRows(sim, FOLLOW_UPS_TABLE.table)).toHaveLength(tasks.length + 1);
  });

  it('turns a lost customer into its churn play, once', async () => {
    sampleSimulator();
    const { basis } = await loadWorkState();
    const customer = basis.choices[1]?.id ?? '';
    const report = await markCustomerLost(customer, 'dissatisfied', AS_OF);
    expect(report.added.map((t) => [t.subjectId, t.type, t.dueDate - AS_OF])).toEqual([
      [customer, 'call', 2],
      [customer, 'visit', 14],
    ]);
    expect((await markCustomerLost(customer, 'dissatisfied', AS_OF)).added).toEqual([]);
    const state = await loadWorkState();
    expect(state.lost).toEqual([{ customerId: customer, reason: 'dissatisfied', markedOn: AS_OF }]);
    // The rules now leave the lost customer out of visits and care.
    await generateDueTasks(AS_OF);
    const after = await loadWorkState();
    expect(after.tasks.filter((t) => t.subjectId === customer).map((t) => t.source)).toEqual(['churn', 'churn']);
  });

  it('imports a contact sheet without duplicates and reports row numbers', async () => {
    const sim = sampleSimulator([
      {
        name: 'Fair contacts',
        rows: [
          ['公司', '联系人', '邮箱', '电话'],
          ['Acme Ltd', 'Ann Lee', 'ann@acme.example', "'+86 123"],
          ['Beta GmbH', 'Bo Schmidt', 'bo@beta.example', '-5'],
          ['', '', 'nobody@x.example', ''],
          ['ACME LTD', 'ann lee', '', ''],
          ['Gamma', 'Gus', 'not-an-email', ''],
          ['Delta', 'Dee', 'ANN@acme.example', ''],
        ],
      },
    ]);
    const report = await importProspectsFromSheet({ sheet: 'Fair contacts', day: AS_OF, owner: 'Li' });
    expect(report.added.map((p) => p.id)).toEqual(['P-0001', 'P-0002']);
    expect(report.invalid.map((r) => r.row)).toEqual([4, 6]);
    expect(report.duplicates.map((r) => [r.row, r.matchId])).toEqual([
      [5, 'P-0001'],
      [7, 'P-0001'],
    ]);
    const again = await importProspectsFromSheet({ sheet: 'Fair contacts', day: AS_OF });
    expect(again.added).toEqual([]);
    expect(again.duplicates).toHaveLength(4);
    const table = tableRows(sim, PROSPECTS_TABLE.table);
    expect(table).toHaveLength(3);
    expect(table[1]?.[table[0]?.indexOf('Phone') ?? -1]).toBe('+86 123');
    expect(table[2]?.[table[0]?.indexOf('Phone') ?? -1]).toBe('-5');
  });

  it('saves MAN flags and stage moves and draws the funnel chart on the dashboard', async () => {
    const sim = sampleSimulator();
    const a = newProspect({ id: 'P-0001', company: 'Acme', owner: 'Li' }, AS_OF - 40);
    const moved = advanceStage({ ...a, man: { money: true, authority: true, need: false } }, 'needsAnalysis', AS_OF - 10);
    if (!moved.ok) throw new Error('move refused');
    const b = newProspect({ id: 'P-0002', company: 'Beta', owner: 'Wang' }, AS_OF - 5);
    await saveProspectsAndFunnel([moved.prospect, b], 'en');
    const state = await loadWorkState();
    expect(state.prospects).toEqual([moved.prospect, b]);
    const header = tableRows(sim, PROSPECTS_TABLE.table)[0] ?? [];
    expect(tableRows(sim, PROSPECTS_TABLE.table)[1]?.[header.indexOf('MAN')]).toBe('MAn');

    const dashboard = sim.workbook.sheetByName('Tiers Dashboard');
    const chart = sim.workbook.charts.find((c) => c.name === 'Tiers Funnel');
    expect(chart).toMatchObject({ sheetId: dashboard?.id, type: 'BarClustered', seriesBy: 'Columns', title: 'Prospect funnel' });
    const source = chart?.source?.rect;
    const cells = dashboard?.cells;
    const reached = source ? Array.from({ length: 6 }, (_, i) => cells?.values.get(source.r0 + 1 + i, source.c0 + 1)) : [];
    expect(reached).toEqual([2, 2, 1, 0, 0, 0]);

    // Redrawing replaces the chart rather than adding a second one.
    await saveProspectsAndFunnel([b], 'zh-CN');
    expect(sim.workbook.charts.filter((c) => c.name === 'Tiers Funnel')).toHaveLength(1);
  });
});
