/**
 * Apply after a preview, through the pane's controller over the real port on the emulated host.
 * On a 100,000-customer workbook the order sheet is not read again (only the cheap check's sample
 * rows are). On a small one: the owned cells Apply writes are the ones a full Run of the same
 * configuration writes, and an edited order row makes Apply read the order sheet again.
 * Node environment with a jsdom window of its own (installDom): the emulated host needs Node's
 * structuredClone, which jest's jsdom environment lacks.
 */
import { HEADER_SCAN_ROWS } from '../../src/domain/mapping';
import { TIER_NAMES } from '../../src/domain/segments/tiers';
import { SAMPLE_ROWS, TAIL_ROWS } from '../../src/excel/inputCache';
import { sheetValues } from '../excel/helpers';
import { APPLY_AS_OF, applyBench, applyDraft, changedWeights, runThenPreview, type ApplyBench } from './support/applyRun';
import { installDom } from './support/paneHarness';

/** The cheap check reads the header rows and the sample rows of each kept sheet. */
const CHECK_ROWS = HEADER_SCAN_ROWS + SAMPLE_ROWS + TAIL_ROWS;

let bench: ApplyBench | null = null;

beforeAll(installDom);
afterEach(() => {
  bench?.dispose();
  bench = null;
});

describe('Apply after a preview', () => {
  it('on 100,000 customers: writes the previewed result without reading the order sheet again', async () => {
    const orders = 150_000;
    bench = await applyBench(100_000, orders);
    const first = await bench.measure(() => runThenPreview(bench as ApplyBench));
    expect(first.orderRowsRead).toBeGreaterThanOrEqual(orders);
    // 150,000 x 12 cells do not fit one sync: the order sheet took several.
    expect(first.orderSyncs).toBeGreaterThan(2);
    const preview = bench.pane.state().preview;
    expect(preview).not.toBeNull();

    const apply = await bench.measure(() => applyDraft(bench as ApplyBench));
    expect(apply.orderRowsRead).toBeLessThanOrEqual(CHECK_ROWS);
    // One sync touched the order sheet: the header rows and the sample, read with every sheet's header rows.
    expect(apply.orderSyncs).toBe(1);
    const applied = bench.pane.state().result;
    expect(applied?.customerCount).toBe(100_000);
    expect(TIER_NAMES.map((t) => applied?.tierCounts[t])).toEqual(TIER_NAMES.map((t) => preview?.tierCounts[t]));
  }, 600_000);

  it('writes what a full Run writes, and reads an edited order sheet again', async () => {
    const orders = 6_000;
    bench = await applyBench(1_000, orders);
    const book = { sim: bench.sim, asOf: APPLY_AS_OF };
    await runThenPreview(bench);
    const apply = await bench.measure(() => applyDraft(bench as ApplyBench));
    expect(apply.orderRowsRead).toBeLessThanOrEqual(CHECK_ROWS);
    const afterApply = sheetValues(book, 'Customers');

    // A Run reads everything and scores from scratch: the same owned cells.
    const run = await bench.measure(() => bench!.pane.act((a) => a.run()));
    expect(bench.pane.state().status).toBe('done');
    expect(run.orderRowsRead).toBeGreaterThanOrEqual(orders);
    expect(sheetValues(book, 'Customers')).toEqual(afterApply);

    // An order edited in a row the check samples (the last one): Apply reads the order sheet again.
    const sheet = bench.sim.workbook.sheetByName('Orders');
    if (!sheet) throw new Error('no Orders sheet');
    const amount = sheet.cells.values.get(orders, 3) as number;
    bench.sim.workbook.writeValues(sheet.id, orders, 3, [[amount + 1000]]);
    await bench.pane.act((a) => a.setDraft({ ...changedWeights(bench!.pane.state().saved), weights: { profitMargin: 20 } }));
    await bench.pane.until((s) => s.preview !== null);
    const edited = await bench.measure(() => applyDraft(bench as ApplyBench));
    expect(edited.orderRowsRead).toBeGreaterThanOrEqual(orders);
  }, 120_000);
});
