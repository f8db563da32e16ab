/** Round-trip counters: one record per sync that reached "Excel" (non-empty batches only). */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
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
