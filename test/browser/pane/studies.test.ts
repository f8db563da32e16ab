/**
 * The workbench's sample workbook, scored from the pane: the survey sheet is read, and the run
 * writes the product sheet (table + Pareto chart) and the distributor plan table; the customer
 * card shows actual against plan. README pictures: products.png, plans.png.
 */
import { browserEnvironment } from '../support/environment';
import { screenshot } from '../support/screenshots';
import { openWorkbench } from '../support/workbench';
import { column, confirmAndRun, readSheet } from './paneSteps';

const env = browserEnvironment();

describe('task pane: products, plans and the survey', () => {
  it('writes Tiers Products with its Pareto chart and Tiers Plans from the sample', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url);
    await confirmAndRun(page);

    const products = await readSheet(page, 'Tiers Products', 60);
    expect(products.headers.slice(0, 6)).toEqual(['Rank', 'Product', 'Sales', 'Cumulative share', 'Share', 'ABC']);
    const sales = column(products, 'Sales').filter((v): v is number => typeof v === 'number');
    expect(sales.length).toBeGreaterThan(3);
    await page.getByRole('tab', { name: 'Tiers Products' }).click();
    await page.getByTestId('chart-preview').first().waitFor({ timeout: 30000 });
    await screenshot(page, 'products', { docs: true });

    const plans = await readSheet(page, 'Tiers Plans', 40);
    expect(plans.headers.slice(0, 5)).toEqual(['Customer ID', 'Customer', 'Month', 'Product line', 'Target amount']);
    expect(column(plans, 'Target amount').filter((v) => typeof v === 'number').length).toBeGreaterThan(12);
    await page.getByRole('tab', { name: 'Tiers Plans' }).click();
    await screenshot(page, 'plans', { docs: true });
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});
