/** The model check from the pane in the workbench: the button, the figures in the pane, the owned sheet and its chart. */
import { browserEnvironment } from '../support/environment';
import { screenshot } from '../support/screenshots';
import { openWorkbench } from '../support/workbench';
import { confirmAndRun, readSheet } from './paneSteps';

const env = browserEnvironment();

describe('task pane: model check', () => {
  it('checks the model on the run\'s orders and writes the "Tiers Model Check" sheet with its chart', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url);
    const pane = await confirmAndRun(page);
    const section = pane.getByRole('region', { name: 'Model check' });
    await section.scrollIntoViewIfNeeded();
    await section.getByRole('button', { name: 'Check the model' }).click();
    const total = section.getByText(/^Repeat purchases after the split: [\d,]+ actual, [\d,.]+ predicted\.$/);
    await total.waitFor({ timeout: 120000 });
    await section.getByText('Written to the sheet "Tiers Model Check", with a chart of the weeks after the split.').waitFor();
    await screenshot(page, 'pane-model-check', { of: section });

    // The sheet holds the same total as the pane says.
    const sheet = await readSheet(page, 'Tiers Model Check', 12);
    const actualRow = sheet.rows.find((r) => r[0] === 'Repeat purchases in the holdout: actual');
    expect(typeof actualRow?.[1]).toBe('number');
    const shown = (await total.textContent())?.match(/split: ([\d,]+) actual/)?.[1]?.replace(/,/g, '');
    expect(Number(shown)).toBe(actualRow?.[1]);
    await page.getByRole('tab', { name: 'Tiers Model Check' }).click();
    await expect(page.getByTestId('chart-preview').count()).resolves.toBe(1);
    await screenshot(page, 'model-check-sheet');
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});
