/**
 * The owned work tables' column headers and the funnel's words in the workbook's language, on the
 * emulated host (docs/sheet-language.md, "Work tables"): written in en, zh-CN or zh-TW, read back
 * whatever language wrote them, renamed in place on a write in another language, never a second
 * table, a second column or a lost row.
 */
import {
  CLAUSE_IDS,
  STANDARD_CLAUSES,
  WORDED_TABLE_HEADERS,
  advanceStage,
  fromCalendar,
  isTableHeader,
  newContract,
  newProspect,
  tableHeader,
  type Contract,
  type WorkWordLanguage,
} from '../../../src/domain/work';
import { generateSampleWorkbook } from '../../../src/sample';
import type { CellValue, Grid } from '../../../src/domain/model';
import { generateDueTasks, loadWorkState, markCustomerLost, saveProspectsAndFunnel, saveTasks, submitContract } from '../../../src/excel/work/workActions';
import { CONTRACTS_TABLE, FOLLOW_UPS_TABLE, LOST_CUSTOMERS_TABLE, PROSPECTS_TABLE } from '../../../src/excel/work/tableSpecs';
import type { OwnedTableSpec } from '../../../src/excel/work/ownedTable';
import type { Simulator } from '../../../src/simulator';
import { installSimulator, tableRows } from './simulatorBook';

const AS_OF = fromCalendar(2026, 1, 15);
const LANGUAGES: readonly WorkWordLanguage[] = ['en', 'zh-CN', 'zh-TW'];
const TABLES: readonly OwnedTableSpec[] = [CONTRACTS_TABLE, FOLLOW_UPS_TABLE, PROSPECTS_TABLE, LOST_CUSTOMERS_TABLE];

function sampleSimulator(): Simulator {
  const sample = generateSampleWorkbook({ customers: 25, orders: 250, seed: 7 });
  const rows = (grid: Grid) => grid.map((row) => [...row]);
  return installSimulator({
    sheets: [
      { name: 'Customers', rows: rows(sample.customers) },
      { name: 'Orders', rows: rows(sample.orders) },
    ],
  });
}

function signed(id: string, customerId: string): Contract {
  const contract = newContract(id, customerId);
  for (const clause of CLAUSE_IDS) contract.clauses[clause] = { checked: clause !== 'parties', note: '' };
  contract.clauses.delivery.note = 'FOB Ningbo';
  return { ...contract, status: 'signed', signingDate: fromCalendar(2025, 3, 1), effectiveDate: fromCalendar(2025, 3, 10), place: 'Ningbo', custodian: 'Li Wei' };
}

/** One of each write, every one in `language`: a contract, due tasks, a lost customer, two prospects and the funnel. */
async function writeEverything(language: WorkWordLanguage) {
  const { basis } = await loadWorkState();
  const [first, second] = basis.choices;
  expect(await submitContract(signed('HT-001', first!.id), 'HT-001', language)).toMatchObject({ ok: true });
  await generateDueTasks(AS_OF, undefined, language);
  await markCustomerLost(second!.id, 'competitor', AS_OF, undefined, language);
  const a = newProspect({ id: 'P-0001', company: 'Acme', owner: 'Li' }, AS_OF - 40);
  const moved = advanceStage({ ...a, man: { money: true, authority: true, need: false } }, 'needsAnalysis', AS_OF - 10);
  if (!moved.ok) throw new Error('move refused');
  await saveProspectsAndFunnel([moved.prospect, newProspect({ id: 'P-0002', company: 'Beta', owner: 'Wang' }, AS_OF - 5)], language);
}

const headerOf = (sim: Simulator, spec: OwnedTableSpec): CellValue[] => tableRows(sim, spec.table)[0]!;
const expectedHeaders = (spec: OwnedTableSpec, language: WorkWordLanguage): string[] => spec.columns.map((c) => tableHeader(c.header, language));

/** What the work area reads back, the figures that must survive a change of language. */
async function readBack() {
  const state = await loadWorkState();
  return { contracts: state.contracts, tasks: state.tasks, prospects: state.prospects, lost: state.lost, unreadable: state.unreadable };
}

