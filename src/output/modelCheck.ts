/**
 * The owned "Tiers Model Check" sheet (docs/clv.md, "Backtest"), for the add-in and the CLI alike:
 * the backtest's summary, the table by calibration repeat purchases and the weekly cumulative
 * tracking series, one under another in columns A-F, and a native line chart of the tracking
 * series (actual against predicted) to their right. The writers only put this into a workbook.
 */
import type { Backtest } from '../domain/clv/predictive/backtest';
import { isoFromDay } from '../domain/dates';
import type { CellValue } from '../domain/model';
import type { ChartPlace } from './dashboard';
import { round, TEXT_FORMAT, type ColumnKind } from './format';
import type { SheetLanguage } from './language';
import { reliabilityText } from './noticeWords';

export const MODEL_CHECK_SHEET = 'Tiers Model Check';
/** The chart's name: found again by it on the next check. */
export const MODEL_CHECK_CHART = 'Tiers model check tracking';
export const MODEL_CHECK_WIDTH = 6;

export interface ModelCheckLayout {
  /** Every cell of columns A-F from row 1, header rows included. */
  rows: CellValue[][];
  /** Column A holds labels and dates as text; B-F numbers (and a few plain-word labels). */
  kinds: readonly ColumnKind[];
  formats: readonly string[];
  /** 0-based first row of the tracking block (its header row) and its data row count; columns A-C. */
  tracking: { headerRow: number; rows: number };
  chart: { title: string; axes: { x: string; y: string }; colors: [string, string]; place: ChartPlace };
}

const r2 = (x: number): number | null => round(x, 2);

interface Words {
  title: string;
  calibration: string;
  holdout: string;
  range: (from: string, to: string) => string;
  split: string;
  splitDefault: string;
  splitConfigured: string;
  customers: string;
  parameters: string;
  per: Record<Backtest['period'], string>;
  reliable: string;
  yes: string;
  no: string;
  actual: string;
  predicted: string;
  mae: string;
  groupHeaders: [string, string, string, string, string, string];
  weekHeaders: [string, string, string];
  chartTitle: string;
  axisY: string;
}

/** The sheet's words in the language of the sheets Tiers writes (src/output/language.ts). */
const WORDS: Record<SheetLanguage, Words> = {
  en: {
    title: 'Tiers model check: repeat purchases predicted by the model against what the customers did',
    calibration: 'Calibration period (fitted on)',
    holdout: 'Holdout period (predicted)',
    range: (from, to) => `${from} to ${to}`,
    split: 'Split date',
    splitDefault: 'default: start of the last quarter of the order history',
    splitConfigured: 'configured',
    customers: 'Customers (bought in the calibration period)',
    parameters: 'BG/NBD parameters r, alpha, a, b',
    per: { day: 'per day', week: 'per week', month: 'per month' },
    reliable: 'Model reliable',
    yes: 'yes',
    no: 'no',
    actual: 'Repeat purchases in the holdout: actual',
    predicted: 'Repeat purchases in the holdout: predicted',
    mae: 'Mean absolute error per customer',
    groupHeaders: ['Repeat purchases in calibration', 'Customers', 'Actual (total)', 'Predicted (total)', 'Actual per customer', 'Predicted per customer'],
    weekHeaders: ['Week ending', 'Actual (cumulative)', 'Predicted (cumulative)'],
    chartTitle: 'Repeat purchases in the holdout, cumulative: actual vs predicted',
    axisY: 'Repeat purchases (cumulative)',
  },
  'zh-CN': {
    title: 'Tiers 模型检验：模型预测的复购次数与客户实际情况对比',
    calibration: '拟合期（用于拟合）',
    holdout: '检验期（被预测）',
    range: (from, to) => `${from} 至 ${to}`,
    split: '拆分日期',
    splitDefault: '默认：订单历史最后四分之一的开始',
    splitConfigured: '已设置',
    customers: '客户数（拟合期内有购买）',
    parameters: 'BG/NBD 参数 r、alpha、a、b',
    per: { day: '按日', week: '按周', month: '按月' },
    reliable: '模型可靠',
    yes: '是',
    no: '否',
    actual: '检验期复购次数：实际',
    predicted: '检验期复购次数：预测',
    mae: '每位客户的平均绝对误差',
    groupHeaders: ['拟合期复购次数', '客户数', '实际（合计）', '预测（合计）', '每位客户实际', '每位客户预测'],
    weekHeaders: ['周截止日', '实际（累计）', '预测（累计）'],
    chartTitle: '检验期累计复购次数：实际与预测',
    axisY: '复购次数（累计）',
  },
  'zh-TW': {
    title: 'Tiers 模型檢驗：模型預測的回購次數與客戶實際情況對比',
    calibration: '擬合期（用於擬合）',
    holdout: '檢驗期（被預測）',
    range: (from, to) => `${from} 至 ${to}`,
    split: '拆分日期',
    splitDefault: '預設：訂單歷史最後四分之一的開始',
    splitConfigured: '已設定',
    customers: '客戶數（擬合期內有購買）',
    parameters: 'BG/NBD 參數 r、alpha、a、b',
    per: { day: '按日', week: '按週', month: '按月' },
    reliable: '模型可靠',
    yes: '是',
    no: '否',
    actual: '檢驗期回購次數：實際',
    predicted: '檢驗期回購次數：預測',
    mae: '每位客戶的平均絕對誤差',
    groupHeaders: ['擬合期回購次數', '客戶數', '實際（合計）', '預測（合計）', '每位客戶實際', '每位客戶預測'],
    weekHeaders: ['週截止日', '實際（累計）', '預測（累計）'],
    chartTitle: '檢驗期累計回購次數：實際與預測',
    axisY: '回購次數（累計）',
  },
};

