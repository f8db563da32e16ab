/**
 * Streaming read of the worksheets of an .xlsx, in tab order. The sheet XML is inflated and
 * scanned chunk by chunk, so it never exists as one string or as an object model (exceljs's
 * streaming reader took 110 s on a million-row sheet here; see docs/benchmarks.md). A sheet comes
 * out as a grid, as its first rows only, or row by row to a sink (so a million-row order sheet
 * need never be held as a grid).
 */
import type { CellValue, Grid } from '../../domain/model';
import { parseRelationships, resolveTarget, sheetEntries } from './packageXml';
import { SharedStrings } from './sharedStrings';
import { SheetScanner, type RowSink, type ScanOptions } from './sheetScanner';
import { BATCHES_AHEAD, SheetThread } from './sheetThread';
import { entryBytes, entryStream, entryText, listZipEntries, type ZipEntry } from './zipEntries';

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

/** The worksheets of a package (chart and dialog sheets, which have no cells, left out). */
export class WorkbookReader {
  private constructor(
    private readonly bytes: Buffer,
    private readonly shared: SharedStrings,
    private readonly parts: ReadonlyMap<string, ZipEntry>,
    /** Sheet names in tab order. */
    readonly sheetNames: readonly string[],
    /** The workbook counts dates in Excel's 1904 system (`<workbookPr date1904="1"/>`, docs/cli.md): its date serials are 1,462 days lower. */
    readonly date1904: boolean,
  ) {}

  /** Last row of each sheet's stored dimension, as its first chunk was scanned (sheets without one left out). */
  private readonly dimensions = new Map<string, number>();
  /** Row count of each scanned sheet: exact when scanned to its end, else the rows scanned scaled by the part's size. */
  private readonly estimates = new Map<string, number>();

  /**
   * About how many rows the sheet has, once `stream` or `grid` has scanned its first rows: the last
   * row of its `<dimension ref>`, else the rows scanned scaled by the part's uncompressed size
   * (exceljs writes no dimension). A hint for sizing only, never data (the element is optional and
   * may be stale): at most Excel's 1,048,576 rows, null before any scan.
   */
  rowsHint(name: string): number | null {
    const rows = this.dimensions.get(name) ?? this.estimates.get(name);
    return rows === undefined ? null : Math.min(rows, EXCEL_ROWS);
  }

  static open(bytes: Buffer): WorkbookReader {
    const entries = listZipEntries(bytes);
    const workbookPath = 'xl/workbook.xml';
    const rels = parseRelationships(entryText(bytes, requireEntry(entries, 'xl/_rels/workbook.xml.rels')));
    const sharedEntry = entries.get('xl/sharedStrings.xml');
    const shared = sharedEntry ? SharedStrings.parse(entryBytes(bytes, sharedEntry)) : SharedStrings.of([]);
    const parts = new Map<string, ZipEntry>();
    const workbookXml = entryText(bytes, requireEntry(entries, workbookPath));
    for (const sheet of sheetEntries(workbookXml)) {
      const rel = rels.find((r) => r.id === sheet.relId);
      const entry = rel ? entries.get(resolveTarget(workbookPath, rel.target)) : undefined;
      if (entry) parts.set(sheet.name, entry);
    }
    return new WorkbookReader(bytes, shared, parts, [...parts.keys()], usesDate1904(workbookXml));
  }

  /**
   * Every row of the sheet to `sink`, in order (rows the sheet does not store are skipped; the
   * sink sees each row's number). `until` stops the scan once it returns true. `scan.reuseRow`:
   * the sink gets one array refilled for every row (ScanOptions).
   */
  async stream(name: string, sink: RowSink, onProgress?: (rows: number) => void, every = 100_000, until?: () => boolean, scan: ScanOptions = {}): Promise<void> {
    const entry = this.parts.get(name);
    if (!entry) throw new Error(`the workbook has no worksheet "${name}"`);
    const scanner = new SheetScanner(this.shared, sink, scan);
    let next = every;
    let scanned = 0;
    for await (const chunk of entryStream(this.bytes, entry)) {
      if (scanned === 0) {
        const rows = dimensionRows(chunk as Buffer);
        if (rows !== null) this.dimensions.set(name, rows);
      }
      scanned += (chunk as Buffer).length;
      scanner.push(chunk as Buffer);
      if (until?.()) {
        // Stopped early: the rows so far, scaled by the part's size (its central directory entry) to what they scanned.
        if (scanned > 0 && scanner.rowCount > 0) this.estimates.set(name, Math.ceil((ESTIMATE_MARGIN * scanner.rowCount * entry.uncompressedSize) / scanned));
        return;
      }
      if (scanner.rowCount >= next) {
        onProgress?.(scanner.rowCount);
        next += every;
      }
    }
    scanner.finish();
    this.estimates.set(name, scanner.rowCount);
  }

