/** Every code the domain returns for the predictive model has words in every language (src/output/noticeWords.ts). */
import type { PredictiveWarningCode, UnreliableReason } from '../../src/domain/clv/predictive/predictive';
import { dayFromIso } from '../../src/domain/dates';
import { scoringNoticeEnglish, type ScoringNotice } from '../../src/domain/score';
import { PREDICTIVE_WARNING_WORDS, predictiveWarningText, RELIABILITY_WORDS, reliabilityText, scoringNoticeText } from '../../src/output/noticeWords';
import { INDICATOR_WORDS, SHEET_LANGUAGES } from '../../src/output/sheetWords';

// Listed by hand against the domain's union types: a code added there without words here fails to compile.
const WARNING_CODES = Object.keys({
  'no-customers': 0,
  'no-repeat-buyers': 0,
  'bgnbd-not-converged': 0,
  'bgnbd-no-dropout': 0,
  'gamma-gamma-skipped': 0,
  'gamma-gamma-not-converged': 0,
  'non-positive-repeat-value': 0,
  'orders-skipped': 0,
  'missing-profit': 0,
} satisfies Record<PredictiveWarningCode, 0>) as PredictiveWarningCode[];
const REASONS = Object.keys({ 'not-converged': 0, 'no-dropout': 0, 'no-repeat-buyers': 0 } satisfies Record<UnreliableReason, 0>) as UnreliableReason[];
const PARAMS = { count: 7, needed: 10, iterations: 500, dropout: 0.00002, q: 0.8 };

describe('the domain notes in words', () => {
  it('words every predictive warning and unreliable reason in every language, with its figures', () => {
    for (const language of SHEET_LANGUAGES) {
      expect(Object.keys(PREDICTIVE_WARNING_WORDS[language]).sort()).toEqual([...WARNING_CODES].sort());
      expect(Object.keys(RELIABILITY_WORDS[language]).sort()).toEqual([...REASONS].sort());
      for (const code of WARNING_CODES) {
        const text = predictiveWarningText({ code, params: PARAMS }, language);
        expect(text.trim().length).toBeGreaterThan(10);
        expect(text).not.toMatch(/NaN|[{}]/);
        if (language !== 'en') expect(text).toMatch(/\p{Script=Han}/u);
      }
      for (const reason of REASONS) {
        const text = reliabilityText({ reliable: false, reason, dropout: 0.00002 }, language);
        expect(text.trim().length).toBeGreaterThan(10);
        if (language !== 'en') expect(text).toMatch(/\p{Script=Han}/u);
      }
      expect(reliabilityText({ reliable: true }, language)).toBe('');
    }
    expect(predictiveWarningText({ code: 'orders-skipped', params: { count: 3 } }, 'zh-TW')).toContain('3');
    expect(reliabilityText({ reliable: false, reason: 'no-dropout', dropout: 0.00002 })).toContain('2.0e-5');
  });
});

describe("the run's own notices (ScoringNotice) in every language", () => {
  // One notice per code; the Record type makes a code added to the union without an example here fail to compile.
  const examples: { [C in ScoringNotice['code']]: Extract<ScoringNotice, { code: C }> } = {
    'satisfaction-no-survey': { code: 'satisfaction-no-survey' },
    'analysis-date-after-last-order': {
      code: 'analysis-date-after-last-order',
      day: dayFromIso('2026-01-01'),
      lastOrder: dayFromIso('2025-12-31'),
      today: dayFromIso('2026-12-04'),
      message: 'Analysis date 2026-01-01.',
    },
    'analysis-date-not-a-date': { code: 'analysis-date-not-a-date', value: 'soon' },
    'unknown-customers': { code: 'unknown-customers', count: 3 },
    'order-lines': { code: 'order-lines', lines: 16, orders: 4 },
    returns: { code: 'returns', rows: 2, total: -1234.5 },
    'negative-net': { code: 'negative-net', count: 1 },
    'paid-before-documents': { code: 'paid-before-documents', count: 7 },
    'not-rated': { code: 'not-rated', count: 5 },
    'not-enough-data': { code: 'not-enough-data', count: 2, minCoveragePercent: 60 },
    'indicator-without-inputs': { code: 'indicator-without-inputs', indicatorId: 'orderComposition', label: 'Order composition' },
  };

  it('words each code in Chinese with its figures, and in English as the run warns', () => {
    for (const notice of Object.values(examples) as ScoringNotice[]) {
      expect(scoringNoticeText(notice, 'en')).toBe(scoringNoticeEnglish(notice));
      for (const language of ['zh-CN', 'zh-TW'] as const) {
        const text = scoringNoticeText(notice, language);
        expect(text).toMatch(/\p{Script=Han}/u);
        expect(text).not.toMatch(/\b(?:the|customer|order|indicator)\b/i);
        for (const value of Object.entries(notice)
          .filter(([k, v]) => typeof v === 'number' && k !== 'day' && k !== 'lastOrder' && k !== 'today')
          .map(([, v]) => v as number)) {
          expect(text).toContain(notice.code === 'returns' && value === -1234.5 ? '-1234.50' : String(value));
        }
      }
    }
  });

  it('never shows an indicator code name: built-in indicators by their name, in every language', () => {
    const notice = examples['indicator-without-inputs'];
    expect(scoringNoticeText(notice, 'en')).toContain('"Order composition"');
    for (const language of ['zh-CN', 'zh-TW'] as const) {
      expect(scoringNoticeText(notice, language)).toContain(INDICATOR_WORDS[language].orderComposition!);
      expect(scoringNoticeText(notice, language)).not.toContain('orderComposition');
    }
  });
});
