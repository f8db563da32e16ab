/**
 * An order sheet longer than ORDER_STREAM_HEAD_ROWS is streamed row by row into the order reader
 * (src/cli/commands/score.ts); the result must equal scoring the whole grid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORDER_STREAM_HEAD_ROWS } from '../../src/domain/analyse';
import { defaultScoringConfig } from '../../src/domain/config';
import { dayFromIso } from '../../src/domain/dates';
import type { CellValue } from '../../src/domain/model';
import { runScore } from '../../src/cli/commands/score';
import { jsonReport } from '../../src/cli/score/jsonReport';
import { scoreGrids } from '../../src/cli/score/scoreGrids';
import { readWorkbookGrids, WorkbookReader } from '../../src/cli/xlsx/readWorkbook';
import { writeGridsXlsx } from '../../src/cli/xlsx/writeGrids';
import { generateSampleWorkbook } from '../../src/sample';
import { removeTempDir, tempDir } from './support/runTiers';

const AS_OF = '2026-01-01';

describe('tiers score on an order sheet too long to hold as a grid', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('stream');
  });
  afterAll(() => removeTempDir(dir));

  it('streams the order sheet and scores exactly as from the whole grid', async () => {
    const sample = generateSampleWorkbook({ customers: 200, orders: ORDER_STREAM_HEAD_ROWS + 4000, seed: 3 });
    const orders = sample.orders.map<CellValue[]>((row) => [...row]);
    // Cells the reader must report past the head: a bad amount, a bad date, blank rows.
    const amount = (orders[0] as CellValue[]).findIndex((h) => typeof h === 'string' && /amount/i.test(h));
    const date = (orders[0] as CellValue[]).findIndex((h) => typeof h === 'string' && /order date/i.test(h));
    (orders[ORDER_STREAM_HEAD_ROWS + 100] as CellValue[])[amount] = 'n/a';
    (orders[ORDER_STREAM_HEAD_ROWS + 200] as CellValue[])[date] = 'someday';
    orders.splice(ORDER_STREAM_HEAD_ROWS + 300, 0, [], []);
    const input = join(dir, 'long.xlsx');
    await writeGridsXlsx(input, [
      { name: 'Customers', grid: sample.customers },
      { name: 'Orders', grid: orders },
    ]);

    const whole = scoreGrids(
      (await readWorkbookGrids(readFileSync(input))).map((s) => ({ name: s.name, grid: s.grid as CellValue[][] })),
      // As `--as-of` does: the date set in the configuration, checked against the day of the run.
      { config: { ...defaultScoringConfig(), asOf: AS_OF }, asOf: dayFromIso(AS_OF), asOfIsToday: true, lenient: true },
    );
    if (!whole.ok) throw new Error(whole.messages.join('\n'));
    expect(whole.analysis.problemCount).toBeGreaterThanOrEqual(2);

    const json = join(dir, 'long.json');
    const stream = jest.spyOn(WorkbookReader.prototype, 'stream');
    await runScore({ input, out: join(dir, 'out.xlsx'), asOf: AS_OF, config: null, json, jsonPretty: false, csv: null, rfm: null, period: null, lenient: true }, () => undefined);
    // Orders: its head (stopped early), then the whole sheet to the order reader; never a whole grid.
    const orderScans = stream.mock.calls.filter(([name]) => name === 'Orders');
    expect(orderScans.map((call) => call[4] === undefined)).toEqual([false, true]);
    stream.mockRestore();
    const streamed = JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>;
    expect(streamed).toEqual(JSON.parse(JSON.stringify(jsonReport(whole, []))));
  }, 120_000);
});
