/** Follow-up tasks <-> rows of the owned FollowUps table. */
import type { CellValue } from '../../domain/model';
import { FOLLOW_UP_RULE_IDS, FOLLOW_UP_STATUSES, FOLLOW_UP_TYPES, SUBJECT_KINDS, followUpSchema, workWord, type FollowUp, type WorkWordLanguage } from '../../domain/work';
import { FOLLOW_UP_COLUMNS } from './tableSpecs';
import { dateCell, dayOf, enumOf, fieldReader, flagOf, rowFromFields, textOf } from './recordCells';

/** For, type and status in the workbook's language (read back in any: enumOf). */
export function followUpToRow(task: FollowUp, language: WorkWordLanguage = 'en'): CellValue[] {
  return rowFromFields(FOLLOW_UP_COLUMNS, {
    id: task.id,
    subjectKind: workWord(`followUp.subject.${task.subjectKind}`, language),
    subjectId: task.subjectId,
    type: workWord(`followUp.type.${task.type}`, language),
    dueDate: dateCell(task.dueDate),
    owner: task.owner,
    notes: task.notes,
    status: workWord(`followUp.status.${task.status}`, language),
    completedOn: dateCell(task.completedOn),
    source: task.source,
    reason: task.reason ?? '',
    editedByUser: task.editedByUser,
    generatedHash: task.generatedHash ?? '',
  });
}

export interface UnreadableRow {
  row: number; // 1-based position among the table's body rows
  id: string;
}

export interface FollowUpsRead {
  tasks: FollowUp[];
  unreadable: UnreadableRow[];
}

/** Rows back to tasks; a row someone broke (bad date, unknown type) is reported, never dropped silently. */
export function followUpsFromRows(headers: readonly string[], rows: readonly (readonly CellValue[])[]): FollowUpsRead {
  const read = fieldReader(FOLLOW_UP_COLUMNS, headers);
  const result: FollowUpsRead = { tasks: [], unreadable: [] };
  rows.forEach((row, index) => {
    const cell = read(row);
    const source = textOf(cell('source')) || 'manual';
    const candidate = {
      id: textOf(cell('id')),
      subjectKind: enumOf(cell('subjectKind'), SUBJECT_KINDS, (id) => `followUp.subject.${id}`),
      subjectId: textOf(cell('subjectId')),
      type: enumOf(cell('type'), FOLLOW_UP_TYPES, (id) => `followUp.type.${id}`),
      dueDate: dayOf(cell('dueDate')),
      owner: textOf(cell('owner')),
      notes: String(cell('notes') ?? ''),
      status: enumOf(cell('status'), FOLLOW_UP_STATUSES, (id) => `followUp.status.${id}`) ?? (textOf(cell('status')) === '' ? 'open' : undefined),
      completedOn: dayOf(cell('completedOn')),
      source: source === 'manual' || (FOLLOW_UP_RULE_IDS as readonly string[]).includes(source) ? source : undefined,
      reason: textOf(cell('reason')) || null,
      editedByUser: flagOf(cell('editedByUser')),
      generatedHash: textOf(cell('generatedHash')) || null,
    };
    const parsed = followUpSchema.safeParse(candidate);
    if (parsed.success) result.tasks.push(parsed.data);
    else result.unreadable.push({ row: index + 1, id: candidate.id });
  });
  return result;
}
