/** The pane's word on a run refused for want of exchange rates, in each of its three languages. */
import { catalogues, format, type Locale, type MessageKey } from '../../src/taskpane/i18n/messages';
import type { RunOutcome } from '../../src/taskpane/services/workbookPort';
import { outcomeText } from '../../src/taskpane/views/run/RunCard';

const refused: RunOutcome = {
  status: 'failed',
  message: 'Sheet "Orders" holds amounts in 2 currencies (CNY, USD) ...',
  problems: [],
  problemCount: 0,
  customers: 0,
  customerSheet: null,
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
    const { currencies: _c, ...other } = refused;
    expect(outcomeText(tIn('en'), { ...other, message: 'Something else.' }, null)).toContain('Something else.');
  });
});
