/** Traditional Chinese headers (Taiwan and Hong Kong exports) map as their Simplified counterparts do (docs/scoring.md, "Header mapping"). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { detectMapping } from '../../../src/domain/mapping/detectMapping';
import { FIELD_LABELS_HANT } from '../../../src/domain/mapping/fieldLabelsHant';
import { FOLDED_CHARACTERS, foldHan, hasTraditional } from '../../../src/domain/mapping/hanFold';
import { normaliseHeader } from '../../../src/domain/mapping/normaliseHeader';
import { CUSTOMER_SYNONYMS, ORDER_SYNONYMS, SURVEY_SYNONYMS, type SynonymSet } from '../../../src/domain/mapping/synonyms';
import { customerHeaders, orderHeaders } from '../../../src/sample/headers';

/**
 * The sample's Simplified headers and the same columns as a Taiwan team heads them: the sample
 * generator's (src/sample/headers.ts), written there by hand, not by our fold table, and shared
 * with test/cli/traditionalHeaders.test.ts.
 */
const ORDERS_HANS = orderHeaders('zh');
const ORDERS_HANT = orderHeaders('zh-TW');
const CUSTOMERS_HANS = customerHeaders('zh');
const CUSTOMERS_HANT = customerHeaders('zh-TW');
/** Other wording of the same columns than the sample's, in both scripts, also written by hand. */
const OTHER_ORDERS_HANS = ['出货日期', '收单日期', '应收账款', '币种'];
const OTHER_ORDERS_HANT = ['出貨日期', '收單日期', '應收帳款', '幣別'];
const OTHER_CUSTOMERS_HANS = ['客户编号', '客户名称', '国家', '联系电话', '业务员', '平均回复时间(小时)', '新品询盘数', '创建日期'];
const OTHER_CUSTOMERS_HANT = ['客戶編號', '客戶名稱', '國家', '聯絡電話', '業務員', '平均回覆時間(小時)', '新品詢盤數', '建立日期'];

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
    for (const [hansRow, hantRow] of [
      [ORDERS_HANS, ORDERS_HANT],
      [OTHER_ORDERS_HANS, OTHER_ORDERS_HANT],
    ] as const) {
      const hans = detectMapping([hansRow], 'orders', '订单');
      const hant = detectMapping([hantRow], 'orders', '訂單');
      expect(Object.keys(hans.mapping.columns)).toHaveLength(hansRow.length);
      expect(hant.mapping.columns).toEqual(hans.mapping.columns);
      expect(hant.confidence).toEqual(hans.confidence);
    }
  });

  it('a Taiwan customer sheet header row gets the mapping of its Simplified counterpart', () => {
    for (const [hansRow, hantRow] of [
      [CUSTOMERS_HANS, CUSTOMERS_HANT],
      [OTHER_CUSTOMERS_HANS, OTHER_CUSTOMERS_HANT],
    ] as const) {
      const hans = detectMapping([hansRow], 'customers', '客户');
      const hant = detectMapping([hantRow], 'customers', '客戶');
      expect(Object.keys(hans.mapping.columns)).toHaveLength(hansRow.length);
      expect(hant.mapping.columns).toEqual(hans.mapping.columns);
      expect(hant.confidence).toEqual(hans.confidence);
    }
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
