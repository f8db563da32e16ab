/**
 * The 1904 date system (issue "What would break in real Excel", item 5): a workbook that counts
 * dates from 1904-01-01 hands over serials 1,462 lower for the same day. The host answers DATE and
 * shows date-formatted cells in the workbook's system (src/simulator/README.md, "Host states"); the
 * adapter must read and write every date in it (src/excel/dateSystem.ts).
 */
import type { CellValue } from '../../src/domain/model';
import { fromCalendar, newContract, type FollowUp } from '../../src/domain/work';
import { generateDueTasks, loadWorkState, saveTasks, submitContract } from '../../src/excel/work/workActions';
import { CONTRACTS_TABLE, FOLLOW_UPS_TABLE } from '../../src/excel/work/tableSpecs';
import { PLAN_SHEET } from '../../src/output/sheets';
import { generateSampleWorkbook } from '../../src/sample';
import { expectOk, rowsOf, run, sampleBook, sheetValues, type Book } from './helpers';
import { installSimulator, tableRows } from './work/simulatorBook';

const DAYS_BETWEEN_SYSTEMS = 1462; // learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system
const DATE_HEADER = /date|received|birthday|created/i;

/** The same book, its date cells counted in the 1904 system and the workbook switched to it. */
function to1904(book: Book): void {
  const wb = book.sim.workbook;
  for (const name of ['Customers', 'Orders']) {
    const grid = sheetValues(book, name);
    const header = grid[0] ?? [];
    const sheet = wb.sheetByName(name)!;
    header.forEach((h, c) => {
      if (!DATE_HEADER.test(String(h))) return;
      const column = grid.slice(1).map((row): CellValue[] => [typeof row[c] === 'number' ? row[c] - DAYS_BETWEEN_SYSTEMS : (row[c] ?? '')]);
      wb.writeValues(sheet.id, 1, c, column);
    });
  }
  wb.date1904 = true;
}

/** Cell texts of a table's body as Excel shows them, read through the client. */
async function shownTexts(table: string): Promise<string[][]> {
  return Excel.run(async (context) => {
    const body = context.workbook.tables.getItem(table).getDataBodyRange().load('text');
    await context.sync();
    return body.text;
  });
}