  /**
   * Starts scanning the sheet on a sheet thread (sheetThread.ts, its compiled entry `workerFile`);
   * null when the package's bytes are not in shared memory (sharedFileBytes), which the thread needs.
   * Its rows then come through `streamFrom`; the caller stops the thread (`stop`) in every case.
   */
  startThread(name: string, workerFile: string): SheetThread | null {
    const entry = this.parts.get(name);
    if (!entry) throw new Error(`the workbook has no worksheet "${name}"`);
    if (!(this.bytes.buffer instanceof SharedArrayBuffer)) return null;
    return new SheetThread(workerFile, this.bytes, entry, name, this.shared.size, BATCHES_AHEAD);
  }

  /** `stream` of a sheet scanned on `thread` (startThread): every row to `sink`, in order, through one reused array. */
  async streamFrom(thread: SheetThread, name: string, sink: RowSink, onProgress?: (rows: number) => void, every = 100_000): Promise<void> {
    this.estimates.set(name, await thread.replay(this.shared, sink, onProgress, every));
  }

  /**
   * The sheet as a grid (row r of the sheet at index r - 1, rows it does not store as []), or its
   * first `limit` rows: `complete` says whether that was the whole sheet.
   */
  async grid(name: string, limit = Infinity, onProgress?: (rows: number) => void, every?: number): Promise<{ grid: CellValue[][]; complete: boolean }> {
    const grid: CellValue[][] = [];
    let complete = true;
    const sink: RowSink = (r, cells) => {
      if (r > limit) {
        complete = false;
        return;
      }
      while (grid.length < r - 1) grid.push([]);
      grid.push(cells);
    };
    await this.stream(name, sink, onProgress, every, () => !complete);
    return { grid, complete };
  }
}

/** Head room on a row estimate from the part's size (a low guess costs a doubling of the order table; later rows are usually longer, with more digits in their references). */
const ESTIMATE_MARGIN = 1.02;

/** Excel's last row (1,048,576): a bound on what a `<dimension>` hint may ask for. */
const EXCEL_ROWS = 1_048_576;

/**
 * The last row of the `<dimension ref="A1:U200001"/>` in the first bytes of a worksheet part
 * (ECMA-376 Part 1, 18.3.1.35; it comes before `<sheetData>`), capped at Excel's row limit; null
 * when there is none before the rows start.
 */
export function dimensionRows(head: Buffer): number | null {
  const text = head.toString('latin1', 0, Math.min(head.length, 1 << 16));
  const data = /<(?:\w+:)?sheetData\b/.exec(text);
  const match = /<(?:\w+:)?dimension\s+ref="[A-Za-z]*\d*(?::[A-Za-z]*(\d+))?"/.exec(data ? text.slice(0, data.index) : text);
  if (!match) return null;
  const last = Number(match[1] ?? 1);
  return Number.isFinite(last) && last > 0 ? Math.min(last, EXCEL_ROWS) : null;
}

/** ECMA-376 Part 1, 18.2.28 workbookPr: `date1904` is an xsd:boolean, so "1" or "true". */
export function usesDate1904(workbookXml: string): boolean {
  return /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(workbookXml);
}

export async function readWorkbookGrids(bytes: Buffer, options: ReadOptions = {}): Promise<SheetGrid[]> {
  const reader = WorkbookReader.open(bytes);
  const sheets: SheetGrid[] = [];
  for (const name of reader.sheetNames) {
    if (options.skip?.(name)) continue;
    const { grid } = await reader.grid(name, Infinity, (rows) => options.onProgress?.(name, rows), options.progressEvery);
    sheets.push({ name, grid });
  }
  return sheets;
}
