/** Traditional Chinese headers (Taiwan and Hong Kong exports) map as their Simplified counterparts do (docs/scoring.md, "Header mapping"). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { detectMapping } from '../../../src/domain/mapping/detectMapping';
import { FIELD_LABELS_HANT } from '../../../src/domain/mapping/fieldLabelsHant';
import { FOLDED_CHARACTERS, foldHan, hasTraditional } from '../../../src/domain/mapping/hanFold';
import { normaliseHeader } from '../../../src/domain/mapping/normaliseHeader';
import { CUSTOMER_SYNONYMS, ORDER_SYNONYMS, SURVEY_SYNONYMS, type SynonymSet } from '../../../src/domain/mapping/synonyms';

/** A zh-CN order sheet's header row and the same sheet as a Taiwan team exports it, written by hand (not by our table). */
const ORDERS_HANS = [
  '订单编号',
  '客户编号',
  '订单日期',
  '金额',
  '利润',
  '产品种类数',
  '产品线',
  '数量',
  '预付比例',
  '账期(天)',
  '备货完成日期',
  '出货日期',
  '收单日期',
  '付款日期',
  '议价轮次',
  '折扣',
  '索赔次数',
  '索赔金额',
  '合理解决索赔数',
  '应收账款',
  '结算状态',
  '币种',
];
const ORDERS_HANT = [
  '訂單編號',
  '客戶編號',
  '訂單日期',
  '金額',
  '利潤',
  '產品種類數',
  '產品線',
  '數量',
  '預付比例',
  '帳期(天)',
  '備貨完成日期',
  '出貨日期',
  '收單日期',
  '付款日期',
  '議價輪次',
  '折扣',
  '索賠次數',
  '索賠金額',
  '合理解決索賠數',
  '應收帳款',
  '結算狀態',
  '幣別',
];

const CUSTOMERS_HANS = [
  '客户编号',
  '客户名称',
  '国家',
  '联系人',
  '地址',
  '联系电话',
  '主营产品',
  '客户来源',
  '沟通状态',
  '业种',
  '业务员',
  '行业影响力(1-5)',
  '沟通评分(1-5)',
  '平均回复时间(小时)',
  '新品询盘数',
  '新品下单数',
  '信用指数',
  '期望销售占比',
  '联系人生日',
  '创建日期',
];
const CUSTOMERS_HANT = [
  '客戶編號',
  '客戶名稱',
  '國家',
  '聯絡人',
  '地址',
  '聯絡電話',
  '主營產品',
  '客戶來源',
  '溝通狀態',
  '業種',
  '業務員',
  '行業影響力(1-5)',
  '溝通評分(1-5)',
  '平均回覆時間(小時)',
  '新品詢盤數',
  '新品下單數',
  '信用指數',
  '期望銷售佔比',
  '聯絡人生日',
  '建立日期',
];

describe('foldHan', () => {
  it('folds Traditional characters to Simplified and leaves everything else as it is', () => {
    expect(foldHan('客戶編號')).toBe('客户编号');
    expect(foldHan('應收帳款')).toBe('应收账款');
    expect(foldHan('應收賬款')).toBe('应收账款');
    expect(foldHan('平均回覆時間')).toBe('平均回复时间');
    expect(foldHan('客户编号')).toBe('客户编号');
    expect(foldHan('Order Date 2026')).toBe('Order Date 2026');
    expect(foldHan('訂單')).not.toBe('訂單');
  });

  it('makes normaliseHeader treat both scripts alike', () => {
    expect(normaliseHeader('訂單金額（元）')).toBe(normaliseHeader('订单金额（元）'));
    expect(normaliseHeader('金額')).toBe('金额');
    expect(normaliseHeader('金額')).not.toBe(normaliseHeader('金'));
  });

  it('tells a Traditional header from a Simplified one', () => {
    expect(hasTraditional('訂單日期')).toBe(true);
    expect(hasTraditional('金額')).toBe(true);
    expect(hasTraditional('订单日期')).toBe(false);
    expect(hasTraditional('覆盖率')).toBe(false); // 覆 is also an ordinary Simplified character
    expect(hasTraditional('Amount')).toBe(false);
  });
});

