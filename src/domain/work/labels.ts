/**
 * Every user-visible string of the contracts / prospects / follow-up area, in English and
 * Simplified Chinese. Plain data: records hold message ids, the UI looks the text up here.
 */

export type WorkLanguage = 'en' | 'zh-CN';

export interface Bilingual {
  en: string;
  zh: string;
}

export const WORK_MESSAGES = {
  // Contract clauses (docs/domain.md section 6)
  'clause.subject.label': { en: 'Subject matter', zh: '标的' },
  'clause.subject.description': { en: 'Product varieties, brand, specification, quantity, price', zh: '产品品种、品牌、规格、数量、价格' },
  'clause.quality.label': { en: 'Quality requirements', zh: '质量要求' },
  'clause.quality.description': { en: 'Quality standards the goods must meet', zh: '货物应达到的质量标准' },
  'clause.delivery.label': { en: 'Delivery', zh: '交货' },
  'clause.delivery.description': { en: 'Time, place, transport mode and who pays for it', zh: '交货时间、地点、运输方式及费用承担' },
  'clause.inspection.label': { en: 'Inspection and acceptance', zh: '验收' },
  'clause.inspection.description': { en: 'How and when goods are inspected and accepted', zh: '验收方式与期限' },
  'clause.operatingRights.label': { en: 'Operating rights', zh: '经营权限' },
  'clause.operatingRights.description': { en: 'Level, exclusive or sub-distribution, territory, product range, term', zh: '经销级别、独家或分销、区域、产品范围、期限' },
  'clause.settlement.label': { en: 'Settlement method', zh: '结算方式' },
  'clause.settlement.description': { en: 'How and when payment is made', zh: '付款方式与期限' },
  'clause.distributionPolicy.label': { en: 'Distribution policy', zh: '销售政策' },
  'clause.distributionPolicy.description': { en: 'Rebates, annual bonus, promotion, advertising, staff support', zh: '返利、年终奖励、促销、广告、人员支持' },
  'clause.orderingReturns.label': { en: 'Ordering and returns', zh: '订货与退货' },
  'clause.orderingReturns.description': { en: 'Ordering procedure and return rules', zh: '订货程序与退货规定' },
  'clause.breachDisputes.label': { en: 'Breach and disputes', zh: '违约责任与争议解决' },
  'clause.breachDisputes.description': { en: 'Liability for breach of contract and how disputes are resolved', zh: '违约责任及争议解决方式' },
  'clause.signing.label': { en: 'Signing and effect', zh: '签订与生效' },
  'clause.signing.description': { en: 'Signing time and place, effective date', zh: '签订时间、地点及生效日期' },
  'clause.parties.label': { en: 'Parties', zh: '双方信息' },
  'clause.parties.description': {
    en: "Both parties' legal names, addresses, contacts, legal representative, signatory, bank, account and tax numbers",
    zh: '双方法定名称、地址、联系方式、法定代表人、签约人、开户银行、账号及税号',
  },

  // Contract statuses and validation
  'contract.status.draft': { en: 'Draft', zh: '草稿' },
  'contract.status.signed': { en: 'Signed', zh: '已签订' },
  'contract.status.filed': { en: 'Filed', zh: '已归档' },
  'contract.status.expired': { en: 'Expired', zh: '已到期' },
  'contract.status.terminated': { en: 'Terminated', zh: '已终止' },
  'contract.error.contractIdRequired': { en: 'Enter a contract number.', zh: '请填写合同编号。' },
  'contract.error.contractIdDuplicate': { en: 'Another contract already has this number.', zh: '该合同编号已被其他合同使用。' },
  'contract.error.customerRequired': { en: 'Choose the customer.', zh: '请选择客户。' },
  'contract.error.customerUnknown': { en: 'No customer has this id.', zh: '找不到该客户编号。' },
  'contract.error.statusInvalid': { en: 'Choose a status: draft, signed, filed, expired or terminated.', zh: '请选择状态：草稿、已签订、已归档、已到期或已终止。' },
  'contract.error.dateInvalid': { en: 'This is not a valid date.', zh: '日期无效。' },
  'contract.error.signingDateRequired': { en: 'A signed contract needs its signing date.', zh: '已签订的合同须填写签订日期。' },
  'contract.error.placeRequired': { en: 'A signed contract needs its signing place.', zh: '已签订的合同须填写签订地点。' },
  'contract.error.effectiveDateRequired': { en: 'A signed contract needs its effective date.', zh: '已签订的合同须填写生效日期。' },
  'contract.error.effectiveBeforeSigning': { en: 'The effective date cannot be before the signing date.', zh: '生效日期不能早于签订日期。' },
  'contract.error.custodianRequired': { en: 'A filed contract needs a named custodian.', zh: '已归档的合同须指定保管人。' },
  'contract.warning.clausesMissing': { en: 'Some standard clauses are not ticked.', zh: '部分标准条款尚未勾选。' },
  'contract.error.clauseNotesInvalid': { en: 'Clause notes must be one line per clause, such as “3. Delivery: FOB Ningbo”.', zh: '条款备注须每行一条，例如“3. 交货：FOB 宁波”。' },
  'contract.error.checkInvalid': { en: 'Use TRUE or FALSE.', zh: '请填写 TRUE 或 FALSE。' },

  // Follow-up tasks
  'followUp.type.visit': { en: 'Visit', zh: '拜访' },
  'followUp.type.call': { en: 'Call', zh: '电话' },
  'followUp.type.email': { en: 'Email', zh: '邮件' },
  'followUp.type.care': { en: 'Care', zh: '关怀' },
  'followUp.type.quote': { en: 'Quote', zh: '报价' },
  'followUp.type.sample': { en: 'Sample', zh: '寄样' },
  'followUp.type.winback': { en: 'Win-back offer', zh: '挽回报价' },
  'followUp.type.seniorVisit': { en: 'Senior visit', zh: '高层拜访' },
  'followUp.status.open': { en: 'Open', zh: '待办' },
  'followUp.status.done': { en: 'Done', zh: '已完成' },
  'followUp.status.cancelled': { en: 'Cancelled', zh: '已取消' },
  'followUp.source.manual': { en: 'Added by hand', zh: '手动添加' },
  'followUp.subject.customer': { en: 'Customer', zh: '客户' },
  'followUp.subject.prospect': { en: 'Prospect', zh: '潜在客户' },
  'rule.returnVisit': { en: 'Return visit: no visit or order within the interval', zh: '回访：间隔期内无拜访或订单' },
  'rule.prospectMonthly': { en: 'Open prospect: no recorded action this month', zh: '潜在客户：本月尚无跟进记录' },
  'rule.seniorVisit': { en: 'Key account: yearly senior visit', zh: '重点客户：每年高层拜访' },
  'rule.careBirthday': { en: 'Care: birthday greeting', zh: '关怀：生日问候' },
  'rule.careHoliday': { en: 'Care: holiday greeting', zh: '关怀：节日问候' },
  'rule.churn': { en: 'Lost customer: churn play', zh: '流失客户：挽回措施' },
  'report.added': { en: 'New tasks', zh: '新增任务' },
  'report.kept': { en: 'Kept as edited or done', zh: '保留（已编辑或已完成）' },
  'report.unchanged': { en: 'Already listed', zh: '已存在' },
  'holiday.springFestival': { en: 'Spring Festival', zh: '春节' },
  'holiday.christmas': { en: 'Christmas', zh: '圣诞节' },
  'holiday.newYear': { en: "New Year's Day", zh: '元旦' },

  // Funnel stages (docs/domain.md section 4)
  'stage.targetMarket': { en: 'Target market', zh: '目标市场' },
  'stage.potential': { en: 'Potential customer', zh: '潜在客户' },
  'stage.needsAnalysis': { en: 'Needs analysis', zh: '需求分析' },
  'stage.proposal': { en: 'Proposal', zh: '销售建议' },
  'stage.targetCustomer': { en: 'Target customer', zh: '目标客户' },
  'stage.deal': { en: 'Deal', zh: '成交' },
  'prospect.error.sameStage': { en: 'The prospect is already at this stage.', zh: '该潜在客户已处于此阶段。' },
  'prospect.error.stageSkip': { en: 'Move forward one stage at a time.', zh: '每次只能前进一个阶段。' },
  'prospect.error.dateBeforeLast': { en: 'The date is before the last recorded stage change.', zh: '日期早于上一次阶段变更。' },
  'prospect.error.closed': { en: 'The prospect is closed.', zh: '该潜在客户已关闭。' },

  // MAN qualification (docs/domain.md section 4)
  'man.MAN.meaning': { en: 'Ideal prospect', zh: '理想客户' },
  'man.MAN.play': { en: 'Pursue now', zh: '立即跟进' },
  'man.MAn.meaning': { en: 'Money and authority, no need yet', zh: '有购买力和决定权，暂无需求' },
  'man.MAn.play': { en: 'Uncover or create the need; keep in touch', zh: '发掘或创造需求，保持联系' },
  'man.MaN.meaning': { en: 'Money and need, not the decision maker', zh: '有购买力和需求，但不是决策者' },
  'man.MaN.play': { en: 'Find and reach the decision maker', zh: '找到并接触决策者' },
  'man.mAN.meaning': { en: 'Authority and need, short of money', zh: '有决定权和需求，但资金不足' },
  'man.mAN.play': { en: 'Offer terms, instalments, a smaller first order', zh: '提供付款条件、分期付款或小额首单' },
  'man.Man.meaning': { en: 'Money only', zh: '仅有购买力' },
  'man.Man.play': { en: 'Cultivate need and the decision maker; low priority', zh: '培养需求并寻找决策者；低优先级' },
  'man.mAn.meaning': { en: 'Authority only', zh: '仅有决定权' },
  'man.mAn.play': { en: 'Low priority; nurture', zh: '低优先级；长期培养' },
  'man.maN.meaning': { en: 'Need only', zh: '仅有需求' },
  'man.maN.play': { en: 'Find money and the decision maker; watch', zh: '寻找资金与决策者；持续关注' },
  'man.man.meaning': { en: 'None', zh: '三项均不具备' },
  'man.man.play': { en: 'Not a prospect now', zh: '暂不作为潜在客户' },

  // Churn (docs/domain.md section 5)
  'churn.dissatisfied.label': { en: 'Dissatisfied', zh: '不满意的客户' },
  'churn.dissatisfied.advice': {
    en: 'Contact and apologise, find the cause, fix the product or service (or change supplier)',
    zh: '主动沟通、拜访并致歉，了解不满原因，改进产品或服务（或更换供应商）',
  },
  'churn.competitor.label': { en: 'Lost to a competitor', zh: '竞争流失的客户' },
  'churn.competitor.advice': {
    en: "Decide by the customer's value whether to win it back (price, terms); differentiate; build contacts at several levels",
    zh: '根据客户价值决定是否以价格或优惠条件挽回；提供差异化服务；建立多层面的联系',
  },
  'churn.negativeValue.label': { en: 'Negative value', zh: '负价值的客户' },
  'churn.negativeValue.advice': { en: 'Spend less effort; phase out', zh: '减少精力投入，逐步放弃' },
  'churn.involuntary.label': { en: 'Left through no will of its own', zh: '无意离去的客户' },
  'churn.involuntary.advice': { en: 'Let go; no action (bankruptcy, force majeure)', zh: '放弃，不采取任何措施（破产、不可抗力等）' },
  'churn.task.apologiseCall': { en: 'Call to apologise and ask what went wrong', zh: '致电致歉并了解问题所在' },
  'churn.task.causeVisit': { en: 'Visit to agree how the cause will be fixed', zh: '上门拜访，商定改进方案' },
  'churn.task.winbackQuote': { en: 'Send a win-back offer (price, terms)', zh: '发送挽回报价（价格、条件）' },
  'churn.task.seniorVisit': { en: 'Senior visit to build contacts at several levels', zh: '高层拜访，建立多层面联系' },
  'churn.task.checkInCall': { en: 'One call to ask about the move and leave the door open', zh: '致电一次了解原因，保持联系' },

  // Prospect import
  'import.error.noUsableHeaders': {
    en: 'No column for company, name or email was found in the header row.',
    zh: '标题行中未找到公司、姓名或邮箱列。',
  },
  'import.invalid.noCompanyOrContact': { en: 'Row has neither a company nor a contact name.', zh: '该行既无公司名称也无联系人。' },
  'import.invalid.badEmail': { en: 'The email address is not valid.', zh: '邮箱地址无效。' },
  'import.duplicate.email': { en: 'Same email as an existing prospect.', zh: '邮箱与已有潜在客户重复。' },
  'import.duplicate.companyContact': { en: 'Same company and contact as an existing prospect.', zh: '公司与联系人与已有潜在客户重复。' },
} as const satisfies Record<string, Bilingual>;

export type WorkMessageId = keyof typeof WORK_MESSAGES;

export function workText(id: WorkMessageId, language: WorkLanguage): string {
  const message: Bilingual = WORK_MESSAGES[id];
  return language === 'zh-CN' ? message.zh : message.en;
}

export function isWorkMessageId(id: string): id is WorkMessageId {
  return Object.prototype.hasOwnProperty.call(WORK_MESSAGES, id);
}
