/** Who an id in the work area is: customer names from the customer sheet, prospects by company or contact. */
import type { WorkState } from '../services/workPort';

export type SubjectNames = ReadonlyMap<string, string>;

export function subjectNames(state: WorkState): SubjectNames {
  const names = new Map<string, string>();
  for (const c of state.basis.choices) if (c.name) names.set(c.id, c.name);
  for (const p of state.prospects) if (p.company || p.contact) names.set(p.id, p.company || p.contact);
  return names;
}

/** "Name (ID)", or the id alone when the sheet gives no name. */
export function nameAndId(names: SubjectNames, id: string): string {
  const name = names.get(id);
  return name ? `${name} (${id})` : id;
}
