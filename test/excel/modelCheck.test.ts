/**
 * The "Tiers Model Check" sheet written by the adapter: the output plan's cells and one native line
 * chart over the weekly tracking block; a second check replaces both, never adds a second.
 */
import { backtest, type Backtest } from '../../src/domain/clv/predictive/backtest';
import { writeModelCheck } from '../../src/excel/modelCheck';
import { MODEL_CHECK_CHART, MODEL_CHECK_SHEET, modelCheckLayout } from '../../src/output/modelCheck';
import { createSimulator } from '../../src/simulator';
import { cdnowOrders, dayOf } from '../domain/clv/predictive/cdnowFixtures';
import { sheetValues, type Book } from './helpers';

function checkAt(calibrationEnd: number): Backtest {
  const outcome = backtest(cdnowOrders(), { calibrationEnd, holdoutEnd: dayOf(1998, 6, 30) });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.backtest;
}

function book(): Book {
  const sim = createSimulator({ sheets: [{ name: 'Orders', rows: [['Customer ID', 'Order date', 'Amount']] }] });
  sim.installGlobals(globalThis);
  return { sim, asOf: dayOf(1998, 7, 1) };
}

/** The layout's cells as a sheet holds them: empty cells null, numbers as numbers. */
const asStored = (rows: readonly (readonly unknown[])[]) => rows.map((row) => row.map((v) => (v === '' ? null : v)));

describe('the Tiers Model Check sheet', () => {
  const early = checkAt(dayOf(1997, 9, 30));
  const late = checkAt(dayOf(1998, 3, 31));

  it("holds the output plan's cells and a native line chart of actual vs predicted, cumulative by week", async () => {
    const b = book();
    expect(await writeModelCheck(early)).toEqual({ ok: true });
    const layout = modelCheckLayout(early);
    const cells = sheetValues(b, MODEL_CHECK_SHEET);
    expect(cells.map((row) => row.slice(0, 6))).toEqual(asStored(layout.rows));
    // The figures on the sheet are the check's.
    expect(cells[7]).toEqual(expect.arrayContaining(['Repeat purchases in the holdout: actual', early.total.actual]));
    const wb = b.sim.workbook;
    const charts = wb.charts.filter((c) => wb.sheetById(c.sheetId)?.name === MODEL_CHECK_SHEET);
    expect(charts.map((c) => [c.name, c.type, c.seriesBy])).toEqual([[MODEL_CHECK_CHART, 'Line', 'Columns']]);
    const h = layout.tracking.headerRow;
    expect(wb.address(charts[0]!.source!)).toBe(`'${MODEL_CHECK_SHEET}'!A${h + 1}:C${h + 1 + early.weekly.length}`);
    expect(cells[h]!.slice(0, 3)).toEqual(['Week ending', 'Actual (cumulative)', 'Predicted (cumulative)']);
    expect(cells[h + early.weekly.length]![1]).toBe(early.total.actual);
  });

  it('a second check with another split replaces the cells and re-points the one chart', async () => {
    const b = book();
    await writeModelCheck(early);
    expect(await writeModelCheck(late)).toEqual({ ok: true });
    const layout = modelCheckLayout(late);
    expect(late.weekly.length).toBeLessThan(early.weekly.length);
    const cells = sheetValues(b, MODEL_CHECK_SHEET);
    // No row of the longer first check is left below the second.
    expect(cells.map((row) => row.slice(0, 6))).toEqual(asStored(layout.rows));
    const wb = b.sim.workbook;
    expect(wb.sheets.filter((s) => s.name === MODEL_CHECK_SHEET)).toHaveLength(1);
    const charts = wb.charts.filter((c) => wb.sheetById(c.sheetId)?.name === MODEL_CHECK_SHEET);
    expect(charts).toHaveLength(1);
    const h = layout.tracking.headerRow;
    expect(wb.address(charts[0]!.source!)).toBe(`'${MODEL_CHECK_SHEET}'!A${h + 1}:C${h + 1 + late.weekly.length}`);
  });

  it("is written in the language it is asked for (the pane's), words only: the figures are the same", async () => {
    const b = book();
    await writeModelCheck(early, 'zh-TW');
    const cells = sheetValues(b, MODEL_CHECK_SHEET);
    expect(cells.map((row) => row.slice(0, 6))).toEqual(asStored(modelCheckLayout(early, 'zh-TW').rows));
    expect(cells[0]![0]).toMatch(/^Tiers 模型檢驗/);
    const english = modelCheckLayout(early).rows;
    cells.forEach((row, r) => row.slice(1, 6).forEach((v, c) => typeof v === 'number' && expect(v).toBe(english[r]![c + 1])));
  });
});
