/**
 * Every round trip of a run goes through one Syncer: it counts syncs and keeps queued writes under
 * the payload budget (syncing only when the next write would not fit).
 *
 * Screen updating (ExcelApi 1.9, feature-detected) is suspended once per Syncer, with the first
 * write batch: calling it batch after batch is the pattern behind the blinking pane of
 * office-js#545 and #2734. Calculation is not suspended: `suspendApiCalculationUntilNextSync`
 * leaves recalculation to the caller ("it is the developer's responsibility to re-calc"), so
 * user formulas over owned columns would stay stale; owned columns feed no formulas of ours, and a
 * full recalculation of a user's workbook costs more than the automatic one it would replace.
 */
import { ACTION_BYTES, SYNC_BUDGET_BYTES } from './payload';

export interface SyncerOptions {
  budget?: number;
}

export class Syncer {
  syncs = 0;
  /** Checked before every sync; throw to stop (cancellation while reading). */
  beforeSync: (() => void) | undefined;
  private pendingBytes = 0;
  private screenSuspended = false;
  private readonly budget: number;
  private readonly canSuspendScreen: boolean;

  constructor(
    readonly context: Excel.RequestContext,
    options: SyncerOptions = {},
  ) {
    this.budget = options.budget ?? SYNC_BUDGET_BYTES;
    this.canSuspendScreen = Office.context?.requirements?.isSetSupported('ExcelApi', '1.9') ?? false;
  }

  /** A read or control round trip. */
  async sync(): Promise<void> {
    this.beforeSync?.();
    this.pendingBytes = 0;
    this.syncs++;
    await this.context.sync();
  }

  /**
   * Call before queuing a write of about `bytes`: flushes the batch first when the write would
   * push it past the budget; the first write batch suspends screen updating.
   */
  async reserve(bytes: number): Promise<void> {
    if (this.pendingBytes > 0 && this.pendingBytes + bytes + ACTION_BYTES > this.budget) await this.sync();
    if (!this.screenSuspended && this.canSuspendScreen) {
      this.context.workbook.application.suspendScreenUpdatingUntilNextSync();
      this.screenSuspended = true;
    }
    this.pendingBytes += bytes + ACTION_BYTES;
  }

  /** Sends whatever is queued. */
  async flush(): Promise<void> {
    if (this.pendingBytes > 0) await this.sync();
  }
}
