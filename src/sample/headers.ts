/**
 * The sample sheets' columns, in order, with their header texts in English, Simplified Chinese
 * (`zh`) and Traditional Chinese as a Taiwan or Hong Kong team writes them (`zh-TW`: Taiwan
 * wording, 帳期, 出貨, 聯絡, 詢價, 國家/地區). The Traditional texts are written by hand, not
 * converted by our fold table (src/domain/mapping/hanFold.ts), so the tests that map them check
 * that table rather than repeat it.
 */
import type { CustomerField, OrderField } from '../domain/model';

export type SampleLanguage = 'en' | 'zh' | 'zh-TW';
export const SAMPLE_LANGUAGES: readonly SampleLanguage[] = ['en', 'zh', 'zh-TW'];

interface Column<F extends string> {
  field: F;
  en: string;
  zh: string;
  'zh-TW': string;
}

/** Sheet names as a team in each language names them. */
export const SAMPLE_SHEET_NAMES: Record<SampleLanguage, { customers: string; orders: string; survey: string }> = {
  en: { customers: 'Customers', orders: 'Orders', survey: 'Survey' },
  zh: { customers: '客户', orders: '订单', survey: '满意度调查' },
  'zh-TW': { customers: '客戶', orders: '訂單', survey: '滿意度調查' },
};

export const SAMPLE_CUSTOMER_COLUMNS = [
  { field: 'customerId', en: 'Customer ID', zh: '客户编号', 'zh-TW': '客戶編號' },
  { field: 'name', en: 'Company name', zh: '公司名称', 'zh-TW': '公司名稱' },
  { field: 'country', en: 'Country', zh: '国家', 'zh-TW': '國家/地區' },
  { field: 'contactPerson', en: 'Contact person', zh: '联系人', 'zh-TW': '聯絡人' },
  { field: 'address', en: 'Address', zh: '地址', 'zh-TW': '地址' },
  { field: 'contactDetails', en: 'Contact details', zh: '联系方式', 'zh-TW': '聯絡方式' },
  { field: 'mainProducts', en: 'Main products', zh: '主营产品', 'zh-TW': '主營產品' },
  { field: 'source', en: 'Source', zh: '客户来源', 'zh-TW': '客戶來源' },
  { field: 'communicationStatus', en: 'Communication status', zh: '沟通状态', 'zh-TW': '溝通狀態' },
  { field: 'businessType', en: 'Business type', zh: '业种', 'zh-TW': '業種' },
  { field: 'owner', en: 'Owner', zh: '负责业务员', 'zh-TW': '負責業務員' },
  { field: 'industryInfluence', en: 'Industry influence (1-5)', zh: '行业影响力(1-5)', 'zh-TW': '行業影響力(1-5)' },
  { field: 'communicationRating', en: 'Communication rating (1-5)', zh: '沟通评分(1-5)', 'zh-TW': '溝通評分(1-5)' },
  { field: 'replyHours', en: 'Reply hours', zh: '平均回复时长(小时)', 'zh-TW': '平均回覆時長(小時)' },
  { field: 'newProductInquiries', en: 'New-product inquiries', zh: '新品询盘数', 'zh-TW': '新品詢價數' },
  { field: 'newProductOrders', en: 'New-product orders', zh: '新品下单数', 'zh-TW': '新品下單數' },
  { field: 'creditIndex', en: 'Credit index', zh: '信用指数', 'zh-TW': '信用指數' },
  { field: 'expectedShare', en: 'Expected share', zh: '期望销售占比', 'zh-TW': '期望銷售佔比' },
  { field: 'birthday', en: 'Contact birthday', zh: '联系人生日', 'zh-TW': '聯絡人生日' },
  { field: 'createdAt', en: 'Created at', zh: '创建日期', 'zh-TW': '建立日期' },
] as const satisfies readonly Column<CustomerField>[];

