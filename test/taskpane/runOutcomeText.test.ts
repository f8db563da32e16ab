/** The pane's word on a refused run (no exchange rates, a missing column, an analysis date), in each of its three languages. */
import { analyseWorkbook } from '../../src/domain/analyse';
import { AnalysisDateError, resolveAnalysisDate, type AnalysisDateRefusal } from '../../src/domain/analysisDate';
import { dayFromIso } from '../../src/domain/dates';
import { detectSheets } from '../../src/domain/mapping';
import { format, type Locale, type MessageKey } from '../../src/taskpane/i18n/messages';
import { catalogues } from '../support/catalogues';
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

describe('a run refused for another reason', () => {
  const analysis = analyseWorkbook({
    orders: {
      sheet: '订单',
      grid: [
        ['客户编号', '金额'],
        ['C1', 5],
      ],
    },
  });
  const why = analysis.refused;
  const outcome: PaneRunOutcome = { ok: false, kind: 'refused', message: why?.message ?? '', ...(why?.refusal ? { refusal: why.refusal } : {}), problems: [] };

  it.each([
    ['en', 'The run failed: Sheet "订单" has no column for Order date (订单日期). Headers seen: "客户编号", "金额".'],
    ['zh', '运行失败：工作表“订单”没有“订单日期”列。找到的表头：“客户编号”、“金额”。'],
    ['zh-Hant', '執行失敗：工作表「订单」沒有「訂單日期」欄。找到的標題：「客户编号」、「金额」。'],
  ] as const)('is told in %s: the missing column, by its name in that language', (locale, expected) => {
    expect(outcomeText(tIn(locale), outcome, null, locale)).toBe(expected);
  });

  it('a workbook without an order sheet names its sheets in the language', () => {
    const detection = detectSheets([{ name: '名册', grid: [['姓名', '电话']] }]);
    const noData: PaneRunOutcome = { ok: false, kind: 'no-data', message: detection.messages.join(' '), ...(detection.refusal ? { refusal: detection.refusal } : {}) };
    expect(outcomeText(tIn('zh-Hant'), noData, null, 'zh-Hant')).toBe('執行失敗：沒有工作表包含訂單所需的「客戶編號」、「訂單日期」和「金額」欄。工作表：「名册」。');
    expect(outcomeText(tIn('en'), noData, null, 'en')).toBe('The run failed: No sheet has the order columns Customer ID, Order date and Amount (客户编号, 订单日期, 金额). Sheets: "名册".');
  });

  it('an analysis date after today is told in Chinese too', () => {
    const error = new AnalysisDateError(resolveAnalysisDateRefusal());
    const dated: PaneRunOutcome = { ok: false, kind: 'refused', message: error.message, refusal: error.refusal.refusal, problems: [] };
    expect(outcomeText(tIn('zh'), dated, null, 'zh')).toBe('运行失败：分析日期 2031-01-01 晚于今天（2026-01-01）；请选择今天或更早的日期，或留空。');
    expect(outcomeText(tIn('en'), dated, null, 'en')).toBe(`The run failed: ${error.message}`);
  });
});

function resolveAnalysisDateRefusal(): AnalysisDateRefusal {
  const outcome = resolveAnalysisDate('2031-01-01', dayFromIso('2026-01-01'), dayFromIso('2020-01-01'), dayFromIso('2025-12-01'));
  if (!('refused' in outcome)) throw new Error('expected a refusal');
  return outcome.refused;
}
