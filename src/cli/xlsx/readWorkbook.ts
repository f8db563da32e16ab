/**
 * Streaming read of the worksheets of an .xlsx into grids, in tab order. The sheet XML is inflated
 * and scanned chunk by chunk, so it never exists as one string or as an object model (exceljs's
 * streaming reader took 110 s on a million-row sheet here; this reads it in a fraction; see
 * docs/benchmarks.md).
 */
import type { Grid } from '../../domain/model';
import { parseRelationships, resolveTarget, sheetEntries } from './packageXml';
import { parseSharedStrings, SheetScanner } from './sheetScanner';
import { entryStream, entryText, listZipEntries, type ZipEntry } from './zipEntries';

export interface SheetGrid {
  name: string;
  grid: Grid;
}

export interface ReadOptions {
  /** Sheets not wanted (e.g. our own dashboard): not scanned at all. */
  skip?: (sheetName: string) => boolean;
  /** Called about every `progressEvery` rows with the sheet name and rows read so far. */
  onProgress?: (sheetName: string, rows: number) => void;
  progressEvery?: number;
}

function requireEntry(entries: Map<string, ZipEntry>, path: string): ZipEntry {
  const entry = entries.get(path);
  if (!entry) throw new Error(`the package has no ${path}`);
  return entry;
}

async function scanSheet(bytes: Buffer, entry: ZipEntry, shared: readonly string[], report: (rows: number) => void, every: number): Promise<Grid> {
  const scanner = new SheetScanner(shared);
  let next = every;
  for await (const chunk of entryStream(bytes, entry)) {
    scanner.push(chunk as Buffer);
    if (scanner.rows.length >= next) {
      report(scanner.rows.length);
      next += every;
    }
  }
  scanner.finish();
  return scanner.rows;
}

export async function readWorkbookGrids(bytes: Buffer, options: ReadOptions = {}): Promise<SheetGrid[]> {
  const entries = listZipEntries(bytes);
  const workbookPath = 'xl/workbook.xml';
  const rels = parseRelationships(entryText(bytes, requireEntry(entries, 'xl/_rels/workbook.xml.rels')));
  const sharedEntry = entries.get('xl/sharedStrings.xml');
  const shared = sharedEntry ? parseSharedStrings(entryText(bytes, sharedEntry)) : [];
  const every = options.progressEvery ?? 100_000;
  const sheets: SheetGrid[] = [];
  for (const sheet of sheetEntries(entryText(bytes, requireEntry(entries, workbookPath)))) {
    if (options.skip?.(sheet.name)) continue;
    const rel = rels.find((r) => r.id === sheet.relId);
    const entry = rel ? entries.get(resolveTarget(workbookPath, rel.target)) : undefined;
    if (!entry) continue; // chart sheets and dialog sheets have no cells
    const grid = await scanSheet(bytes, entry, shared, (rows) => options.onProgress?.(sheet.name, rows), every);
    sheets.push({ name: sheet.name, grid });
  }
  return sheets;
}
