/**
 * Cell storage: one `Layer` per cell attribute (values, formulas, number formats, fill, ...), each
 * held densely per row (`rows[r][c]`) so a 1,000,000 x 12 sheet is 1M small arrays, not 12M
 * objects. Structural edits replace row arrays instead of mutating them, so a transaction can undo
 * them by restoring the outer array (see Workbook.begin / rollback).
 */
import type { Rect } from './address';

export type Scalar = string | number | boolean;
export type Undo = () => void;

export class Layer<T> {
  rows: (T[] | undefined)[] = [];
  /** Set by the workbook while a transaction is open. */
  journal: ((undo: Undo) => void) | undefined;

  get(r: number, c: number): T | undefined {
    return this.rows[r]?.[c];
  }

  /** Writes a block at (r0, c0); `null` entries leave the cell unchanged, `undefined` clears it. */
  writeBlock(r0: number, c0: number, block: readonly (readonly (T | null | undefined)[])[]): void {
    if (this.journal) {
      const width = block.reduce((w, row) => Math.max(w, row.length), 0);
      const before = this.readBlock({ r0, c0, r1: r0 + block.length - 1, c1: c0 + width - 1 });
      this.journal(() =>
        this.writeBlock(
          r0,
          c0,
          before.map((row) => row.map((v) => v ?? undefined)),
        ),
      );
    }
    for (let i = 0; i < block.length; i++) {
      const src = block[i]!;
      let row = this.rows[r0 + i];
      for (let j = 0; j < src.length; j++) {
        const v = src[j];
        if (v === null) continue;
        if (v === undefined) {
          if (row && c0 + j < row.length) row[c0 + j] = undefined as unknown as T;
          continue;
        }
        if (!row) row = this.rows[r0 + i] = [];
        row[c0 + j] = v;
      }
    }
  }

  /** Fills a rectangle with one value (or clears it with `undefined`). */
  fill(rect: Rect, value: T | undefined): void {
    if (value === undefined && this.isEmptyIn(rect)) return;
    const width = rect.c1 - rect.c0 + 1;
    const last = value === undefined ? Math.min(rect.r1, this.rows.length - 1) : rect.r1;
    const block: (T | undefined)[][] = [];
    for (let r = rect.r0; r <= last; r++) block.push(new Array<T | undefined>(width).fill(value));
    if (value === undefined) {
      // Clearing whole columns: only touch rows that exist, and only up to their length.
      for (let i = 0; i < block.length; i++) {
        const row = this.rows[rect.r0 + i];
        block[i]!.length = row ? Math.max(0, Math.min(width, row.length - rect.c0)) : 0;
      }
    }
    this.writeBlock(rect.r0, rect.c0, block);
  }

  readBlock(rect: Rect): (T | undefined)[][] {
    const out: (T | undefined)[][] = [];
    const width = rect.c1 - rect.c0 + 1;
    for (let r = rect.r0; r <= rect.r1; r++) {
      const row = this.rows[r];
      const line = new Array<T | undefined>(width);
      if (row) for (let j = 0; j < width; j++) line[j] = row[rect.c0 + j];
      out.push(line);
    }
    return out;
  }

  isEmptyIn(rect: Rect): boolean {
    const last = Math.min(rect.r1, this.rows.length - 1);
    for (let r = rect.r0; r <= last; r++) {
      const row = this.rows[r];
      if (!row) continue;
      const end = Math.min(rect.c1, row.length - 1);
      for (let c = rect.c0; c <= end; c++) if (row[c] !== undefined) return false;
    }
    return true;
  }

  /** Bounding box of defined cells, or undefined when the layer is empty. */
  bounds(): Rect | undefined {
    let r0 = -1;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    this.rows.forEach((row, r) => {
      if (!row) return;
      let first = -1;
      for (let c = 0; c < row.length; c++)
        if (row[c] !== undefined) {
          first = c;
          break;
        }
      if (first < 0) return;
      let last = row.length - 1;
      while (row[last] === undefined) last--;
      if (r0 < 0) r0 = r;
      r1 = r;
      c0 = Math.min(c0, first);
      c1 = Math.max(c1, last);
    });
    return r0 < 0 ? undefined : { r0, r1, c0, c1 };
  }

  private saveRows(): void {
    if (!this.journal) return;
    const saved = this.rows.slice();
    this.journal(() => {
      this.rows = saved;
    });
  }

  /** Inserts `n` empty columns at `at` in rows r0..r1, shifting cells right. */
  insertColumns(r0: number, r1: number, at: number, n: number): void {
    this.saveRows();
    const last = Math.min(r1, this.rows.length - 1);
    for (let r = r0; r <= last; r++) {
      const row = this.rows[r];
      if (!row || row.length <= at) continue;
      const next = row.slice();
      next.splice(at, 0, ...new Array<T>(n));
      this.rows[r] = next;
    }
  }

  deleteColumns(r0: number, r1: number, at: number, n: number): void {
    this.saveRows();
    const last = Math.min(r1, this.rows.length - 1);
    for (let r = r0; r <= last; r++) {
      const row = this.rows[r];
      if (!row || row.length <= at) continue;
      const next = row.slice();
      next.splice(at, n);
      this.rows[r] = next;
    }
  }

  /** Inserts `n` empty rows at `at` in columns c0..c1 (all columns when `whole`). */
  insertRows(c0: number, c1: number, at: number, n: number, whole: boolean): void {
    this.saveRows();
    if (whole) {
      if (at < this.rows.length) this.rows.splice(at, 0, ...new Array<T[] | undefined>(n));
      return;
    }
    for (let r = this.rows.length - 1 + n; r >= at; r--) this.moveCells(r - n >= at ? r - n : -1, r, c0, c1);
  }

  deleteRows(c0: number, c1: number, at: number, n: number, whole: boolean): void {
    this.saveRows();
    if (whole) {
      this.rows.splice(at, n);
      return;
    }
    const end = this.rows.length;
    for (let r = at; r < end; r++) this.moveCells(r + n < end ? r + n : -1, r, c0, c1);
  }

  /** Copies columns c0..c1 of row `from` (or blanks when -1) into row `to`, as a new array. */
  private moveCells(from: number, to: number, c0: number, c1: number): void {
    const src = from >= 0 ? this.rows[from] : undefined;
    const dst = this.rows[to];
    if (!src && !dst) return;
    const next = dst ? dst.slice() : [];
    for (let c = c0; c <= c1; c++) {
      const v = src?.[c];
      if (v !== undefined || c < next.length) next[c] = v as T;
    }
    this.rows[to] = next;
  }
}

export interface CellFormat {
  fill?: string;
  bold?: boolean;
  fontColor?: string;
  italic?: boolean;
}

/** Every attribute a cell can carry. */
export class CellStore {
  readonly values = new Layer<Scalar>();
  readonly formulas = new Layer<string>();
  readonly numberFormats = new Layer<string>();
  readonly fill = new Layer<string>();
  readonly bold = new Layer<boolean>();
  readonly italic = new Layer<boolean>();
  readonly fontColor = new Layer<string>();

  layers(): Layer<unknown>[] {
    return [this.values, this.formulas, this.numberFormats, this.fill, this.bold, this.italic, this.fontColor] as Layer<unknown>[];
  }

  contentLayers(): Layer<unknown>[] {
    return [this.values, this.formulas] as Layer<unknown>[];
  }

  formatLayers(): Layer<unknown>[] {
    return [this.numberFormats, this.fill, this.bold, this.italic, this.fontColor] as Layer<unknown>[];
  }
}
