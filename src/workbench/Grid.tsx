/**
 * The sheet grid: ag-grid (community, client-side row model) with Excel's row numbers and column
 * letters, reading cells straight from the simulator's model so 100k rows cost one small object
 * per row. Clicking a cell selects it in the simulator, which raises the pane's selection events.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  CellStyleModule,
  ClientSideRowModelModule,
  ModuleRegistry,
  RenderApiModule,
  ScrollApiModule,
  themeQuartz,
  type CellClassParams,
  type CellClickedEvent,
  type ColDef,
  type GridApi,
  type ICellRendererParams,
  type ValueGetterParams,
} from 'ag-grid-community';
import { MAX_COLUMNS, columnLetters, formatRect, type Rect } from '../simulator/address';
import type { Sheet, Workbook } from '../simulator/model';
import { cellText, isNumericCell } from './cellText';
import { columnWidthPx, gridShape } from './gridLayout';
import { columnCriteria, filterRegions, headerRegion, toggleSheetFilter, visibleRows, type FilterRegion } from './filterRegion';
import { FilterMenu } from './FilterMenu';
import { menuLabels } from './menuLabels';
import type { WorkbookVersion } from './useWorkbook';

ModuleRegistry.registerModules([ClientSideRowModelModule, CellStyleModule, RenderApiModule, ScrollApiModule]);

const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 12,
  headerFontSize: 12,
  headerFontWeight: 400,
  headerHeight: 22,
  rowHeight: 21,
  spacing: 3,
  cellHorizontalPadding: 5,
  borderColor: '#e1e1e1',
  headerBackgroundColor: '#f5f5f5',
  headerTextColor: '#444',
  headerColumnBorder: { color: '#d4d4d4' },
  columnBorder: { color: '#e6e6e6' },
  rowBorder: { color: '#e6e6e6' },
  wrapperBorder: false,
  wrapperBorderRadius: 0,
  accentColor: '#107c41',
  rowHoverColor: 'transparent',
});

interface RowRef {
  r: number;
}

const ROW_HEADER = 'rowHeader';
const KEY_STEPS: Record<string, { r: number; c: number } | undefined> = {
  ArrowUp: { r: -1, c: 0 },
  ArrowDown: { r: 1, c: 0 },
  ArrowLeft: { r: 0, c: -1 },
  ArrowRight: { r: 0, c: 1 },
  Enter: { r: 1, c: 0 },
  ShiftEnter: { r: -1, c: 0 },
  Tab: { r: 0, c: 1 },
  ShiftTab: { r: 0, c: -1 },
  PageDown: { r: 25, c: 0 },
  PageUp: { r: -25, c: 0 },
};

function inRect(rect: Rect, r: number, c: number): boolean {
  return r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;
}

export interface GridProps {
  workbook: Workbook;
  sheet: Sheet;
  version: WorkbookVersion;
  /** The display language: the header dropdown's words follow it, as Excel's menus do. */
  language?: string;
}

interface OpenMenu {
  region: FilterRegion;
  column: number;
  header: string;
  anchor: HTMLElement;
}

interface FilterCellParams extends ICellRendererParams<RowRef> {
  sheetColumn: number;
  label: string;
  filtered: boolean;
  onOpen(column: number, button: HTMLElement): void;
}

/** A header cell of a table or filtered range: its text and Excel's dropdown button. */
function FilterHeaderCell(p: FilterCellParams) {
  return (
    <span className="wb-filter-cell">
      <span className="wb-filter-text">{String(p.value ?? '')}</span>
      <button
        type="button"
        className="wb-filter-button"
        data-filtered={p.filtered ? 'true' : 'false'}
        aria-label={p.label}
        aria-haspopup="dialog"
        onClick={(e) => {
          e.stopPropagation();
          p.onOpen(p.sheetColumn, e.currentTarget);
        }}
      />
    </span>
  );
}

