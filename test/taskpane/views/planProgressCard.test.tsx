/** @jest-environment jsdom */
/**
 * The customer card's plan (docs/plans.md, "On the dashboard and in the pane"): a month that has
 * begun shows actual, gap and gap %; a month not begun (actual null from the domain) shows its
 * target only, "not yet" in the pane's language, and no gap.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { PlanProgress as Progress } from '../../../src/domain/plans/table';
import { I18nProvider } from '../../../src/taskpane/i18n/I18nProvider';
import type { Locale } from '../../../src/taskpane/i18n/messages';
import { PlanProgress } from '../../../src/taskpane/views/customer/PlanProgress';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const progress: Progress[] = [
  { customerId: 'C7', month: 2026 * 12, target: 100, actual: 50, gapAmount: -50, gapPct: -0.5 },
  { customerId: 'C7', month: 2026 * 12 + 1, target: 120, actual: null, gapAmount: null, gapPct: null },
];

async function bodyRows(locale: Locale): Promise<string[][]> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <I18nProvider initialLocale={locale}>
        <PlanProgress customerId="C7" progress={progress} />
      </I18nProvider>,
    ),
  );
  const rows = [...container.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim()));
  await act(async () => root.unmount());
  container.remove();
  return rows;
}

describe("the customer card's plan", () => {
  it.each([
    ['en', 'not yet'],
    ['zh', '尚未开始'],
    ['zh-Hant', '尚未開始'],
  ] as const)('in %s: a month not begun shows the target only, its actual "%s", no gap', async (locale, notYet) => {
    const [begun, notBegun] = await bodyRows(locale);
    expect(begun?.[0]).toBe('2026-01');
    expect(begun?.[2]).toBe('50');
    expect(begun?.[3]).toMatch(/^[-−]50$/);
    expect(begun?.[4]).toMatch(/^[-−]50\s?%$/);
    expect(notBegun).toEqual(['2026-02', '120', notYet, '', '']);
  });
});
