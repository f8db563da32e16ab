import { isTiersHeader, OWNED_COLUMNS, ownedHeader, ownedHeaderKey, ownedHeaders, ratingText, staleHeader } from '../../src/output/ownedColumns';
import { INDICATOR_WORDS, OWNED_HEADER_WORDS, SHEET_LANGUAGES } from '../../src/output/sheetWords';
import { TWELVE_INDICATORS } from '../../src/domain/indicators/twelve';

describe('owned column headers in every sheet language', () => {
  it('has a Chinese header for every owned column, distinct within each language', () => {
    for (const language of ['zh-CN', 'zh-TW'] as const) {
      expect(Object.keys(OWNED_HEADER_WORDS[language]).sort()).toEqual(
        OWNED_COLUMNS.filter((s) => !s.headerIn)
          .map((s) => s.key)
          .sort(),
      );
    }
    for (const language of SHEET_LANGUAGES) {
      const headers = ownedHeaders('profit', language);
      expect(new Set(headers).size).toBe(OWNED_COLUMNS.length);
      expect(headers.every((h) => h.trim().length > 0)).toBe(true);
    }
    expect(ownedHeaders('sales', 'zh-CN')).not.toEqual(ownedHeaders('sales', 'en'));
    expect(ownedHeaders('sales', 'zh-TW')).not.toEqual(ownedHeaders('sales', 'zh-CN'));
  });

  it('recognises every header of every language, basis and stale mark as its column', () => {
    for (const written of SHEET_LANGUAGES) {
      for (const spec of OWNED_COLUMNS) {
        for (const basis of ['profit', 'sales'] as const) {
          const header = ownedHeader(spec, basis, written);
          expect(ownedHeaderKey(header)).toBe(spec.key);
          for (const marked of SHEET_LANGUAGES) expect(ownedHeaderKey(staleHeader(header, marked))).toBe(spec.key);
        }
      }
    }
    // A CLV header from an earlier version, without a basis, and with another language's basis word.
    expect(ownedHeaderKey('Tiers CLV')).toBe('clv');
    expect(ownedHeaderKey('Tiers 客户终身价值 (sales)')).toBe('clv');
  });

  it("does not take a team's own headers for ours", () => {
    for (const h of ['Tier', 'Score', '等级', '客户等级', 'ABC', 'Tiers', 'Tiers tier2', 'Customer id', '', null, 3, true]) expect(isTiersHeader(h)).toBe(false);
  });
});

describe('words inside the owned cells', () => {
  it('names the missing inputs of a rating in the sheet language; a custom indicator keeps its own name', () => {
    const margin = TWELVE_INDICATORS.find((d) => d.id === 'profitMargin')!;
    const r = { status: 'not-enough-data' as const, missingInputs: [margin.label, 'Our own measure'] };
    expect(ratingText(r)).toBe(`not enough data: missing ${margin.label}, Our own measure`);
    expect(ratingText(r, 'zh-CN')).toBe(`数据不足：缺少${INDICATOR_WORDS['zh-CN'].profitMargin}、Our own measure`);
    expect(ratingText(r, 'zh-TW')).toBe(`資料不足：缺少${INDICATOR_WORDS['zh-TW'].profitMargin}、Our own measure`);
  });

  it('has a Chinese name for every built-in indicator of the twelve', () => {
    for (const language of ['zh-CN', 'zh-TW'] as const) for (const d of TWELVE_INDICATORS) expect(INDICATOR_WORDS[language][d.id]).toMatch(/\p{Script=Han}/u);
  });
});
