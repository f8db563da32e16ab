/**
 * Cell-edit mode: while the user is typing in a cell, Excel refuses every API call with
 * `InvalidOperationInCellEditMode` (the Excel error-code table,
 * learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes). A
 * refused sync loses its queued actions, so a whole `Excel.run` is tried again, after a wait that
 * grows, while the pane asks the user to finish editing the cell. Every operation retried this way
 * is idempotent (owned areas are rewritten in place, records upserted by key), and a run refused
 * while writing leaves stale marks that the retry itself clears.
 */
import { errorCode } from './errors';

export const CELL_EDIT_MODE_CODE = 'InvalidOperationInCellEditMode';

/** About two minutes in all before giving up. */
export const EDIT_RETRY_DELAYS_MS: readonly number[] = [250, 500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000, 8_000, 8_000, 8_000, 8_000, 8_000, 8_000, 8_000, 8_000, 8_000];

export const FINISH_EDITING_MESSAGE = 'Excel is busy while a cell is being edited: finish editing the cell (press Enter or Esc) to continue.';

export interface EditRetryOptions {
  /** Called before each wait: attempt 1, 2, ... */
  onWaiting?: (attempt: number) => void;
  delaysMs?: readonly number[];
}

export function isCellEditMode(error: unknown): boolean {
  return errorCode(error) === CELL_EDIT_MODE_CODE;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Told `true` when an operation starts waiting for cell-edit mode to end, `false` when it stops waiting. */
export type EditWaitListener = (waiting: boolean) => void;

const editWaitListeners = new Set<EditWaitListener>();

/**
 * Every operation's waits, for the pane's "finish editing the cell" message (whichever entry point
 * met edit mode: a run, a work-area save, a task generation). Returns the unsubscribe.
 */
export function onEditWait(listener: EditWaitListener): () => void {
  editWaitListeners.add(listener);
  return () => void editWaitListeners.delete(listener);
}

function tellEditWait(waiting: boolean): void {
  for (const listener of [...editWaitListeners]) listener(waiting);
}

/** Runs `attempt` until it does not fail for cell-edit mode, or the waits run out (the last error is thrown). */
export async function retryWhileEditing<T>(attempt: () => Promise<T>, options: EditRetryOptions = {}): Promise<T> {
  const delays = options.delaysMs ?? EDIT_RETRY_DELAYS_MS;
  let waited = false;
  try {
    for (let tried = 0; ; tried++) {
      try {
        return await attempt();
      } catch (error) {
        if (!isCellEditMode(error) || tried >= delays.length) throw error;
        waited = true;
        tellEditWait(true);
        options.onWaiting?.(tried + 1);
        await wait(delays[tried] ?? 0);
      }
    }
  } finally {
    if (waited) tellEditWait(false);
  }
}

/**
 * `Excel.run(batch)`, tried again while Excel is in cell-edit mode. For operations that are safe to
 * repeat: the work area's reads and its upserts by key (src/excel/work/workActions.ts).
 */
export function runWhileEditing<T>(batch: (context: Excel.RequestContext) => Promise<T>, options: EditRetryOptions = {}): Promise<T> {
  return retryWhileEditing(() => Excel.run(batch), options);
}
