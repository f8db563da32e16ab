/** Office's display language picks the pane's language; every catalogue has every key, filled. */
import { FIELD_LABELS } from '../../../src/domain/mapping/fieldLabels';
import { WORK_MESSAGES } from '../../../src/domain/work';
import { pickText, fieldName } from '../../../src/taskpane/i18n/domainText';
import { en, loadCatalogue, loadedCatalogue, localeFromDisplayLanguage } from '../../../src/taskpane/i18n/messages';
import { catalogues } from '../../support/catalogues';
import { rfmSegmentLabel } from '../../../src/taskpane/i18n/labels';
import { workEn } from '../../../src/taskpane/work/messages';
import { workZhHant } from '../../../src/taskpane/work/messagesHant';
import { RFM_OTHERS, RFM_SEGMENTS } from '../../../src/domain/segments/rfm';

describe('localeFromDisplayLanguage', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh-SG', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['zh', 'zh'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['ZH-tw', 'zh-Hant'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['zu-ZA', 'en'],
    [null, 'en'],
  ])('%s reads %s', (display, locale) => {
    expect(localeFromDisplayLanguage(display)).toBe(locale);
  });
});

describe('catalogues', () => {
  it('fill every key in every language with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect({ locale, key, filled: catalogue[key].length > 0 }).toEqual({ locale, key, filled: true });
        expect({ locale, key, placeholders: placeholders(catalogue[key]) }).toEqual({ locale, key, placeholders: placeholders(en[key]) });
      }
    }
    for (const key of Object.keys(workEn) as (keyof typeof workEn)[]) expect(placeholders(workZhHant[key])).toEqual(placeholders(workEn[key]));
  });

  it('Traditional Chinese is not the Simplified text: the characters that differ are converted', () => {
    expect(catalogues['zh-Hant'].viewCustomer).toBe('客戶');
    expect(catalogues['zh-Hant'].tierLead).toBe('鉛');
    const simplifiedOnly = /[户级权单价统计设态码务订铅关应这说请]/;
    for (const text of Object.values(catalogues['zh-Hant'])) expect(text).not.toMatch(simplifiedOnly);
    for (const text of Object.values(workZhHant)) expect(text).not.toMatch(simplifiedOnly);
  });

  it('domain text and field names in each language', () => {
    const clause = WORK_MESSAGES['clause.quality.label'];
    expect([pickText('en', clause), pickText('zh', clause), pickText('zh-Hant', clause)]).toEqual(['Quality requirements', '质量要求', '品質要求']);
    expect(pickText('zh-Hant', { ...WORK_MESSAGES['stage.potential'] })).toBe('潛在客戶');
    expect(fieldName('zh-Hant', 'customerId')).toBe('客戶編號');
    expect(fieldName('en', 'customerId')).toBe(FIELD_LABELS.customerId.en);
    expect(fieldName('zh', 'notAField')).toBe('notAField');
  });

  it('names every RFM segment in every language', () => {
    const names = [...RFM_SEGMENTS.map((r) => r.name), RFM_OTHERS];
    const label = (locale: keyof typeof catalogues) => names.map((name) => rfmSegmentLabel((key) => catalogues[locale][key], name));
    expect(label('zh')).toEqual(['重要价值客户', '潜在忠诚客户', '忠诚客户', '有潜力客户', '新客户', '不可流失客户', '流失风险客户', '需要关注客户', '即将沉睡客户', '已流失客户', '其他']);
    expect(label('zh-Hant')).toEqual(['重要價值客戶', '潛在忠誠客戶', '忠誠客戶', '有潛力客戶', '新客戶', '不可流失客戶', '流失風險客戶', '需要關注客戶', '即將沉睡客戶', '已流失客戶', '其他']);
    expect(label('en')).toContain('Can’t lose them');
  });
});

describe('loading a catalogue', () => {
  it('has English and Simplified at once and fetches Traditional Chinese on demand', async () => {
    expect(loadedCatalogue('en')).toBe(en);
    expect(loadedCatalogue('zh')).toBe(catalogues.zh);
    expect(loadedCatalogue('zh-Hant')).toBeNull();
    await expect(loadCatalogue('zh-Hant')).resolves.toBe(catalogues['zh-Hant']);
    expect(loadedCatalogue('zh-Hant')).toBe(catalogues['zh-Hant']);
  });
});
