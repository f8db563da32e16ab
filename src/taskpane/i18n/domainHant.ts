/**
 * Traditional Chinese for the text the domain keeps in English and Simplified Chinese (field
 * names, the work area's clauses, stages, plays and messages). Typed against the domain's ids, so
 * a new domain message without its Traditional text is a type error.
 */
import type { CustomerField, OrderField } from '../../domain/model';

export const FIELD_LABELS_HANT: Record<CustomerField | OrderField, string> = {
  customerId: '客戶編號',
  name: '客戶名稱',
  country: '國家',
  contactPerson: '聯絡人',
  address: '地址',
  contactDetails: '聯絡方式',
  mainProducts: '主營產品',
  source: '客戶來源',
  communicationStatus: '溝通狀態',
  businessType: '業務類型',
  owner: '負責人',
  industryInfluence: '行業影響力 (1-5)',
  communicationRating: '溝通評分 (1-5)',
  replyHours: '平均回覆時間 (小時)',
  newProductInquiries: '新品詢盤',
  newProductOrders: '新品訂單',
  creditIndex: '信用指數',
  expectedShare: '期望銷售佔比',
  birthday: '生日',
  createdAt: '建立日期',
  orderId: '訂單編號',
  customerName: '客戶名稱',
  orderDate: '訂單日期',
  amount: '金額',
  profit: '利潤',
  cost: '成本',
  productTypes: '產品種類數',
  productLine: '產品線',
  product: '產品編號',
  quantity: '數量',
  currency: '幣別',
  prepaymentShare: '預付款比例',
  creditDays: '帳期天數',
  readyDate: '備貨完成日期',
  shippedDate: '出貨日期',
  documentsReceivedDate: '收到單據日期',
  paidDate: '付款日期',
  bargainingRounds: '議價次數',
  discount: '折扣',
  claimsCount: '索賠次數',
  claimAmount: '索賠金額',
  claimsReasonable: '合理索賠次數',
  arrears: '欠款',
  settlementStatus: '結算狀態',
};

/** The work area's Traditional Chinese lives beside its English and Simplified text (src/domain/work/workWords.ts): the sheets use it too. */
export { WORK_MESSAGES_HANT } from '../../domain/work';