describe('a workbook in the 1904 date system', () => {
  it('the host counts from 1904: DATE(1904,1,1) is 0 and serial 0 shows as 1904-01-01', async () => {
    const book = sampleBook({ customers: 5, orders: 20 });
    to1904(book);
    const [date, text] = await Excel.run(async (context) => {
      const d = context.workbook.functions.date(1904, 1, 1).load('value');
      const cell = context.workbook.worksheets.getItem('Orders').getRange('Z1');
      cell.numberFormat = [['yyyy-mm-dd']];
      cell.values = [[0]];
      cell.load('text');
      await context.sync();
      return [d.value, cell.text[0]![0]];
    });
    expect([date, text]).toEqual([0, '1904-01-01']);
  });

  it('scores exactly as the same book in the 1900 system: every date read is converted', async () => {
    const reference = sampleBook({ customers: 20, orders: 200 });
    const expected = expectOk(await run(reference));
    const customers = sheetValues(reference, 'Customers');

    const book = sampleBook({ customers: 20, orders: 200 });
    to1904(book);
    const summary = expectOk(await run(book));
    expect(summary.customers).toBe(expected.customers);
    expect(summary.analysisDate).toEqual(expected.analysisDate);
    // Owned columns (scores, tiers, payment days, why ...) match cell for cell; only the user's date cells differ.
    const owned = (grid: CellValue[][]) => grid.map((row) => row.filter((_, c) => String(customers[0]![c]).startsWith('Tiers ')));
    expect(owned(sheetValues(book, 'Customers'))).toEqual(owned(customers));
  });

  it('a plan month a manager typed as a real date in "Tiers Plans" is read as that month, not four years earlier', async () => {
    const book = sampleBook();
    to1904(book);
    expectOk(await run(book));
    const before = sheetValues(book, PLAN_SHEET);
    const monthAt = before[0]!.indexOf('Month');
    const targetAt = before[0]!.indexOf('Target amount');
    expect([monthAt, targetAt]).toEqual([2, 4]);
    const edited = before[2]!;
    const [year, month] = String(edited[monthAt]).split('-').map(Number);
    // The first of that month as the 1904 system counts it (serial 0 = 1904-01-01), computed here, not by the adapter.
    const serial1904 = (Date.UTC(year!, month! - 1, 1) - Date.UTC(1904, 0, 1)) / 86_400_000;
    const sheet = book.sim.workbook.sheetByName(PLAN_SHEET)!;
    book.sim.workbook.writeValues(sheet.id, 2, monthAt, [[serial1904]]);
    book.sim.workbook.writeValues(sheet.id, 2, targetAt, [[(edited[targetAt] as number) + 1000]]);
    expectOk(await run(book));
    const after = sheetValues(book, PLAN_SHEET);
    // Read as its own month the edited row keeps that month's place: no second row for it, no row four years back.
    expect(after.length).toBe(before.length);
    const rowsOfCustomer = (grid: CellValue[][]) => grid.filter((r) => r[0] === edited[0]).length;
    expect(rowsOfCustomer(after)).toBe(rowsOfCustomer(before));
    const keptRow = after.find((r) => r[0] === edited[0] && r[monthAt] === serial1904);
    expect(keptRow?.[targetAt]).toBe((edited[targetAt] as number) + 1000);
  });

  it('work area: dates written are 1904 serials that show the right day, and read back as the same day', async () => {
    const sample = generateSampleWorkbook({ customers: 25, orders: 250, seed: 7 });
    const sim = installSimulator({
      sheets: [
        { name: 'Customers', rows: rowsOf(sample.customers) },
        { name: 'Orders', rows: rowsOf(sample.orders) },
      ],
    });
    const book: Book = { sim, asOf: sample.asOf };
    const asOf = fromCalendar(2026, 1, 15);
    const reference = await generateDueTasks(asOf);

    const sim1904 = installSimulator({
      sheets: [
        { name: 'Customers', rows: rowsOf(sample.customers) },
        { name: 'Orders', rows: rowsOf(sample.orders) },
      ],
    });
    to1904({ sim: sim1904, asOf: sample.asOf });
    const generated = await generateDueTasks(asOf);
    // The rules saw the same order dates: the same tasks, due the same days.
    expect(generated.added.map((t) => [t.id, t.dueDate])).toEqual(reference.added.map((t) => [t.id, t.dueDate]));
    expect(generated.added.length).toBeGreaterThan(0);

    const header = tableRows(sim1904, FOLLOW_UPS_TABLE.table)[0]!;
    const due = header.indexOf('Due date');
    const written = tableRows(sim1904, FOLLOW_UPS_TABLE.table)
      .slice(1)
      .map((row) => row[due]);
    const written1900 = tableRows(book.sim, FOLLOW_UPS_TABLE.table)
      .slice(1)
      .map((row) => row[due]);
    expect(written).toEqual(written1900.map((serial) => (serial as number) - DAYS_BETWEEN_SYSTEMS));

    const task: FollowUp = { ...generated.added[0]!, dueDate: fromCalendar(2026, 3, 5) };
    await saveTasks([task]);
    const customer = (await loadWorkState()).basis.choices[0]!.id;
    const contract = { ...newContract('HT-1904', customer), signingDate: fromCalendar(2025, 12, 31) };
    expect(await submitContract(contract)).toMatchObject({ ok: true });
    const taskRow = (await shownTexts(FOLLOW_UPS_TABLE.table)).find((row) => row.includes(task.id))!;
    expect(taskRow[due]).toBe('2026-03-05');
    const contractHeader = tableRows(sim1904, CONTRACTS_TABLE.table)[0]!;
    expect((await shownTexts(CONTRACTS_TABLE.table))[0]![contractHeader.indexOf('Signing date')]).toBe('2025-12-31');

    const state = await loadWorkState();
    expect(state.tasks.find((t) => t.id === task.id)?.dueDate).toBe(task.dueDate);
    expect(state.contracts.find((c) => c.contractId === 'HT-1904')?.signingDate).toBe(contract.signingDate);
  });
});
