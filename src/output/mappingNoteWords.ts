/**
 * The notes on a mapping that worked (MappingNote, src/domain/mapping/mappingNotes.ts) in the three
 * languages (docs/sheet-language.md, "The domain's notes"): shown in the pane's language in the run
 * summary, written in the workbook's language to the dashboard's notes. English is the domain's
 * mappingNoteEnglish, which the CLI keeps. Sheet names, headers and currency codes are the user's
 * and are shown as written.
 */
import { mappingNoteEnglish, type MappingNote } from '../domain/mapping/mappingNotes';
import type { SheetLanguage } from './language';
import { refusalText, type FieldWord } from './problemWords';
import type { ChineseSheetLanguage } from './sheetWords';

/** How a figure is written (the pane passes its number format); plain digits by default. */
export interface MappingNoteOptions {
  number?: (n: number) => string;
  fieldWord?: FieldWord;
}

type Wording = { [C in MappingNote['code']]: (n: Extract<MappingNote, { code: C }>, o: Required<Pick<MappingNoteOptions, 'number'>> & MappingNoteOptions) => string };

export const MAPPING_NOTE_WORDS: Record<ChineseSheetLanguage, Wording> = {
  'zh-CN': {
    'duplicate-header': (n) => `工作表“${n.sheet}”：${n.columns.join('、')} 列的表头相同（“${n.header}”）；使用 ${n.used} 列。`,
    'rates-row-unreadable': (n, o) => `工作表“${n.sheet}”第 ${o.number(n.row)} 行：${n.currency} 没有大于零的汇率，已略过。`,
    'rates-sheet-no-header': (n) => `工作表“${n.sheet}”没有同时含币种列和汇率列的表头行，未读取其中的汇率。`,
    'currency-converted': (n, o) => `${n.currencies.join('、')} 的金额已按汇率折算为${n.base ?? '本位币'}（${n.rates.map(([k, r]) => `${k} ${o.number(r)}`).join('、')}；共 ${o.number(n.rows)} 行）。`,
    'customer-sheet-empty': (n) => `工作表“${n.sheet}”没有客户行；客户取自订单表。`,
    'survey-not-mapped': (n, o) => `未读取满意度调查表：${refusalText(n.refusal, 'zh-CN', o.fieldWord)}`,
  },
  'zh-TW': {
    'duplicate-header': (n) => `工作表「${n.sheet}」：${n.columns.join('、')} 欄的標題相同（「${n.header}」）；使用 ${n.used} 欄。`,
    'rates-row-unreadable': (n, o) => `工作表「${n.sheet}」第 ${o.number(n.row)} 列：${n.currency} 沒有大於零的匯率，已略過。`,
    'rates-sheet-no-header': (n) => `工作表「${n.sheet}」沒有同時含幣別欄和匯率欄的標題列，未讀取其中的匯率。`,
    'currency-converted': (n, o) => `${n.currencies.join('、')} 的金額已依匯率換算為${n.base ?? '本位幣'}（${n.rates.map(([k, r]) => `${k} ${o.number(r)}`).join('、')}；共 ${o.number(n.rows)} 列）。`,
    'customer-sheet-empty': (n) => `工作表「${n.sheet}」沒有客戶列；客戶取自訂單表。`,
    'survey-not-mapped': (n, o) => `未讀取滿意度調查表：${refusalText(n.refusal, 'zh-TW', o.fieldWord)}`,
  },
};

/** A mapping note in the language. */
export function mappingNoteText(n: MappingNote, language: SheetLanguage, options: MappingNoteOptions = {}): string {
  if (language === 'en') return mappingNoteEnglish(n);
  const word = MAPPING_NOTE_WORDS[language][n.code] as (n: MappingNote, o: Required<Pick<MappingNoteOptions, 'number'>> & MappingNoteOptions) => string;
  return word(n, { ...options, number: options.number ?? String });
}
