/**
 * Every word Tiers writes into a workbook, once per language (docs/sheet-language.md): the owned
 * column headers beside the customer data, the stale mark, and the words of the owned sheets. The
 * adapter and the CLI take their words from here; a re-run recognises what any language wrote.
 */
import type { SheetLanguage } from './language';

export const SHEET_LANGUAGES: readonly SheetLanguage[] = ['en', 'zh-CN', 'zh-TW'];

export function isSheetLanguage(value: unknown): value is SheetLanguage {
  return typeof value === 'string' && (SHEET_LANGUAGES as readonly string[]).includes(value);
}

/** The Chinese languages; English sheet words are the catalogue's `en` or, for owned columns, the spec's header. */
export type ChineseSheetLanguage = Exclude<SheetLanguage, 'en'>;

/**
 * The owned column headers by column key in Chinese; the English header is the column's spec
 * (OWNED_COLUMNS in src/output/ownedColumns.ts). Every key of OWNED_COLUMNS has an entry in each
 * (test/output/sheetWords.test.ts).
 */
export const OWNED_HEADER_WORDS: Record<ChineseSheetLanguage, Readonly<Record<string, string>>> = {
  'zh-CN': {
    score: 'Tiers 评分',
    tier: 'Tiers 等级',
    abc: 'Tiers ABC 分类',
    rfm: 'Tiers RFM 细分',
    clv: 'Tiers 客户终身价值',
    paymentDays: 'Tiers 平均付款天数',
    onTime: 'Tiers 按时付款比例',
    arrears: 'Tiers 欠款',
    ageing: 'Tiers 账龄',
    shippingDays: 'Tiers 平均发货天数',
    why: 'Tiers 评分原因',
    tierChange: 'Tiers 等级变化',
    pAlive: 'Tiers 活跃概率',
    predictedClv: 'Tiers 预测客户终身价值',
    expectedPurchases: 'Tiers 预计购买次数',
    likelyChurning: 'Tiers 可能流失',
    rating: 'Tiers 评级状态',
    coverage: 'Tiers 数据覆盖',
  },
  'zh-TW': {
    score: 'Tiers 評分',
    tier: 'Tiers 等級',
    abc: 'Tiers ABC 分類',
    rfm: 'Tiers RFM 細分',
    clv: 'Tiers 客戶終身價值',
    paymentDays: 'Tiers 平均付款天數',
    onTime: 'Tiers 準時付款比例',
    arrears: 'Tiers 欠款',
    ageing: 'Tiers 帳齡',
    shippingDays: 'Tiers 平均出貨天數',
    why: 'Tiers 評分原因',
    tierChange: 'Tiers 等級變化',
    pAlive: 'Tiers 活躍機率',
    predictedClv: 'Tiers 預測客戶終身價值',
    expectedPurchases: 'Tiers 預計購買次數',
    likelyChurning: 'Tiers 可能流失',
    rating: 'Tiers 評級狀態',
    coverage: 'Tiers 資料涵蓋',
  },
};

/**
 * Headers earlier versions wrote for a column key, still recognised (and renamed) on a re-run.
 * A renamed header goes here with its old text, so a workbook scored before keeps one set.
 */
export const FORMER_OWNED_HEADERS: Readonly<Record<string, readonly string[]>> = {};

/** Appended to owned headers while a write is under way; a failed run leaves it visible. */
export const STALE_SUFFIXES: Record<SheetLanguage, string> = {
  en: ' (stale)',
  'zh-CN': '（待更新）',
  'zh-TW': '（待更新）',
};

/** The words of one dashboard chart: its title, axis titles and the headers of its data block. */
export interface ChartWords {
  title: string;
  x: string;
  y: string;
  headers: [string, string];
}

/** The dashboard sheet's words (src/output/dashboard.ts); chart names ("Tiers ...") stay as they are, so a re-run finds each chart again. */
export interface DashboardWords {
  tiers: ChartWords;
  paretoSales: ChartWords;
  paretoCumulative: ChartWords;
  whale: ChartWords;
  seasonal: ChartWords;
  ageing: ChartWords;
  /** A band of customers by rank: "Top {share}%". */
  topShare: (share: number) => string;
  months: readonly string[];
}

