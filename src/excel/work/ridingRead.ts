/**
 * A read whose loads ride another reader's round trips instead of making its own: the work area's
 * owned tables read with the user's sheets (src/excel/work/workBasis.ts, readSheetGrids), so an
 * entry point that needs both pays for the round trips of one. The stages follow the reader's
 * syncs: loads queued when the riding read is made go with the first sync, `locate` queues what
 * the second reads, `rects` names the cells read with the reader's first rectangles.
 */
import type { CellValue } from '../../domain/model';
import type { RectRead } from '../readBlocks';

export interface RidingRead<T> {
  /** After the first sync: queues loads for the second; false when it queued nothing. */
  locate(): boolean;
  /** After the second sync: the rectangles to read. */
  rects(): RectRead[];
  /** The rectangles' cells, in the order `rects` gave them. */
  finish(cells: readonly CellValue[][][]): T;
}

/** The same read, its result passed through `f`. */
export function mapRiding<T, U>(read: RidingRead<T>, f: (value: T) => U): RidingRead<U> {
  return { locate: () => read.locate(), rects: () => read.rects(), finish: (cells) => f(read.finish(cells)) };
}
