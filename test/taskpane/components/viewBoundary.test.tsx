/** @jest-environment jsdom */
/**
 * A view that fails (its chunk could not be fetched) shows a message and a reload button in the
 * pane's language instead of blanking the pane; the view beside it still renders.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { ViewBoundary } from '../../../src/taskpane/components/ViewBoundary';
import { I18nProvider } from '../../../src/taskpane/i18n/I18nProvider';
import type { Locale } from '../../../src/taskpane/i18n/messages';
import { catalogues } from '../../support/catalogues';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Broken(): never {
  throw new Error('Loading chunk view-weights failed.');
}

describe('ViewBoundary', () => {
  it.each<Locale>(['en', 'zh', 'zh-Hant'])('words a failed view in %s and reloads on request', async (locale) => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const reload = jest.fn();
    await act(async () =>
      root.render(
        <I18nProvider initialLocale={locale}>
          <p>still here</p>
          <ViewBoundary reload={reload}>
            <Broken />
          </ViewBoundary>
        </I18nProvider>,
      ),
    );
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    const text = container.textContent ?? '';
    expect(text).toContain('still here');
    expect(text).toContain(catalogues[locale].viewLoadFailed);
    expect(text).not.toContain('Loading chunk');
    const button = [...container.querySelectorAll('button')].find((b) => b.textContent === catalogues[locale].reloadPane);
    expect(button).toBeDefined();
    await act(async () => button?.click());
    expect(reload).toHaveBeenCalledTimes(1);
    await act(async () => root.unmount());
    container.remove();
    errors.mockRestore();
  });

  it('renders its view untouched when nothing fails', async () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    await act(async () =>
      root.render(
        <I18nProvider initialLocale="en">
          <ViewBoundary>
            <p>the view</p>
          </ViewBoundary>
        </I18nProvider>,
      ),
    );
    expect(container.textContent).toBe('the view');
    await act(async () => root.unmount());
  });
});
