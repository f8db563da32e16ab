/** The workbook's language from the order headers (docs/sheet-language.md, "Which language"). */
import { sheetLanguage, workbookLanguage } from '../../src/output/language';
import { orderHeaders } from '../../src/sample/headers';

describe('sheetLanguage', () => {
  it('reads Taiwan and Hong Kong order headers as zh-TW, Simplified ones as zh-CN, others as English', () => {
    expect(sheetLanguage(['訂單編號', '客戶編號', '訂單日期', '金額'])).toBe('zh-TW');
    expect(sheetLanguage(['單號', '客戶代號', '日期', '營業額'])).toBe('zh-TW');
    expect(sheetLanguage(['日期', '金額', 1, null])).toBe('zh-TW'); // one Traditional character is enough
    expect(sheetLanguage(['出貨日', '應收帳款'])).toBe('zh-TW');
    expect(sheetLanguage(orderHeaders('zh'))).toBe('zh-CN');
    expect(sheetLanguage(['日期', '覆盖率', '帐期'])).toBe('zh-CN'); // 覆 and 帐 are Simplified too
    expect(sheetLanguage(orderHeaders('en'))).toBe('en');
  });

  it('lets a chosen language win over the headers', () => {
    expect(workbookLanguage(null, ['訂單日期', '金額'], 'en')).toBe('zh-TW');
    expect(workbookLanguage('zh-CN', ['訂單日期', '金額'])).toBe('zh-CN');
  });
});
