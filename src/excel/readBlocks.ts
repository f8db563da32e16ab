/**
 * Reading a rectangle of values in row blocks (getRangeByIndexes, ExcelApi 1.7), the same column
 * count every block, sized so each response stays under the payload budget and each read under
 * the cell cap. The first block's size is a guess from the column count; later blocks are sized
 * from the bytes actually measured. A payload-limit error retries the same block at half size.
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large)
 */
import type { CellValue } from '../domain/model';
import { isPayloadLimit, throwIfAborted } from './errors';
import { blockBytes, rowsPerBlock } from './payload';
import type { Syncer } from './syncs';

export interface BlockReadOptions {
  signal?: AbortSignal;
  /** Bytes per row measured on a sample (e.g. the header scan), for sizing the first block. */
  bytesPerRowHint?: number | null;
  /** Called after each block with the rows read so far. */
  onRows?: (done: number) => void;
}

export async function readValuesInBlocks(
  syncer: Syncer,
  sheet: Excel.Worksheet,
  startRow: number,
  rowCount: number,
  columnCount: number,
  options: BlockReadOptions = {},
): Promise<CellValue[][]> {
  const out: CellValue[][] = [];
  if (rowCount <= 0 || columnCount <= 0) return out;
  // A sample measures only a few rows: pad it so a wider block further down still fits.
  let bytesPerRow: number | null = options.bytesPerRowHint ? options.bytesPerRowHint * 1.25 : null;
  let size = rowsPerBlock(columnCount, bytesPerRow);
  let done = 0;
  while (done < rowCount) {
    throwIfAborted(options.signal);
    const rows = Math.min(size, rowCount - done);
    const range = sheet.getRangeByIndexes(startRow + done, 0, rows, columnCount).load('values');
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
