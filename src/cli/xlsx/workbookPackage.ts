/**
 * An .xlsx package edited part by part. Parts we do not touch are copied as they are (their
 * compressed bytes), so the user's sheets, styles, charts and pivot tables come out byte for byte.
 */
import { CONTENT_TYPE, REL, relationshipsXml, type Relationship } from './drawingParts';
import { addContentOverride, addRelationship, addSheetEntry, parseRelationships, relsPathOf, removeContentOverride, removeRelationship, resolveTarget, sheetEntries, unusedRelId } from './packageXml';
import { entryText, listZipEntries, type ZipEntry } from './zipEntries';
import { writeZip, type OutEntry } from './zipWriter';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';

export interface SheetPart {
  name: string;
  path: string;
}

type Part = { copy: ZipEntry } | { text: string };

export class WorkbookPackage {
  private constructor(
    private readonly source: Buffer,
    private readonly parts: Map<string, Part>,
  ) {}

  static load(data: Buffer): WorkbookPackage {
    const parts = new Map<string, Part>();
    for (const [name, entry] of listZipEntries(data)) if (!name.endsWith('/')) parts.set(name, { copy: entry });
    return new WorkbookPackage(data, parts);
  }

  has(path: string): boolean {
    return this.parts.has(path);
  }

  async text(path: string): Promise<string> {
    const part = this.parts.get(path);
    if (!part) throw new Error(`The workbook has no part ${path}`);
    return 'text' in part ? part.text : entryText(this.source, part.copy);
  }

  put(path: string, text: string): void {
    this.parts.set(path, { text });
  }

  private remove(path: string): void {
    this.parts.delete(path);
  }

  paths(): string[] {
    return [...this.parts.keys()];
  }

  async sheets(): Promise<SheetPart[]> {
    const rels = parseRelationships(await this.text(WORKBOOK_RELS));
    return sheetEntries(await this.text(WORKBOOK)).map((entry) => {
      const rel = rels.find((r) => r.id === entry.relId);
      return { name: entry.name, path: rel ? resolveTarget(WORKBOOK, rel.target) : '' };
    });
  }

  /** First free number N for parts named `${prefix}N${suffix}`. */
  freeNumber(prefix: string, suffix: string): number {
    let n = 1;
    while (this.has(`${prefix}${n}${suffix}`)) n++;
    return n;
  }

  private async editText(path: string, edit: (text: string) => string): Promise<void> {
    this.put(path, edit(await this.text(path)));
  }

  /** Removes a part, its .rels and, recursively, the drawings and charts it owns. */
  private async removePart(path: string): Promise<void> {
    const relsPath = relsPathOf(path);
    if (this.has(relsPath)) {
      for (const rel of parseRelationships(await this.text(relsPath))) {
        if (rel.type === REL.drawing || rel.type === REL.chart) await this.removePart(resolveTarget(path, rel.target));
      }
      this.remove(relsPath);
    }
    this.remove(path);
    await this.editText(CONTENT_TYPES, (t) => removeContentOverride(t, `/${path}`));
  }

  /** Removes the sheet called `name` if there is one; true when it was there. */
  async removeSheet(name: string): Promise<boolean> {
    const workbook = await this.text(WORKBOOK);
    const entry = sheetEntries(workbook).find((s) => s.name === name);
    if (!entry) return false;
    const rels = parseRelationships(await this.text(WORKBOOK_RELS));
    const rel = rels.find((r) => r.id === entry.relId);
    if (rel) await this.removePart(resolveTarget(WORKBOOK, rel.target));
    this.put(WORKBOOK, workbook.replace(entry.tag, ''));
    await this.editText(WORKBOOK_RELS, (t) => removeRelationship(t, entry.relId));
    return true;
  }

  /** Adds a worksheet part at the end of the tab list; returns its path. */
  async addSheet(name: string, sheetXml: string, sheetRels: readonly Relationship[] = []): Promise<string> {
    const n = this.freeNumber('xl/worksheets/sheet', '.xml');
    const path = `xl/worksheets/sheet${n}.xml`;
    this.put(path, sheetXml);
    if (sheetRels.length > 0) this.put(relsPathOf(path), relationshipsXml(sheetRels));
    const workbookRels = await this.text(WORKBOOK_RELS);
    const relId = unusedRelId(parseRelationships(workbookRels));
    this.put(WORKBOOK_RELS, addRelationship(workbookRels, { id: relId, type: REL.worksheet, target: `worksheets/sheet${n}.xml` }));
    const workbook = await this.text(WORKBOOK);
    const sheetId = Math.max(0, ...sheetEntries(workbook).map((s) => s.sheetId)) + 1;
    this.put(WORKBOOK, addSheetEntry(workbook, name, sheetId, relId));
    await this.editText(CONTENT_TYPES, (t) => addContentOverride(t, `/${path}`, CONTENT_TYPE.worksheet));
    return path;
  }

  /** Adds a drawing holding the given chart parts; returns the drawing's path. */
  async addDrawing(drawingXml: string, chartXmls: readonly string[]): Promise<string> {
    const d = this.freeNumber('xl/drawings/drawing', '.xml');
    const path = `xl/drawings/drawing${d}.xml`;
    const rels: Relationship[] = [];
    let types = await this.text(CONTENT_TYPES);
    for (const [i, xml] of chartXmls.entries()) {
      const c = this.freeNumber('xl/charts/chart', '.xml');
      this.put(`xl/charts/chart${c}.xml`, xml);
      types = addContentOverride(types, `/xl/charts/chart${c}.xml`, CONTENT_TYPE.chart);
      rels.push({ id: `rId${i + 1}`, type: REL.chart, target: `../charts/chart${c}.xml` });
    }
    this.put(path, drawingXml);
    this.put(relsPathOf(path), relationshipsXml(rels));
    this.put(CONTENT_TYPES, addContentOverride(types, `/${path}`, CONTENT_TYPE.drawing));
    return path;
  }

  toBuffer(): Buffer {
    const entries: OutEntry[] = [...this.parts].map(([name, part]) => ('text' in part ? { name, text: part.text } : { name, copy: part.copy, from: this.source }));
    return writeZip(entries);
  }
}
