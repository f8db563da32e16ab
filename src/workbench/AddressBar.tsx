/** The name box (the selection's address; type an address and press Enter to go there) and the formula bar. */
import { useState } from 'react';
import { formatRect } from '../simulator/address';
import type { Workbook } from '../simulator/model';
import { cellInputText } from './cellText';
import { filterableRange, toggleSheetFilter } from './filterRegion';
import { menuLabels } from './menuLabels';

/** The name box, the formula bar and Excel's Data > Filter toggle (the sheet's AutoFilter on or off). */
export function AddressBar({ workbook, language = 'en-US' }: { workbook: Workbook; language?: string }) {
  const { sheetId, rect } = workbook.selection;
  const sheet = workbook.sheetById(sheetId);
  const address = formatRect(rect);
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const edit = (text: string | null) => {
    setDraft(text);
    setInvalid(false);
  };
  const go = () => {
    if (draft === null || !sheet) return;
    try {
      workbook.select(sheet.id, draft.trim());
      edit(null);
    } catch {
      // Not an address: keep what was typed, marked invalid.
      setInvalid(true);
    }
  };
  return (
    <div className="wb-addressbar">
      <input
        className="wb-namebox"
        aria-label="Name box"
        aria-invalid={invalid}
        data-testid="name-box"
        value={draft ?? address}
        onChange={(e) => edit(e.target.value)}
        onFocus={(e) => e.target.select()}
        onBlur={() => edit(null)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') go();
          if (e.key === 'Escape') edit(null);
        }}
      />
      <span className="wb-fx" aria-hidden="true">
        fx
      </span>
      <output className="wb-formula" aria-label="Formula bar">
        {sheet ? cellInputText(sheet, rect.r0, rect.c0) : ''}
      </output>
      {sheet && (
        <button
          type="button"
          className="wb-filter-toggle"
          aria-pressed={sheet.autoFilter !== undefined}
          disabled={!sheet.autoFilter && !filterableRange(workbook, sheet)}
          title="Ctrl+Shift+L"
          data-testid="filter-toggle"
          onClick={() => toggleSheetFilter(workbook, sheet)}
        >
          {menuLabels(language).filter}
        </button>
      )}
    </div>
  );
}
