/**
 * Every cell problem and every refusal, in every language: worded (no missing word, no blank), with
 * its figures in it, without a code name, without English in the Chinese, and Traditional text
 * that is not the Simplified one. The English is what the CLI prints (the problem's `reason`).
 */
import { FIELD_LABELS } from '../../src/domain/mapping/fieldLabels';
import { LIST_SEPARATOR, REFUSAL_CODES, refusal, type RefusalCode } from '../../src/domain/refusals';
import { PROBLEM_CODES, type ProblemCode, type ProblemValues } from '../../src/domain/validation/problemCodes';
import { problemEnglish } from '../../src/domain/validation/problemEnglish';
import { analyseWorkbook } from '../../src/domain/analyse';
import { backtestTable } from '../../src/domain/clv/predictive/backtest';
import { dayFromIso } from '../../src/domain/dates';
import { problemText, refusalText } from '../../src/output/problemWords';
import { SHEET_LANGUAGES } from '../../src/output/sheetWords';
import type { SheetLanguage } from '../../src/output/language';
import { fieldName } from '../../src/taskpane/i18n/domainText';
import { paneProblemText, paneRefusalText } from '../../src/taskpane/i18n/problemText';

/** Figures for each problem; a Record over every code, so a new code without a case does not compile. */
const PROBLEM_CASES: Record<ProblemCode, ProblemValues> = {
  'missing-value': {},
  'no-column-mapped': { field: 'orderDate' },
  'not-a-number': {},
  'not-a-finite-number': {},
  'boolean-not-number': {},
  'share-out-of-range': {},
  'negative-value': {},
  'not-whole-number': {},
  'rating-out-of-range': {},
  'score-out-of-range': {},
  'not-a-date': {},
  'no-such-date': {},
  'ambiguous-date-order': {},
  'date-out-of-range': {},
  'fake-leap-day': {},
  'boolean-not-date': {},
  'excel-error': { error: '#DIV/0!' },
  'duplicate-customer-id': { row: 417, first: 93 },
  'customer-not-on-sheet': {},
  'customer-has-no-orders': {},
  'survey-row-without-score': {},
  blank: {},
};

const SHEET = '名册';
const REFUSAL_CASES: Record<RefusalCode, ProblemValues> = {
  'no-order-sheet': { sheets: [SHEET, '日期'].join(LIST_SEPARATOR) },
  'mapping-invalid': { sheet: SHEET },
  'missing-column': { sheet: SHEET, field: 'amount', seen: ['序', '日期'].join(LIST_SEPARATOR) },
  'order-sheet-unreadable': {},
  'no-order-rows': { sheet: SHEET },
  'no-readable-rows': { sheet: SHEET, rows: 417 },
  'currencies-without-rates': { sheet: SHEET, count: 3, currencies: 'CNY, HKD, TWD', missing: 'HKD, TWD' },
  'analysis-date-not-a-date': { date: '2024-13-45' },
  'analysis-date-after-today': { date: '2031-02-03', today: '2026-12-04' },
  'analysis-date-before-first-order': { date: '2001-02-03', first: '2019-06-07' },
  'model-check-no-dated-orders': {},
  'model-check-bad-split': {},
  'model-check-split-before-first-order': { date: '2001-02-03', first: '2019-06-07' },
  'model-check-short-holdout': { date: '2025-06-01', end: '2025-06-04' },
  'model-check-few-customers': { date: '2025-06-01', count: 1 },
  'model-check-no-repeat-buyers': { date: '2025-06-01' },
  'sheet-protected': { sheet: SHEET },
  'structure-protected': { sheets: [SHEET, '日期'].join(LIST_SEPARATOR) },
};

/** Latin words a Chinese text may hold: product and Excel names, cell values, date formats. */
const LATIN_ALLOWED = new Set(['Tiers', 'Excel', 'TRUE', 'FALSE', 'YYYY', 'MM', 'DD', 'CNY', 'HKD', 'TWD', 'DIV']);
/** Characters written differently in Simplified and Traditional Chinese, pair by pair. */
const SIMPLIFIED = '户单订编号数错误额围调为没无选择从书读题项购们时间这说请应关态务级权价统设码币种汇添加写运';
const TRADITIONAL = '戶單訂編號數錯誤額圍調為沒無選擇從書讀題項購們時間這說請應關態務級權價統設碼幣種匯添加寫運';
const simplifiedOnly = new RegExp(`[${[...SIMPLIFIED].filter((c, i) => c !== TRADITIONAL[i]).join('')}]`);
const traditionalOnly = new RegExp(`[${[...TRADITIONAL].filter((c, i) => c !== SIMPLIFIED[i]).join('')}]`);

const fieldIds = Object.keys(FIELD_LABELS);
/** Code names a user must never read (the one-word code 'blank' is a plain word too, and never shown). */
const codeNames = [...PROBLEM_CODES, ...REFUSAL_CODES].filter((code) => code.includes('-'));

