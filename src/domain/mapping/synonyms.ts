/**
 * Header synonyms per field, English and Chinese. `weak` synonyms are plausible but not certain
 * (a bare "Customer" column may hold ids or names) and score below the `strong` ones.
 */
import type { CustomerField, OrderField, SurveyField } from '../model';

export interface SynonymSet {
  strong: readonly string[];
  weak?: readonly string[];
}

const customerId: SynonymSet = {
  strong: [
    'Customer ID', 'Cust ID', 'Cust No', 'Cust No.', 'Cust #', 'Customer No', 'Customer Number', 'Customer Code',
    'Customer Key', 'Client ID', 'Client No', 'Client Code', 'Client Number', 'Account ID', 'Account No',
    'Account Number', 'Account Code', 'Buyer ID', 'Buyer Code', 'customer_id', 'cust_id', 'CustomerID', 'CustID',
    '客户编号', '客户ID', '客户代码', '客户编码', '客户号', '客户代号', '顾客编号', '顾客ID', '客户账号', '客户id号',
  ],
  weak: ['Customer', 'Client', 'Buyer', 'Account', '客户', '顾客', '买家'],
};

const customerName: SynonymSet = {
  strong: [
    'Customer Name', 'Client Name', 'Company Name', 'Account Name', 'Buyer Name', 'Company', 'customer_name',
    '客户名称', '客户名', '公司名称', '客户全称', '企业名称', '顾客名称', '公司名', '买家名称',
  ],
  weak: ['Name', 'Customer', 'Client', '名称', '客户', '公司'],
};

const businessType: SynonymSet = {
  strong: [
    'Business Type', 'Customer Type', 'Client Type', 'Customer Category', 'Business Category', 'Trade Type',
    'Dealer Type', 'Segment', 'Customer Segment', '业务类型', '客户类型', '客户类别', '经营类型', '渠道类型', '客户分类', '业态', '业种', '客户业种', '业务种类', '行业类别', '客户行业',
  ],
  weak: ['Type', 'Category', 'Channel', '类型', '类别'],
};

