/**
 * The grid's header dropdown, as Excel's filter button opens it: Sort A to Z, Sort Z to A, clear
 * the column's filter, and a list of the column's values to keep. Labels follow the workbench's
 * display language, as Excel's own menus do. A dialog: focus moves in, Escape closes it and focus
 * goes back to the button.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Sheet, Workbook } from '../simulator/model';
import { columnCriteria, filterBy, sortBy, valueChoices, type FilterRegion } from './filterRegion';

type LabelKey = 'dialog' | 'sortUp' | 'sortDown' | 'clear' | 'values' | 'all' | 'blanks' | 'ok' | 'cancel' | 'more';
export type MenuLabels = Record<LabelKey, string>;

const LABELS: Record<'en' | 'zh-CN' | 'zh-TW', MenuLabels> = {
  en: { dialog: 'Sort and filter “{header}”', sortUp: 'Sort A to Z', sortDown: 'Sort Z to A', clear: 'Clear filter from “{header}”', values: 'Filter by values', all: '(Select all)', blanks: '(Blanks)', ok: 'OK', cancel: 'Cancel', more: 'Showing the first {count} values.' },
  'zh-CN': { dialog: '排序和筛选“{header}”', sortUp: '升序', sortDown: '降序', clear: '从“{header}”中清除筛选', values: '按值筛选', all: '(全选)', blanks: '(空白)', ok: '确定', cancel: '取消', more: '仅显示前 {count} 个值。' },
  'zh-TW': { dialog: '排序與篩選「{header}」', sortUp: '從 A 到 Z 排序', sortDown: '從 Z 到 A 排序', clear: '清除「{header}」的篩選', values: '依值篩選', all: '(全選)', blanks: '(空格)', ok: '確定', cancel: '取消', more: '僅顯示前 {count} 個值。' },
};

export function menuLabels(language: string): MenuLabels {
  const l = language.toLowerCase();
  if (l.startsWith('zh-tw') || l.startsWith('zh-hk') || l.startsWith('zh-mo') || l.includes('hant')) return LABELS['zh-TW'];
  if (l.startsWith('zh')) return LABELS['zh-CN'];
  return LABELS.en;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** Values listed at most (Excel lists 10,000); the rest stay as the filter has them. */
const MAX_LISTED = 1_000;

export interface FilterMenuProps {
  workbook: Workbook;
  sheet: Sheet;
  region: FilterRegion;
  column: number;
  header: string;
  /** The button that opened the menu: the menu sits under it, and focus returns to it. */
  anchor: HTMLElement;
  language: string;
  onClose(): void;
}

export function FilterMenu({ workbook, sheet, region, column, header, anchor, language, onClose }: FilterMenuProps) {
  const labels = menuLabels(language);
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const initial = useMemo(() => valueChoices(workbook, sheet, region, column), [workbook, sheet, region, column]);
  const [checked, setChecked] = useState<boolean[]>(() => initial.map((c) => c.checked));
  const filtered = columnCriteria(workbook, sheet, region, column) !== undefined;
  const listed = initial.slice(0, MAX_LISTED);
  const allChecked = checked.every(Boolean);

  useEffect(() => {
    box.current?.querySelector<HTMLElement>('button')?.focus();
  }, []);
  const close = () => {
    onClose();
    anchor.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };
  const rect = anchor.getBoundingClientRect();
  const width = Math.min(260, window.innerWidth - 16);
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
  const top = Math.min(rect.bottom + 2, Math.max(8, window.innerHeight - 360));
  const sort = (ascending: boolean) => {
    sortBy(workbook, sheet, region, column, ascending);
    close();
  };
  const apply = () => {
    filterBy(workbook, sheet, region, column, allChecked ? null : initial.filter((_, i) => checked[i]).map((c) => c.text));
    close();
  };
  return (
    <div className="wb-menu-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div ref={box} className="wb-menu" role="dialog" aria-modal="true" aria-labelledby={titleId} style={{ left, top, width }} onKeyDown={onKeyDown} data-testid="filter-menu">
        <div id={titleId} className="wb-menu-title">
          {fill(labels.dialog, { header })}
        </div>
        <button type="button" className="wb-menu-item" onClick={() => sort(true)}>
          {labels.sortUp}
        </button>
        <button type="button" className="wb-menu-item" onClick={() => sort(false)}>
          {labels.sortDown}
        </button>
        <button
          type="button"
          className="wb-menu-item"
          disabled={!filtered}
          onClick={() => {
            filterBy(workbook, sheet, region, column, null);
            close();
          }}
        >
          {fill(labels.clear, { header })}
        </button>
        <fieldset className="wb-menu-values">
          <legend>{labels.values}</legend>
          <label className="wb-menu-check">
            <input type="checkbox" checked={allChecked} onChange={(e) => setChecked(checked.map(() => e.target.checked))} />
            {labels.all}
          </label>
          <div className="wb-menu-list">
            {listed.map((c, i) => (
              <label key={c.text} className="wb-menu-check">
                <input type="checkbox" checked={checked[i] ?? false} onChange={(e) => setChecked(checked.map((v, k) => (k === i ? e.target.checked : v)))} />
                {c.text === '' ? labels.blanks : c.text}
              </label>
            ))}
          </div>
          {initial.length > MAX_LISTED && <p className="wb-menu-note">{fill(labels.more, { count: MAX_LISTED })}</p>}
        </fieldset>
        <div className="wb-menu-buttons">
          <button type="button" className="wb-menu-button wb-menu-primary" onClick={apply} disabled={!checked.some(Boolean)}>
            {labels.ok}
          </button>
          <button type="button" className="wb-menu-button" onClick={close}>
            {labels.cancel}
          </button>
        </div>
      </div>
    </div>
  );
}
