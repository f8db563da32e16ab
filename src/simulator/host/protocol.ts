/**
 * The RichApi request and response messages exchanged between Microsoft's Office.js client
 * (`@microsoft/office-js/dist/excel-*.js`) and the host. Shapes read from the client library:
 * `ClientRequestBase.prototype.buildRequestMessageBodyAndRequestFlags` (request),
 * `ClientRequestContext.prototype.processRequestExecutorResponseMessage` (response),
 * `ObjectPathFactory.*` (object paths) and `ActionFactory.*` (actions).
 */

/** `ObjectPathFactory.create*ObjectPath`: the `ObjectPathType` numbers. */
export const ObjectPathType = {
  globalObject: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;

/** `ActionFactory.create*Action`: the `ActionType` numbers. */
export const ActionType = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
  ensureUnchanged: 6,
  recursiveQuery: 7,
} as const;

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: the object path id of a client object passed as that argument, or 0. */
  ReferencedObjectPathIds?: (number | unknown[])[];
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  Select?: string[];
  Expand?: string[];
  Top?: number;
  Skip?: number;
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
  AutoKeepReference?: boolean;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

/** `Body.Error` as `processRequestExecutorResponseMessage` reads it. */
export interface ResponseError {
  Code: string;
  Message: string;
  HttpStatusCode: number;
  Location?: string;
  ActionIndex?: number;
}

export interface ResponseBody {
  Results?: ActionResult[];
  TraceIds?: number[];
  Error?: ResponseError;
}

/** The keys the client reads in results (`CommonConstants`). */
export const ITEMS_KEY = '_Items';
export const REFERENCE_ID_KEY = '_ReferenceId';
export const ID_KEY = 'Id';

/** `LibraryBuilder` derives a member's wire name with `toSimpleCamelUpperCase`: first letter upper-cased. */
export const wireName = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
/** The reverse, for SetProperty and Method action names and navigation property paths. */
export const memberName = (wire: string): string => (wire.startsWith('_') ? wire : wire.charAt(0).toLowerCase() + wire.slice(1));
