/**
 * The emulated Excel host: answers the RichApi requests Microsoft's Office.js client sends, from
 * the workbook model. One `process` call is one round trip (`context.sync()`); see README.md for
 * the client function each behaviour was read from.
 */
import { ErrorCodes, SimulatorError } from '../errors';
import type { SimulatorState } from '../state';
import {
  ActionType,
  ID_KEY,
  ITEMS_KEY,
  memberName,
  ObjectPathType,
  REFERENCE_ID_KEY,
  wireName,
  type ActionInfo,
  type ActionResult,
  type ArgumentInfo,
  type QueryInfo,
  type RequestBody,
  type ResponseError,
} from './protocol';
import { HostObject, type HostEnv } from './types';
import { workbookType } from './workbook';

/** Office.js error numbers a host reports instead of a response (`RichApiMessageUtility.OfficeJsErrorCode_*`). */
export const OfficeJsErrorCode = { requestPayloadSizeLimitExceeded: 5103, responsePayloadSizeLimitExceeded: 5104 } as const;

export type HostReply = { ok: true; body: string } | { ok: false; code: number; message: string };

/** UTF-8 length of a string, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

interface Selection {
  all: boolean;
  scalars: Set<string>;
  nav: Map<string, Selection>;
}

const selection = (all = false): Selection => ({ all, scalars: new Set(), nav: new Map() });

function walk(root: Selection, parts: string[]): Selection {
  let node = root;
  for (const part of parts) {
    let next = node.nav.get(part);
    if (!next) node.nav.set(part, (next = selection()));
    node = next;
  }
  return node;
}

/** `QueryInfo` as `ClientRequestContext._parseQueryOption` builds it: Select paths ("format/fill/color"), Expand navigation names. */
function parseQuery(q: QueryInfo | undefined): Selection {
  const root = selection(!q?.Select);
  for (const path of q?.Select ?? []) {
    const parts = path
      .split('/')
      .map((p) => p.trim())
      .filter(Boolean);
    const last = parts.pop();
    if (last !== undefined) walk(root, parts).scalars.add(last);
  }
  for (const path of q?.Expand ?? [])
    walk(
      root,
      path
        .split('/')
        .map((p) => p.trim())
        .filter(Boolean),
    ).all = true;
  return root;
}

const notEmulated = (what: string): never => {
  throw new SimulatorError(ErrorCodes.generalException, `Not emulated by the host: ${what}.`);
};

/** One request: its object paths, evaluated once each, in the order the actions reach them. */
class RequestRun {
  readonly results: ActionResult[] = [];
  readonly traceIds: number[] = [];
  private readonly paths = new Map<number, HostObject | null>();
  /** The member being evaluated, for `Body.Error.Location` ("Worksheet.getRange"). */
  where = '';

  constructor(
    private readonly body: RequestBody,
    private readonly host: ExcelHost,
  ) {}

  private get env(): HostEnv {
    return this.host.env;
  }

