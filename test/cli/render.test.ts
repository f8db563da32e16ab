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
  (skipped ? it.skip : it)(
    'draws the six native charts with their titles',
    async () => {
      renderTools(); // with CI=true and no LibreOffice or Poppler, fails here, clearly
      const dir = tempDir('render');
      const sample = join(dir, 'sample.xlsx');
      const charted = join(dir, 'charted.xlsx');
      const plain = join(dir, 'plain.xlsx');
      expectExit(runTiers(['sample', '--customers', '30', '--orders', '300', '--seed', '3', '--out', sample, '-q']), 0);
      expectExit(runTiers(['score', sample, '--out', charted, '--as-of', '2026-01-01', '-q']), 0);
      await withoutCharts(charted, plain);

      const [chartedPdf, plainPdf] = toPdf([charted, plain], dir);
      const pages = pageCount(chartedPdf!);
      expect(pageCount(plainPdf!)).toBe(pages);
      // The dashboard's page: the one whose charts carry their titles (the snapshot sheet follows it).
      const last = Array.from({ length: pages }, (_, i) => i + 1).find((p) => pageText(chartedPdf!, p).includes('Customers per tier')) ?? pages;
      const text = pageText(chartedPdf!, last);
      for (const title of [
        'Customers per tier',
        'ABC Pareto: sales by customer rank',
        'Whale curve: cumulative profit (%)',
        'Seasonal index (100 = average month)',
        'Outstanding by age',
        'Customers ranked by sales',
      ]) {
        expect(text).toContain(title);
      }
      expect(pageText(plainPdf!, last)).not.toContain('Whale curve: cumulative profit (%)');

      const withCharts = renderPage(chartedPdf!, last, dir, 'dashboard');
      const withoutChartsPage = renderPage(plainPdf!, last, dir, 'dashboard-without-charts');
      // The charts sit in columns S-Z, between the data blocks on the left (A-Q) and the plan and
      // notes blocks (AE on): where they fall on the printed page depends on how wide those blocks
      // print. Both pages print at one scale (the same cells), so the charts are the ink the charted
      // page has beyond the plain one, and the cells' ink is what the plain page has.
      const page = { left: 0, top: 0, right: 1, bottom: 1 };
      const inkCells = inkIn(withoutChartsPage, page);
      const inkCharts = inkIn(withCharts, page) - inkCells;
      expect(inkCells).toBeGreaterThan(1000);
      expect(inkCharts).toBeGreaterThan(5000);
      for (const cell of ['Diamond', 'Outstanding', 'Cumulative %']) expect(text).toContain(cell);
      rmSync(join(dir, 'lo-profile'), { recursive: true, force: true });
      console.log(`dashboard pages rendered in ${dir}: ink of the charts ${inkCharts}, of the cells ${inkCells}`);
    },
    120_000,
  );
});
