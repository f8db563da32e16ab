/**
 * Opens OUT.xlsx in a real client (LibreOffice Calc, headless), prints it to PDF and proves the
 * dashboard charts are drawn: the dashboard page has far more ink in the chart area than the
 * same workbook with the chart parts taken out. Without LibreOffice or Poppler it is skipped and
 * `npm test` ends with one line saying so; with CI=true (as .ci/run sets) it fails instead.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { DASHBOARD_SHEET } from '../../src/output/sheets';
import { expectExit, runTiers, tempDir } from './support/runTiers';
import { clearRenderCheckNote, inkIn, missingRenderTools, noteRenderCheckSkipped, pageCount, pageText, renderPage, renderTools, toPdf } from './support/render';

/** The same package without the dashboard's drawing and charts. */
async function withoutCharts(path: string, target: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const relId = new RegExp(`<sheet name="${DASHBOARD_SHEET}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const sheetPath = `xl/${new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]}`;
  const sheet = await zip.file(sheetPath)!.async('string');
  zip.file(sheetPath, sheet.replace(/<drawing [^>]*\/>/, ''));
  zip.remove(sheetPath.replace('worksheets/', 'worksheets/_rels/') + '.rels');
  let types = await zip.file('[Content_Types].xml')!.async('string');
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/(charts|drawings)\//.test(n))) {
    zip.remove(name);
    types = types.replace(new RegExp(`<Override PartName="/${name.replace(/[.]/g, '\\.')}"[^>]*/>`), '');
  }
  zip.file('[Content_Types].xml', types);
  writeFileSync(target, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

const missing = missingRenderTools();
const skipped = missing !== null && process.env.CI !== 'true';
if (skipped) noteRenderCheckSkipped(missing);
else clearRenderCheckNote();

describe('the dashboard in a real spreadsheet client', () => {
  (skipped ? it.skip : it)('draws the six native charts with their titles', async () => {
    renderTools(); // with CI=true and no LibreOffice or Poppler, fails here, clearly
    const dir = tempDir('render');
    const sample = join(dir, 'sample.xlsx');
    const charted = join(dir, 'charted.xlsx');
    const plain = join(dir, 'plain.xlsx');
    expectExit(runTiers(['sample', '--customers', '30', '--orders', '300', '--seed', '3', '--out', sample, '-q']), 0);
    expectExit(runTiers(['score', sample, '--out', charted, '--as-of', '2026-01-01', '-q']), 0);
    await withoutCharts(charted, plain);

    const [chartedPdf, plainPdf] = toPdf([charted, plain], dir);
    const last = pageCount(chartedPdf!);
    expect(pageCount(plainPdf!)).toBe(last);
    const text = pageText(chartedPdf!, last);
    for (const title of ['Customers per tier', 'ABC Pareto: sales by customer rank', 'Whale curve: cumulative profit (%)', 'Seasonal index (100 = average month)', 'Outstanding by age', 'Customers ranked by sales']) {
      expect(text).toContain(title);
    }
    expect(pageText(plainPdf!, last)).not.toContain('Whale curve: cumulative profit (%)');

    const withCharts = renderPage(chartedPdf!, last, dir, 'dashboard');
    const without = renderPage(plainPdf!, last, dir, 'dashboard-without-charts');
    // The plan puts the data blocks on the left (columns A-Q) and the charts right of them (S-Z).
    const chartArea = { left: 0.7, top: 0, right: 1, bottom: 1 };
    const inkCharts = inkIn(withCharts, chartArea);
    const inkPlain = inkIn(without, chartArea);
    expect(inkCharts).toBeGreaterThan(5000);
    expect(inkCharts).toBeGreaterThan(10 * Math.max(1, inkPlain));
    // The tables on the left are the same in both.
    const tables = { left: 0, top: 0, right: 0.6, bottom: 1 };
    expect(Math.abs(inkIn(withCharts, tables) - inkIn(without, tables))).toBeLessThan(0.05 * inkIn(without, tables) + 50);
    rmSync(join(dir, 'lo-profile'), { recursive: true, force: true });
    console.log(`dashboard pages rendered in ${dir}: ink in chart area ${inkCharts} with charts, ${inkPlain} without`);
  }, 120_000);
});
