/**
 * The pane's text in English and Simplified Chinese. Every key must exist in both catalogues: the
 * `zh` object is typed against `en`, so a missing translation is a type error.
 * Placeholders are written {name} and filled by `format`.
 */
export const en = {
  appTitle: 'Tiers',
  appTagline: 'Customer value scores and tiers from your own sheets',
  language: 'Language',
  findSheets: 'Find sheets',
  sheetsLabel: 'Sheets',
  sheetSize: '{name}: {rows} rows × {columns} columns',
  unexpectedError: 'Something went wrong: {message}',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

export const zh: Catalogue = {
  appTitle: 'Tiers 客户分级',
  appTagline: '用您自己的表格计算客户价值评分与等级',
  language: '语言',
  findSheets: '查找工作表',
  sheetsLabel: '工作表',
  sheetSize: '{name}：{rows} 行 × {columns} 列',
  unexpectedError: '出错了：{message}',
};

export type Locale = 'en' | 'zh';

export const catalogues: Record<Locale, Catalogue> = { en, zh };

/** Office display languages starting with "zh" get Chinese; everything else English. */
export function localeFromDisplayLanguage(displayLanguage: string | null | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
