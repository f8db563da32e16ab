/** The workbench draws a combo chart as Excel does: the series set to a line, on the secondary axis. */
import { createSimulator } from '../../src/simulator';
import { chartPreviewData } from '../../src/workbench/chartData';

describe('chart previews', () => {
  it('carry a series chart type and axis group set through the API', async () => {
    const sim = createSimulator({
      sheets: [
        {
          name: 'P',
          rows: [
            ['Product', 'Sales', 'Cumulative'],
            ['a', 60, 0.6],
            ['b', 40, 1],
          ],
        },
      ],
    });
    sim.installGlobals(globalThis);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('P');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('A1:C3'), 'Columns');
      const line = chart.series.getItemAt(1);
      line.chartType = 'Line';
      line.axisGroup = 'Secondary';
      await context.sync();
    });
    const wb = sim.workbook;
    const data = chartPreviewData(wb, wb.charts[0]!);
    expect(data.categories).toEqual(['a', 'b']);
    expect(data.series).toEqual([
      { name: 'Sales', values: [60, 40] },
      { name: 'Cumulative', values: [0.6, 1], kind: 'line', secondary: true },
    ]);
  });

  it('refuses an axis group Excel does not know', async () => {
    const sim = createSimulator({
      sheets: [
        {
          name: 'P',
          rows: [
            ['Product', 'Sales'],
            ['a', 60],
          ],
        },
      ],
    });
    sim.installGlobals(globalThis);
    await expect(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('P');
        sheet.charts.add('ColumnClustered', sheet.getRange('A1:B2'), 'Columns').series.getItemAt(0).axisGroup = 'Tertiary' as Excel.ChartAxisGroup;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
