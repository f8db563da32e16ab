/**
 * A real problem in the pane's language: a customer row without orders, added to the workbench's
 * sample, is listed in English, then in Simplified and Traditional Chinese after a language switch
 * (the domain hands over a code; src/output/problemWords.ts words it).
 */
import { browserEnvironment } from '../support/environment';
import { screenshot } from '../support/screenshots';
import { EXCEL_PANE_WIDTH, openWorkbench, setPaneWidth } from '../support/workbench';
import { confirmAndRun } from './paneSteps';

const env = browserEnvironment();

describe('task pane: problems in the pane language', () => {
  it('lists a customer without orders in English, Simplified and Traditional Chinese', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, { customers: 60, orders: 600 });
    await setPaneWidth(page, EXCEL_PANE_WIDTH);
    // One more customer row, with an id no order has.
    const sheetRow = await page.evaluate(() => {
      const wb = window.__workbench?.simulator.workbook;
      const sheet = wb?.sheetByName('Customers');
      if (!wb || !sheet) throw new Error('no Customers sheet');
      const headers = Array.from({ length: 40 }, (_, c) => sheet.cells.values.get(0, c));
      const id = headers.indexOf('Customer ID');
      if (id < 0) throw new Error(`no Customer ID column in ${headers.join(', ')}`);
      let r = 1;
      while (sheet.cells.values.get(r, id) !== undefined && sheet.cells.values.get(r, id) !== null && sheet.cells.values.get(r, id) !== '') r++;
      wb.writeValues(sheet.id, r, id, [['NOORDERS1']]);
      return r + 1;
    });
    const pane = await confirmAndRun(page);

    const line = (list: string, at: RegExp) =>
      pane
        .getByRole('list', { name: new RegExp(`^${list}`) })
        .getByRole('listitem')
        .filter({ hasText: at });
    const english = line('Skipped rows and warnings', new RegExp(`^Customers row ${sheetRow} · Customer ID: `));
    await expect(english.textContent()).resolves.toBe(`Customers row ${sheetRow} · Customer ID: customer has no orders`);

    await pane.getByRole('combobox', { name: 'Language', exact: true }).selectOption('zh');
    const simplified = line('跳过的行与警告', new RegExp(`^Customers 第 ${sheetRow} 行 · Customer ID`));
    await expect(simplified.textContent()).resolves.toBe(`Customers 第 ${sheetRow} 行 · Customer ID：客户没有订单`);
    await pane.getByRole('region', { name: '结果' }).scrollIntoViewIfNeeded();
    await simplified.scrollIntoViewIfNeeded();
    await screenshot(page, 'problems-zh-CN', { of: page.locator('.wb-pane') });

    await pane.getByRole('combobox', { name: '语言', exact: true }).selectOption('zh-Hant');
    const traditional = line('略過的列與警告', new RegExp(`^Customers 第 ${sheetRow} 列 · Customer ID`));
    await expect(traditional.textContent()).resolves.toBe(`Customers 第 ${sheetRow} 列 · Customer ID：客戶沒有訂單`);
    await traditional.scrollIntoViewIfNeeded();
    await screenshot(page, 'problems-zh-TW', { of: page.locator('.wb-pane') });
    // No English word of a problem is left in the Chinese list.
    const all = await pane
      .getByRole('list', { name: /^略過的列與警告/ })
      .getByRole('listitem')
      .allTextContents();
    for (const text of all) expect(text.replace(/^Customers|^Orders|· [A-Za-z ()%]+/g, '')).not.toMatch(/[a-z]{3,}/);
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});