describe('work table headers in the workbook language', () => {
  it('writes every header of the four tables in the language, spelt as a reader of that language expects', async () => {
    for (const language of LANGUAGES) {
      const sim = sampleSimulator();
      await writeEverything(language);
      for (const spec of TABLES) expect({ table: spec.table, header: headerOf(sim, spec) }).toEqual({ table: spec.table, header: expectedHeaders(spec, language) });
      const back = await readBack();
      expect(back.unreadable).toEqual([]);
      expect(back.contracts).toHaveLength(1);
      expect(back.contracts[0]!.clauses.delivery.note).toBe('FOB Ningbo');
      // The clause notes cell labels its lines in the language too.
      const contracts = tableRows(sim, CONTRACTS_TABLE.table);
      const notesAt = contracts[0]!.indexOf(tableHeader('Clause notes', language));
      expect(contracts[1]![notesAt]).toBe({ en: '3. Delivery: FOB Ningbo', 'zh-CN': '3. 交货：FOB Ningbo', 'zh-TW': '3. 交貨：FOB Ningbo' }[language]);
      expect(back.tasks.length).toBeGreaterThan(0);
      expect(back.prospects.map((p) => p.stage)).toEqual(['needsAnalysis', 'potential']);
      expect(back.lost).toHaveLength(1);
    }
    // Spot checks against the words themselves, not our catalogue: a Simplified and a Traditional spelling each.
    expect(expectedHeaders(FOLLOW_UPS_TABLE, 'zh-CN').slice(0, 5)).toEqual(['任务编号', '对象', '客户或潜在客户编号', '类型', '截止日期']);
    expect(expectedHeaders(FOLLOW_UPS_TABLE, 'zh-TW').slice(0, 5)).toEqual(['任務編號', '對象', '客戶或潛在客戶編號', '類型', '截止日期']);
    expect(expectedHeaders(CONTRACTS_TABLE, 'zh-TW').slice(0, 3)).toEqual(['合約編號', '客戶編號', '狀態']);
    expect(expectedHeaders(CONTRACTS_TABLE, 'zh-CN')).toContain('3. 交货');
    expect(expectedHeaders(CONTRACTS_TABLE, 'zh-TW')).toContain('3. 交貨');
    expect(expectedHeaders(LOST_CUSTOMERS_TABLE, 'zh-TW')).toEqual(['客戶編號', '原因', '標記流失日期']);
    expect(expectedHeaders(PROSPECTS_TABLE, 'zh-CN').slice(0, 3)).toEqual(['潜在客户编号', '公司', '联系人']);
  });

  it('words every header of every table in both Chinese scripts, each header distinct within its table in all three languages', () => {
    for (const spec of TABLES) {
      const words = spec.columns.flatMap((c) => LANGUAGES.map((l) => ({ column: c.header, word: tableHeader(c.header, l).toLowerCase() })));
      for (const c of spec.columns) {
        expect(WORDED_TABLE_HEADERS).toContain(c.header);
        // No header of this column is the header of another column of the table in any language.
        const others = words.filter((w) => w.column !== c.header);
        for (const l of LANGUAGES) expect(others.map((o) => o.word)).not.toContain(tableHeader(c.header, l).toLowerCase());
        // The Chinese words are Chinese (MAN, an acronym, stays as it is).
        if (c.header !== 'MAN') for (const l of ['zh-CN', 'zh-TW'] as const) expect(tableHeader(c.header, l)).toMatch(/\p{Script=Han}/u);
      }
    }
    expect(STANDARD_CLAUSES.every((clause) => isTableHeader(`${clause.number}. ${clause.label.en}`, `${clause.number}. ${clause.label.zh}`))).toBe(true);
  });

  it('reads an English workbook (what the previous version wrote) in zh-TW, renames its headers in place and loses no row', async () => {
    const sim = sampleSimulator();
    await writeEverything('en');
    const english = await readBack();
    const rowsBefore = TABLES.map((spec) => tableRows(sim, spec.table).length);
    const rectBefore = TABLES.map((spec) => sim.workbook.tableByName(spec.table)!.rect);
    const tablesBefore = sim.workbook.tables.length;
    // A column the user added to the follow-ups keeps its cells through the renames.
    const tasksTable = sim.workbook.tableByName(FOLLOW_UPS_TABLE.table)!;

    // Read with the language set to zh-TW: the English headers are found.
    expect(await readBack()).toEqual(english);

    // Every write in zh-TW: the same records again (nothing new), and a task marked done.
    await writeEverything('zh-TW');
    const task = english.tasks[0]!;
    await saveTasks([{ ...task, status: 'done', completedOn: AS_OF }], 'zh-TW');

    for (const spec of TABLES) expect({ table: spec.table, header: headerOf(sim, spec) }).toEqual({ table: spec.table, header: expectedHeaders(spec, 'zh-TW') });
    expect(sim.workbook.tables.length).toBe(tablesBefore);
    expect(TABLES.map((spec) => sim.workbook.tableByName(spec.table)!.rect)).toEqual(rectBefore);
    expect(TABLES.map((spec) => tableRows(sim, spec.table).length)).toEqual(rowsBefore);
    const hant = await readBack();
    expect(hant.unreadable).toEqual([]);
    expect(hant.tasks).toEqual(english.tasks.map((t) => (t.id === task.id ? { ...t, status: 'done', completedOn: AS_OF } : t)));
    expect(hant.contracts).toEqual(english.contracts);
    expect(hant.prospects).toEqual(english.prospects);
    expect(hant.lost).toEqual(english.lost);
    expect(tasksTable.rect).toEqual(sim.workbook.tableByName(FOLLOW_UPS_TABLE.table)!.rect);

    // And on to Simplified Chinese, then back to English: the same table, the same rows.
    await saveTasks([{ ...task, notes: 'called' }], 'zh-CN');
    expect(headerOf(sim, FOLLOW_UPS_TABLE)).toEqual(expectedHeaders(FOLLOW_UPS_TABLE, 'zh-CN'));
    await saveTasks([{ ...task, notes: 'called again' }], 'en');
    expect(headerOf(sim, FOLLOW_UPS_TABLE)).toEqual(expectedHeaders(FOLLOW_UPS_TABLE, 'en'));
    const after = await readBack();
    expect(after.tasks).toHaveLength(english.tasks.length);
    expect(after.tasks.find((t) => t.id === task.id)).toMatchObject({ notes: 'called again' });
    expect(tableRows(sim, FOLLOW_UPS_TABLE.table).length).toBe(rowsBefore[1]);
  });

  it('keeps a column the user added, and leaves a header alone when its word is already taken', async () => {
    const sim = sampleSimulator();
    await writeEverything('en');
    const table = sim.workbook.tableByName(FOLLOW_UPS_TABLE.table)!;
    const rows = tableRows(sim, FOLLOW_UPS_TABLE.table);
    // The user adds a column right of the table, headed 备注 (the zh-CN word of our Notes), with a note in row 1.
    const extra = table.rect.c1 + 1;
    sim.workbook.writeValues(table.sheetId, table.rect.r0, extra, [['备注'], ['mine']]);
    expect(tableRows(sim, FOLLOW_UPS_TABLE.table)[0]).toHaveLength(rows[0]!.length + 1);
    const tasks = (await readBack()).tasks;

    await saveTasks([{ ...tasks[0]!, status: 'done', completedOn: AS_OF }], 'zh-CN');
    const header = headerOf(sim, FOLLOW_UPS_TABLE);
    // Our Notes keeps its English header (its zh-CN word heads the user's column); the others are renamed.
    expect(header.slice(0, -1)).toEqual(expectedHeaders(FOLLOW_UPS_TABLE, 'zh-CN').map((h, i) => (FOLLOW_UPS_TABLE.columns[i]!.header === 'Notes' ? 'Notes' : h)));
    expect(header.at(-1)).toBe('备注');
    expect(tableRows(sim, FOLLOW_UPS_TABLE.table)[1]!.at(-1)).toBe('mine');
    expect((await readBack()).tasks).toHaveLength(tasks.length);
  });

  it('writes the funnel chart and its block in the workbook language', async () => {
    const words: Record<WorkWordLanguage, { title: string; header: string[]; first: string }> = {
      en: { title: 'Prospect funnel', header: ['Funnel stage', 'Reached', 'Open now'], first: 'Target market' },
      'zh-CN': { title: '潜在客户漏斗', header: ['漏斗阶段', '曾到达', '当前'], first: '目标市场' },
      'zh-TW': { title: '潛在客戶漏斗', header: ['漏斗階段', '曾到達', '目前'], first: '目標市場' },
    };
    const sim = sampleSimulator();
    for (const language of LANGUAGES) {
      await saveProspectsAndFunnel([newProspect({ id: 'P-0001', company: 'Acme' }, AS_OF)], language);
      const charts = sim.workbook.charts.filter((c) => c.name === 'Tiers Funnel');
      expect(charts).toHaveLength(1);
      expect(charts[0]!.title).toBe(words[language].title);
      const source = charts[0]!.source!.rect;
      const cells = sim.workbook.sheet(charts[0]!.sheetId).cells;
      expect([0, 1, 2].map((c) => cells.values.get(source.r0, source.c0 + c))).toEqual(words[language].header);
      expect(cells.values.get(source.r0 + 1, source.c0)).toBe(words[language].first);
      expect(headerOf(sim, PROSPECTS_TABLE)).toEqual(expectedHeaders(PROSPECTS_TABLE, language));
      expect(tableRows(sim, PROSPECTS_TABLE.table)).toHaveLength(2);
    }
  });
});
