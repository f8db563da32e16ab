/** Customers marked lost (docs/domain.md section 5) <-> rows of the owned Lost customers table. */
import type { CellValue } from '../../domain/model';
import { CHURN_REASONS, workWord, type ChurnMark, type WorkWordLanguage } from '../../domain/work';
import { LOST_COLUMNS } from './tableSpecs';
import { dateCell, dayOf, enumOf, fieldReader, rowFromFields, textOf } from './recordCells';

export interface LostCustomer extends ChurnMark {
  customerId: string;
}

/** The reason in the workbook's language (read back in any). */
export function lostToRow(lost: LostCustomer, language: WorkWordLanguage = 'en'): CellValue[] {
  return rowFromFields(LOST_COLUMNS, { customerId: lost.customerId, reason: workWord(`churn.${lost.reason}.label`, language), markedOn: dateCell(lost.markedOn) });
}

/** Rows with an unknown reason or no date are skipped: a half-typed row marks nobody lost. */
export function lostFromRows(headers: readonly string[], rows: readonly (readonly CellValue[])[]): LostCustomer[] {
  const read = fieldReader(LOST_COLUMNS, headers);
  return rows.flatMap((row) => {
    const cell = read(row);
    const customerId = textOf(cell('customerId'));
    const reason = enumOf(cell('reason'), CHURN_REASONS, (id) => `churn.${id}.label`);
    const markedOn = dayOf(cell('markedOn'));
    return customerId && reason && typeof markedOn === 'number' ? [{ customerId, reason, markedOn }] : [];
  });
}
