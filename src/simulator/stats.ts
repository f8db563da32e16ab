/** Round-trip counters: one record per sync that reached "Excel" (non-empty batches only). */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  /**
   * The request only released tracked objects (`_RemoveReference`): the clean-up round trip the
   * client makes after an `Excel.run` (ClientRequestContext._runCommon). Its failure is ignored
   * by the client, so it fails no run.
   */
  cleanupOnly?: boolean;
}

export class SyncStats {
  syncs: SyncRecord[] = [];
  totalRequestBytes = 0;
  totalResponseBytes = 0;
  suspendCalculationCalls = 0;
  suspendScreenUpdatingCalls = 0;

  get syncCount(): number {
    return this.syncs.length;
  }

  /** @internal */
  beginSync(requestBytes: number): SyncRecord {
    const record = { requestBytes, responseBytes: 0 };
    this.syncs.push(record);
    this.totalRequestBytes += requestBytes;
    return record;
  }

  /** @internal */
  addResponse(bytes: number): void {
    this.totalResponseBytes += bytes;
  }

  reset(): void {
    this.syncs = [];
    this.totalRequestBytes = 0;
    this.totalResponseBytes = 0;
    this.suspendCalculationCalls = 0;
    this.suspendScreenUpdatingCalls = 0;
  }
}
