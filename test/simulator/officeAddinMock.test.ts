/**
 * Why the simulator exists: office-addin-mock answers a missed load() with a string, so code that
 * forgets to load passes its tests; the simulator throws PropertyNotLoaded as Excel does.
 */
import { createSimulator } from '../../src/simulator';

// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; loading the real
// package under jest 30 fails (ENGINEERING.md, Testing), so stand in for it here.
jest.mock('office-addin-manifest', () => ({ OfficeApp: { Excel: 'Excel', Outlook: 'Outlook' } }));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OfficeMockObject } = require('office-addin-mock') as { OfficeMockObject: new (data: object) => { context: unknown } };

interface MinimalContext {
  workbook: { worksheets: { getItem(name: string): { getRange(a: string): { load(p: string): unknown; address: string; values: unknown } } } };
  sync(): Promise<unknown>;
}

/** A buggy reader: loads 'address' but then reads 'values'. */
async function readValuesForgettingLoad(ctx: MinimalContext): Promise<unknown> {
  const range = ctx.workbook.worksheets.getItem('S').getRange('A1');
  range.load('address');
  await ctx.sync();
  return range.values;
}

it('office-addin-mock returns a string for a property never loaded, the simulator throws', async () => {
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          sheet: {
            range: { address: 'S!A1', values: [[1]] },
            getRange() {
              return (this as { range: unknown }).range;
            },
          },
          getItem() {
            return (this as { sheet: unknown }).sheet;
          },
        },
      },
    },
  });
  const fromMock = await readValuesForgettingLoad(mock.context as MinimalContext);
  expect(typeof fromMock).toBe('string');
  expect(fromMock).toMatch(/not loaded/i);

  const sim = createSimulator({ sheets: [{ name: 'S', rows: [[1]] }] });
  await expect(sim.Excel.run((ctx) => readValuesForgettingLoad(ctx as unknown as MinimalContext))).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
});
