/**
 * Formula and link injection: payloads in customer ids, names, profile labels and work-area form
 * fields come back out of every place the add-in writes (owned columns, owned sheets, tables,
 * charts, the CLI's .xlsx and JSON) as the same text, never as a formula.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { defaultScoringConfig, type ScoringConfig } from '../../src/domain/config';
import type { CellValue } from '../../src/domain/model';
import { normaliseId, parseTextCell } from '../../src/domain/validation/textCells';
import { advanceStage, CLAUSE_IDS, fromCalendar, newContract, newProspect, type Contract } from '../../src/domain/work';
import { DERIVED_CUSTOMERS_SHEET, SNAPSHOT_SHEET } from '../../src/output/sheets';
import { SETTINGS_KEY } from '../../src/excel/settingsStore';
import { CONTRACTS_TABLE, PROSPECTS_TABLE } from '../../src/excel/work/tableSpecs';
import { loadWorkState, saveProspectsAndFunnel, submitContract } from '../../src/excel/work/workActions';
import { createSimulator, type Simulator } from '../../src/simulator';
import { book, bookOf, CUSTOMER_HEADER, customersGrid, ORDER_HEADER, ordersGrid, serial } from '../fixtures/bad-workbooks/base';
import { INJECTION_PAYLOADS, looksExecutable } from '../fixtures/bad-workbooks/injection';
import { readXlsxCells, writeXlsx } from '../fixtures/bad-workbooks/xlsx';
import { ownedCells } from './support/ownedCells';
import { runOnce } from './support/runCase';

const textOf = (payload: string): string => parseTextCell(payload) as string;
const idOf = (payload: string): string => normaliseId(payload) as string;
/** Payloads that survive as ids (a lone "=" normalises to itself; none is blank). */
const ID_PAYLOADS = INJECTION_PAYLOADS;

/** Orders whose customer ids and names are the payloads: one order per payload, then the clean ones. */
function payloadOrders(): CellValue[][] {
  const header = [...ORDER_HEADER, 'Customer Name'];
  const rows = ID_PAYLOADS.map((p, k) => [`P${k}`, p, serial('2025-01-10') + k, 1000 + k * 10, 50, INJECTION_PAYLOADS[(k + 1) % INJECTION_PAYLOADS.length] ?? '']);
  return [
    header,
    ...rows,
    ...ordersGrid()
      .slice(1)
      .map((r) => [...r, 'Clean Co']),
  ];
}

function install(sim: Simulator): Simulator {
  sim.installGlobals(globalThis);
  return sim;
}

/** Every formula anywhere in the workbook, as "Sheet!r,c: formula". */
function formulasIn(sim: Simulator): string[] {
  const out: string[] = [];
  for (const sheet of sim.workbook.sheets) {
    sheet.cells.formulas.rows.forEach((row, r) => row?.forEach((f, c) => f !== undefined && out.push(`${sheet.name}!${r + 1},${c + 1}: ${f}`)));
  }
  return out;
}

function columnValues(sim: Simulator, sheet: string, column: number): CellValue[] {
  const cells = sim.workbook.sheetByName(sheet)?.cells.values;
  if (!cells) throw new Error(`no sheet ${sheet}`);
  return cells.rows.slice(1).map((_, r) => cells.get(r + 1, column) ?? null);
}

/** Chart titles, axis titles and series names: none may carry a payload. */
function chartTexts(sim: Simulator): string[] {
  return sim.workbook.charts.flatMap((chart) => [chart.name, chart.title, chart.categoryAxisTitle, chart.valueAxisTitle, ...sim.workbook.chartSeries(chart).map((s) => s.name)]);
}

