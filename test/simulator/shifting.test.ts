import { createSimulator } from '../../src/simulator';

/** A sheet with a table on A1:C3, a chart over it, a name on C2:C3 and a conditional format on B2:B3. */
async function setup() {
  const sim = createSimulator({
    sheets: [
      {
        name: 'Data',
        rows: [
          ['Id', 'Name', 'Amount'],
          ['C1', 'Acme', 10],
          ['C2', 'Beta', 20],
        ],
        tables: [{ name: 'Customers', address: 'A1:C3' }],
      },
    ],
  });
  await sim.Excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem('Data');
    const chart = sheet.charts.add('ColumnClustered', sheet.getRange('B1:C3'), 'Columns');
    chart.name = 'Amounts';
    ctx.workbook.names.add('AmountCells', sheet.getRange('C2:C3'), 'amounts');
    sheet.getRange('B2:B3').conditionalFormats.add('Custom');
  });
  return sim;
}

async function describeObjects(sim: ReturnType<typeof createSimulator>) {
  return sim.Excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem('Data');
    const table = sheet.tables.getItemOrNullObject('Customers');
    const tableRange = table.getRange();
    const headers = table.getHeaderRowRange().load('values');
    tableRange.load('address');
    const name = ctx.workbook.names.getItem('AmountCells').load('formula');
    const cfRange = sheet.getRange('A1:Z10').conditionalFormats.getItemAt(0).getRange().load('address');
    await ctx.sync();
    const chart = sim.workbook.charts[0]!;
    return {
      table: table.isNullObject ? null : tableRange.address,
      headers: table.isNullObject ? null : headers.values[0],
      chartSource: chart.source ? sim.workbook.address(chart.source) : null,
      name: name.formula,
      cf: cfRange.address,
    };
  });
}

describe('insert / delete shift tables, chart sources, names and conditional formats', () => {
  it('inserting a whole column inside the table widens it and moves what is to the right', async () => {
    const sim = await setup();
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('B:B').insert('Right');
    });
    expect(await describeObjects(sim)).toEqual({
      table: 'Data!A1:D3',
      headers: ['Id', 'Column1', 'Name', 'Amount'],
      chartSource: 'Data!C1:D3',
      name: '=Data!$D$2:$D$3',
      cf: 'Data!C2:C3',
    });
  });

  it('inserting a column before everything moves all references right', async () => {
    const sim = await setup();
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A:A').insert('Right');
    });
    const d = await describeObjects(sim);
    expect([d.table, d.chartSource, d.name, d.cf]).toEqual(['Data!B1:D3', 'Data!C1:D3', '=Data!$D$2:$D$3', 'Data!C2:C3']);
  });

  it('deleting a column shrinks the table and references; a wholly deleted name becomes #REF!', async () => {
    const sim = await setup();
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('C:C').delete('Left');
    });
    const d = await describeObjects(sim);
    expect(d.table).toBe('Data!A1:B3');
    expect(d.headers).toEqual(['Id', 'Name']);
    expect(d.chartSource).toBe('Data!B1:B3');
    expect(d.name).toBe('=#REF!');
    expect(d.cf).toBe('Data!B2:B3');
  });

  it('inserting whole rows above moves everything down; cells move with them', async () => {
    const sim = await setup();
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('1:2').insert('Down');
    });
    const d = await describeObjects(sim);
    expect([d.table, d.chartSource, d.name, d.cf]).toEqual(['Data!A3:C5', 'Data!B3:C5', '=Data!$C$4:$C$5', 'Data!B4:B5']);
    expect(sim.workbook.sheetByName('Data')!.cells.values.get(2, 0)).toBe('Id');
  });

  it('an edit that would move part of a table fails with InsertDeleteConflict and changes nothing', async () => {
    const sim = await setup();
    await expect(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Data').getRange('B2:B2').insert('Right');
      }),
    ).rejects.toMatchObject({ code: 'InsertDeleteConflict' });
    expect((await describeObjects(sim)).table).toBe('Data!A1:C3');
  });

  it('deleting cells outside the table (shift Up) leaves it alone', async () => {
    const sim = await setup();
    await sim.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Data');
      sheet.getRange('F1:F3').values = [[1], [2], [3]];
      sheet.getRange('F1').delete('Up');
    });
    const cells = sim.workbook.sheetByName('Data')!.cells.values;
    expect([cells.get(0, 5), cells.get(1, 5), cells.get(2, 5)]).toEqual([2, 3, undefined]);
    expect((await describeObjects(sim)).table).toBe('Data!A1:C3');
  });
});
