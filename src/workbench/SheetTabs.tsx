/** Sheet tabs along the bottom, as in Excel: the visible sheets, the active one raised. */
import type { Workbook } from '../simulator/model';

export interface SheetTabsProps {
  workbook: Workbook;
  activeSheetId: string;
}

export function SheetTabs({ workbook, activeSheetId }: SheetTabsProps) {
  const visible = workbook.sheets.filter((s) => s.visibility === 'Visible');
  return (
    <nav className="wb-tabs" role="tablist" aria-label="Sheets">
      {visible.map((sheet) => (
        <button
          key={sheet.id}
          role="tab"
          type="button"
          aria-selected={sheet.id === activeSheetId}
          className={sheet.id === activeSheetId ? 'wb-tab wb-tab-active' : 'wb-tab'}
          style={sheet.tabColor ? { borderBottomColor: sheet.tabColor } : undefined}
          onClick={() => workbook.activate(sheet.id)}
        >
          {sheet.name}
        </button>
      ))}
    </nav>
  );
}