export const ORDER_SYNONYMS: Record<OrderField, SynonymSet> = {
  orderId: {
    strong: [
      'Order ID', 'Order No', 'Order No.', 'Order Number', 'Order Code', 'Order #', 'Order Ref', 'Order Reference',
      'Invoice No', 'Invoice Number', 'Invoice ID', 'PO Number', 'PO No', 'Sales Order', 'Sales Order No',
      'SO Number', 'Document No', 'Transaction ID', 'order_id', '订单编号', '订单号', '订单ID', '单号', '订单代码',
      '合同号', '合同编号', '发票号', '销售单号', '单据编号',
    ],
  },
  customerId,
  customerName,
  orderDate: {
    strong: [
      'Order Date', 'Date', 'Order Day', 'Date Ordered', 'Ordered On', 'Purchase Date', 'Transaction Date',
      'Sale Date', 'Sales Date', 'Invoice Date', 'Booking Date', 'Order Time', 'order_date', 'Date of Order',
      '订单日期', '下单日期', '日期', '下单时间', '订购日期', '交易日期', '销售日期', '成交日期', '签单日期', '订单时间',
    ],
  },
  amount: {
    strong: [
      'Amount', 'Sales', 'Revenue', 'Order Value', 'Order Amount', 'Total Amount', 'Sales Amount', 'Net Sales',
      'Sales Value', 'Turnover', 'Invoice Amount', 'Order Total', 'Sales Revenue', 'revenue', 'Monetary',
      '金额', '销售额', '订单金额', '销售金额', '成交金额', '总金额', '营业额', '销售收入', '合同金额', '货款', '订单总额',
    ],
    weak: ['Value', 'Total', 'Sum', '收入', '总额'],
  },
  profit: {
    strong: [
      'Profit', 'Gross Profit', 'Margin', 'Gross Margin', 'Profit Amount', 'Net Profit', 'GP', 'Contribution',
      '利润', '毛利', '毛利润', '利润额', '净利润', '毛利额', '利润金额',
    ],
  },
  cost: {
    strong: ['Cost', 'COGS', 'Cost of Goods', 'Cost of Goods Sold', 'Cost of Sales', 'Total Cost', 'Order Cost', '成本', '销售成本', '总成本', '进货成本', '成本金额'],
  },
  productTypes: {
    strong: [
      'Product Types', 'Product Type Count', 'No. of Product Types', 'Number of Product Types', 'Line Items',
      'SKU Count', 'Distinct Products', 'Number of SKUs', 'Item Types', '产品种类', '品种数', '产品种类数', '品类数',
      '产品类别数', '品种', 'SKU数',
    ],
  },
  productLine: {
    strong: [
      'Product Line', 'Product Category', 'Product Group', 'Product Family', 'Product', 'Product Range',
      '产品线', '产品类别', '品类', '产品', '产品系列', '产品大类',
    ],
    weak: ['Category', '类别'],
  },
  product: {
    strong: [
      'Product Code', 'Product Name', 'Product ID', 'Product No', 'Product Number', 'Item', 'Item Code', 'Item No',
      'Item Number', 'Item Name', 'SKU', 'SKU Code', 'Article', 'Article No', 'Article Number', 'Part No', 'Part Number',
      'Material', 'Material No', 'Model', 'Model No', 'Style No', 'product_code', 'product_name', 'sku',
      '产品编号', '产品名称', '产品编码', '产品代码', '产品型号', '品名', '货号', '商品名称', '商品编号', '商品编码',
      '物料编码', '物料号', '物料名称', '料号', '品号', '型号', '规格型号', '款号',
      '產品編號', '產品名稱', '產品編碼', '產品型號', '貨號', '商品名稱', '商品編號', '物料編碼', '料號', '型號', '規格型號', '款號',
    ],
  },
  quantity: {
    strong: ['Quantity', 'Qty', 'Units', 'Pieces', 'Pcs', 'Volume', 'Order Quantity', 'Units Sold', '数量', '订货数量', '件数', '销量', '订单数量', '销售数量'],
  },
  prepaymentShare: {
    strong: [
      'Prepayment', 'Prepayment Share', 'Prepayment %', 'Prepayment Ratio', 'Prepaid %', 'Deposit %', 'Deposit Share',
      'Advance Payment', 'Advance %', 'Advance Payment %', 'Down Payment %', '预付款比例', '预付比例', '预付款',
      '定金比例', '订金比例', '预付款占比', '预付',
    ],
    weak: ['Deposit', 'Down Payment', '定金', '订金'],
  },
  creditDays: {
    strong: [
      'Credit Days', 'Credit Term', 'Credit Terms', 'Credit Period', 'Days Credit', 'Payment Terms (days)',
      'Payment Term Days', 'Terms Days', 'Net Days', '信用期', '账期', '信用天数', '账期天数', '付款期限', '信用期限',
    ],
    weak: ['Payment Terms', 'Terms', '付款条件'],
  },
  readyDate: {
    strong: [
      'Ready Date', 'Date Ready', 'Goods Ready', 'Goods Ready Date', 'Ready On', 'Production Complete',
      'Production Completed', 'Completion Date', '备货完成日期', '完工日期', '备妥日期', '货物备妥日期', '生产完成日期', '备货日期',
    ],
  },
  shippedDate: {
    strong: [
      'Shipped Date', 'Ship Date', 'Shipping Date', 'Date Shipped', 'Shipment Date', 'Dispatch Date', 'Loading Date',
      'Container Loaded', 'Loaded Date', 'ETD', '出货日期', '发货日期', '装柜日期', '装运日期', '出运日期', '装船日期',
    ],
    weak: ['Delivery Date', '交货日期'],
  },
  documentsReceivedDate: {
    strong: [
      'Documents Received', 'Documents Received Date', 'Docs Received', 'Docs Received Date', 'Date Documents Received',
      'Document Date', 'BL Received', 'B/L Received', '收到单据日期', '单据收到日期', '交单日期', '收单日期', '单据日期',
    ],
  },
  paidDate: {
    strong: [
      'Paid Date', 'Payment Date', 'Date Paid', 'Paid On', 'Payment Received', 'Payment Received Date',
      'Collection Date', 'Settlement Date', '付款日期', '收款日期', '回款日期', '到账日期', '结算日期',
    ],
  },
  bargainingRounds: {
    strong: [
      'Bargaining Rounds', 'Negotiation Rounds', 'Rounds of Negotiation', 'Price Negotiations', 'Bargaining',
      'Negotiations', '议价次数', '讨价还价次数', '砍价次数', '议价轮次', '议价',
    ],
  },
  discount: {
    strong: ['Discount', 'Discount %', 'Discount Rate', 'Discount Asked', 'Price Reduction', 'Rebate %', '折扣', '折扣率', '折让', '降价幅度', '让价', '折让率'],
  },
  claimsCount: {
    strong: ['Claims', 'Claims Count', 'Claim Count', 'Number of Claims', 'No. of Claims', 'Complaints', '索赔次数', '索赔数', '客诉次数', '投诉次数', '索赔'],
  },
  claimAmount: {
    strong: ['Claim Amount', 'Claims Amount', 'Claim Value', 'Claims Value', '索赔金额', '赔偿金额', '索赔额', '理赔金额'],
  },
  claimsReasonable: {
    strong: [
      'Reasonable Claims', 'Claims Reasonable', 'Claims Settled Reasonably', 'Reasonable Settlements',
      'Claims Accepted', 'Accepted Settlements', '合理索赔', '合理索赔次数', '合理理赔次数', '合理索赔数', '合理解决索赔数', '合理解决索赔次数', '合理处理索赔数',
    ],
  },
  arrears: {
    strong: [
      'Arrears', 'Outstanding', 'Balance Due', 'Amount Due', 'Outstanding Amount', 'Outstanding Balance', 'Receivable',
      'Receivables', 'Unpaid', 'Unpaid Amount', 'Open Balance', 'Open Amount', '欠款', '应收账款', '未付金额',
      '欠款金额', '未收款', '应收余额', '应收款', '未收金额',
    ],
  },
  currency: {
    strong: [
      'Currency', 'Currency Code', 'Curr', 'CCY', 'Invoice Currency', 'Order Currency', 'Transaction Currency',
      '币种', '货币', '币别', '货币代码', '币种代码', '结算币种', '结算货币', '交易币种', '幣別', '幣種', '貨幣', '幣別代碼', '結算幣別', '結算幣種', '交易幣別',
    ],
  },
  settlementStatus: {
    strong: ['Settlement Status', 'Payment Status', 'Paid Status', 'Settled', 'Collection Status', '结算状态', '付款状态', '收款状态', '回款状态'],
    weak: ['Status', '状态'],
  },
  businessType,
};

