/**
 * Errors from Excel, as the pane sees them. We branch on `error.code` (stable across languages),
 * never on `message` (localised): learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */
export const PAYLOAD_LIMIT_CODES: readonly string[] = ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded'];

export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return (error as { code: string }).code;
  }
  return 'Unknown';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function isPayloadLimit(error: unknown): boolean {
  return PAYLOAD_LIMIT_CODES.includes(errorCode(error));
}

/** Thrown inside a run when the AbortSignal fires; caught and reported by the run. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

/** What a failed Excel call looks like to the pane. */
export interface ExcelFailure {
  code: string;
  message: string;
}

export function toFailure(error: unknown): ExcelFailure {
  return { code: errorCode(error), message: errorMessage(error) };
}
