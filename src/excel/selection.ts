/**
 * Selection links for the pane: select a problem's cell; follow the user's selection to the
 * customer on the selected row (for the customer-detail view).
 */
import type { CellValue } from '../domain/model';
import { normaliseId } from '../domain/validation/textCells';
import { runWhileEditing } from './editMode';
import { parseRunState, RUN_STATE_KEY } from './runState';

/**
 * Activates `sheet` and selects `address` on it (e.g. "C5"). A hidden sheet is left as it is (Excel
 * refuses to activate one, and unhiding it is the user's call): false then.
 */
export async function selectCell(sheet: string, address: string): Promise<boolean> {
  // Tried again while a cell is being edited (src/excel/editMode.ts): selecting twice is harmless.
  return runWhileEditing(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet).load('visibility');
    await context.sync();
    if (ws.visibility !== 'Visible') return false;
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
    return true;
  });
}

export interface SelectedCustomer {
  customerId: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
}

/** The customer on a selected cell's row of the scored customer sheet, or null. */
export async function customerAtSelection(context: Excel.RequestContext): Promise<SelectedCustomer | null> {
  const stateItem = context.workbook.settings.getItemOrNullObject(RUN_STATE_KEY).load('value');
  const range = context.workbook.getActiveCell().load('rowIndex');
  const sheet = range.worksheet.load('name');
  await context.sync();
  const state = stateItem.isNullObject ? null : parseRunState(stateItem.value);
  if (!state || sheet.name !== state.customerSheet || range.rowIndex <= state.headerRow) return null;
  const cell = context.workbook.worksheets.getItem(state.customerSheet).getCell(range.rowIndex, state.idColumn).load('values');
  await context.sync();
  const id = normaliseId((cell.values[0]?.[0] ?? '') as CellValue);
  return typeof id === 'string' ? { customerId: id, sheet: sheet.name, row: range.rowIndex + 1 } : null;
}

/**
 * Calls `handler` with the customer on the selected row each time the selection changes (null when
 * the selection is not on a customer row). Returns a function that unsubscribes.
 */
export async function onCustomerRowSelected(handler: (customer: SelectedCustomer | null) => void): Promise<() => Promise<void>> {
  const registration = await Excel.run(async (context) => {
    const result = context.workbook.onSelectionChanged.add(async () => {
      let customer: SelectedCustomer | null = null;
      try {
        customer = await Excel.run((ctx) => customerAtSelection(ctx));
      } catch (error) {
        console.warn('Tiers: could not resolve the selected customer', error);
      }
      handler(customer);
    });
    await context.sync();
    return result;
  });
  return async () => {
    await Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
}
