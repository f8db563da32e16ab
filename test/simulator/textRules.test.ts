import { createSimulator } from '../../src/simulator';

const sim1 = () => createSimulator({ sheets: [{ name: 'S', rows: [] }] });

async function write(sim: ReturnType<typeof sim1>, address: string, values: (string | number)[][], format?: string, separateBatch = false) {
  await sim.Excel.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem('S').getRange(address);
    if (format) {
      range.numberFormat = values.map((row) => row.map(() => format));
      if (separateBatch) await ctx.sync();
    }
    range.values = values;
  });
}

async function read(sim: ReturnType<typeof sim1>, address: string) {
  return sim.Excel.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem('S').getRange(address).load('values, formulas, valueTypes');
    await ctx.sync();
    return { values: range.values, formulas: range.formulas, types: range.valueTypes };
  });
}

describe('text that looks like a formula (Range.values docs; office-js#6687)', () => {
  it('a string starting with "=" written to values becomes a formula', async () => {
    const sim = sim1();
    await write(sim, 'A1', [['=SUM(1,2)']]);
    const r = await read(sim, 'A1');
    expect(r.formulas).toEqual([['=SUM(1,2)']]);
    expect(sim.workbook.sheetByName('S')!.cells.formulas.get(0, 0)).toBe('=SUM(1,2)');
  });

  it('"+" and "-" text is read as a formula too, numbers as numbers', async () => {
    const sim = sim1();
    await write(sim, 'A1:C1', [['-abc', '+1', '00123']]);
    const r = await read(sim, 'A1:C1');
    expect(r.formulas[0]![0]).toBe('=-abc');
    expect(r.values[0]!.slice(1)).toEqual([1, 123]);
    expect(r.types[0]!.slice(1)).toEqual(['Double', 'Double']);
  });

  it('with numberFormat "@" set earlier in the same batch, the text stays text', async () => {
    const sim = sim1();
    await write(sim, 'A1:B1', [['=SUM(1,2)', '00123']], '@');
    const r = await read(sim, 'A1:B1');
    expect(r.values).toEqual([['=SUM(1,2)', '00123']]);
    expect(r.formulas).toEqual([['=SUM(1,2)', '00123']]);
    expect(r.types).toEqual([['String', 'String']]);
    expect(sim.workbook.sheetByName('S')!.cells.formulas.get(0, 0)).toBeUndefined();
  });

  it('with numberFormat "@" set in an earlier sync, the text stays text', async () => {
    const sim = sim1();
    await write(sim, 'A1', [['-x']], '@', true);
    expect((await read(sim, 'A1')).values).toEqual([['-x']]);
  });

  it('numberFormat "@" set AFTER the values does not undo the formula', async () => {
    const sim = sim1();
    await sim.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('S').getRange('A1');
      range.values = [['=1+1']];
      range.numberFormat = [['@']];
    });
    expect((await read(sim, 'A1')).formulas).toEqual([['=1+1']]);
  });

  it('a leading apostrophe stores the rest as text: "\'=x" reads back as "=x"', async () => {
    const sim = sim1();
    await write(sim, 'A1:B1', [["'=x", "'007"]]);
    const r = await read(sim, 'A1:B1');
    expect(r.values).toEqual([['=x', '007']]);
    expect(r.types).toEqual([['String', 'String']]);
    expect(sim.workbook.sheetByName('S')!.cells.formulas.get(0, 0)).toBeUndefined();
  });

  it('null in a written array leaves that cell unchanged, "" clears it', async () => {
    const sim = createSimulator({ sheets: [{ name: 'S', rows: [['a', 'b']] }] });
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:B1').values = [[null, '']];
    });
    expect((await read(sim, 'A1:B1')).values).toEqual([['a', '']]);
  });
});