  /** Arguments with client objects (sent as object path ids, `CommonUtility.collectObjectPathInfos`) resolved. */
  private args(info: ArgumentInfo | undefined): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    const refs = info?.ReferencedObjectPathIds ?? [];
    refs.forEach((ref, i) => {
      if (typeof ref === 'number' && ref !== 0) args[i] = this.resolve(ref);
    });
    return args;
  }

  resolve(id: number): HostObject | null {
    if (this.paths.has(id)) return this.paths.get(id)!;
    const info = this.body.ObjectPaths[String(id)] ?? notEmulated(`object path ${id} missing from the request`);
    let result: HostObject | null;
    switch (info.ObjectPathType) {
      case ObjectPathType.globalObject:
        result = new HostObject(workbookType, null) as HostObject;
        break;
      case ObjectPathType.referenceId:
        result = this.host.references.get(info.Name) ?? null;
        if (!result)
          throw new SimulatorError(
            ErrorCodes.invalidObjectPath,
            "The object path '" +
              info.Name +
              '\' isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
          );
        break;
      case ObjectPathType.nullObject:
        result = null;
        break;
      case ObjectPathType.property:
      case ObjectPathType.method:
      case ObjectPathType.indexer: {
        const parent = this.resolve(info.ParentObjectPathId ?? 0);
        result = parent === null ? null : this.member(parent, info.ObjectPathType, info.Name, this.args(info.ArgumentInfo));
        break;
      }
      default:
        result = notEmulated(`object path type ${info.ObjectPathType}`);
    }
    this.paths.set(id, result);
    return result;
  }

  private member(parent: HostObject, pathType: number, name: string, args: unknown[]): HostObject | null {
    const { type, target } = parent;
    const member = memberName(name);
    this.where = `${type.name}.${pathType === ObjectPathType.indexer ? 'getItem' : member}`;
    let out: unknown;
    if (pathType === ObjectPathType.property) {
      const nav = type.nav?.[member] ?? notEmulated(`${type.name}.${member}`);
      out = nav(target, this.env);
    } else if (pathType === ObjectPathType.indexer) {
      out = (type.indexer ?? notEmulated(`${type.name} indexer`))(target, args, this.env);
    } else {
      const method = type.methods?.[member];
      if (method) out = method(target, args, this.env);
      else if (member === 'getItemAt' && type.items) {
        out = type.items(target, this.env)[args[0] as number] ?? new SimulatorError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.");
        if (out instanceof SimulatorError) throw out;
      } else out = notEmulated(`${type.name}.${member}`);
    }
    if (out === null || out instanceof HostObject) return out;
    return notEmulated(`${type.name}.${member} as an object`);
  }

  run(action: ActionInfo): void {
    switch (action.ActionType) {
      case ActionType.instantiate: {
        const o = this.resolve(action.ObjectPathId);
        this.results.push({ ActionId: action.Id, Value: o === null ? null : this.identity(o, true) });
        return;
      }
      case ActionType.query: {
        const o = this.resolve(action.ObjectPathId);
        this.results.push({ ActionId: action.Id, Value: o === null ? null : this.value(o, parseQuery(action.QueryInfo)) });
        return;
      }
      case ActionType.method:
        return this.method(action);
      case ActionType.setProperty: {
        const o = this.resolve(action.ObjectPathId);
        if (o === null) return;
        const name = memberName(action.Name);
        this.where = `${o.type.name}.${name}`;
        const setter = o.type.setters?.[name] ?? notEmulated(`setting ${o.type.name}.${name}`);
        setter(o.target, this.args(action.ArgumentInfo)[0] as never, this.env);
        return;
      }
      case ActionType.trace:
        // EventHandlers.add/remove take effect only for trace ids the response lists (EventHandlers._processRegistration).
        this.traceIds.push(action.Id);
        return;
      default:
        notEmulated(`action type ${action.ActionType}`);
    }
  }

  private method(action: ActionInfo): void {
    const o = this.resolve(action.ObjectPathId);
    if (o === null) return; // calls on a null object do nothing
    this.where = `${o.type.name}.${memberName(action.Name)}`;
    const args = this.args(action.ArgumentInfo);
    if (action.Name === '_KeepReference') {
      // TrackedObjects._addCommon / AutoKeepReference: the object survives this request under a reference id.
      o.referenceId ??= this.host.newReference(o);
      return;
    }
    if (action.Name === '_RemoveReference') {
      this.host.references.delete(String(args[0]));
      return;
    }
    const name = memberName(action.Name);
    const method = o.type.methods?.[name] ?? notEmulated(`${o.type.name}.${name}`);
    const out = method(o.target, args, this.env);
    if (out !== undefined && out !== null && !(out instanceof HostObject)) this.results.push({ ActionId: action.Id, Value: out });
  }

  /** What `_handleIdResult` / `ObjectPath.updateUsingObjectData` read: the id and the reference id. */
  private identity(o: HostObject, withId: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (o.referenceId) out[REFERENCE_ID_KEY] = o.referenceId;
    if (withId && o.type.id) out[ID_KEY] = o.type.id(o.target, this.env);
    return out;
  }

  /** A query result as the generated `_handleResult` reads it: wire-named scalars, navigation objects, `_Items`. */
  private value(o: HostObject, sel: Selection, asItem = false): unknown {
    if (o.type.items) {
      // Scalars of the collection itself (`count`) answer at its level; the rest select from the items.
      const own = [...sel.scalars].filter((n) => o.type.scalars?.[n]);
      const out: Record<string, unknown> = {};
      for (const name of own) out[wireName(name)] = o.type.scalars![name]!(o.target, this.env);
      const itemSel: Selection = { all: sel.all, scalars: new Set([...sel.scalars].filter((n) => !own.includes(n))), nav: sel.nav };
      if (sel.all || itemSel.scalars.size > 0 || itemSel.nav.size > 0) out[ITEMS_KEY] = o.type.items(o.target, this.env).map((item) => this.value(item, itemSel, true));
      return out;
    }
    const { type, target } = o;
    const out = this.identity(o, asItem);
    const scalars = type.scalars ?? {};
    const names = sel.all ? Object.keys(scalars).filter((n) => !type.notByDefault?.includes(n)) : [...sel.scalars];
    for (const name of names) {
      const read = scalars[name];
      if (read) out[wireName(name)] = read(target, this.env);
      else if (type.nav?.[name]) sel.nav.set(name, sel.nav.get(name) ?? selection(true));
      else notEmulated(`${type.name}.${name}`);
    }
    for (const [name, sub] of sel.nav) {
      const nav = type.nav?.[name] ?? notEmulated(`${type.name}.${name}`);
      const child = nav(target, this.env);
      out[wireName(name)] = child === null ? null : this.value(child, sub);
    }
    return out;
  }

  location(): string {
    return this.where;
  }
}