describe('formula injection through the adapter', () => {
  it(`keeps ${ID_PAYLOADS.length} payload ids and names as text on the derived customer sheet, the snapshots and the charts`, async () => {
    const sim = install(createSimulator(bookOf({ name: 'Orders', grid: payloadOrders() })));
    const outcome = await runOnce();
    if (!outcome.ok) throw new Error(outcome.message);
    expect(formulasIn(sim)).toEqual([]);
    const ids = columnValues(sim, DERIVED_CUSTOMERS_SHEET, 0);
    const names = columnValues(sim, DERIVED_CUSTOMERS_SHEET, 1);
    for (const p of ID_PAYLOADS) {
      const at = ids.indexOf(idOf(p));
      expect(at).toBeGreaterThanOrEqual(0);
      expect(typeof names[at]).toBe('string');
    }
    expect(names.filter((n) => typeof n === 'string' && looksExecutable(n)).length).toBeGreaterThan(5);
    const snapshotIds = columnValues(sim, SNAPSHOT_SHEET, 2);
    for (const p of ID_PAYLOADS) expect(snapshotIds).toContain(idOf(p));
    const payloadTexts = new Set(INJECTION_PAYLOADS.map(textOf));
    expect(chartTexts(sim).filter((t) => payloadTexts.has(t) || looksExecutable(t))).toEqual([]);
  });

  it('keeps custom-profile labels that are payloads as text in the "why" column', async () => {
    const labels = INJECTION_PAYLOADS.slice(0, 4);
    const config: ScoringConfig = {
      ...defaultScoringConfig(),
      profileId: 'mine',
      customProfile: {
        id: 'mine',
        label: '=evil',
        indicators: [
          { source: 'sales', direction: 'higher', weight: 2, label: labels[0] },
          { source: 'orders', direction: 'higher', weight: 1, label: labels[1] },
        ],
      },
    };
    const sim = install(
      createSimulator(
        book(
          customersGrid().map((r, i) => (i === 0 ? r : [r[0] ?? '', labels[i % labels.length] ?? '', r[2] ?? ''])),
          ordersGrid(),
        ),
      ),
    );
    sim.workbook.setSetting(SETTINGS_KEY, { schemaVersion: 1, config });
    const outcome = await runOnce();
    if (!outcome.ok) throw new Error(outcome.message);
    const why = ownedCells(sim, 'Customers').filter((c) => c.key === 'why');
    expect(why).toHaveLength(6);
    for (const cell of why) {
      expect(typeof cell.value).toBe('string');
      expect(cell.formula).toBeUndefined();
      expect(String(cell.value).startsWith(labels[0]!) || String(cell.value).startsWith(labels[1]!)).toBe(true);
    }
    // The names typed by the user are unchanged text.
    expect(columnValues(sim, 'Customers', 1).slice(0, 6)).toEqual([1, 2, 3, 4, 5, 6].map((i) => labels[i % labels.length]));
    expect(formulasIn(sim)).toEqual([]);
  });
});

