/**
 * The owned Excel table of contracts: one row per contract, one TRUE/FALSE column per clause,
 * clause notes together in one readable column, a line per noted clause ("3. Delivery: FOB
 * Ningbo"). Column ids are stable; a column is known by its English header and written in the
 * workbook's language (tableHeaders.ts), found again in any.
 */
import type { CellValue } from '../model';
import { dayFromCell, dayToExcelSerial } from './calendar';
import { CLAUSE_IDS, CONTRACT_STATUSES, STANDARD_CLAUSES, contractCompletion, emptyClauses, type ClauseId, type Contract, type ContractStatus } from './contracts';
import type { WorkMessageId } from './labels';
import { tableHeader, tableHeaderAt } from './tableHeaders';
import { isWorkWord, workWord, type WorkWordLanguage } from './workWords';

export interface TableColumn {
  id: string;
  header: string;
}

export const CONTRACT_TABLE_COLUMNS: readonly TableColumn[] = [
  { id: 'contractId', header: 'Contract ID' },
  { id: 'customerId', header: 'Customer ID' },
  { id: 'status', header: 'Status' },
  { id: 'signingDate', header: 'Signing date' },
  { id: 'place', header: 'Signing place' },
  { id: 'effectiveDate', header: 'Effective date' },
  { id: 'custodian', header: 'Custodian' },
  ...STANDARD_CLAUSES.map((clause) => ({ id: `clause.${clause.id}`, header: `${clause.number}. ${clause.label.en}` })),
  { id: 'clauseNotes', header: 'Clause notes' },
  // Derived, for sorting and filtering in Excel; ignored when a row is read back.
  { id: 'completion', header: 'Completion' },
];

export const CONTRACT_TABLE_HEADERS: readonly string[] = CONTRACT_TABLE_COLUMNS.map((c) => c.header);

/** The header row in the workbook's language. */
export function contractTableHeaders(language: WorkWordLanguage): string[] {
  return CONTRACT_TABLE_COLUMNS.map((c) => tableHeader(c.header, language));
}

/** Date columns hold Excel serial numbers so Excel can format and filter them as dates; the status is in the workbook's language (read back in any). */
export function contractToRow(contract: Contract, language: WorkWordLanguage = 'en'): CellValue[] {
  const date = (day: number | null): CellValue => (day === null ? '' : dayToExcelSerial(day));
  const byId: Record<string, CellValue> = {
    contractId: contract.contractId,
    customerId: contract.customerId,
    status: workWord(`contract.status.${contract.status}`, language),
    signingDate: date(contract.signingDate),
    place: contract.place,
    effectiveDate: date(contract.effectiveDate),
    custodian: contract.custodian,
    clauseNotes: notesText(contract, language),
    completion: contractCompletion(contract).share,
  };
  for (const id of CLAUSE_IDS) byId[`clause.${id}`] = contract.clauses[id]?.checked ?? false;
  return CONTRACT_TABLE_COLUMNS.map((column) => byId[column.id] ?? '');
}

/** What is wrong with a cell of a row read back. */
export interface RowProblem {
  /** The column's header as the table has it (the user's sheet, in whichever language it was written). */
  column: string;
  /** The column's stable id (CONTRACT_TABLE_COLUMNS), for naming it in another language (tableHeader). */
  columnId: string;
  key: WorkMessageId;
}

export type ContractFromRow = { ok: true; contract: Contract } | { ok: false; problems: RowProblem[] };

const TRUE_TEXT = new Set(['true', 'yes', 'y', '1', 'x', '✓', '是', '有']);
const FALSE_TEXT = new Set(['false', 'no', 'n', '0', '', '否', '无']);

function parseCheck(value: CellValue): boolean | 'invalid' {
  if (typeof value === 'boolean') return value;
  if (value === null) return false;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : 'invalid';
  const text = value.trim().toLowerCase();
  if (TRUE_TEXT.has(text)) return true;
  if (FALSE_TEXT.has(text)) return false;
  return 'invalid';
}

function parseStatus(value: CellValue): ContractStatus | null {
  const text = String(value ?? '').trim();
  if (text === '') return 'draft';
  for (const status of CONTRACT_STATUSES) {
    if (text.toLowerCase() === status || isWorkWord(`contract.status.${status}`, text)) return status;
  }
  return null;
}

