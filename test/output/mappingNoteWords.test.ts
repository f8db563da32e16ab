/**
 * Every note on a mapping that worked (MappingNote) in every language, with its figures
 * (src/output/mappingNoteWords.ts), and the notes analyseWorkbook returns for a duplicate header,
 * a rates sheet's bad row and a currency conversion.
 */
import { analyseWorkbook } from '../../src/domain/analyse';
import { MAPPING_NOTE_CODES, mappingNoteEnglish, type MappingNote } from '../../src/domain/mapping/mappingNotes';
import { REFUSAL_CODES } from '../../src/domain/refusals';
import { MAPPING_NOTE_WORDS, mappingNoteText } from '../../src/output/mappingNoteWords';
import { SHEET_LANGUAGES } from '../../src/output/sheetWords';

const SHEET = '订单表';
// One note per code; the mapped type makes a code added to the union without an example here fail to compile.
const examples: { [C in MappingNote['code']]: Extract<MappingNote, { code: C }> } = {
  'duplicate-header': { code: 'duplicate-header', sheet: SHEET, header: '金额', columns: ['C', 'F'], used: 'C' },
  'rates-row-unreadable': { code: 'rates-row-unreadable', sheet: '汇率', row: 417, currency: 'EUR' },
  'rates-sheet-no-header': { code: 'rates-sheet-no-header', sheet: '汇率' },
  'currency-converted': {
    code: 'currency-converted',
    currencies: ['CNY', 'EUR', 'USD'],
    base: 'CNY',
    rates: [
      ['EUR', 7.8],
      ['USD', 7.1],
    ],
    rows: 2_345,
  },
  'customer-sheet-empty': { code: 'customer-sheet-empty', sheet: '客户' },
  'survey-not-mapped': { code: 'survey-not-mapped', refusal: { code: 'missing-column', values: { sheet: '调查', field: 'customerId', seen: '' } } },
};

/** The figures and the user's own words each note must show, as written. */
function figures(n: MappingNote): string[] {
  switch (n.code) {
    case 'duplicate-header':
      return [n.sheet, n.header, ...n.columns];
    case 'rates-row-unreadable':
      return [n.sheet, String(n.row), n.currency];
    case 'currency-converted':
      return [...n.currencies, ...n.rates.map(([, r]) => String(r)), String(n.rows)];
    case 'survey-not-mapped':
      return [String(n.refusal.values.sheet)];
    default:
      return [n.sheet];
  }
}

/** Currency codes and column letters are the user's; anything else in Latin letters is English left in. */
const USER_LATIN = /\b(CNY|EUR|USD|[A-Z])\b/g;
const SIMPLIFIED_ONLY = /[户单订额币汇读没时该无这说请应关务级权价统设码种]/;
const TRADITIONAL_ONLY = /[戶單訂額幣匯讀沒時該無這說請應關務級權價統設碼種]/;
const codeNames = [...MAPPING_NOTE_CODES, ...REFUSAL_CODES].filter((c) => c.includes('-'));

describe('mapping notes in every language', () => {
  it('has an example for every code, and words for every code in each Chinese catalogue', () => {
    expect(Object.keys(examples).sort()).toEqual([...MAPPING_NOTE_CODES].sort());
    for (const language of ['zh-CN', 'zh-TW'] as const) expect(Object.keys(MAPPING_NOTE_WORDS[language]).sort()).toEqual([...MAPPING_NOTE_CODES].sort());
  });

  it.each(MAPPING_NOTE_CODES.flatMap((code) => SHEET_LANGUAGES.map((language) => [code, language] as const)))('%s in %s', (code, language) => {
    const note = examples[code];
    const text = mappingNoteText(note, language);
    if (language === 'en') expect(text).toBe(mappingNoteEnglish(note));
    expect(text.trim().length).toBeGreaterThan(10);
    expect(text).not.toMatch(/NaN|undefined|null|\[object|[{}]/);
    for (const f of figures(note)) expect({ code, language, f, has: text.includes(f) }).toEqual({ code, language, f, has: true });
    for (const name of codeNames) expect(text).not.toContain(name);
    // A field by its name, never its id.
    expect(text).not.toContain('customerId');
    if (language === 'en') return;
    expect(text).toMatch(/\p{Script=Han}/u);
    expect({ code, latin: text.replace(USER_LATIN, '').match(/[A-Za-z]+/g) }).toEqual({ code, latin: null });
    // Our words in the language's own script (sheet names and headers are the user's, as written).
    const ours = figures(note).reduce((t, f) => t.split(f).join(''), text);
    expect({ code, ours }).not.toEqual({ code, ours: expect.stringMatching(language === 'zh-TW' ? SIMPLIFIED_ONLY : TRADITIONAL_ONLY) });
  });

  it('writes figures with the caller number format (the pane passes its own)', () => {
    const text = mappingNoteText(examples['currency-converted'], 'zh-TW', { number: (n) => n.toLocaleString('en-US') });
    expect(text).toContain('2,345');
    expect(text).toBe('CNY、EUR、USD 的金額已依匯率換算為CNY（EUR 7.8、USD 7.1；共 2,345 列）。');
  });

  it('is what analyseWorkbook returns: a duplicate header, a bad rates row, a conversion; the English is its messages', () => {
    const analysis = analyseWorkbook({
      orders: {
        sheet: '订单',
        grid: [
          ['客户编号', '订单日期', '金额', '币种', '金额'],
          ['C1', '2024-03-01', 10, 'USD', 1],
          ['C1', '2024-03-02', 20, 'CNY', 2],
        ],
      },
      rates: {
        sheet: '汇率',
        grid: [
          ['币种', '汇率'],
          ['USD', 7],
          ['EUR', 'x'],
        ],
      },
      currency: { base: 'CNY', rates: {} },
    });
    expect(analysis.refused).toBeNull();
    expect(analysis.notes).toEqual([
      { code: 'duplicate-header', sheet: '订单', header: '金额', columns: ['C', 'E'], used: 'C' },
      { code: 'rates-row-unreadable', sheet: '汇率', row: 3, currency: 'EUR' },
      { code: 'currency-converted', currencies: ['CNY', 'USD'], base: 'CNY', rates: [['USD', 7]], rows: 1 },
    ]);
    expect(analysis.messages).toEqual(analysis.notes.map(mappingNoteEnglish));
    expect(analysis.messages[0]).toBe('Sheet "订单": columns C, E have the same header "金额"; using column C.');
    expect(analysis.notes.map((n) => mappingNoteText(n, 'zh-CN'))).toEqual([
      '工作表“订单”：C、E 列的表头相同（“金额”）；使用 C 列。',
      '工作表“汇率”第 3 行：EUR 没有大于零的汇率，已略过。',
      'CNY、USD 的金额已按汇率折算为CNY（USD 7；共 1 行）。',
    ]);
  });
});