/** The sheet in `language` (default English), the model's reason for being unreliable too. */
export function modelCheckLayout(check: Backtest, language: SheetLanguage = 'en'): ModelCheckLayout {
  const { model } = check;
  const w = WORDS[language];
  const holdoutStart = isoFromDay(check.calibrationEnd + 1);
  const rows: CellValue[][] = [
    [w.title, null],
    [w.calibration, w.range(isoFromDay(check.firstOrder), isoFromDay(check.calibrationEnd))],
    [w.holdout, w.range(holdoutStart, isoFromDay(check.holdoutEnd))],
    [w.split, `${isoFromDay(check.calibrationEnd)} (${check.split === 'default' ? w.splitDefault : w.splitConfigured})`],
    [w.customers, check.customers],
    [w.parameters, `r = ${model.r.toPrecision(4)}, alpha = ${model.alpha.toPrecision(4)}, a = ${model.a.toPrecision(4)}, b = ${model.b.toPrecision(4)} (${w.per[check.period]})`],
    [w.reliable, check.reliability.reliable ? w.yes : `${w.no}: ${reliabilityText(check.reliability, language)}`],
    [w.actual, check.total.actual],
    [w.predicted, r2(check.total.predicted)],
    [w.mae, r2(check.meanAbsoluteError)],
    [],
    [...w.groupHeaders],
    ...check.byFrequency.map((g) => [g.label, g.customers, g.actual, r2(g.predicted), g.customers > 0 ? r2(g.actual / g.customers) : null, g.customers > 0 ? r2(g.predicted / g.customers) : null]),
    [],
  ];
  const headerRow = rows.length;
  rows.push([...w.weekHeaders]);
  for (const w of check.weekly) rows.push([isoFromDay(w.end), w.actual, r2(w.predicted)]);
  const filled = rows.map((row) => Array.from({ length: MODEL_CHECK_WIDTH }, (_, c) => row[c] ?? null));
  return {
    rows: filled,
    kinds: ['text', 'number', 'number', 'number', 'number', 'number'],
    formats: [TEXT_FORMAT, 'General', 'General', 'General', 'General', 'General'],
    tracking: { headerRow, rows: check.weekly.length },
    chart: {
      title: w.chartTitle,
      axes: { x: w.weekHeaders[0], y: w.axisY },
      colors: ['4472C4', 'ED7D31'],
      place: { fromRow: 0, fromColumn: MODEL_CHECK_WIDTH + 1, toRow: 20, toColumn: MODEL_CHECK_WIDTH + 10 },
    },
  };
}