export const DASHBOARD_WORDS: Record<SheetLanguage, DashboardWords> = {
  en: {
    tiers: { title: 'Customers per tier', x: 'Tier', y: 'Customers', headers: ['Tier', 'Customers'] },
    paretoSales: { title: 'ABC Pareto: sales by customer rank', x: 'Customers ranked by sales', y: 'Sales', headers: ['Customers', 'Sales'] },
    paretoCumulative: { title: 'ABC Pareto: cumulative share of sales (%)', x: 'Customers ranked by sales', y: 'Cumulative %', headers: ['Customers', 'Cumulative %'] },
    whale: { title: 'Whale curve: cumulative profit (%)', x: 'Customers ranked by profit (%)', y: 'Cumulative profit %', headers: ['Customers %', 'Profit %'] },
    seasonal: { title: 'Seasonal index (100 = average month)', x: 'Month', y: 'Index', headers: ['Month', 'Index'] },
    ageing: { title: 'Outstanding by age', x: 'Days past due', y: 'Outstanding', headers: ['Age', 'Outstanding'] },
    topShare: (share) => `Top ${share}%`,
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  'zh-CN': {
    tiers: { title: '各等级客户数', x: '等级', y: '客户数', headers: ['等级', '客户数'] },
    paretoSales: { title: 'ABC 帕累托：按客户排名的销售额', x: '按销售额排名的客户', y: '销售额', headers: ['客户', '销售额'] },
    paretoCumulative: { title: 'ABC 帕累托：销售额累计占比 (%)', x: '按销售额排名的客户', y: '累计 %', headers: ['客户', '累计 %'] },
    whale: { title: '鲸鱼曲线：累计利润 (%)', x: '按利润排名的客户 (%)', y: '累计利润 %', headers: ['客户 %', '利润 %'] },
    seasonal: { title: '季节指数（100 = 平均月份）', x: '月份', y: '指数', headers: ['月份', '指数'] },
    ageing: { title: '欠款账龄', x: '逾期天数', y: '未收金额', headers: ['账龄', '未收金额'] },
    topShare: (share) => `前 ${share}%`,
    months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  },
  'zh-TW': {
    tiers: { title: '各等級客戶數', x: '等級', y: '客戶數', headers: ['等級', '客戶數'] },
    paretoSales: { title: 'ABC 帕累托：依客戶排名的銷售額', x: '依銷售額排名的客戶', y: '銷售額', headers: ['客戶', '銷售額'] },
    paretoCumulative: { title: 'ABC 帕累托：銷售額累計占比 (%)', x: '依銷售額排名的客戶', y: '累計 %', headers: ['客戶', '累計 %'] },
    whale: { title: '鯨魚曲線：累計利潤 (%)', x: '依利潤排名的客戶 (%)', y: '累計利潤 %', headers: ['客戶 %', '利潤 %'] },
    seasonal: { title: '季節指數（100 = 平均月份）', x: '月份', y: '指數', headers: ['月份', '指數'] },
    ageing: { title: '欠款帳齡', x: '逾期天數', y: '未收金額', headers: ['帳齡', '未收金額'] },
    topShare: (share) => `前 ${share}%`,
    months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  },
};

/** The snapshot sheet's header row (src/output/snapshots.ts); its rows are read by position. */
export const SNAPSHOT_HEADER_WORDS: Record<SheetLanguage, readonly [string, string, string, string, string]> = {
  en: ['Run id', 'As of', 'Customer id', 'Score', 'Tier'],
  'zh-CN': ['运行编号', '分析日期', '客户编号', '评分', '等级'],
  'zh-TW': ['執行編號', '分析日期', '客戶編號', '評分', '等級'],
};

/** The derived customer sheet's own columns, left of the owned columns (order-only workbooks). */
export const DERIVED_CUSTOMER_HEADER_WORDS: Record<SheetLanguage, readonly [string, string]> = {
  en: ['Customer id', 'Name'],
  'zh-CN': ['客户编号', '名称'],
  'zh-TW': ['客戶編號', '名稱'],
};

/**
 * RFM segment names (src/domain/segments/rfm.ts, keyed by the domain's name) as the owned RFM column
 * and the pane show them. The pane's catalogues take their rfm_* entries from here.
 */
export const RFM_SEGMENT_WORDS: Record<SheetLanguage, Readonly<Record<string, string>>> = {
  en: {
    Champions: 'Champions',
    'Potential Loyalist': 'Potential loyalists',
    'Loyal Customers': 'Loyal customers',
    Promising: 'Promising',
    'New Customers': 'New customers',
    "Can't Lose Them": 'Can’t lose them',
    'At Risk': 'At risk',
    'Need Attention': 'Need attention',
    'About To Sleep': 'About to sleep',
    Lost: 'Lost',
    Others: 'Others',
  },
  'zh-CN': {
    Champions: '重要价值客户',
    'Potential Loyalist': '潜在忠诚客户',
    'Loyal Customers': '忠诚客户',
    Promising: '有潜力客户',
    'New Customers': '新客户',
    "Can't Lose Them": '不可流失客户',
    'At Risk': '流失风险客户',
    'Need Attention': '需要关注客户',
    'About To Sleep': '即将沉睡客户',
    Lost: '已流失客户',
    Others: '其他',
  },
  'zh-TW': {
    Champions: '重要價值客戶',
    'Potential Loyalist': '潛在忠誠客戶',
    'Loyal Customers': '忠誠客戶',
    Promising: '有潛力客戶',
    'New Customers': '新客戶',
    "Can't Lose Them": '不可流失客戶',
    'At Risk': '流失風險客戶',
    'Need Attention': '需要關注客戶',
    'About To Sleep': '即將沉睡客戶',
    Lost: '已流失客戶',
    Others: '其他',
  },
};

/** A segment's name in the sheet's language; a name the catalogue does not know is written as it is. */
export function rfmSegmentWord(segment: string, language: SheetLanguage): string {
  return RFM_SEGMENT_WORDS[language][segment] ?? segment;
}

/**
 * The built-in indicators' names in Chinese, by indicator id (English: the pane's catalogue for the
 * pane, the configuration's label in the sheet). The owned "why" and "rating" cells and the pane's
 * Chinese catalogues read this one record.
 */
export const INDICATOR_WORDS: Record<ChineseSheetLanguage, Readonly<Record<string, string>>> = {
  'zh-CN': {
    profitMargin: '利润率',
    orderSizeFrequency: '订单金额与频率',
    orderComposition: '每单产品种类',
    productSatisfaction: '产品满意度',
    serviceSatisfaction: '服务满意度',
    purchaseSatisfaction: '采购满意度',
    paymentTerms: '付款条件',
    industryInfluence: '行业影响力',
    cooperationLength: '合作年限',
    newProductDevelopment: '新品转化',
    shippingEfficiency: '出货速度',
    paymentEfficiency: '回款速度',
    priceSensitivity: '价格敏感度',
    communicationEfficiency: '沟通效率',
    claimReasonableness: '索赔情况',
    enthusiasm: '合作热情',
    flexibility: '经营灵活性',
    distributionReach: '分销网络',
    capital: '资金实力',
    brandsHeld: '代理畅销品牌',
    logistics: '仓储、车辆与人员',
    credit: '信用',
    socialRelations: '社会关系',
  },
  'zh-TW': {
    profitMargin: '利潤率',
    orderSizeFrequency: '訂單金額與頻率',
    orderComposition: '每單產品種類',
    productSatisfaction: '產品滿意度',
    serviceSatisfaction: '服務滿意度',
    purchaseSatisfaction: '採購滿意度',
    paymentTerms: '付款條件',
    industryInfluence: '行業影響力',
    cooperationLength: '合作年限',
    newProductDevelopment: '新品轉換',
    shippingEfficiency: '出貨速度',
    paymentEfficiency: '收款速度',
    priceSensitivity: '價格敏感度',
    communicationEfficiency: '溝通效率',
    claimReasonableness: '索賠情況',
    enthusiasm: '合作熱情',
    flexibility: '經營靈活性',
    distributionReach: '分銷網路',
    capital: '資金實力',
    brandsHeld: '代理暢銷品牌',
    logistics: '倉儲、車輛與人員',
    credit: '信用',
    socialRelations: '社會關係',
  },
};

/** An indicator's name in the sheet's language: built-in ones translated, custom ones as their author named them. */
export function indicatorWord(id: string, label: string, language: SheetLanguage): string {
  return language === 'en' ? label : (INDICATOR_WORDS[language][id] ?? label);
}

/** The owned "rating" cell's words (docs/scoring.md, "Coverage"). */
export const RATING_WORDS: Record<SheetLanguage, { rated: string; noOrders: string; negativeNet: string; missing: (inputs: string) => string; separator: string }> = {
  en: { rated: 'rated', noOrders: 'not rated: no orders', negativeNet: 'not rated: returns exceed purchases', missing: (inputs) => `not enough data: missing ${inputs}`, separator: ', ' },
  'zh-CN': { rated: '已评级', noOrders: '未评级：无订单', negativeNet: '未评级：退货超过购买', missing: (inputs) => `数据不足：缺少${inputs}`, separator: '、' },
  'zh-TW': { rated: '已評級', noOrders: '未評級：無訂單', negativeNet: '未評級：退貨超過購買', missing: (inputs) => `資料不足：缺少${inputs}`, separator: '、' },
};
