/** The pane's word on a run refused for want of exchange rates, in each of its three languages. */
import { catalogues, format, type Locale, type MessageKey } from '../../src/taskpane/i18n/messages';
import type { PaneRunOutcome } from '../../src/taskpane/state/paneState';
import { outcomeText } from '../../src/taskpane/views/run/RunCard';

const refused: PaneRunOutcome = {
  ok: false,
  kind: 'refused',
  message: 'Sheet "Orders" holds amounts in 2 currencies (CNY, USD) ...',
  problems: [],
  currencies: { found: ['CNY', 'USD'], missing: ['USD'] },
};

const tIn = (locale: Locale) => (key: MessageKey, values?: Record<string, string | number>) => format(catalogues[locale][key], values);

describe('a run refused for want of exchange rates', () => {
  it.each([
    ['en', 'holds amounts in 2 currencies (CNY, USD) and there is no exchange rate for USD'],
    ['zh', '使用了 2 种币种（CNY, USD），但缺少 USD 的汇率'],
    ['zh-Hant', '使用了 2 種幣別（CNY, USD），但缺少 USD 的匯率'],
  ] as const)('is told in %s, naming the currencies', (locale, expected) => {
    expect(outcomeText(tIn(locale), refused, null)).toContain(expected);
  });

  it('any other refusal keeps its message', () => {
    expect(outcomeText(tIn('en'), { ok: false, kind: 'refused', message: 'Something else.', problems: [] }, null)).toContain('Something else.');
  });
});
