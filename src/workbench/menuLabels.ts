/** The words of the grid's header dropdown (FilterMenu.tsx) in the workbench's display language, as Excel's own menus follow Office's. */
type LabelKey = 'dialog' | 'sortUp' | 'sortDown' | 'clear' | 'values' | 'all' | 'blanks' | 'ok' | 'cancel' | 'more' | 'filter';
export type MenuLabels = Record<LabelKey, string>;

const LABELS: Record<'en' | 'zh-CN' | 'zh-TW', MenuLabels> = {
  en: {
    dialog: 'Sort and filter “{header}”',
    sortUp: 'Sort A to Z',
    sortDown: 'Sort Z to A',
    clear: 'Clear filter from “{header}”',
    values: 'Filter by values',
    all: '(Select all)',
    blanks: '(Blanks)',
    ok: 'OK',
    cancel: 'Cancel',
    more: 'Showing the first {count} values.',
    filter: 'Filter',
  },
  'zh-CN': {
    dialog: '排序和筛选“{header}”',
    sortUp: '升序',
    sortDown: '降序',
    clear: '从“{header}”中清除筛选',
    values: '按值筛选',
    all: '(全选)',
    blanks: '(空白)',
    ok: '确定',
    cancel: '取消',
    more: '仅显示前 {count} 个值。',
    filter: '筛选',
  },
  'zh-TW': {
    dialog: '排序與篩選「{header}」',
    sortUp: '從 A 到 Z 排序',
    sortDown: '從 Z 到 A 排序',
    clear: '清除「{header}」的篩選',
    values: '依值篩選',
    all: '(全選)',
    blanks: '(空格)',
    ok: '確定',
    cancel: '取消',
    more: '僅顯示前 {count} 個值。',
    filter: '篩選',
  },
};

/** zh-TW, zh-HK and zh-MO (and any Hant tag) read Traditional Chinese; other zh tags Simplified; anything else English. */
export function menuLabels(language: string): MenuLabels {
  const l = language.toLowerCase();
  if (l.startsWith('zh-tw') || l.startsWith('zh-hk') || l.startsWith('zh-mo') || l.includes('hant')) return LABELS['zh-TW'];
  if (l.startsWith('zh')) return LABELS['zh-CN'];
  return LABELS.en;
}
