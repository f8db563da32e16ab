/**
 * The output plan is one: the same workbook scored through the CLI (an .xlsx file, read back with
 * ExcelJS) and through the add-in's adapter (on the emulated host) gets the same owned cells, the
 * same sheet names and the same chart series.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { scoreGrids } from '../../src/cli/score/scoreGrids';
import { writeScoredWorkbook } from '../../src/cli/score/writeScored';
import { readWorkbookGrids } from '../../src/cli/xlsx/readWorkbook';
import { defaultScoringConfig } from '../../src/domain/config';
import type { CellValue, Grid } from '../../src/domain/model';
import { ownedHeaders } from '../../src/output/ownedColumns';
import { DASHBOARD_SHEET, DERIVED_CUSTOMERS_SHEET, OWNED_SHEETS, SNAPSHOT_SHEET } from '../../src/output/sheets';
import { generateSampleWorkbook } from '../../src/sample';
import { createSimulator } from '../../src/simulator';
import { expectOk, rowsOf, run, sheetValues, type Book } from '../excel/helpers';

type Series = { chart: string; title: string; name: string; categories: string[]; values: (number | null)[] };

const norm = (v: unknown): CellValue => (v === undefined || v === null || v === '' ? null : (v as CellValue));
const trimRows = (grid: CellValue[][]): CellValue[][] => {
  const rows = grid.map((row) => {
    const out = row.map(norm);
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
};

async function xlsxOf(sheets: { name: string; grid: Grid }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.grid) ws.addRow(row.map((v) => (v === null ? undefined : v)));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function excelJsGrid(ws: ExcelJS.Worksheet): CellValue[][] {
  const out: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => (cells[c - 1] = norm(cell.value)));
    out[r - 1] = Array.from(cells, (v) => v ?? null);
  });
  return trimRows(Array.from(out, (r) => r ?? []));
}

/** Series of the CLI's charts, from the chart parts' titles, names and value caches. */
async function cliSeries(bytes: Buffer): Promise<Series[]> {
  const zip = await JSZip.loadAsync(bytes);
  const drawing = await zip.file(Object.keys(zip.files).find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))!)!.async('string');
  const names = [...drawing.matchAll(/<xdr:cNvPr id="\d+" name="([^"]+)"/g)].map((m) => m[1]!);
  const rels = await zip.file(Object.keys(zip.files).find((n) => /^xl\/drawings\/_rels\/drawing\d+\.xml\.rels$/.test(n))!)!.async('string');
  const out: Series[] = [];
  for (let i = 0; i < names.length; i++) {
    const target = new RegExp(`Id="rId${i + 1}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
    const xml = await zip.file(`xl/${target.replace('../', '')}`)!.async('string');
    const title = /<c:title>.*?<a:t>([^<]*)<\/a:t>/.exec(xml)![1]!;
    for (const ser of xml.match(/<c:ser>.*?<\/c:ser>/g) ?? []) {
      const points = (block: string) => {
        const count = Number(/<c:ptCount val="(\d+)"/.exec(block)![1]);
        const values: string[] = new Array(count).fill(null);
        for (const m of block.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) values[Number(m[1])] = m[2]!;
        return values;
      };
      out.push({
        chart: names[i]!,
        title,
        name: /<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/.exec(ser)![1]!,
        categories: points(/<c:cat>(.*?)<\/c:cat>/.exec(ser)![1]!),
        values: points(/<c:val>(.*?)<\/c:val>/.exec(ser)![1]!).map((v) => (v === null ? null : Number(v))),
      });
    }
  }
  return out;
}

/** Series of the adapter's charts: each chart's source block (header row, categories, one value column). */
function adapterSeries(book: Book): Series[] {
  const wb = book.sim.workbook;
  const dash = wb.sheetByName(DASHBOARD_SHEET)!;
  return wb.charts
    .filter((c) => c.sheetId === dash.id && c.source)
    .map((c) => {
      const { r0, c0, r1 } = c.source!.rect;
      const cell = (r: number, col: number) => norm(dash.cells.values.get(r, col));
      const rows = Array.from({ length: r1 - r0 }, (_, k) => r0 + 1 + k);
      return {
        chart: c.name,
        title: c.title,
        name: String(cell(r0, c0 + 1)),
        categories: rows.map((r) => String(cell(r, c0))),
        values: rows.map((r) => cell(r, c0 + 1) as number | null),
      };
    });
}

async function scoreBoth(options: { orderOnly: boolean }) {
  const sample = generateSampleWorkbook({ customers: 30, orders: 400, seed: 11 });
  const sheets = [...(options.orderOnly ? [] : [{ name: 'Customers', grid: sample.customers }]), { name: 'Orders', grid: sample.orders }];

  const input = await xlsxOf(sheets);
  const grids = await readWorkbookGrids(input, {});
  const scored = scoreGrids(
    grids.map((s) => ({ name: s.name, grid: s.grid as CellValue[][] })),
    { config: defaultScoringConfig(), asOf: sample.asOf, lenient: false },
  );
  if (!scored.ok) throw new Error(scored.messages.join('\n'));
  const cliBytes = await writeScoredWorkbook(input, scored, { runId: 'run-1' });
  const cli = new ExcelJS.Workbook();
  await cli.xlsx.load(cliBytes.buffer.slice(cliBytes.byteOffset, cliBytes.byteOffset + cliBytes.byteLength) as ArrayBuffer);

  const sim = createSimulator({ sheets: sheets.map((s) => ({ name: s.name, rows: rowsOf(s.grid) })) });
  sim.installGlobals(globalThis);
  const book: Book = { sim, asOf: sample.asOf };
  const summary = expectOk(await run(book));
  return { cli, cliBytes, book, customers: summary.customers };
}

describe.each([{ orderOnly: false }, { orderOnly: true }])('CLI and adapter write the same plan (order-only: $orderOnly)', (options) => {
  let both: Awaited<ReturnType<typeof scoreBoth>>;
  beforeAll(async () => {
    both = await scoreBoth(options);
  }, 60_000);

  it('has the same sheets', () => {
    const cliNames = both.cli.worksheets.map((w) => w.name);
    const simNames = both.book.sim.workbook.sheets.map((s) => s.name);
    expect(cliNames).toEqual(simNames);
    expect(OWNED_SHEETS.filter((s) => cliNames.includes(s))).toEqual(options.orderOnly ? OWNED_SHEETS : OWNED_SHEETS.filter((s) => s !== DERIVED_CUSTOMERS_SHEET));
  });

  it('has the same cells on every sheet: owned columns, derived customers, dashboard data and snapshot', () => {
    for (const ws of both.cli.worksheets) {
      const cli = excelJsGrid(ws);
      const sim = trimRows(sheetValues(both.book, ws.name));
      expect([ws.name, sim.length]).toEqual([ws.name, cli.length]);
      cli.forEach((row, r) => expect([ws.name, r, sim[r]]).toEqual([ws.name, r, row]));
    }
    // Not equal by being empty: the owned headers, a full snapshot and the dashboard blocks are there.
    const customers = both.cli.getWorksheet(options.orderOnly ? DERIVED_CUSTOMERS_SHEET : 'Customers')!;
    expect(excelJsGrid(customers)[0]).toEqual(expect.arrayContaining([...ownedHeaders('profit')]));
    expect(both.customers).toBeGreaterThan(20);
    expect(excelJsGrid(both.cli.getWorksheet(SNAPSHOT_SHEET)!).length).toBe(both.customers + 1);
    expect(excelJsGrid(both.cli.getWorksheet(DASHBOARD_SHEET)!).length).toBeGreaterThan(10);
  });

  it('draws the same charts over the same series', async () => {
    const bySeries = (a: Series, b: Series) => a.chart.localeCompare(b.chart) || a.name.localeCompare(b.name);
    const cli = (await cliSeries(both.cliBytes)).sort(bySeries);
    const sim = adapterSeries(both.book).sort(bySeries);
    expect(cli.map((s) => s.chart)).toHaveLength(6);
    expect(sim).toEqual(cli);
  });
});

describe('the CLI on a workbook scored by an earlier version', () => {
  it('leaves nothing of a longer old plan block on the dashboard', async () => {
    const sample = generateSampleWorkbook({ customers: 30, orders: 400, seed: 11 });
    const stale: Grid = Array.from({ length: 400 }, (_, k) => [...Array<CellValue>(30).fill(null), `STALE ${k}`, '2026-01', 1, 2, 3, 4]);
    const sheets = [
      { name: 'Customers', grid: sample.customers },
      { name: 'Orders', grid: sample.orders },
      { name: DASHBOARD_SHEET, grid: stale },
    ];
    const input = await xlsxOf(sheets);
    const grids = await readWorkbookGrids(input, {});
    const scored = scoreGrids(
      grids.filter((s) => s.name !== DASHBOARD_SHEET).map((s) => ({ name: s.name, grid: s.grid as CellValue[][] })),
      { config: defaultScoringConfig(), asOf: sample.asOf, lenient: false },
    );
    if (!scored.ok) throw new Error(scored.messages.join('\n'));
    const out = new ExcelJS.Workbook();
    const bytes = await writeScoredWorkbook(input, scored, { runId: 'run-1' });
    await out.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(out.worksheets.filter((w) => w.name === DASHBOARD_SHEET)).toHaveLength(1);
    const plan = excelJsGrid(out.getWorksheet(DASHBOARD_SHEET)!).map((r) => r.slice(30, 36));
    expect(plan[0]![0]).toBe('Plan by month: all planned customers');
    expect(plan.flat().some((v) => typeof v === 'string' && v.startsWith('STALE'))).toBe(false);
  });
});
