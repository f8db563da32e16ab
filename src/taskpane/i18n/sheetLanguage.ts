/** The workbook's language for what Tiers writes, as the pane decides it (docs/sheet-language.md). */
import { workbookLanguage, type SheetLanguage } from '../../output/language';
import type { Locale } from './messages';

/** The pane's language as a sheet language: what Tiers writes when nothing else decides. */
export const LOCALE_SHEET_LANGUAGE: Record<Locale, SheetLanguage> = { en: 'en', zh: 'zh-CN', 'zh-Hant': 'zh-TW' };

/** The saved choice, else the order headers' language when Chinese, else the pane's. */
export function paneSheetLanguage(saved: SheetLanguage | null, orderHeaders: readonly string[], locale: Locale): SheetLanguage {
  return workbookLanguage(saved, orderHeaders, LOCALE_SHEET_LANGUAGE[locale]);
}
