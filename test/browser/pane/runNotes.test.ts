/**
 * What reading the workbook found reaches the pane: the order sheet hidden after the mapping was
 * saved is read and scored all the same, and the run summary says so, in English and after a
 * language switch in Simplified Chinese (the adapter hands over a code; src/output/inputNoteWords.ts
 * words it). Before, the pane showed none of these notes.
 */
import { browserEnvironment } from '../support/environment';
import { screenshot } from '../support/screenshots';
import { EXCEL_PANE_WIDTH, openWorkbench, setPaneWidth } from '../support/workbench';
import { confirmMapping } from './paneSteps';

const env = browserEnvironment();

describe('task pane: what reading the workbook found', () => {
  it('says a hidden order sheet was read, in English and Simplified Chinese', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, { customers: 60, orders: 600 });
    await setPaneWidth(page, EXCEL_PANE_WIDTH);
    const pane = await confirmMapping(page);
    // The user tidies the workbook: the order sheet hidden, then a run.
    await page.evaluate(() => {
      const wb = window.__workbench?.simulator.workbook;
      const sheet = wb?.sheetByName('Orders');
      if (!wb || !sheet) throw new Error('no Orders sheet');
      wb.setSheetProps(sheet.id, { visibility: 'Hidden' });
    });
    await pane.getByRole('button', { name: 'Run', exact: true }).click();
    await pane.getByText(/^Done: \d+ customers scored\.$/).waitFor({ timeout: 120000 });

    const note = (text: string) => pane.getByRole('listitem').filter({ hasText: text });
    await expect(note('The order sheet "Orders" is hidden').textContent()).resolves.toBe(
      'The order sheet "Orders" is hidden; it was read and scored anyway (a hidden sheet still holds data). Unhide it to see the rows scored.',
    );
    await pane.getByRole('combobox', { name: 'Language', exact: true }).selectOption('zh');
    const simplified = note('订单表“Orders”是隐藏的');
    await expect(simplified.textContent()).resolves.toBe('订单表“Orders”是隐藏的，仍已读取并评分（隐藏的工作表仍有数据）。取消隐藏即可看到评分的行。');
    await simplified.scrollIntoViewIfNeeded();
    await screenshot(page, 'run-notes-zh-CN', { of: page.locator('.wb-pane') });
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});