export const CUSTOMER_SYNONYMS: Record<CustomerField, SynonymSet> = {
  customerId,
  name: {
    strong: customerName.strong,
    weak: ['Name', 'Customer', 'Client', 'Buyer', '名称', '客户', '公司', '顾客'],
  },
  country: {
    strong: ['Country', 'Nation', 'Country/Region', 'Country or Region', 'Country Code', '国家', '国家/地区', '国别', '国家地区'],
    weak: ['Region', 'Market', '地区', '市场'],
  },
  contactPerson: {
    strong: ['Contact Person', 'Contact Name', 'Contact', 'Attn', 'Attention', 'Key Contact', '联系人', '联络人', '对接人', '联系人姓名'],
  },
  address: {
    strong: ['Address', 'Street', 'Mailing Address', 'Company Address', 'Street Address', 'Postal Address', '地址', '公司地址', '通讯地址', '详细地址'],
  },
  contactDetails: {
    strong: [
      'Contact Details', 'Contact Info', 'Contact Information', 'Phone', 'Telephone', 'Tel', 'Email', 'E-mail',
      'Mobile', 'Phone Number', '联系方式', '电话', '邮箱', '手机', '联系电话', '电子邮件',
    ],
  },
  mainProducts: {
    strong: ['Main Products', 'Main Product', 'Products', 'Product Interest', 'Key Products', '主营产品', '主要产品', '主营', '经营产品'],
  },
  source: {
    strong: ['Source', 'Lead Source', 'Customer Source', 'Origin', 'Acquired Via', 'Acquisition Channel', 'Referral Source', '来源', '客户来源', '渠道来源', '获客渠道', '客户渠道'],
    weak: ['Channel', '渠道'],
  },
  communicationStatus: {
    strong: ['Communication Status', 'Contact Status', 'Follow-up Status', 'Follow Up Status', 'Relationship Status', '沟通状态', '联系状态', '跟进状态', '沟通情况'],
    weak: ['Status', 'Stage', '状态', '阶段'],
  },
  businessType,
  owner: {
    strong: [
      'Owner', 'Sales Rep', 'Salesperson', 'Sales Person', 'Account Manager', 'Sales Owner', 'Account Owner',
      'Rep', 'Responsible', 'Sales Manager', '负责人', '业务员', '销售员', '客户经理', '跟进人', '销售代表', '所属销售',
    ],
  },
  industryInfluence: {
    strong: ['Industry Influence', 'Influence', 'Market Influence', 'Industry Standing', 'Influence Rating', 'Market Standing', '行业影响力', '影响力', '行业地位', '市场影响力'],
  },
  communicationRating: {
    strong: [
      'Communication Rating', 'Communication Score', 'Communication', 'Responsiveness Rating', 'Communication Efficiency',
      '沟通评分', '沟通效率评分', '沟通评级', '沟通效率', '沟通',
    ],
  },
  replyHours: {
    strong: [
      'Reply Hours', 'Reply Time', 'Response Time', 'Avg Reply Time', 'Average Reply Time', 'Mean Reply Hours',
      'Response Hours', 'Reply Time (h)', '回复时间', '平均回复时间', '回复时长', '平均回复时长', '响应时间', '平均响应时间', '响应时长', '平均响应时长', '回复小时数', 'Average Reply Hours', 'Avg Reply Hours', 'Average Response Time',
    ],
  },
  newProductInquiries: {
    strong: ['New Product Inquiries', 'New Product Enquiries', 'NPD Inquiries', 'New Product Requests', '新品询盘', '新产品询价次数', '新品询价', '新产品询盘', '新品询价次数', '新品询盘数', '新品询价数', '新产品询盘数'],
  },
  newProductOrders: {
    strong: ['New Product Orders', 'NPD Orders', 'Sample to Order', 'Samples Converted', 'New Product Conversions', '新品订单', '新产品下单次数', '新品成单', '打样转订单', '新品下单次数', '新品下单数', '新品下单', '新品成交数', '新品订单数', '新产品下单数', '新产品订单数'],
  },
  creditIndex: {
    strong: ['Credit Index', 'Credit Score', 'Credit Rating', 'Credit', 'Creditworthiness', '信用指数', '信用评分', '信用等级', '信用', '资信'],
  },
  expectedShare: {
    strong: ['Expected Share', 'Target Share', 'Expected Sales Share', 'Planned Share', 'Expected Share of Sales', '期望占比', '预期占比', '目标占比', '期望销售占比', '期望份额'],
  },
  birthday: {
    strong: ['Birthday', 'Date of Birth', 'DOB', 'Birth Date', 'Birthdate', '生日', '出生日期'],
  },
  createdAt: {
    strong: ['Created At', 'Created', 'Created On', 'Date Created', 'Creation Date', 'Customer Since', 'Since', 'Start Date', 'Onboarded', '创建日期', '创建时间', '建档日期', '录入日期', '开户日期'],
  },
};

