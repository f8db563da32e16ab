/** Every seasonality, survey and plans notice (StudyNotice) in every language, with its figures (src/output/studyNoticeWords.ts). */
import { STUDY_NOTICE_CODES, studyNoticeEnglish, type StudyNotice } from '../../src/domain/studyNotices';
import { seasonalIndex } from '../../src/domain/seasonality';
import { summariseSatisfaction } from '../../src/domain/satisfaction/summary';
import { SHEET_LANGUAGES } from '../../src/output/sheetWords';
import { STUDY_NOTICE_WORDS, studyNoticeText } from '../../src/output/studyNoticeWords';

// One notice per code; the mapped type makes a code added to the union without an example here fail to compile.
const examples: { [C in StudyNotice['code']]: Extract<StudyNotice, { code: C }> } = {
  'seasonal-no-sales': { code: 'seasonal-no-sales' },
  'seasonal-short-history': { code: 'seasonal-short-history', months: 17, needed: 36 },
  'seasonal-months-without-history': { code: 'seasonal-months-without-history' },
  'seasonal-zero-sales': { code: 'seasonal-zero-sales' },
  'survey-after-analysis-date': { code: 'survey-after-analysis-date', count: 4 },
  'survey-undated': { code: 'survey-undated', count: 5 },
  'survey-before-window': { code: 'survey-before-window', count: 6, windowDays: 365 },
  'plans-none-chosen': { code: 'plans-none-chosen' },
  'plans-without-base': { code: 'plans-without-base', count: 8 },
  'plans-short-history': { code: 'plans-short-history', customerId: 'C-0042', months: 5, factor: 2.345 },
  'plans-no-seasonal-index': { code: 'plans-no-seasonal-index' },
  'products-not-ranked': { code: 'products-not-ranked' },
  'products-one-row-per-order': { code: 'products-one-row-per-order' },
  'products-rows-without-product': { code: 'products-rows-without-product', count: 417 },
};

/** The figures each notice carries, as its words must show them. */
function figures(n: StudyNotice): string[] {
  switch (n.code) {
    case 'seasonal-short-history':
      return [String(n.months), String(n.needed)];
    case 'survey-after-analysis-date':
    case 'survey-undated':
    case 'plans-without-base':
    case 'products-rows-without-product':
      return [String(n.count)];
    case 'survey-before-window':
      return [String(n.count), String(n.windowDays)];
    case 'plans-short-history':
      return [n.customerId, String(n.months), '2.35'];
    default:
      return [];
  }
}

const SIMPLIFIED_ONLY = /[户级权单价统计设态码务订铅关应这说请历据选数计划额销]/;
const TRADITIONAL_ONLY = /[戶級權單價統計設態碼務訂鉛關應這說請歷據選數計劃額銷]/;

describe('study notices in every language', () => {
  it('has an example for every code, and words for every code in each Chinese catalogue', () => {
    expect(Object.keys(examples).sort()).toEqual([...STUDY_NOTICE_CODES].sort());
    for (const language of ['zh-CN', 'zh-TW'] as const) expect(Object.keys(STUDY_NOTICE_WORDS[language]).sort()).toEqual([...STUDY_NOTICE_CODES].sort());
  });

  it('words every code in every language with its figures; Chinese in its own script', () => {
    for (const code of STUDY_NOTICE_CODES) {
      const notice = examples[code];
      const english = studyNoticeText(notice, 'en');
      expect(english).toBe(studyNoticeEnglish(notice));
      for (const language of SHEET_LANGUAGES) {
        const text = studyNoticeText(notice, language);
        expect(text.trim().length).toBeGreaterThan(5);
        expect(text).not.toMatch(/NaN|undefined|[{}]/);
        for (const f of figures(notice)) expect([code, language, text.includes(f)]).toEqual([code, language, true]);
        if (language === 'en') continue;
        expect(text).toMatch(/\p{Script=Han}/u);
        // No English word left in the Chinese text (the customer id is the user's own).
        expect(notice.code === 'plans-short-history' ? text.replace(notice.customerId, '') : text).not.toMatch(/[A-Za-z]{2,}/);
        if (language === 'zh-TW') expect([code, text]).not.toEqual([code, expect.stringMatching(SIMPLIFIED_ONLY)]);
        else expect([code, text]).not.toEqual([code, expect.stringMatching(TRADITIONAL_ONLY)]);
      }
    }
  });

  it('is what the seasonal index and the survey summary return', () => {
    const short = seasonalIndex([
      { orderDate: 20000, amount: 10 },
      { orderDate: 20100, amount: 20 },
    ]);
    expect(short.notices).toEqual([{ code: 'seasonal-short-history', months: 4, needed: 36 }, { code: 'seasonal-months-without-history' }]);
    expect(short.warnings).toEqual(short.notices.map(studyNoticeEnglish));
    expect(seasonalIndex([]).notices).toEqual([{ code: 'seasonal-no-sales' }]);
    const survey = summariseSatisfaction(
      [
        { customerId: 'A', row: 2, date: 100, scores: {} as never },
        { customerId: 'A', row: 3, date: null, scores: {} as never },
      ],
      { mode: 'window', windowDays: 30, asOf: 50, scale: 5 },
    );
    expect(survey.notices).toEqual([
      { code: 'survey-after-analysis-date', count: 1 },
      { code: 'survey-undated', count: 1 },
    ]);
    expect(studyNoticeText(survey.notices[0]!, 'zh-TW')).toBe('1 列調查記錄的日期晚於分析日期，已略過。');
  });
});
