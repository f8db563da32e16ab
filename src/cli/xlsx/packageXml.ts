/** Small, regex-level reads and edits of the package XML (workbook, rels, content types). */
import { attribute, escapeXml } from './xmlText';
import type { Relationship } from './drawingParts';

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** Tag text as found, for removal. */
  tag: string;
}

export function sheetEntries(workbookXml: string): SheetEntry[] {
  const out: SheetEntry[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*\/?>/g)) {
    const tag = m[0];
    out.push({ tag, name: attribute(tag, 'name') ?? '', sheetId: Number(attribute(tag, 'sheetId') ?? 0), relId: attribute(tag, 'r:id') ?? '' });
  }
  return out;
}

export function parseRelationships(relsXml: string): Relationship[] {
  return [...relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*\/?>/g)].map((m) => ({
    id: attribute(m[0], 'Id') ?? '',
    type: attribute(m[0], 'Type') ?? '',
    target: attribute(m[0], 'Target') ?? '',
  }));
}

export function addRelationship(relsXml: string, rel: Relationship): string {
  const tag = `<Relationship Id="${escapeXml(rel.id)}" Type="${rel.type}" Target="${escapeXml(rel.target)}"/>`;
  return relsXml.replace(/<\/(\w+:)?Relationships>/, (end) => tag + end);
}

export function removeRelationship(relsXml: string, id: string): string {
  return relsXml.replace(/<(?:\w+:)?Relationship\b[^>]*\/?>/g, (tag) => (attribute(tag, 'Id') === id ? '' : tag));
}

export function unusedRelId(rels: readonly Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export function addContentOverride(typesXml: string, partName: string, contentType: string): string {
  const tag = `<Override PartName="${escapeXml(partName)}" ContentType="${contentType}"/>`;
  return typesXml.replace(/<\/(\w+:)?Types>/, (end) => tag + end);
}

export function removeContentOverride(typesXml: string, partName: string): string {
  return typesXml.replace(/<(?:\w+:)?Override\b[^>]*\/?>/g, (tag) => (attribute(tag, 'PartName') === partName ? '' : tag));
}

export function addSheetEntry(workbookXml: string, name: string, sheetId: number, relId: string): string {
  const tag = `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" r:id="${relId}"/>`;
  if (/<(\w+:)?sheets\s*\/>/.test(workbookXml)) return workbookXml.replace(/<(\w+:)?sheets\s*\/>/, `<sheets>${tag}</sheets>`);
  return workbookXml.replace(/<\/(\w+:)?sheets>/, (end) => tag + end);
}

/** Resolves a relationship target against the folder of the part that owns the .rels. */
export function resolveTarget(ownerPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ownerPath.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

/** xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}