const OPENCC = '/usr/bin/opencc';
function opencc(config: string, chars: readonly string[]): string[] {
  return execFileSync(OPENCC, ['-c', config], { input: chars.join('\n'), encoding: 'utf8' })
    .trimEnd()
    .split('\n');
}
const allSynonyms = [ORDER_SYNONYMS, CUSTOMER_SYNONYMS, SURVEY_SYNONYMS].flatMap((table) => Object.values(table as Record<string, SynonymSet>).flatMap((s) => [...s.strong, ...(s.weak ?? [])]));
const synonymChars = [...new Set(allSynonyms.join('').match(/\p{Script=Han}/gu) ?? [])];

// OpenCC (the independent converter Taiwan/HK software uses) checks the table when it is installed.
(existsSync(OPENCC) ? describe : describe.skip)('the fold table, checked against OpenCC', () => {
  it("covers every Traditional form (standard, Taiwan, Hong Kong) of every synonym's characters", () => {
    const missing: string[] = [];
    for (const config of ['s2t', 's2tw', 's2hk']) {
      const forms = opencc(config, synonymChars);
      expect(forms).toHaveLength(synonymChars.length);
      synonymChars.forEach((c, k) => {
        const form = forms[k] as string;
        if (foldHan(form) !== foldHan(c)) missing.push(`${c}->${form} (${config})`);
      });
    }
    expect(missing).toEqual([]);
  });

  it("folds each character as OpenCC's Traditional-to-Simplified does, but for the 帐/账 spelling and 覆/複 (as in 回覆)", () => {
    const simplified = opencc('t2s', FOLDED_CHARACTERS);
    const differing = FOLDED_CHARACTERS.filter((c, k) => foldHan(c) !== simplified[k]);
    expect(differing.sort()).toEqual(['帐', '帳', '覆'].sort());
    expect(opencc('t2s', ['帳', '覆', '複'])).toEqual(['帐', '覆', '复']);
  });
});

describe('Traditional headers map as Simplified ones', () => {
  it('a Taiwan order sheet header row gets the mapping of its Simplified counterpart, with the same confidence', () => {
    const hans = detectMapping([ORDERS_HANS], 'orders', '订单');
    const hant = detectMapping([ORDERS_HANT], 'orders', '訂單');
    expect(Object.keys(hans.mapping.columns)).toHaveLength(ORDERS_HANS.length);
    expect(hant.mapping.columns).toEqual(hans.mapping.columns);
    expect(hant.confidence).toEqual(hans.confidence);
  });

  it('a Taiwan customer sheet header row gets the mapping of its Simplified counterpart', () => {
    const hans = detectMapping([CUSTOMERS_HANS], 'customers', '客户');
    const hant = detectMapping([CUSTOMERS_HANT], 'customers', '客戶');
    expect(Object.keys(hans.mapping.columns)).toHaveLength(CUSTOMERS_HANS.length);
    expect(hant.mapping.columns).toEqual(hans.mapping.columns);
    expect(hant.confidence).toEqual(hans.confidence);
  });

  it('Taiwan and Hong Kong wording maps to its field', () => {
    const orders = detectMapping([['單號', '客戶代號', '接單日期', '營業額', '毛利', '銷貨成本', '數量', '票期', '出貨日', '收款日', '應收帳款', '幣別']], 'orders', '銷貨');
    expect(orders.mapping.columns).toEqual({
      orderId: 0,
      customerId: 1,
      orderDate: 2,
      amount: 3,
      profit: 4,
      cost: 5,
      quantity: 6,
      creditDays: 7,
      shippedDate: 8,
      paidDate: 9,
      arrears: 10,
      currency: 11,
    });
    const customers = detectMapping([['客編', '客戶簡稱', '聯絡窗口', '行動電話', '電子信箱', '業務代表', '行業別', '建檔日']], 'customers', '客戶資料');
    expect(customers.mapping.columns).toEqual({ customerId: 0, name: 1, contactPerson: 2, contactDetails: 3, businessType: 6, owner: 5, createdAt: 7 });
    expect(detectMapping([['銷貨單號', '銷貨日期', '銷貨金額', '未收帳款']], 'orders', 'S').mapping.columns).toEqual({ orderId: 0, orderDate: 1, amount: 2, arrears: 3 });
  });

  it('our own Traditional field labels map to their fields', () => {
    for (const [field, label] of Object.entries(FIELD_LABELS_HANT)) {
      const kind = field in ORDER_SYNONYMS ? 'orders' : field in CUSTOMER_SYNONYMS ? 'customers' : null;
      if (kind === null) continue;
      expect([field, detectMapping([[label]], kind, 'S').mapping.columns]).toEqual([field, { [field]: 0 }]);
    }
  });
});
