/**
 * Reading a rectangle of values in row blocks (getRangeByIndexes, ExcelApi 1.7), the same column
 * count every block, sized so each response stays under the payload budget and each read under
 * the cell cap. The first block's size is a guess from the column count; later blocks are sized
 * from the bytes actually measured. A payload-limit error retries the same block at half size.
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large)
 */
import type { CellValue } from '../domain/model';
import { isPayloadLimit, throwIfAborted } from './errors';
import { blockBytes, FIRST_GUESS_BYTES_PER_CELL, READ_CELL_CAP, rowsPerBlock, SYNC_BUDGET_BYTES } from './payload';
import type { Syncer } from './syncs';

export interface BlockReadOptions {
  signal?: AbortSignal;
  /** Bytes per row measured on a sample (e.g. the header scan), for sizing the first block. */
  bytesPerRowHint?: number | null;
  /** Called after each block with the rows read so far. */
  onRows?: (done: number) => void;
  /** First column of the rectangle (0 = column A). */
  startColumn?: number;
}

export async function readValuesInBlocks(syncer: Syncer, sheet: Excel.Worksheet, startRow: number, rowCount: number, columnCount: number, options: BlockReadOptions = {}): Promise<CellValue[][]> {
  const out: CellValue[][] = [];
  if (rowCount <= 0 || columnCount <= 0) return out;
  // A sample measures only a few rows: pad it so a wider block further down still fits.
  let bytesPerRow: number | null = options.bytesPerRowHint ? options.bytesPerRowHint * 1.25 : null;
  let size = rowsPerBlock(columnCount, bytesPerRow);
  let done = 0;
  while (done < rowCount) {
    throwIfAborted(options.signal);
    const rows = Math.min(size, rowCount - done);
    const range = sheet.getRangeByIndexes(startRow + done, options.startColumn ?? 0, rows, columnCount).load('values');
    try {
      await syncer.sync();
    } catch (error) {
      if (isPayloadLimit(error) && rows > 1) {
        size = Math.max(1, Math.floor(rows / 2));
        continue;
      }
      throw error;
    }
    const values = range.values as CellValue[][] | null;
    // Range.values can come back null instead of throwing when a read is too large.
    if (!values) {
      if (rows === 1) throw new Error(`Row ${startRow + done + 1} could not be read.`);
      size = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    for (const row of values) out.push(row);
    done += rows;
    const measured = blockBytes(values) / rows;
    bytesPerRow = bytesPerRow === null ? measured : Math.max(bytesPerRow * 0.5, measured);
    size = rowsPerBlock(columnCount, bytesPerRow);
    options.onRows?.(done);
  }
  return out;
}

export interface RectRead {
  sheet: Excel.Worksheet;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * Several rectangles in as few syncs as fit: small ones (a guessed quarter of the budget or less)
 * share a sync, large ones go in row blocks. A packed sync Excel refuses for size is read again
 * one rectangle at a time, in blocks.
 */
export async function readRects(syncer: Syncer, rects: readonly RectRead[]): Promise<CellValue[][][]> {
  const out: CellValue[][][] = rects.map(() => []);
  const guess = (r: RectRead) => r.rows * r.columns * FIRST_GUESS_BYTES_PER_CELL;
  let pending: { index: number; range: Excel.Range }[] = [];
  let pendingBytes = 0;
  const readAlone = async (index: number) => {
    const r = rects[index]!;
    out[index] = await readValuesInBlocks(syncer, r.sheet, r.row, r.rows, r.columns, { startColumn: r.column });
  };
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    pendingBytes = 0;
    try {
      await syncer.sync();
    } catch (error) {
      if (!isPayloadLimit(error)) throw error;
      for (const p of batch) await readAlone(p.index);
      return;
    }
    for (const p of batch) out[p.index] = (p.range.values as CellValue[][] | null) ?? [];
    // Range.values can come back null for a read too large: read those again in blocks.
    for (const p of batch) if (p.range.values === null) await readAlone(p.index);
  };
  for (const [index, r] of rects.entries()) {
    if (r.rows <= 0 || r.columns <= 0) continue;
    const bytes = guess(r);
    if (bytes > SYNC_BUDGET_BYTES / 4 || r.rows * r.columns > READ_CELL_CAP / 4) {
      await readAlone(index);
      continue;
    }
    if (pendingBytes + bytes > SYNC_BUDGET_BYTES / 2) await flush();
    pending.push({ index, range: r.sheet.getRangeByIndexes(r.row, r.column, r.rows, r.columns).load('values') });
    pendingBytes += bytes;
  }
  await flush();
  return out;
}