/** What must hold of any text shown to a user in `language`. */
function expectWorded(text: string, language: SheetLanguage, what: string): void {
  expect({ what, language, text, blank: text.trim() === '' }).toMatchObject({ blank: false });
  expect({ what, language, text }).not.toMatchObject({ text: expect.stringMatching(/undefined|null|NaN|\[object|\{\w+\}/) });
  for (const code of codeNames) expect({ what, language, text }).not.toMatchObject({ text: expect.stringContaining(code) });
  for (const id of fieldIds) if (/[A-Z]/.test(id)) expect({ what, language, text }).not.toMatchObject({ text: expect.stringContaining(id) });
  if (language === 'en') return;
  const latin = (text.match(/[A-Za-z]+/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w));
  expect({ what, language, text, latin }).toEqual({ what, language, text, latin: [] });
  expect({ what, language, text }).not.toMatchObject({ text: expect.stringMatching(language === 'zh-TW' ? simplifiedOnly : traditionalOnly) });
}

describe('cell problems in every language', () => {
  it.each(PROBLEM_CODES.flatMap((code) => SHEET_LANGUAGES.map((language) => [code, language] as const)))('%s in %s', (code, language) => {
    const values = PROBLEM_CASES[code];
    const text = problemText({ code, values }, language);
    expectWorded(text, language, code);
    // The figures are in it (a field by its name in the language, never by its id).
    for (const [key, value] of Object.entries(values)) {
      if (key === 'field') continue;
      expect(text).toContain(String(value));
    }
    if (values.field !== undefined) {
      const label = FIELD_LABELS[values.field as keyof typeof FIELD_LABELS];
      expect(text).toContain(language === 'en' ? label.en : language === 'zh-CN' ? label.zh : fieldName('zh-Hant', String(values.field)));
    }
    // The general part, which problems are grouped by, begins the full text.
    expect(text.startsWith(problemText({ code, values }, language, { general: true }))).toBe(true);
  });

  it('in English is the reason the CLI prints', () => {
    for (const code of PROBLEM_CODES) {
      expect(problemText({ code, values: PROBLEM_CASES[code] }, 'en')).toBe(problemEnglish(code, PROBLEM_CASES[code]));
    }
    expect(problemEnglish('no-column-mapped', { field: 'orderDate' })).toBe('no column mapped for Order date');
  });

  it('a real problem: a customer without orders, from the analysis, in each language', () => {
    const analysis = analyseWorkbook({
      orders: {
        sheet: '订单',
        grid: [
          ['客户编号', '订单日期', '金额'],
          ['C1', '2024-03-01', 'abc'],
          ['C1', '2024-03-02', 5],
        ],
      },
      customers: {
        sheet: '客户',
        grid: [
          ['客户编号', '客户名称'],
          ['C1', '甲'],
          ['C2', '乙'],
        ],
      },
    });
    const noOrders = analysis.problems.find((p) => p.code === 'customer-has-no-orders');
    const notNumber = analysis.problems.find((p) => p.code === 'not-a-number');
    expect([noOrders?.row, noOrders?.value, notNumber?.row, notNumber?.column]).toEqual([3, 'C2', 2, '金额']);
    if (!noOrders || !notNumber) return;
    expect([paneProblemText(noOrders, 'en'), paneProblemText(noOrders, 'zh'), paneProblemText(noOrders, 'zh-Hant')]).toEqual(['customer has no orders', '客户没有订单', '客戶沒有訂單']);
    expect([paneProblemText(notNumber, 'en'), paneProblemText(notNumber, 'zh'), paneProblemText(notNumber, 'zh-Hant')]).toEqual(['not a number', '不是数字', '不是數字']);
  });
});

describe('refusals in every language', () => {
  it.each(REFUSAL_CODES.flatMap((code) => SHEET_LANGUAGES.map((language) => [code, language] as const)))('%s in %s', (code, language) => {
    const values = REFUSAL_CASES[code];
    const text = refusalText({ code, values }, language);
    expectWorded(text, language, code);
    for (const [key, value] of Object.entries(values)) {
      if (key === 'field') continue;
      for (const part of String(value).split(LIST_SEPARATOR)) expect(text).toContain(part);
    }
    // The English is the message the domain hands on (and the CLI prints).
    if (language === 'en') expect(text).toBe(refusal(code, values).message);
  });

  it('names the missing field in the pane language, Traditional from the pane', () => {
    const missing = { code: 'missing-column' as const, values: REFUSAL_CASES['missing-column'] };
    expect(paneRefusalText(missing, 'zh-Hant')).toBe('工作表「名册」沒有「金額」欄。找到的標題：「序」、「日期」。');
    expect(paneRefusalText(missing, 'zh')).toBe('工作表“名册”没有“金额”列。找到的表头：“序”、“日期”。');
    expect(paneRefusalText({ ...missing, values: { ...missing.values, seen: '' } }, 'zh')).toContain('找到的表头：无。');
  });

  it('a refused model check carries its code, worded in each language', () => {
    const analysis = analyseWorkbook({
      orders: {
        sheet: 'Orders',
        grid: [
          ['Customer ID', 'Order date', 'Amount'],
          ['C1', '2024-01-01', 5],
          ['C2', '2024-02-01', 7],
          ['C1', '2024-06-01', 3],
        ],
      },
    });
    if (!analysis.orderTable) throw new Error('expected an order table');
    const check = backtestTable(analysis.orderTable, { calibrationEnd: dayFromIso('2024-01-15') });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.refusal).toEqual({ code: 'model-check-few-customers', values: { date: '2024-01-15', count: 1 } });
    expect(check.message).toBe('The model check needs customers who bought on or before its split date 2024-01-15; there are 1.');
    expect(paneRefusalText(check.refusal, 'zh')).toBe('模型检验需要在拆分日期 2024-01-15 当天或之前购买过的客户；目前只有 1 位。');
    expect(paneRefusalText(check.refusal, 'zh-Hant')).toBe('模型檢驗需要在拆分日期 2024-01-15 當天或之前購買過的客戶；目前只有 1 位。');
  });

  it('a refused workbook and a refused model check carry their code', () => {
    const refused = analyseWorkbook({
      orders: {
        sheet: '订单',
        grid: [
          ['客户编号', '订单日期'],
          ['C1', '2024-03-01'],
        ],
      },
    }).refused;
    expect(refused?.refusal?.code).toBe('missing-column');
    if (refused?.refusal) expect(paneRefusalText(refused.refusal, 'zh')).toBe('工作表“订单”没有“金额”列。找到的表头：“客户编号”、“订单日期”。');
  });
});
