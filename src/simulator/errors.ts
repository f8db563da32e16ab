/**
 * Errors shaped like OfficeExtension.Error (Office.js surfaces them as "RichApi.Error"): callers
 * branch on `code`, never on the (localised) message.
 * learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 * learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes
 */
export const ErrorCodes = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  insertDeleteConflict: 'InsertDeleteConflict',
  invalidArgument: 'InvalidArgument',
  invalidObjectPath: 'InvalidObjectPath',
  invalidOperation: 'InvalidOperation',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
  invalidReference: 'InvalidReference',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  propertyNotLoaded: 'PropertyNotLoaded',
  // Cell-count cap on reads ("RangeExceedsLimit: the cell count in the range has exceeded the
  // maximum supported number"), listed in the Excel error-code table of the article above.
  rangeExceedsLimit: 'RangeExceedsLimit',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

export class SimulatorError extends Error {
  readonly code: string;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export const notLoadedMessage = (property: string): string =>
  `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`;

export const fail = (code: ErrorCode, message: string, location?: string): never => {
  throw new SimulatorError(code, message, location);
};
