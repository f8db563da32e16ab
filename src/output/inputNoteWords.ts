/**
 * What reading the workbook found worth saying before the scoring (the adapter's readWorkbookInputs):
 * a hidden sheet read, a customer list without an id column passed over, a saved column mapping
 * that no longer fits. As codes, worded in the three languages (docs/i18n.md, "Run notes"): the pane
 * shows them in its language with the run's summary; English is what the adapter's and the CLI's
 * warnings say. Sheet names and headers are the user's and are shown as written.
 */
import { FIELD_LABELS } from '../domain/mapping/fieldLabels';
import { DERIVED_CUSTOMERS_SHEET } from './sheets';
import type { SheetLanguage } from './language';
import type { FieldWord } from './problemWords';
import type { ChineseSheetLanguage } from './sheetWords';

export type InputNote =
  /** The order or customer sheet the run used is hidden (read and scored all the same). */
  | { code: 'hidden-sheet-read'; sheet: string; role: 'orders' | 'customers' }
  /** A sheet that looks like a customer list has no customer id column; customers came from the orders. */
  | { code: 'customer-sheet-without-id'; sheet: string; headers: string[]; moreHeaders: boolean }
  /** A saved column mapping points at a column with no data; the columns were detected again. */
  | { code: 'saved-mapping-dropped'; sheet: string; field: string }
  /** The record of the last run (which columns and sheets Tiers wrote) could not be read; Tiers' own columns were found by their headers instead. */
  | { code: 'run-state-unreadable' };

const quoted = (headers: readonly string[], open: string, close: string, comma: string, more: boolean): string => headers.map((h) => `${open}${h}${close}`).join(comma) + (more ? `${comma}...` : '');

function englishField(field: string): string {
  return (FIELD_LABELS as Record<string, { en: string } | undefined>)[field]?.en ?? field;
}

export function inputNoteEnglish(n: InputNote): string {
  switch (n.code) {
    case 'hidden-sheet-read':
      return `The ${n.role === 'orders' ? 'order' : 'customer'} sheet "${n.sheet}" is hidden; it was read and scored anyway (a hidden sheet still holds data). Unhide it to see the rows scored.`;
    case 'customer-sheet-without-id':
      return (
        `Sheet "${n.sheet}" has no column recognised as the customer id (headers seen: ${quoted(n.headers, '"', '"', ', ', n.moreHeaders)}); ` +
        `customers were taken from the orders onto "${DERIVED_CUSTOMERS_SHEET}". Name the id column "Customer ID" (客户编号) to score that sheet's rows in place.`
      );
    case 'saved-mapping-dropped':
      return `The saved column mapping no longer fits sheet "${n.sheet}" (column "${englishField(n.field)}" is empty); columns were detected again.`;
    case 'run-state-unreadable':
      return 'The saved Tiers run state was unreadable; owned columns are found by their names and headers.';
  }
}

type Wording = { [C in InputNote['code']]: (n: Extract<InputNote, { code: C }>, field: FieldWord) => string };

export const INPUT_NOTE_WORDS: Record<ChineseSheetLanguage, Wording> = {
  'zh-CN': {
    'hidden-sheet-read': (n) => `${n.role === 'orders' ? '订单' : '客户'}表“${n.sheet}”是隐藏的，仍已读取并评分（隐藏的工作表仍有数据）。取消隐藏即可看到评分的行。`,
    'customer-sheet-without-id': (n) =>
      `工作表“${n.sheet}”没有可识别为客户编号的列（看到的表头：${quoted(n.headers, '“', '”', '、', n.moreHeaders)}）；客户取自订单表，写入“${DERIVED_CUSTOMERS_SHEET}”。把编号列命名为“客户编号”，即可在该表的行上评分。`,
    'saved-mapping-dropped': (n, field) => `已保存的列对应与工作表“${n.sheet}”不再相符（“${field(n.field)}”列为空）；已重新识别各列。`,
    'run-state-unreadable': () => '已保存的 Tiers 上次运行记录无法读取；Tiers 的列按列名和表头查找。',
  },
  'zh-TW': {
    'hidden-sheet-read': (n) => `${n.role === 'orders' ? '訂單' : '客戶'}表「${n.sheet}」是隱藏的，仍已讀取並評分（隱藏的工作表仍有資料）。取消隱藏即可看到評分的列。`,
    'customer-sheet-without-id': (n) =>
      `工作表「${n.sheet}」沒有可辨識為客戶編號的欄（看到的標題：${quoted(n.headers, '「', '」', '、', n.moreHeaders)}）；客戶取自訂單表，寫入「${DERIVED_CUSTOMERS_SHEET}」。把編號欄命名為「客戶編號」，即可在該表的列上評分。`,
    'saved-mapping-dropped': (n, field) => `已儲存的欄對應與工作表「${n.sheet}」不再相符（「${field(n.field)}」欄為空）；已重新辨識各欄。`,
    'run-state-unreadable': () => '已儲存的 Tiers 上次執行記錄無法讀取；Tiers 的欄按欄名和標題尋找。',
  },
};

/** A note in the language; `field` words a field in it (the pane passes its own labels). */
export function inputNoteText(n: InputNote, language: SheetLanguage, field: FieldWord = englishField): string {
  if (language === 'en') return inputNoteEnglish(n);
  const word = INPUT_NOTE_WORDS[language][n.code] as (n: InputNote, field: FieldWord) => string;
  return word(n, field);
}
