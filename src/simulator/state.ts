/** Limits and options of one simulator, and the failures injected into its next round trips. */
import { ErrorCodes } from './errors';
import { SyncStats } from './stats';

/**
 * Excel on the web caps each request and each response at 5 MB
 * (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * The article does not say whether MB is 10^6 or 2^20 bytes; the simulator uses the smaller,
 * 5,000,000 bytes, so code that fits here fits in Excel.
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
/** "A range is limited to five million cells for get operations" (same article). */
export const READ_CELL_LIMIT = 5_000_000;

export interface SimulatorOptions {
  payloadLimits: boolean;
  requestLimitBytes: number;
  responseLimitBytes: number;
  readCellLimit: number;
  /** Highest ExcelApi requirement set reported as supported. */
  maxExcelApi: string;
}

export const defaultOptions = (): SimulatorOptions => ({
  payloadLimits: true,
  requestLimitBytes: PAYLOAD_LIMIT_BYTES,
  responseLimitBytes: PAYLOAD_LIMIT_BYTES,
  readCellLimit: READ_CELL_LIMIT,
  maxExcelApi: '1.12',
});

export type FailMode = 'none' | 'partial';

interface InjectedFailure {
  at: number;
  mode: FailMode;
  code: string;
}

export class SimulatorState {
  readonly stats = new SyncStats();
  private failures: InjectedFailure[] = [];
  private syncsSeen = 0;

  /** The `n`th sync from now (1 = the next one) fails with `code`. */
  failSync(n: number, mode: FailMode = 'none', code: string = ErrorCodes.generalException): void {
    this.failures.push({ at: this.syncsSeen + n, mode, code });
  }

  /** @internal Called once per round trip. */
  takeInjectedFailure(): InjectedFailure | undefined {
    this.syncsSeen++;
    const i = this.failures.findIndex((f) => f.at === this.syncsSeen);
    return i < 0 ? undefined : this.failures.splice(i, 1)[0];
  }
}