/**
 * The clause notes as a person reads them in the cell: one line per noted clause, "3. Delivery:
 * FOB Ningbo" ("3. 交货：FOB 宁波" in Chinese), in clause order, labelled in the workbook's language
 * (read back by the clause number, whatever the label). A line break inside a note becomes a
 * space (a line is a clause).
 */
export function notesText(contract: Contract, language: WorkWordLanguage = 'en'): string {
  const colon = language === 'en' ? ': ' : '：';
  return STANDARD_CLAUSES.flatMap((clause) => {
    const note = contract.clauses[clause.id]?.note.replace(/\s*[\r\n]+\s*/g, ' ').trim() ?? '';
    return note ? [`${clause.number}. ${workWord(`clause.${clause.id}.label`, language)}${colon}${note}`] : [];
  }).join('\n');
}

/** "3. Delivery: FOB Ningbo", "3、交货：FOB 宁波": the clause by its number, the label as typed (any language). */
const NOTE_LINE = /^\s*(\d{1,2})\s*[.．、)]\s*[^:：]*[:：]\s*(.*)$/;

function parseNotes(value: CellValue): Partial<Record<ClauseId, string>> | null {
  const text = String(value ?? '').trim();
  if (text === '') return {};
  if (text.startsWith('{')) return parseJsonNotes(text);
  const notes: Partial<Record<ClauseId, string>> = {};
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const match = NOTE_LINE.exec(line);
    const clause = match ? STANDARD_CLAUSES.find((c) => c.number === Number(match[1])) : undefined;
    if (!match || !clause) return null;
    notes[clause.id] = (match[2] ?? '').trim();
  }
  return notes;
}

/** Tables written before the readable form held a JSON object of clause id to note. */
function parseJsonNotes(text: string): Partial<Record<ClauseId, string>> | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    const notes: Partial<Record<ClauseId, string>> = {};
    for (const [key, note] of Object.entries(parsed)) {
      if (!(CLAUSE_IDS as readonly string[]).includes(key) || typeof note !== 'string') return null;
      notes[key as ClauseId] = note;
    }
    return notes;
  } catch {
    return null;
  }
}

/**
 * Reads a table row back. `headers` is the table's header row as it stands, so columns may have
 * been moved or worded in another language; a missing column reads as empty.
 */
export function contractFromRow(row: readonly CellValue[], headers: readonly string[] = CONTRACT_TABLE_HEADERS): ContractFromRow {
  const problems: RowProblem[] = [];
  const cell = (column: TableColumn): CellValue => {
    const index = tableHeaderAt(headers, column.header);
    return index < 0 ? '' : (row[index] ?? '');
  };
  const byId = new Map(CONTRACT_TABLE_COLUMNS.map((column) => [column.id, column]));
  const column = (id: string): TableColumn => byId.get(id) as TableColumn;
  // A problem names the column by the header the sheet shows (a cell is only read from a column that is there).
  const problem = (id: string, key: WorkMessageId): RowProblem => {
    const header = column(id).header;
    const index = tableHeaderAt(headers, header);
    return { column: index < 0 ? header : String(headers[index] ?? header), columnId: id, key };
  };
  const text = (id: string): string => String(cell(column(id)) ?? '').trim();
  const date = (id: string): number | null => {
    const day = dayFromCell(cell(column(id)));
    if (day !== 'invalid') return day;
    problems.push(problem(id, 'contract.error.dateInvalid'));
    return null;
  };

  const status = parseStatus(cell(column('status')));
  if (status === null) problems.push(problem('status', 'contract.error.statusInvalid'));
  const notes = parseNotes(cell(column('clauseNotes')));
  if (notes === null) problems.push(problem('clauseNotes', 'contract.error.clauseNotesInvalid'));
  const clauses = emptyClauses();
  for (const id of CLAUSE_IDS) {
    const checked = parseCheck(cell(column(`clause.${id}`)));
    if (checked === 'invalid') problems.push(problem(`clause.${id}`, 'contract.error.checkInvalid'));
    clauses[id] = { checked: checked === true, note: notes?.[id] ?? '' };
  }
  const contract: Contract = {
    contractId: text('contractId'),
    customerId: text('customerId'),
    clauses,
    signingDate: date('signingDate'),
    place: text('place'),
    effectiveDate: date('effectiveDate'),
    custodian: text('custodian'),
    status: status ?? 'draft',
  };
  return problems.length ? { ok: false, problems } : { ok: true, contract };
}
