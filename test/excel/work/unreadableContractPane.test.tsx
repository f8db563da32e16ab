/** @jest-environment jsdom */
/**
 * A contract row someone broke in the sheet, as the work area says it: the row, the column by the
 * header the table has (written in Traditional Chinese), and what is wrong, in the pane's language
 * (docs/sheet-language.md, "The domain's notes").
 */
import { deserialize, serialize } from 'node:v8';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { CONTRACT_TABLE_COLUMNS, contractTableHeaders, newContract } from '../../../src/domain/work';
import { generateSampleWorkbook } from '../../../src/sample';
import * as workActions from '../../../src/excel/work/workActions';
import { CONTRACTS_TABLE } from '../../../src/excel/work/tableSpecs';
import { I18nProvider } from '../../../src/taskpane/i18n/I18nProvider';
import { WorkPortContext } from '../../../src/taskpane/services/workPort';
import { initialPaneState } from '../../../src/taskpane/state/paneState';
import type { PaneActions } from '../../../src/taskpane/state/usePane';
import { WorkView } from '../../../src/taskpane/work/WorkView';
import { installSimulator } from './simulatorBook';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom lacks Node's structuredClone, which the emulated workbook copies values with: V8's own serialiser is the same clone.
globalThis.structuredClone ??= <T,>(value: T): T => deserialize(serialize(value)) as T;
// Fluent's tab list measures itself; jsdom has no layout, so nothing to observe.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

async function renderedText(node: React.ReactNode): Promise<string> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(node));
  // The work state loads from the emulated host: let its requests settle.
  for (let i = 0; i < 50 && !/第 1 列/.test(container.textContent ?? ''); i++) await act(async () => new Promise((r) => setTimeout(r, 20)));
  const text = container.textContent ?? '';
  await act(async () => root.unmount());
  container.remove();
  return text;
}

describe('an unreadable contract row in the work area', () => {
  it("names the cell's column by the sheet's Traditional header and says what is wrong in Traditional Chinese", async () => {
    const sample = generateSampleWorkbook({ customers: 10, orders: 80, seed: 7 });
    installSimulator({
      sheets: [
        { name: 'Customers', rows: sample.customers.map((r) => [...r]) },
        { name: 'Orders', rows: sample.orders.map((r) => [...r]) },
      ],
    });
    const { basis } = await workActions.loadWorkState();
    expect(await workActions.submitContract(newContract('HT-001', basis.choices[0]!.id), 'HT-001', 'zh-TW')).toMatchObject({ ok: true });
    const status = CONTRACT_TABLE_COLUMNS.findIndex((c) => c.id === 'status');
    await Excel.run(async (context) => {
      context.workbook.tables.getItem(CONTRACTS_TABLE.table).getDataBodyRange().getCell(0, status).values = [['也許']];
      await context.sync();
    });

    // The adapter's own work actions on the emulated host: the port the pane gets in Excel.
    const text = await renderedText(
      <I18nProvider initialLocale="zh-Hant">
        <WorkPortContext.Provider value={workActions}>
          <WorkView state={initialPaneState} actions={{} as PaneActions} />
        </WorkPortContext.Provider>
      </I18nProvider>,
    );
    const header = contractTableHeaders('zh-TW')[status];
    expect(header).not.toBe('Status');
    expect(text).toContain(`第 1 列，「${header}」欄：請選擇狀態：草稿、已簽訂、已歸檔、已到期或已終止。`);
  });
});