/** The survey sheet (docs/satisfaction.md): items named as source 1 of docs/domain.md names them, in English and Chinese. */
export const SURVEY_SYNONYMS: Record<SurveyField, SynonymSet> = {
  customerId,
  surveyDate: {
    strong: ['Survey Date', 'Date of Survey', 'Surveyed On', 'Response Date', 'Interview Date', 'Date', '调查日期', '调研日期', '问卷日期', '填写日期', '日期'],
  },
  productQuality: { strong: ['Product Quality', 'Quality', 'Quality Score', '产品质量', '质量', '品质', '产品品质'] },
  productBenefit: { strong: ['Product Benefit', 'Benefit', 'Product Benefits', 'Efficacy', 'Product Efficacy', '产品利益', '产品功效', '功效', '利益'] },
  productDesign: { strong: ['Product Design', 'Design', 'Features', 'Product Features', '产品设计', '设计', '产品特色', '特色'] },
  productReliability: { strong: ['Reliability', 'Product Reliability', 'Dependability', '可靠性', '产品可靠性', '可靠'] },
  valueForMoney: { strong: ['Value for Money', 'Value', 'Price Performance', 'Price/Performance', 'Cost Performance', '性价比', '价格性能比', '物有所值'] },
  serviceDelivery: { strong: ['Delivery', 'Delivery Service', 'Service Delivery', 'On-time Delivery', '送货', '交货', '送货服务', '配送', '交付'] },
  complaintHandling: { strong: ['Complaint Handling', 'Complaints Handling', 'Handling of Complaints', '客户抱怨处理', '抱怨处理', '投诉处理', '客诉处理'] },
  disputeResolution: {
    strong: ['Dispute Resolution', 'Disputes', 'Problem Solving', 'Problem Resolution', 'Business Disputes', '商务纠纷处理', '纠纷处理', '问题解决', '商务纠纷'],
  },
  purchaseCourtesy: { strong: ['Courtesy', 'Politeness', 'Friendliness', '礼貌', '礼貌程度', '服务态度', '态度'] },
  purchaseCommunication: { strong: ['Communication', 'Communication Score', 'Communication Satisfaction', '沟通', '沟通满意度', '沟通评分'] },
  purchaseInformation: { strong: ['Information', 'Getting Information', 'Access to Information', 'Information Provided', '获得信息', '信息', '信息获取', '资讯'] },
  purchaseTime: { strong: ['Time', 'Timeliness', 'Purchase Time', 'Time Taken', 'Speed', '时间', '交易时间', '及时性', '购买时间'] },
};