export class ExcelHost {
  readonly references = new Map<string, HostObject>();
  private nextReference = 1;

  constructor(
    readonly env: HostEnv,
    private readonly state: SimulatorState,
  ) {}

  newReference(o: HostObject): string {
    const id = `{ref-${this.nextReference++}}`;
    this.references.set(id, o);
    return id;
  }

  /** One round trip: the request body exactly as the client serialised it; the response body it will parse. */
  process(requestText: string): HostReply {
    const { model, options, stats } = this.env;
    const requestBytes = utf8Length(requestText);
    const record = stats.beginSync(requestBytes);
    const injected = this.state.takeInjectedFailure();
    if (options.payloadLimits && requestBytes > options.requestLimitBytes) {
      return {
        ok: false,
        code: OfficeJsErrorCode.requestPayloadSizeLimitExceeded,
        message: `The request payload size has exceeded the limit (${requestBytes} > ${options.requestLimitBytes} bytes). Please refer to the documentation: https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.`,
      };
    }
    const reply = (body: object): HostReply => {
      const text = JSON.stringify(body);
      record.responseBytes = utf8Length(text);
      stats.addResponse(record.responseBytes);
      return { ok: true, body: text };
    };
    // Marked before any injected failure, so a test can tell a failed clean-up round trip (which the client ignores) from a failed batch.
    const body = JSON.parse(requestText) as RequestBody;
    if (body.Actions.some((a) => a.Name === '_RemoveReference') && body.Actions.every((a) => a.Name === '_RemoveReference' || a.ActionType === ActionType.instantiate)) record.cleanupOnly = true;
    if (injected?.mode === 'none') return reply({ Error: errorOf(new SimulatorError(injected.code, 'Injected failure: the batch was not applied.')) });

    if (model.cellEditMode) return reply({ Error: errorOf(new SimulatorError(ErrorCodes.invalidOperationInCellEditMode, 'The operation is not available while Excel is in cell-edit mode.')) });
    const run = new RequestRun(body, this);
    const count = injected?.mode === 'partial' ? Math.floor(body.Actions.length / 2) : body.Actions.length;
    let failed: { error: unknown; index: number } | undefined;
    model.begin();
    try {
      model.batch(() => {
        for (let i = 0; i < count; i++) {
          try {
            run.run(body.Actions[i]!);
          } catch (error) {
            failed = { error, index: i };
            throw error;
          }
        }
      });
    } catch (error) {
      model.apiCalculationSuspended = false;
      // Like Excel, actions before the failing one stay applied; the response carries only the error.
      model.commit();
      const index = failed?.index ?? 0;
      return reply({ Error: { ...errorOf(error), ActionIndex: index, Location: run.location() } });
    }
    model.apiCalculationSuspended = false;
    const text = JSON.stringify({ Results: run.results, TraceIds: run.traceIds });
    const responseBytes = utf8Length(text);
    if (options.payloadLimits && responseBytes > options.responseLimitBytes) {
      model.rollback();
      record.responseBytes = responseBytes;
      return {
        ok: false,
        code: OfficeJsErrorCode.responsePayloadSizeLimitExceeded,
        message: `The response payload size has exceeded the limit (${responseBytes} > ${options.responseLimitBytes} bytes). Please refer to the documentation: https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.`,
      };
    }
    model.commit();
    if (injected) return reply({ Error: errorOf(new SimulatorError(injected.code, 'Injected failure: part of the batch was applied.')) });
    record.responseBytes = responseBytes;
    stats.addResponse(responseBytes);
    return { ok: true, body: text };
  }
}

function errorOf(error: unknown): ResponseError {
  if (error instanceof SimulatorError) return { Code: error.code, Message: error.message, HttpStatusCode: 400 };
  const message = error instanceof Error ? error.message : String(error);
  return { Code: ErrorCodes.generalException, Message: `There was an internal error while processing the request. (${message})`, HttpStatusCode: 500 };
}
