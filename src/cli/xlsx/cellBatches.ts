/**
 * Scanned rows in batches of typed arrays: how the sheet thread (sheetThread.ts) hands a sheet's
 * rows to the main thread without an object per row or per cell. A batch's arrays are transferred,
 * not copied. Shared-string cells travel as their index and are resolved on the main thread from
 * its own table (WorkbookReader's), so the thread never holds the table; every other value travels
 * as it was scanned. Decoding a batch gives the sink exactly the rows the scanner gave: same
 * numbers, same cells, same values (docs/cli.md, "Running it: how `tiers` runs").
 */
import type { CellValue } from '../../domain/model';
import type { SharedTexts } from './sheetScanner';

/** One batch: `rows` rows, their cells dense (column A first) one after another; the arrays may be longer. */
export interface CellBatch {
  rows: number;
  /** 1-based sheet row number of each row. */
  rowNumbers: Int32Array;
  /** Cells of each row. */
  widths: Int32Array;
  /** Kind of each cell (KIND). */
  kinds: Uint8Array;
  /** Number of a number cell, index of a shared-string cell. */
  numbers: Float64Array;
  /** Text of each text cell, in cell order. */
  texts: string[];
}

const KIND = { empty: 0, number: 1, shared: 2, text: 3, yes: 4, no: 5 } as const;

/** A shared-string cell as the thread's scanner leaves it: the index, in an object no scanned value can be. */
interface SharedRef {
  k: number;
}

/**
 * The shared-string table of the thread's scanner: hands out an object holding the index instead
 * of the text, or null where the table has no text (as SharedStrings.text: an index out of range
 * or not whole), so a cell reads as empty exactly where it would with the table. The objects are
 * reused row after row (`reset` once a row is encoded).
 */
export class SharedIndexes implements SharedTexts {
  private readonly pool: SharedRef[] = [];
  private used = 0;

  /** `size`: how many texts the workbook's table has. */
  constructor(private readonly size: number) {}

  text(k: number): string | null {
    if (!(k >= 0 && k < this.size && Number.isInteger(k))) return null;
    let ref = this.pool[this.used];
    if (ref === undefined) {
      ref = { k: 0 };
      this.pool.push(ref);
    }
    this.used++;
    ref.k = k;
    return ref as unknown as string;
  }

  /** The row's cells are encoded: its objects may serve the next row. */
  reset(): void {
    this.used = 0;
  }
}

/** A batch with room for `rows` rows and `cells` cells, empty. */
export function emptyBatch(rows = BATCH_ROWS, cells = BATCH_CELLS): CellBatch {
  return { rows: 0, rowNumbers: new Int32Array(rows), widths: new Int32Array(rows), kinds: new Uint8Array(cells), numbers: new Float64Array(cells), texts: [] };
}

/** Rows in a batch. */
export const BATCH_ROWS = 4096;
/** Cells in a batch: 24 a row on average, and more than the widest row Excel allows (16,384 columns). */
export const BATCH_CELLS = BATCH_ROWS * 24;

/**
 * Rows scanned with a SharedIndexes table, encoded into batches: each batch is taken from `take`
 * (emptied batches handed back, so their memory serves again), filled, and handed to `send`.
 */
export class CellBatchWriter {
  private batch: CellBatch | null = null;
  private cells = 0;

  constructor(
    private readonly refs: SharedIndexes,
    /** An empty batch to fill (a fresh one when none is free). */
    private readonly take: () => CellBatch,
    /** Called with each full batch (and the last one from `flush`); the writer keeps no reference to it. */
    private readonly send: (batch: CellBatch) => void,
  ) {}

  /** A row as the scanner gives it to its sink (the array may be reused afterwards). */
  add(r: number, cells: readonly CellValue[]): void {
    const width = cells.length;
    let batch = this.batch;
    if (batch !== null && this.cells + width > batch.kinds.length) {
      this.flush();
      batch = null;
    }
    if (batch === null) {
      batch = this.take();
      // A row wider than a batch holds (a column past Excel's last): a batch of its own.
      if (width > batch.kinds.length) batch = emptyBatch(1, width);
      batch.rows = 0;
      batch.texts = [];
      this.batch = batch;
      this.cells = 0;
    }
    const { kinds, numbers } = batch;
    let p = this.cells;
    for (let c = 0; c < width; c++, p++) {
      const v = cells[c];
      if (typeof v === 'number') {
        kinds[p] = KIND.number;
        numbers[p] = v;
      } else if (v === null || v === undefined) kinds[p] = KIND.empty;
      else if (typeof v === 'string') {
        kinds[p] = KIND.text;
        batch.texts.push(v);
      } else if (typeof v === 'boolean') kinds[p] = v ? KIND.yes : KIND.no;
      else {
        kinds[p] = KIND.shared;
        numbers[p] = (v as unknown as SharedRef).k;
      }
    }
    this.refs.reset();
    batch.rowNumbers[batch.rows] = r;
    batch.widths[batch.rows] = width;
    batch.rows++;
    this.cells = p;
    if (batch.rows === batch.rowNumbers.length) this.flush();
  }

  /** Sends the batch being filled (nothing when there is none). */
  flush(): void {
    const batch = this.batch;
    if (batch === null || batch.rows === 0) return;
    this.batch = null;
    this.send(batch);
  }
}

/** The buffers of a batch, to transfer it rather than copy it. */
export function batchBuffers(batch: CellBatch): ArrayBuffer[] {
  return [batch.rowNumbers.buffer, batch.widths.buffer, batch.kinds.buffer, batch.numbers.buffer] as ArrayBuffer[];
}

/**
 * The batch's rows to `sink`, in order, through one reused array `row` (as the scanner's
 * `reuseRow`), shared-string cells resolved by `shared`. Returns the last row's number (0 for none).
 */
export function replayBatch(batch: CellBatch, shared: SharedTexts, sink: (r: number, cells: CellValue[]) => void, row: CellValue[]): number {
  const { rowNumbers, widths, kinds, numbers, texts } = batch;
  let p = 0;
  let t = 0;
  let r = 0;
  for (let j = 0; j < batch.rows; j++) {
    const width = widths[j] as number;
    if (row.length !== width) row.length = width;
    for (let c = 0; c < width; c++, p++) {
      switch (kinds[p]) {
        case KIND.number:
          row[c] = numbers[p] as number;
          break;
        case KIND.shared:
          row[c] = shared.text(numbers[p] as number);
          break;
        case KIND.text:
          row[c] = texts[t++] as string;
          break;
        case KIND.yes:
          row[c] = true;
          break;
        case KIND.no:
          row[c] = false;
          break;
        default:
          row[c] = null;
      }
    }
    r = rowNumbers[j] as number;
    sink(r, row);
  }
  return r;
}
