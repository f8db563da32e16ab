import { isTiersHeader, OWNED_COLUMNS, ownedHeader, ownedHeaderKey, ownedHeaders, staleHeader } from '../../src/output/ownedColumns';
import { OWNED_HEADER_WORDS, SHEET_LANGUAGES } from '../../src/output/sheetWords';

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
