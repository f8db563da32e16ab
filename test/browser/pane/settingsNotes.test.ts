/**
 * Hand-edited or damaged Tiers records in the workbook, as the pane meets them: settings stored in
 * the wrong form are named on open with the rule each broke, and a run-state record that cannot be
 * read is said with the run's summary, in English and Traditional Chinese at Excel's pane width
 * (src/domain/formRule.ts, src/output/inputNoteWords.ts).
 */
import { defaultScoringConfig } from '../../../src/domain/config';
import { RUN_STATE_KEY } from '../../../src/excel/runState';
import { SETTINGS_KEY, shippedSettingsRecord } from '../../../src/output/savedSettings';
import { browserEnvironment } from '../support/environment';
import { screenshot } from '../support/screenshots';
import { EXCEL_PANE_WIDTH, openWorkbench, paneOf, setPaneWidth } from '../support/workbench';
import { confirmMapping } from './paneSteps';

const env = browserEnvironment();

describe('task pane: damaged Tiers records in the workbook', () => {
  it('names each setting of the wrong form with its rule, and says an unreadable run state was passed over', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, { customers: 60, orders: 600 });
    await setPaneWidth(page, EXCEL_PANE_WIDTH);
    const defaults = defaultScoringConfig();
    const record = shippedSettingsRecord(defaults, '2026-11-20T09:00:00.000Z') as { config: Record<string, unknown> };
    record.config = { ...record.config, abc: { basis: 'volume', cutA: 0.6, cutB: 0.9 }, predictive: { ...defaults.predictive, enabled: 'yes' } };
    await page.evaluate(
      ({ settings, runState, record }) => {
        const wb = window.__workbench?.simulator.workbook;
        if (!wb) throw new Error('no workbook');
        wb.setSetting(settings, record);
        wb.setSetting(runState, { state: 'exploded', columns: [1, 2, 3] });
        window.__workbench?.reloadPane();
      },
      { settings: SETTINGS_KEY, runState: RUN_STATE_KEY, record },
    );
    const pane = paneOf(page);
    await pane.getByText('Some saved Tiers settings could not be used; the defaults are used in their place:').waitFor({ timeout: 60000 });
    await pane.getByText('ABC classes: the saved value is not in a form Tiers can read: “basis” should be one of “sales”, “profit”.').waitFor();
    await pane.getByRole('listitem').filter({ hasText: '“enabled” should be true or false.' }).waitFor();

    await pane.getByRole('combobox', { name: 'Language', exact: true }).selectOption('zh-Hant');
    const abc = pane.getByRole('listitem').filter({ hasText: '「basis」應為下列之一：「sales」、「profit」。' });
    await expect(abc.textContent()).resolves.toMatch(/^ABC 分類：已儲存的值格式無法讀取：「basis」應為下列之一：「sales」、「profit」。$/);
    await pane.getByRole('listitem').filter({ hasText: '「enabled」應為是或否。' }).waitFor();
    await screenshot(page, 'settings-wrong-form-zh-TW', { of: page.locator('.wb-pane') });

    await pane.getByRole('combobox', { name: '語言', exact: true }).selectOption('en');
    await confirmMapping(page);
    await pane.getByRole('button', { name: 'Run', exact: true }).click();
    await pane.getByText(/^Done: \d+ customers scored\.$/).waitFor({ timeout: 120000 });
    const note = (text: string) => pane.getByRole('listitem').filter({ hasText: text });
    await note('The saved Tiers run state was unreadable; owned columns are found by their names and headers.').waitFor();
    await pane.getByRole('combobox', { name: 'Language', exact: true }).selectOption('zh-Hant');
    await note('已儲存的 Tiers 上次執行記錄無法讀取；Tiers 的欄按欄名和標題尋找。').waitFor();
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});
