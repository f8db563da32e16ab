/** Every code the domain returns for the predictive model has words in every language (src/output/noticeWords.ts). */
import type { PredictiveWarningCode, UnreliableReason } from '../../src/domain/clv/predictive/predictive';
import { PREDICTIVE_WARNING_WORDS, predictiveWarningText, RELIABILITY_WORDS, reliabilityText } from '../../src/output/noticeWords';
import { SHEET_LANGUAGES } from '../../src/output/sheetWords';

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