describe('formula injection through the work tables', () => {
  const AS_OF = fromCalendar(2026, 1, 15);

  function contractWith(text: string, id: string, customerId: string): Contract {
    const contract = newContract(id, customerId);
    for (const clause of CLAUSE_IDS) contract.clauses[clause] = { checked: true, note: text };
    return { ...contract, status: 'signed', signingDate: fromCalendar(2025, 3, 1), effectiveDate: fromCalendar(2025, 3, 10), place: text, custodian: text };
  }

  it(`stores ${INJECTION_PAYLOADS.length} payloads typed into the prospect and contract forms as text, and the funnel chart carries none`, async () => {
    const sim = install(createSimulator(book(customersGrid(), ordersGrid())));
    const prospects = INJECTION_PAYLOADS.map((p, k) => {
      const prospect = newProspect({ id: `PR-${k}`, company: p, contact: p, email: 'a@b.example', phone: p, country: p, source: p, owner: p, notes: p }, AS_OF);
      const moved = advanceStage(prospect, 'needsAnalysis', AS_OF, p);
      return moved.ok ? moved.prospect : prospect;
    });
    await saveProspectsAndFunnel(prospects, 'en');
    const state = await loadWorkState();
    const customer = state.basis.choices[0]?.id ?? '';
    expect(customer).not.toBe('');
    for (const [k, p] of INJECTION_PAYLOADS.entries()) {
      const saved = await submitContract(contractWith(p, `HT-${k}`, customer));
      expect(saved.ok).toBe(true);
    }
    expect(formulasIn(sim)).toEqual([]);
    const reread = await loadWorkState();
    expect(reread.unreadable).toEqual([]);
    // What comes back is what was typed (trimmed as form fields are), for every payload.
    for (const [k, p] of INJECTION_PAYLOADS.entries()) {
      const prospect = reread.prospects.find((x) => x.id === `PR-${k}`);
      expect(prospect?.company.trim()).toBe(p.trim());
      expect(prospect?.notes.trim()).toBe(p.trim());
      const contract = reread.contracts.find((c) => c.contractId === `HT-${k}`);
      expect(contract?.custodian.trim()).toBe(p.trim());
    }
    expect(sim.workbook.tableByName(PROSPECTS_TABLE.table)).toBeDefined();
    expect(sim.workbook.tableByName(CONTRACTS_TABLE.table)).toBeDefined();
    const payloadTexts = new Set(INJECTION_PAYLOADS.map(textOf));
    expect(chartTexts(sim).filter((t) => payloadTexts.has(t) || looksExecutable(t))).toEqual([]);
  });
});

describe('formula injection through the CLI', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tiers-injection-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function score(name: string, sheets: Parameters<typeof writeXlsx>[1]): Promise<{ cells: Awaited<ReturnType<typeof readXlsxCells>>; json: unknown; code: number; err: string[] }> {
    const input = path.join(dir, `${name}.xlsx`);
    const out = path.join(dir, `${name}-out.xlsx`);
    const json = path.join(dir, `${name}.json`);
    await writeXlsx(input, sheets);
    const err: string[] = [];
    const code = await main(['score', input, '--out', out, '--json', json, '--as-of', '2026-01-01', '--quiet'], { out: () => undefined, err: (t) => err.push(t) });
    if (code !== 0) return { cells: [], json: null, code, err };
    return { cells: await readXlsxCells(out), json: JSON.parse(readFileSync(json, 'utf8')) as unknown, code, err };
  }

  it('writes payload ids and names as strings, never formulas, in the output workbook and the JSON (order-only workbook)', async () => {
    const result = await score('order-only', [{ name: 'Orders', grid: payloadOrders() }]);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.cells.filter((c) => c.formula !== undefined).map((c) => `${c.sheet}!${c.address}: ${c.formula}`)).toEqual([]);
    const texts = new Set(result.cells.filter((c) => typeof c.value === 'string').map((c) => c.value as string));
    for (const p of ID_PAYLOADS) expect(texts).toContain(idOf(p));
    const jsonText = JSON.stringify(result.json);
    for (const p of ID_PAYLOADS) expect(jsonText).toContain(JSON.stringify(idOf(p)));
  });

  it('leaves payload names on the customer sheet as strings beside the owned columns', async () => {
    const customers = [
      [...CUSTOMER_HEADER],
      ...customersGrid()
        .slice(1)
        .map((r, i) => [r[0] ?? '', INJECTION_PAYLOADS[i] ?? '', r[2] ?? '']),
    ];
    const result = await score('customers', [
      { name: 'Customers', grid: customers },
      { name: 'Orders', grid: ordersGrid() },
    ]);
    expect(result.code).toBe(0);
    expect(result.cells.filter((c) => c.formula !== undefined)).toEqual([]);
    for (const [i, p] of INJECTION_PAYLOADS.slice(0, 6).entries()) {
      const cell = result.cells.find((c) => c.sheet === 'Customers' && c.address === `B${i + 2}`);
      expect(cell?.value).toBe(p);
    }
  });
});
