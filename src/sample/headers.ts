/** The sample sheets' columns, in order, with their English and Chinese header texts. */
import type { CustomerField, OrderField } from '../domain/model';

export type SampleLanguage = 'en' | 'zh';

interface Column<F extends string> {
  field: F;
  en: string;
  zh: string;
}

export const SAMPLE_CUSTOMER_COLUMNS = [
  { field: 'customerId', en: 'Customer ID', zh: '客户编号' },
  { field: 'name', en: 'Company name', zh: '公司名称' },
  { field: 'country', en: 'Country', zh: '国家' },
  { field: 'contactPerson', en: 'Contact person', zh: '联系人' },
  { field: 'address', en: 'Address', zh: '地址' },
  { field: 'contactDetails', en: 'Contact details', zh: '联系方式' },
  { field: 'mainProducts', en: 'Main products', zh: '主营产品' },
  { field: 'source', en: 'Source', zh: '客户来源' },
  { field: 'communicationStatus', en: 'Communication status', zh: '沟通状态' },
  { field: 'businessType', en: 'Business type', zh: '业种' },
  { field: 'owner', en: 'Owner', zh: '负责业务员' },
  { field: 'industryInfluence', en: 'Industry influence (1-5)', zh: '行业影响力(1-5)' },
  { field: 'communicationRating', en: 'Communication rating (1-5)', zh: '沟通评分(1-5)' },
  { field: 'replyHours', en: 'Reply hours', zh: '平均回复时长(小时)' },
  { field: 'newProductInquiries', en: 'New-product inquiries', zh: '新品询盘数' },
  { field: 'newProductOrders', en: 'New-product orders', zh: '新品下单数' },
  { field: 'creditIndex', en: 'Credit index', zh: '信用指数' },
  { field: 'expectedShare', en: 'Expected share', zh: '期望销售占比' },
  { field: 'birthday', en: 'Contact birthday', zh: '联系人生日' },
  { field: 'createdAt', en: 'Created at', zh: '创建日期' },
] as const satisfies readonly Column<CustomerField>[];

export const SAMPLE_ORDER_COLUMNS = [
  { field: 'orderId', en: 'Order ID', zh: '订单编号' },
  { field: 'customerId', en: 'Customer ID', zh: '客户编号' },
  { field: 'orderDate', en: 'Order date', zh: '订单日期' },
  { field: 'amount', en: 'Amount', zh: '金额' },
  { field: 'profit', en: 'Profit', zh: '利润' },
  { field: 'productTypes', en: 'Product types', zh: '产品种类数' },
  { field: 'productLine', en: 'Product line', zh: '产品线' },
  { field: 'quantity', en: 'Quantity', zh: '数量' },
  { field: 'prepaymentShare', en: 'Prepayment share', zh: '预付比例' },
  { field: 'creditDays', en: 'Credit days', zh: '账期(天)' },
  { field: 'readyDate', en: 'Ready date', zh: '备货完成日期' },
  { field: 'shippedDate', en: 'Shipped date', zh: '出运日期' },
  { field: 'documentsReceivedDate', en: 'Documents received', zh: '客户收单日期' },
  { field: 'paidDate', en: 'Paid date', zh: '付款日期' },
  { field: 'bargainingRounds', en: 'Bargaining rounds', zh: '议价轮次' },
  { field: 'discount', en: 'Discount', zh: '折扣' },
  { field: 'claimsCount', en: 'Claims', zh: '索赔次数' },
  { field: 'claimAmount', en: 'Claim amount', zh: '索赔金额' },
  { field: 'claimsReasonable', en: 'Claims settled reasonably', zh: '合理解决索赔数' },
  { field: 'arrears', en: 'Arrears', zh: '欠款' },
  { field: 'settlementStatus', en: 'Settlement status', zh: '结算状态' },
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

/** The Excel number format a sample column is best shown with, if any. */
export function sampleNumberFormat(field: string): string | undefined {
  if (SAMPLE_DATE_FIELDS.has(field)) return 'yyyy-mm-dd';
  if (SAMPLE_SHARE_FIELDS.has(field)) return field === 'expectedShare' ? '0.000%' : '0%';
  if (SAMPLE_MONEY_FIELDS.has(field)) return '#,##0.00';
  return undefined;
}
