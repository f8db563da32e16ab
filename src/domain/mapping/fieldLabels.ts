/** Human names of the fields, for messages and the mapping UI. */
import type { CustomerField, OrderField, SurveyField } from '../model';

export interface FieldLabel {
  en: string;
  zh: string;
}

export const FIELD_LABELS: Record<CustomerField | OrderField | SurveyField, FieldLabel> = {
  customerId: { en: 'Customer ID', zh: '客户编号' },
  name: { en: 'Customer name', zh: '客户名称' },
  country: { en: 'Country', zh: '国家' },
  contactPerson: { en: 'Contact person', zh: '联系人' },
  address: { en: 'Address', zh: '地址' },
  contactDetails: { en: 'Contact details', zh: '联系方式' },
  mainProducts: { en: 'Main products', zh: '主营产品' },
  source: { en: 'Source', zh: '客户来源' },
  communicationStatus: { en: 'Communication status', zh: '沟通状态' },
  businessType: { en: 'Business type', zh: '业务类型' },
  owner: { en: 'Owner', zh: '负责人' },
  industryInfluence: { en: 'Industry influence (1-5)', zh: '行业影响力 (1-5)' },
  communicationRating: { en: 'Communication rating (1-5)', zh: '沟通评分 (1-5)' },
  replyHours: { en: 'Reply time (hours)', zh: '平均回复时间 (小时)' },
  newProductInquiries: { en: 'New-product inquiries', zh: '新品询盘' },
  newProductOrders: { en: 'New-product orders', zh: '新品订单' },
  creditIndex: { en: 'Credit index', zh: '信用指数' },
  expectedShare: { en: 'Expected share of sales', zh: '期望销售占比' },
  birthday: { en: 'Birthday', zh: '生日' },
  createdAt: { en: 'Created at', zh: '创建日期' },
  orderId: { en: 'Order ID', zh: '订单编号' },
  customerName: { en: 'Customer name', zh: '客户名称' },
  orderDate: { en: 'Order date', zh: '订单日期' },
  amount: { en: 'Amount', zh: '金额' },
  profit: { en: 'Profit', zh: '利润' },
  cost: { en: 'Cost', zh: '成本' },
  productTypes: { en: 'Product types in order', zh: '产品种类数' },
  productLine: { en: 'Product line', zh: '产品线' },
  product: { en: 'Product', zh: '产品编号' },
  quantity: { en: 'Quantity', zh: '数量' },
  currency: { en: 'Currency', zh: '币种' },
  prepaymentShare: { en: 'Prepayment share', zh: '预付款比例' },
  creditDays: { en: 'Credit days', zh: '账期天数' },
  readyDate: { en: 'Date ready', zh: '备货完成日期' },
  shippedDate: { en: 'Date shipped', zh: '发货日期' },
  documentsReceivedDate: { en: 'Documents received', zh: '收到单据日期' },
  paidDate: { en: 'Date paid', zh: '付款日期' },
  bargainingRounds: { en: 'Bargaining rounds', zh: '议价次数' },
  discount: { en: 'Discount', zh: '折扣' },
  claimsCount: { en: 'Claims', zh: '索赔次数' },
  claimAmount: { en: 'Claim amount', zh: '索赔金额' },
  claimsReasonable: { en: 'Claims settled reasonably', zh: '合理索赔次数' },
  arrears: { en: 'Arrears', zh: '欠款' },
  settlementStatus: { en: 'Settlement status', zh: '结算状态' },
  surveyDate: { en: 'Survey date', zh: '调查日期' },
  productQuality: { en: 'Product quality', zh: '产品质量' },
  productBenefit: { en: 'Product benefit', zh: '产品利益' },
  productDesign: { en: 'Product design', zh: '产品设计' },
  productReliability: { en: 'Reliability', zh: '可靠性' },
  valueForMoney: { en: 'Value for money', zh: '性价比' },
  serviceDelivery: { en: 'Delivery', zh: '送货' },
  complaintHandling: { en: 'Complaint handling', zh: '客户抱怨处理' },
  disputeResolution: { en: 'Dispute resolution', zh: '商务纠纷处理' },
  purchaseCourtesy: { en: 'Courtesy', zh: '礼貌' },
  purchaseCommunication: { en: 'Communication', zh: '沟通' },
  purchaseInformation: { en: 'Information', zh: '获得信息' },
  purchaseTime: { en: 'Time', zh: '时间' },
};

export function fieldLabel(field: CustomerField | OrderField | SurveyField): string {
  const label = FIELD_LABELS[field];
  return `${label.en} (${label.zh})`;
}
