/**
 * Every round trip of a run goes through one Syncer: it counts syncs, keeps queued writes under
 * the payload budget (syncing only when the next write would not fit), and suspends calculation
 * (ExcelApi 1.6) and screen updating (1.9, feature-detected) once per write batch. Both suspend
 * calls last until the next sync only, so they are re-issued at the start of each batch, never
 * in a loop (office-js#545, #2734).
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
  private suspended = false;
  private readonly budget: number;
  private readonly canSuspendCalculation: boolean;
  private readonly canSuspendScreen: boolean;

  constructor(readonly context: Excel.RequestContext, options: SyncerOptions = {}) {
    this.budget = options.budget ?? SYNC_BUDGET_BYTES;
    const supports = (v: string) => Office.context?.requirements?.isSetSupported('ExcelApi', v) ?? false;
    this.canSuspendCalculation = supports('1.6');
    this.canSuspendScreen = supports('1.9');
  }

  /** A read or control round trip. */
  async sync(): Promise<void> {
    this.beforeSync?.();
    this.pendingBytes = 0;
    this.suspended = false;
    this.syncs++;
    await this.context.sync();
  }

  /**
   * Call before queuing a write of about `bytes`: flushes the batch first when the write would
   * push it past the budget, and opens each write batch with the suspend calls.
   */
  async reserve(bytes: number): Promise<void> {
    if (this.pendingBytes > 0 && this.pendingBytes + bytes + ACTION_BYTES > this.budget) await this.sync();
    if (!this.suspended) {
      const app = this.context.workbook.application;
      if (this.canSuspendCalculation) app.suspendApiCalculationUntilNextSync();
      if (this.canSuspendScreen) app.suspendScreenUpdatingUntilNextSync();
      this.suspended = true;
    }
    this.pendingBytes += bytes + ACTION_BYTES;
  }

  /** Sends whatever is queued. */
  async flush(): Promise<void> {
    if (this.pendingBytes > 0) await this.sync();
  }
}