export const SAMPLE_ORDER_COLUMNS = [
  { field: 'orderId', en: 'Order ID', zh: '订单编号', 'zh-TW': '訂單編號' },
  { field: 'customerId', en: 'Customer ID', zh: '客户编号', 'zh-TW': '客戶編號' },
  { field: 'orderDate', en: 'Order date', zh: '订单日期', 'zh-TW': '訂單日期' },
  { field: 'amount', en: 'Amount', zh: '金额', 'zh-TW': '金額' },
  { field: 'profit', en: 'Profit', zh: '利润', 'zh-TW': '利潤' },
  { field: 'productTypes', en: 'Product types', zh: '产品种类数', 'zh-TW': '產品種類數' },
  { field: 'productLine', en: 'Product line', zh: '产品线', 'zh-TW': '產品線' },
  { field: 'quantity', en: 'Quantity', zh: '数量', 'zh-TW': '數量' },
  { field: 'prepaymentShare', en: 'Prepayment share', zh: '预付比例', 'zh-TW': '預付比例' },
  { field: 'creditDays', en: 'Credit days', zh: '账期(天)', 'zh-TW': '帳期(天)' },
  { field: 'readyDate', en: 'Ready date', zh: '备货完成日期', 'zh-TW': '備貨完成日期' },
  { field: 'shippedDate', en: 'Shipped date', zh: '出运日期', 'zh-TW': '出貨日期' },
  { field: 'documentsReceivedDate', en: 'Documents received', zh: '客户收单日期', 'zh-TW': '客戶收單日期' },
  { field: 'paidDate', en: 'Paid date', zh: '付款日期', 'zh-TW': '付款日期' },
  { field: 'bargainingRounds', en: 'Bargaining rounds', zh: '议价轮次', 'zh-TW': '議價輪次' },
  { field: 'discount', en: 'Discount', zh: '折扣', 'zh-TW': '折扣' },
  { field: 'claimsCount', en: 'Claims', zh: '索赔次数', 'zh-TW': '索賠次數' },
  { field: 'claimAmount', en: 'Claim amount', zh: '索赔金额', 'zh-TW': '索賠金額' },
  { field: 'claimsReasonable', en: 'Claims settled reasonably', zh: '合理解决索赔数', 'zh-TW': '合理解決索賠數' },
  { field: 'arrears', en: 'Arrears', zh: '欠款', 'zh-TW': '欠款' },
  { field: 'settlementStatus', en: 'Settlement status', zh: '结算状态', 'zh-TW': '結算狀態' },
] as const satisfies readonly Column<OrderField>[];

export type SampleCustomerField = (typeof SAMPLE_CUSTOMER_COLUMNS)[number]['field'];
export type SampleOrderField = (typeof SAMPLE_ORDER_COLUMNS)[number]['field'];

export function customerHeaders(language: SampleLanguage): string[] {
  return SAMPLE_CUSTOMER_COLUMNS.map((column) => column[language]);
}

export function orderHeaders(language: SampleLanguage): string[] {
  return SAMPLE_ORDER_COLUMNS.map((column) => column[language]);
}

/** Fields whose sample values are dates (serials or ISO text), e.g. to give them a date format. */
export const SAMPLE_DATE_FIELDS: ReadonlySet<string> = new Set<SampleCustomerField | SampleOrderField>([
  'birthday',
  'createdAt',
  'orderDate',
  'readyDate',
  'shippedDate',
  'documentsReceivedDate',
  'paidDate',
]);

/** Fields whose sample values are shares in 0-1, e.g. to give them a percentage format. */
export const SAMPLE_SHARE_FIELDS: ReadonlySet<string> = new Set<SampleCustomerField | SampleOrderField>(['expectedShare', 'prepaymentShare', 'discount']);

/** Fields holding money, e.g. to give them a two-decimal format. */
export const SAMPLE_MONEY_FIELDS: ReadonlySet<string> = new Set<SampleOrderField>(['amount', 'profit', 'claimAmount', 'arrears']);

/**
 * Money per unit of the generator's amounts (export prices, about US dollars): in zh-TW New Taiwan
 * dollars at 30 (the rate moved between about 29 and 33 in 2023-2025), in whole dollars, as TWD
 * amounts are written; the other languages keep the generator's amounts.
 */
export const SAMPLE_MONEY: Record<SampleLanguage, { perUnit: number; decimals: number }> = {
  en: { perUnit: 1, decimals: 2 },
  zh: { perUnit: 1, decimals: 2 },
  'zh-TW': { perUnit: 30, decimals: 0 },
};

/** The Excel number format a sample column is best shown with, if any. */
export function sampleNumberFormat(field: string, language: SampleLanguage = 'en'): string | undefined {
  if (SAMPLE_DATE_FIELDS.has(field)) return 'yyyy-mm-dd';
  if (SAMPLE_SHARE_FIELDS.has(field)) return field === 'expectedShare' ? '0.000%' : '0%';
  if (SAMPLE_MONEY_FIELDS.has(field)) return SAMPLE_MONEY[language].decimals === 0 ? '#,##0' : '#,##0.00';
  return undefined;
}