/** Index of row `r` among the shown rows (sorted), or the nearest shown row after it. */
function displayIndex(rows: readonly RowRef[], r: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.r < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function Grid({ workbook, sheet, version, language = 'en-US' }: GridProps) {
  const api = useRef<GridApi<RowRef> | null>(null);
  const anchor = useRef<{ r: number; c: number }>({ r: 0, c: 0 });
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const shape = useMemo(() => gridShape(workbook, sheet), [workbook, sheet, version.structureVersion]); // eslint-disable-line react-hooks/exhaustive-deps
  // Hidden rows (a filter's, or the user's) are not shown; row numbers keep their gaps, as in Excel.
  const rowData = useMemo<RowRef[]>(() => visibleRows(sheet, shape.rows).map((r) => ({ r })), [sheet, shape.rows, version.structureVersion]); // eslint-disable-line react-hooks/exhaustive-deps
  const regions = useMemo(() => filterRegions(workbook, sheet), [workbook, sheet, version.structureVersion]); // eslint-disable-line react-hooks/exhaustive-deps
  const openMenu = useCallback(
    (column: number, button: HTMLElement) => {
      const row = regions.find((g) => g.rect.c0 <= column && column <= g.rect.c1);
      if (!row) return;
      setMenu({ region: row, column, header: cellText(sheet, row.rect.r0, column), anchor: button });
    },
    [regions, sheet],
  );

  const columnDefs = useMemo<ColDef<RowRef>[]>(() => {
    const selected = (r: number, c: number) => workbook.selection.sheetId === sheet.id && inRect(workbook.selection.rect, r, c);
    const rowHeader: ColDef<RowRef> = {
      colId: ROW_HEADER,
      headerName: '',
      pinned: 'left',
      width: Math.max(44, String(shape.rows).length * 8 + 14),
      valueGetter: (p: ValueGetterParams<RowRef>) => (p.data ? p.data.r + 1 : ''),
      cellClass: 'wb-row-header',
      cellClassRules: {
        'wb-row-header-active': (p: CellClassParams<RowRef>) => !!p.data && workbook.selection.sheetId === sheet.id && p.data.r >= workbook.selection.rect.r0 && p.data.r <= workbook.selection.rect.r1,
      },
    };
    const labels = menuLabels(language);
    const columns = Array.from({ length: shape.columns }, (_, c): ColDef<RowRef> => ({
      colId: String(c),
      headerName: columnLetters(c),
      width: columnWidthPx(sheet, c) + (regions.some((g) => g.rect.c0 <= c && c <= g.rect.c1) ? 18 : 0),
      valueGetter: (p: ValueGetterParams<RowRef>) => (p.data ? cellText(sheet, p.data.r, c) : ''),
      cellRendererSelector: (p: ICellRendererParams<RowRef>) => {
        const region = p.data ? headerRegion(regions, p.data.r, c) : undefined;
        if (!region) return undefined;
        const header = cellText(sheet, region.rect.r0, c);
        return {
          component: FilterHeaderCell,
          params: { sheetColumn: c, label: labels.dialog.replace('{header}', header), filtered: columnCriteria(workbook, sheet, region, c) !== undefined, onOpen: openMenu },
        };
      },
      headerClass: 'wb-col-header',
      cellClassRules: {
        'wb-number': (p: CellClassParams<RowRef>) => !!p.data && isNumericCell(sheet, p.data.r, c),
        'wb-selected': (p: CellClassParams<RowRef>) => !!p.data && selected(p.data.r, c),
        'wb-active': (p: CellClassParams<RowRef>) => !!p.data && workbook.selection.sheetId === sheet.id && workbook.selection.rect.r0 === p.data.r && workbook.selection.rect.c0 === c,
      },
    }));
    return [rowHeader, ...columns];
    // The defs read the live model; they are rebuilt when the sheet's shape or contents change.
  }, [workbook, sheet, shape, regions, language, openMenu, version.structureVersion]); // eslint-disable-line react-hooks/exhaustive-deps

  // Selection and cell edits: repaint the visible cells and keep the selection in view.
  useEffect(() => {
    const grid = api.current;
    if (!grid || !version.last) return;
    grid.refreshCells({ force: true });
    if (version.last.kinds.includes('selection') && workbook.selection.sheetId === sheet.id) {
      const { r0, c0 } = workbook.selection.rect;
      if (r0 < shape.rows) grid.ensureIndexVisible(displayIndex(rowData, r0));
      if (c0 < shape.columns) grid.ensureColumnVisible(String(c0));
    }
  }, [version, workbook, sheet, shape, rowData]);

  const onCellClicked = useCallback(
    (event: CellClickedEvent<RowRef>) => {
      if (!event.data) return;
      if (event.event?.target instanceof Element && event.event.target.closest('.wb-filter-button')) return;
      const r = event.data.r;
      const colId = event.column.getColId();
      const shift = event.event instanceof MouseEvent && event.event.shiftKey;
      if (colId === ROW_HEADER) {
        anchor.current = { r, c: 0 };
        workbook.selectRect(sheet.id, { r0: r, r1: r, c0: 0, c1: MAX_COLUMNS - 1 });
        return;
      }
      const c = Number(colId);
      if (!shift) anchor.current = { r, c };
      const a = anchor.current;
      workbook.selectRect(sheet.id, { r0: Math.min(a.r, r), r1: Math.max(a.r, r), c0: Math.min(a.c, c), c1: Math.max(a.c, c) });
    },
    [workbook, sheet],
  );

  // Arrow keys, Tab and Enter move the selection (Shift+arrows extend it) in the model; ag-grid's
  // own navigation is stopped so there is one source of truth, and its focus follows.
  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      // Ctrl+Shift+L turns the sheet's AutoFilter on or off (Data > Filter), as in Excel.
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        event.stopPropagation();
        toggleSheetFilter(workbook, sheet);
        return;
      }
      // Alt+Down on a header cell opens its dropdown, as in Excel.
      if (event.altKey && event.key === 'ArrowDown' && event.target instanceof HTMLElement) {
        const button = event.target.closest('.ag-cell')?.querySelector<HTMLElement>('.wb-filter-button');
        if (button) {
          event.preventDefault();
          event.stopPropagation();
          button.click();
          return;
        }
      }
      const step = KEY_STEPS[event.key === 'Tab' && event.shiftKey ? 'ShiftTab' : event.key === 'Enter' && event.shiftKey ? 'ShiftEnter' : event.key];
      if (!step || !(event.target instanceof HTMLElement) || !event.target.closest('.ag-cell')) return;
      event.preventDefault();
      event.stopPropagation();
      const { rect } = workbook.selection;
      const extend = event.shiftKey && event.key.startsWith('Arrow');
      const from = extend ? { r: rect.r0 === anchor.current.r ? rect.r1 : rect.r0, c: rect.c0 === anchor.current.c ? rect.c1 : rect.c0 } : { r: rect.r0, c: rect.c0 };
      // Steps go over the shown rows: hidden ones are skipped, as in Excel.
      const at = displayIndex(rowData, from.r);
      const r = rowData[Math.min(rowData.length - 1, Math.max(0, at + step.r))]?.r ?? from.r;
      const c = Math.min(shape.columns - 1, Math.max(0, from.c + step.c));
      if (!extend) anchor.current = { r, c };
      const a = anchor.current;
      workbook.selectRect(sheet.id, { r0: Math.min(a.r, r), r1: Math.max(a.r, r), c0: Math.min(a.c, c), c1: Math.max(a.c, c) });
      api.current?.setFocusedCell(displayIndex(rowData, r), String(c));
    },
    [workbook, sheet, shape, rowData],
  );

  return (
    <div className="wb-grid" data-testid="grid" data-sheet={sheet.name} data-selection={formatRect(workbook.selection.rect)} onKeyDownCapture={onKeyDownCapture}>
      <AgGridReact<RowRef>
        theme={gridTheme}
        rowData={rowData}
        columnDefs={columnDefs}
        defaultColDef={{ sortable: false, resizable: true, suppressMovable: true, suppressHeaderMenuButton: true }}
        onGridReady={(e) => {
          api.current = e.api;
        }}
        onCellClicked={onCellClicked}
        suppressCellFocus={false}
        rowBuffer={20}
        animateRows={false}
      />
      {menu && <FilterMenu workbook={workbook} sheet={sheet} region={menu.region} column={menu.column} header={menu.header} anchor={menu.anchor} language={language} onClose={() => setMenu(null)} />}
    </div>
  );
}
