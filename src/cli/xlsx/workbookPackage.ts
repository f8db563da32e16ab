/**
 * An .xlsx package edited part by part. Parts we do not touch are copied as they are (their
 * compressed bytes), so the user's sheets, styles, charts and pivot tables come out byte for byte.
 */
import { CONTENT_TYPE, REL, relationshipsXml, type Relationship } from './drawingParts';
import { addContentOverride, addRelationship, addSheetEntry, parseRelationships, relsPathOf, removeContentOverride, removeRelationship, resolveTarget, sheetEntries, unusedRelId } from './packageXml';
import { entryStream, entryText, listZipEntries, type ZipEntry } from './zipEntries';
import { writeZip, writeZipFile, type OutEntry, type TextPieces } from './zipWriter';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';

export interface SheetPart {
  name: string;
  path: string;
}

/** A part as it was (`copy`), as text, or as text produced in pieces when the package is written (a million-row sheet is never one string). */
type Part = { copy: ZipEntry } | { text: string } | { pieces: () => TextPieces };

async function* piecesOf(part: Part, source: Buffer): AsyncGenerator<string> {
  if ('text' in part) {
    yield part.text;
    return;
  }
  const decoder = new TextDecoder('utf-8');
  for await (const piece of 'pieces' in part ? part.pieces() : entryStream(source, part.copy)) {
    if (typeof piece !== 'string') yield decoder.decode(piece as Uint8Array, { stream: true });
    else {
      const held = decoder.decode(); // a character cut before a text piece: as decoded so far
      if (held !== '') yield held;
      yield piece;
    }
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/** The part's bytes in pieces: a copied part inflated as it is read, text encoded. */
async function* bytesOf(part: Part, source: Buffer): AsyncGenerator<Uint8Array> {
  if ('text' in part) yield Buffer.from(part.text, 'utf8');
  else if ('pieces' in part) for await (const piece of part.pieces()) yield typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
  else yield* entryStream(source, part.copy) as AsyncIterable<Buffer>;
}

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
    if ('text' in part) return part.text;
    if ('copy' in part) return entryText(this.source, part.copy);
    const pieces: string[] = [];
    for await (const piece of piecesOf(part, this.source)) pieces.push(piece);
    return pieces.join('');
  }

  /**
   * The part's text in pieces of about a megabyte, inflated and decoded as they are read. The part
   * is the one stored now: a caller may put an edit of these pieces back at the same path.
   */
  textPieces(path: string): AsyncGenerator<string> {
    const part = this.parts.get(path);
    if (!part) throw new Error(`The workbook has no part ${path}`);
    return piecesOf(part, this.source);
  }

  /**
   * Replaces a part by an edit of its text in pieces (`edit` of textPieces), run when the package
   * is written (and again on every write): the part's text is never whole in memory.
   */
  editPieces(path: string, edit: (pieces: AsyncGenerator<string>) => TextPieces): void {
    const part = this.parts.get(path);
    if (!part) throw new Error(`The workbook has no part ${path}`);
    this.parts.set(path, { pieces: () => edit(piecesOf(part, this.source)) });
  }

  /**
   * editPieces on the part's bytes (inflated, not decoded): the edit copies what it leaves as it
   * was without turning it into text.
   */
  editBytes(path: string, edit: (chunks: AsyncGenerator<Uint8Array>) => TextPieces): void {
    const part = this.parts.get(path);
    if (!part) throw new Error(`The workbook has no part ${path}`);
    this.parts.set(path, { pieces: () => edit(bytesOf(part, this.source)) });
  }

  /** Sets a part's text, or the pieces it is written from when the package is written (`pieces` is called then, on every write). */
  put(path: string, text: string | (() => TextPieces)): void {
    this.parts.set(path, typeof text === 'string' ? { text } : { pieces: text });
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
  async addSheet(name: string, sheetXml: string | (() => TextPieces), sheetRels: readonly Relationship[] = []): Promise<string> {
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

  private entries(): OutEntry[] {
    return [...this.parts].map(([name, part]) => ('copy' in part ? { name, copy: part.copy, from: this.source } : 'text' in part ? { name, text: part.text } : { name, pieces: part.pieces }));
  }

  async toBuffer(): Promise<Buffer> {
    return writeZip(this.entries());
  }

  /** The same bytes as toBuffer, written to a file part by part (the package is never one Buffer). */
  async toFile(path: string): Promise<void> {
    await writeZipFile(this.entries(), path);
  }
}
