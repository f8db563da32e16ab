/** @jest-environment jsdom */
/**
 * The pane words the plans' notes in its own language (the customer's short history under its
 * plan), and names tiers as the manager did, else as the sheet does (docs/sheet-language.md).
 */
import type { StudyNotice } from '../../../src/domain/studyNotices';
import { I18nProvider } from '../../../src/taskpane/i18n/I18nProvider';
import type { Locale } from '../../../src/taskpane/i18n/messages';
import { TierNamesContext, useTierLabel } from '../../../src/taskpane/i18n/tierNames';
import { PlanProgress } from '../../../src/taskpane/views/customer/PlanProgress';
import { renderedText } from '../../support/renderedText';

const notices: StudyNotice[] = [
  { code: 'plans-short-history', customerId: 'C7', months: 3, factor: 4 },
  { code: 'plans-short-history', customerId: 'C8', months: 9, factor: 1.5 },
  { code: 'plans-without-base', count: 2 },
];
const progress = [{ customerId: 'C7', month: 2026 * 12, target: 100, actual: 50, gapAmount: -50, gapPct: -0.5 }];

describe('study notes in the pane', () => {
  it("shows the customer's own short-history note in the pane's language, and only that one", async () => {
    const expected: Record<Locale, string> = {
      en: 'C7: only 3 month(s) of history before the plan; its sales were scaled up to a year (x 4.00)',
      zh: 'C7：计划开始前只有 3 个月的历史；其销售额已按这些月份在季节指数中的占比折算为一年（× 4.00）。',
      'zh-Hant': 'C7：計畫開始前只有 3 個月的歷史；其銷售額已依這些月份在季節指數中的佔比換算為一年（× 4.00）。',
    };
    for (const locale of ['en', 'zh', 'zh-Hant'] as const) {
      const text = await renderedText(
        <I18nProvider initialLocale={locale}>
          <PlanProgress customerId="C7" progress={progress} notices={notices} />
        </I18nProvider>,
      );
      expect(text).toContain(expected[locale]);
      expect(text).not.toContain('C8');
    }
  });

  it('names tiers as the manager did, else in the pane language as the sheet does', async () => {
    function Names() {
      const tierName = useTierLabel();
      return <span>{['Diamond', 'Gold', 'Lead'].map((t) => tierName(t)).join('|')}</span>;
    }
    const named = { Diamond: 'Key account' };
    const cases: [Locale, string][] = [
      ['en', 'Key account|Gold|Lead (metal)'],
      ['zh', 'Key account|黄金|铅'],
      ['zh-Hant', 'Key account|黃金|鉛'],
    ];
    for (const [locale, text] of cases) {
      expect(
        await renderedText(
          <I18nProvider initialLocale={locale}>
            <TierNamesContext.Provider value={named}>
              <Names />
            </TierNamesContext.Provider>
          </I18nProvider>,
        ),
      ).toBe(text);
    }
  });
});
