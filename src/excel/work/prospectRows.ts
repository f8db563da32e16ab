/** Prospects <-> rows of the owned Prospects table; stage history and actions are JSON cells. */
import { z } from 'zod';
import type { CellValue } from '../../domain/model';
import { FUNNEL_STAGES, manCode, prospectActionSchema, prospectSchema, stageTransitionSchema, workWord, type Prospect, type WorkWordLanguage } from '../../domain/work';
import { PROSPECT_COLUMNS } from './tableSpecs';
import { dateCell, dayOf, enumOf, fieldReader, flagOf, rowFromFields, textOf } from './recordCells';
import type { UnreadableRow } from './followUpRows';

/** The stage in the workbook's language (read back in any); the JSON history keeps stage ids. */
export function prospectToRow(p: Prospect, language: WorkWordLanguage = 'en'): CellValue[] {
  return rowFromFields(PROSPECT_COLUMNS, {
    id: p.id,
    company: p.company,
    contact: p.contact,
    email: p.email,
    phone: p.phone,
    country: p.country,
    source: p.source,
    owner: p.owner,
    money: p.man.money,
    authority: p.man.authority,
    need: p.man.need,
    man: manCode(p.man), // derived, for filtering in Excel; the three flags are what is read back
    stage: workWord(`stage.${p.stage}`, language),
    history: JSON.stringify(p.history),
    actions: p.actions.length ? JSON.stringify(p.actions) : '',
    notes: p.notes,
    closedOn: dateCell(p.closedOn),
  });
}

function jsonList<T>(value: CellValue, schema: z.ZodType<T>): T[] | undefined {
  const text = textOf(value);
  if (text === '') return [];
  try {
    const parsed = z.array(schema).safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export interface ProspectsRead {
  prospects: Prospect[];
  unreadable: UnreadableRow[];
}

export function prospectsFromRows(headers: readonly string[], rows: readonly (readonly CellValue[])[]): ProspectsRead {
  const read = fieldReader(PROSPECT_COLUMNS, headers);
  const result: ProspectsRead = { prospects: [], unreadable: [] };
  rows.forEach((row, index) => {
    const cell = read(row);
    const text = (field: keyof typeof PROSPECT_COLUMNS): string => String(cell(field) ?? '').trim();
    const stage = enumOf(cell('stage'), FUNNEL_STAGES, (id) => `stage.${id}`);
    const history = jsonList(cell('history'), stageTransitionSchema);
    const candidate = {
      id: text('id'),
      company: text('company'),
      contact: text('contact'),
      email: text('email'),
      phone: text('phone'),
      country: text('country'),
      source: text('source'),
      owner: text('owner'),
      man: { money: flagOf(cell('money')), authority: flagOf(cell('authority')), need: flagOf(cell('need')) },
      stage,
      // A row typed in by hand has no history: it entered the funnel where it stands.
      history: history?.length === 0 && stage ? [{ from: null, to: stage, day: 0, note: '' }] : history,
      actions: jsonList(cell('actions'), prospectActionSchema),
      notes: String(cell('notes') ?? ''),
      closedOn: dayOf(cell('closedOn')),
    };
    const parsed = prospectSchema.safeParse(candidate);
    if (parsed.success) result.prospects.push(parsed.data);
    else result.unreadable.push({ row: index + 1, id: candidate.id });
  });
  return result;
}
