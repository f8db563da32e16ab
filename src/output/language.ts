/**
 * The language of the sheets Tiers writes beside a workbook's data: the language of the order
 * sheet's headers (docs/products.md, "Output"). Chinese headers with a traditional-only character
 * give zh-TW (hasTraditional: the header characters' Traditional forms), other Chinese headers zh-CN, anything else English.
 */
import { hasTraditional } from '../domain/mapping/hanFold';
import type { CellValue } from '../domain/model';
import type { PlanLanguage } from '../domain/plans/table';

export type SheetLanguage = PlanLanguage;

const HAN = /\p{Script=Han}/u;

export function sheetLanguage(headers: readonly CellValue[]): SheetLanguage {
  const text = headers.filter((h) => typeof h === 'string').join(' ');
  if (!HAN.test(text)) return 'en';
  return hasTraditional(text) ? 'zh-TW' : 'zh-CN';
}

/**
 * The workbook's language for everything Tiers writes (docs/sheet-language.md): the one a manager
 * chose (saved in the workbook's settings, or the CLI's --lang), else the data headers' when they
 * are Chinese, else the display language (Office's, for the pane), else English.
 */
export function workbookLanguage(chosen: SheetLanguage | null | undefined, headers: readonly CellValue[], display?: SheetLanguage): SheetLanguage {
  if (chosen) return chosen;
  const fromHeaders = sheetLanguage(headers);
  return fromHeaders !== 'en' ? fromHeaders : (display ?? 'en');
}

/** An Office display language tag ("zh-CN", "zh-HK", "zh-Hant-TW", "en-US") as a sheet language. */
export function displaySheetLanguage(tag: string | undefined): SheetLanguage {
  const t = (tag ?? '').toLowerCase();
  if (!t.startsWith('zh')) return 'en';
  return /hant|-tw|-hk|-mo/.test(t) ? 'zh-TW' : 'zh-CN';
}
