/**
 * Finds the header row of a sheet and which column holds which field. Candidate header rows are
 * the first 10 non-empty rows; the one that maps best (required fields weigh most) wins. Each
 * column goes to at most one field and each field to one column, best match first.
 */
import { CUSTOMER_FIELDS, ORDER_FIELDS, SURVEY_FIELDS, type CellValue, type FieldOf, type Grid, type MappedKind, type SheetMapping } from '../model';
import { columnLetter } from './columnLetter';
import { LIST_SEPARATOR, refusal, type Refusal } from '../refusals';
import { mappingNoteEnglish, type MappingNote } from './mappingNotes';
import { compileSynonyms, headerConfidence, prepareHeader, type PreparedHeader } from './matchHeader';
import { CUSTOMER_SYNONYMS, ORDER_SYNONYMS, SURVEY_SYNONYMS } from './synonyms';

export const REQUIRED_FIELDS: { [K in MappedKind]: readonly FieldOf<K>[] } = {
  customers: ['customerId'],
  orders: ['customerId', 'orderDate', 'amount'],
  survey: ['customerId'],
};

export const HEADER_SCAN_ROWS = 10;
const REQUIRED_BONUS = 2;

export interface MappingDetection<K extends MappedKind = MappedKind> {
  mapping: SheetMapping<K>;
  confidence: Partial<Record<FieldOf<K>, number>>;
  missingRequired: FieldOf<K>[];
  /** The non-empty header texts of the chosen header row, as written. */
  seenHeaders: string[];
  /** In English: a missing required column's refusal, then each note's. */
  messages: string[];
  /** Notes on the columns found (a header written twice). */
  notes: MappingNote[];
  /** How well the sheet maps: sum of confidences plus a bonus per required field. */
  quality: number;
}

type Compiled = { field: string; synonyms: ReturnType<typeof compileSynonyms> }[];

const FIELDS_OF: Record<MappedKind, readonly string[]> = { orders: ORDER_FIELDS, customers: CUSTOMER_FIELDS, survey: SURVEY_FIELDS };
const SYNONYMS_OF: Record<MappedKind, Record<string, Parameters<typeof compileSynonyms>[0]>> = {
  orders: ORDER_SYNONYMS,
  customers: CUSTOMER_SYNONYMS,
  survey: SURVEY_SYNONYMS,
};

function compileKind(kind: MappedKind): Compiled {
  const fields = FIELDS_OF[kind];
  const table = SYNONYMS_OF[kind];
  return fields.map((field) => ({ field, synonyms: compileSynonyms(table[field] ?? { strong: [] }) }));
}

const COMPILED: Record<MappedKind, Compiled> = { orders: compileKind('orders'), customers: compileKind('customers'), survey: compileKind('survey') };

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

interface RowAssignment {
  columns: Record<string, number>;
  confidence: Record<string, number>;
  quality: number;
}

function assignColumns(headers: readonly PreparedHeader[], kind: MappedKind): RowAssignment {
  const compiled = COMPILED[kind];
  const required: readonly string[] = REQUIRED_FIELDS[kind];
  const candidates: { field: string; fieldIndex: number; column: number; score: number }[] = [];
  compiled.forEach(({ field, synonyms }, fieldIndex) => {
    headers.forEach((header, column) => {
      const score = headerConfidence(header, synonyms);
      if (score > 0) candidates.push({ field, fieldIndex: required.includes(field) ? -1 : fieldIndex, column, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.fieldIndex - b.fieldIndex || a.column - b.column);
  const columns: Record<string, number> = {};
  const confidence: Record<string, number> = {};
  const usedColumns = new Set<number>();
  const usedHeaders = new Set<string>();
  let quality = 0;
  for (const c of candidates) {
    const norm = headers[c.column]?.norm ?? '';
    // A repeat of a header already assigned is a duplicate, not a clue to another field.
    if (c.field in columns || usedColumns.has(c.column) || usedHeaders.has(norm)) continue;
    columns[c.field] = c.column;
    confidence[c.field] = c.score;
    usedColumns.add(c.column);
    usedHeaders.add(norm);
    quality += c.score + (required.includes(c.field) ? REQUIRED_BONUS : 0);
  }
  return { columns, confidence, quality };
}

function candidateHeaderRows(grid: Grid): number[] {
  const rows: number[] = [];
  for (let r = 0; r < grid.length && rows.length < HEADER_SCAN_ROWS; r++) {
    if ((grid[r] ?? []).some((cell) => cellText(cell) !== '')) rows.push(r);
  }
  return rows;
}

function duplicateHeaderNotes(sheet: string, headers: readonly PreparedHeader[], columns: Record<string, number>): MappingNote[] {
  const notes: MappingNote[] = [];
  for (const column of Object.values(columns)) {
    const norm = headers[column]?.norm;
    const twins = headers.flatMap((h, i) => (h.norm === norm && i !== column ? [i] : []));
    if (twins.length === 0) continue;
    const all = [column, ...twins].sort((a, b) => a - b).map(columnLetter);
    notes.push({ code: 'duplicate-header', sheet, header: headers[column]?.text ?? '', columns: all, used: columnLetter(column) });
  }
  return notes;
}

/** The refusal for a sheet without a column for `field` (its message is the English). */
export function missingColumnRefusal(sheet: string, field: string, seenHeaders: readonly string[]): Refusal & { message: string } {
  return refusal('missing-column', { sheet, field, seen: seenHeaders.join(LIST_SEPARATOR) });
}

export function missingColumnMessage(sheet: string, field: string, seenHeaders: readonly string[]): string {
  return missingColumnRefusal(sheet, field, seenHeaders).message;
}

export function detectMapping<K extends MappedKind>(grid: Grid, kind: K, sheetName: string): MappingDetection<K> {
  let best: { row: number; headers: PreparedHeader[]; assignment: RowAssignment } | null = null;
  for (const row of candidateHeaderRows(grid)) {
    const headers = (grid[row] ?? []).map((cell) => prepareHeader(cellText(cell)));
    const assignment = assignColumns(headers, kind);
    if (!best || assignment.quality > best.assignment.quality) best = { row, headers, assignment };
  }
  const headerRow = best?.row ?? 0;
  const headers = best?.headers ?? [];
  const assignment = best?.assignment ?? { columns: {}, confidence: {}, quality: 0 };
  const seenHeaders = headers.map((h) => h.text).filter((t) => t !== '');
  const missingRequired = (REQUIRED_FIELDS[kind] as readonly FieldOf<K>[]).filter((f) => !(f in assignment.columns));
  const notes = duplicateHeaderNotes(sheetName, headers, assignment.columns);
  const messages = [...missingRequired.map((field) => missingColumnMessage(sheetName, field, seenHeaders)), ...notes.map(mappingNoteEnglish)];
  return {
    mapping: { sheet: sheetName, headerRow, columns: assignment.columns },
    confidence: assignment.confidence,
    missingRequired,
    seenHeaders,
    messages,
    notes,
    quality: assignment.quality,
  };
}
