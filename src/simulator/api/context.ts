/**
 * The proxy machinery of Office.js: RequestContext, ClientObject, load/sync.
 *
 * Rules mirrored (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts#sync-and-load
 * and .../develop/application-specific-api-model):
 * - Proxies do nothing until `context.sync()`: property writes and method calls are queued and run
 *   at sync, in order.
 * - A property can be read only after `load()` named it (or a bare load) and a sync ran; otherwise
 *   reading throws PropertyNotLoaded. Loaded values are a snapshot taken at that sync.
 * - Each sync's request and response are capped (5 MB on Excel on the web; see SimulatorState).
 */
import { ErrorCodes, fail, notLoadedMessage, SimulatorError } from '../errors';
import { ACTION_OVERHEAD_BYTES, jsonBytes, OBJECT_PATH_OVERHEAD_BYTES } from '../payload';
import type { SimulatorState } from '../state';
import type { Application, WorkbookProxy } from './workbook';

/** What a batch collects while it runs: response size, and loaded data to publish on success. */
export interface Stage {
  responseBytes: number;
  publish: (() => void)[];
}

interface Action {
  bytes: number;
  run: (stage: Stage) => void;
}

export interface LoadTree {
  all: boolean;
  props: Set<string>;
  nav: Map<string, LoadTree>;
}

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] } | Record<string, unknown>;

const emptyTree = (all = false): LoadTree => ({ all, props: new Set(), nav: new Map() });

function addPath(tree: LoadTree, path: string): void {
  const parts = path.split('/').map((p) => p.trim()).filter(Boolean);
  let node = tree;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i]!;
    let next = node.nav.get(part);
    if (!next) node.nav.set(part, (next = emptyTree()));
    node = next;
  }
  const last = parts[parts.length - 1];
  if (last !== undefined) node.props.add(last);
}

const splitList = (v: string | string[]): string[] => (Array.isArray(v) ? v : v.split(','));

/** Parses every `load()` argument form: "a, b/c", ["a"], {select, expand}, {a: true, b: {c: true}}. */
export function parseLoad(option?: LoadOption): LoadTree {
  if (option === undefined || option === null) return emptyTree(true);
  const tree = emptyTree();
  if (typeof option === 'string' || Array.isArray(option)) {
    for (const p of splitList(option)) addPath(tree, p);
    return tree;
  }
  if ('select' in option || 'expand' in option) {
    const o = option as { select?: string | string[]; expand?: string | string[] };
    if (o.select) for (const p of splitList(o.select)) addPath(tree, p);
    if (o.expand) for (const p of splitList(o.expand)) tree.nav.set(p.trim(), emptyTree(true));
    return tree;
  }
  for (const [key, value] of Object.entries(option)) {
    if (value === true) tree.props.add(key);
    else if (value && typeof value === 'object') tree.nav.set(key, parseLoad(value as LoadOption));
  }
  return tree;
}

export class RequestContext {
  private queue: Action[] = [];
  private pathBytes = 0;
  private openRuns = 0;
  private closed = false;
  /** Office.js API surface kept for compatibility; the simulator does not need object tracking. */
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
  readonly debugInfo = {};

  constructor(readonly state: SimulatorState) {}

  /** Made by the state's factory, so this module needs only the Workbook proxy's type. */
  get workbook(): WorkbookProxy {
    return this.state.workbookProxy(this) as WorkbookProxy;
  }

  get application(): Application {
    return this.workbook.application;
  }

  /** @internal */
  enterRun(): void {
    this.openRuns++;
    this.closed = false;
  }

  /** @internal */
  leaveRun(): void {
    this.openRuns--;
    if (this.openRuns === 0) {
      this.closed = true;
      this.queue = [];
      this.pathBytes = 0;
    }
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** @internal Queues one action; `bytes` is its argument payload. */
  enqueue(bytes: number, run: (stage: Stage) => void): void {
    if (this.closed) {
      fail(ErrorCodes.invalidObjectPath, 'The object was created in an Excel.run that has finished; use it inside Excel.run(object, batch) or create it anew.');
    }
    this.queue.push({ bytes: ACTION_OVERHEAD_BYTES + bytes, run });
  }

  /** @internal Each new proxy adds an object path to the request. */
  addPath(bytes: number): void {
    this.pathBytes += OBJECT_PATH_OVERHEAD_BYTES + bytes;
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    const actions = this.queue;
    const pathBytes = this.pathBytes;
    this.queue = [];
    this.pathBytes = 0;
    await nextHostTask();
    // An empty batch makes no round trip in Office.js: nothing is counted.
    if (actions.length === 0) return passThroughValue;
    this.execute(actions, pathBytes);
    return passThroughValue;
  }

  private execute(actions: Action[], pathBytes: number): void {
    const { state } = this;
    const { model, stats, options } = state;
    const requestBytes = actions.reduce((sum, a) => sum + a.bytes, 2 + pathBytes);
    const record = stats.beginSync(requestBytes);
    const injected = state.takeInjectedFailure();
    if (options.payloadLimits && requestBytes > options.requestLimitBytes) {
      throw new SimulatorError(ErrorCodes.requestPayloadSizeLimitExceeded, `The request payload size has exceeded the limit (${requestBytes} > ${options.requestLimitBytes} bytes).`);
    }
    if (injected?.mode === 'none') throw new SimulatorError(injected.code, 'Injected failure: the batch was not applied.');
    if (model.cellEditMode) throw new SimulatorError(ErrorCodes.invalidOperationInCellEditMode, 'The operation is not available while Excel is in cell-edit mode.');
    const stage: Stage = { responseBytes: 2, publish: [] };
    const count = injected?.mode === 'partial' ? Math.floor(actions.length / 2) : actions.length;
    model.begin();
    try {
      model.batch(() => {
        for (let i = 0; i < count; i++) actions[i]!.run(stage);
      });
    } catch (error) {
      model.apiCalculationSuspended = false;
      // Like Excel, actions before the failing one stay applied.
      model.commit();
      record.responseBytes = stage.responseBytes;
      throw error;
    }
    model.apiCalculationSuspended = false;
    record.responseBytes = stage.responseBytes;
    stats.addResponse(stage.responseBytes);
    if (options.payloadLimits && stage.responseBytes > options.responseLimitBytes) {
      model.rollback();
      throw new SimulatorError(ErrorCodes.responsePayloadSizeLimitExceeded, `The response payload size has exceeded the limit (${stage.responseBytes} > ${options.responseLimitBytes} bytes).`);
    }
    model.commit();
    if (injected) throw new SimulatorError(injected.code, 'Injected failure: part of the batch was applied.');
    for (const p of stage.publish) p();
  }
}

/** A value computed at sync, e.g. the result of getCount(). */
export class ClientResult<T> {
  private done = false;
  private result: T | undefined;

  get value(): T {
    if (!this.done) throw new SimulatorError(ErrorCodes.propertyNotLoaded, notLoadedMessage('value'));
    return this.result as T;
  }

  /** @internal */
  set(stage: Stage, value: T): void {
    stage.responseBytes += jsonBytes(value) + 10;
    stage.publish.push(() => {
      this.result = value;
      this.done = true;
    });
  }
}

type Resolver<T> = () => T | null;

export const NO_PATH = -1;

/**
 * Base of every proxy. `T` is what the proxy stands for in the model (a sheet id, a SheetRef, ...),
 * found by the resolver when the batch runs, then kept: later syncs reuse it, as Office.js keeps
 * an object's path once Excel has bound it.
 */
export abstract class ClientObject<T = unknown> {
  protected loaded = new Map<string, unknown>();
  private resolved: { value: T | null } | undefined;
  private nullState: boolean | undefined;

  /** Scalar properties a bare `load()` returns. */
  protected abstract readonly scalarProps: readonly string[];

  /** `pathBytes` = NO_PATH for proxies made while a sync runs (collection items): no request cost. */
  constructor(readonly context: RequestContext, private readonly resolver: Resolver<T>, pathBytes = 0) {
    if (pathBytes !== NO_PATH) context.addPath(pathBytes);
  }

  protected get state(): SimulatorState {
    return this.context.state;
  }

  /** @internal Resolves at sync time; null for a null object. */
  targetOrNull(): T | null {
    if (!this.resolved) this.resolved = { value: this.resolver() };
    return this.resolved.value;
  }

  /** @internal */
  target(): T {
    const t = this.targetOrNull();
    return t ?? fail(ErrorCodes.itemNotFound, `The requested ${this.constructor.name} does not exist.`);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new SimulatorError(ErrorCodes.propertyNotLoaded, notLoadedMessage('isNullObject'));
    return this.nullState;
  }

  /** @internal OrNullObject proxies learn whether they exist at the next sync. */
  resolveAtSync(): void {
    this.context.enqueue(0, (stage) => {
      const isNull = this.targetOrNull() === null;
      stage.responseBytes += 20;
      stage.publish.push(() => { this.nullState = isNull; });
    });
  }

  load(option?: LoadOption): this {
    const tree = parseLoad(option);
    this.context.enqueue(jsonBytes(typeof option === 'object' ? JSON.stringify(option) : option ?? ''), (stage) => this.loadNow(tree, stage));
    return this;
  }

  /** @internal Reads the requested properties now (at sync) and publishes them if the sync succeeds. */
  loadNow(tree: LoadTree, stage: Stage): void {
    const target = this.targetOrNull();
    const isNull = target === null;
    stage.publish.push(() => { this.nullState = isNull; });
    if (target === null) return;
    const props = tree.all ? this.scalarProps : [...tree.props];
    const data: [string, unknown][] = [];
    for (const prop of props) {
      const child = this.navigation(prop);
      if (child) {
        child.loadNow(emptyTree(true), stage);
        continue;
      }
      if (!this.scalarProps.includes(prop)) fail(ErrorCodes.invalidArgument, `Cannot load unknown property '${prop}' of ${this.constructor.name}.`);
      const value = this.readProperty(target, prop);
      stage.responseBytes += jsonBytes(prop) + 1 + jsonBytes(value) + 1;
      data.push([prop, value]);
    }
    stage.responseBytes += 20;
    for (const [name, sub] of tree.nav) {
      const child = this.navigation(name) ?? fail(ErrorCodes.invalidArgument, `Cannot load '${name}' of ${this.constructor.name}.`);
      child.loadNow(sub, stage);
    }
    stage.publish.push(() => { for (const [k, v] of data) this.loaded.set(k, v); });
  }

  /** Reads one scalar property from the model (called at sync). */
  protected abstract readProperty(target: T, prop: string): unknown;

  /** Child proxies reachable by load paths ("format/fill/color"). */
  protected navigation(_name: string): ClientObject<unknown> | undefined {
    return undefined;
  }

  protected val<V>(prop: string): V {
    if (this.loaded.has(prop)) return this.loaded.get(prop) as V;
    // Office.js does not throw for properties of a null object: they read as undefined.
    if (this.nullState === true) return undefined as V;
    throw new SimulatorError(ErrorCodes.propertyNotLoaded, notLoadedMessage(prop));
  }

  /** Queues a property write; like Office.js, the proxy remembers the value written. */
  protected write<V>(prop: string, value: V, apply: (target: T, value: V) => void): void {
    this.context.enqueue(jsonBytes(prop) + jsonBytes(value), () => {
      const t = this.targetOrNull();
      if (t !== null) apply(t, value);
    });
    this.loaded.set(prop, value);
  }

  /** Queues a method call that acts on the target; skipped for a null object. */
  protected call(args: unknown, run: (target: T, stage: Stage) => void): void {
    this.context.enqueue(jsonBytes(args ?? null), (stage) => {
      const t = this.targetOrNull();
      if (t !== null) run(t, stage);
    });
  }

  /** Queues a method whose result is known only after sync. */
  protected result<V>(args: unknown, compute: (target: T) => V): ClientResult<V> {
    const out = new ClientResult<V>();
    this.context.enqueue(jsonBytes(args ?? null), (stage) => out.set(stage, compute(this.target())));
    return out;
  }

  /** Office.js `set({...})`: writes several properties, nested objects into child proxies. */
  set(properties: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(properties)) {
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        const child = this.navigation(k);
        if (child) {
          child.set(v as Record<string, unknown>);
          continue;
        }
      }
      (this as unknown as Record<string, unknown>)[k] = v;
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** Collections: `items` after load; `load('name')` and `load('items/name')` both load the items' name. */
export abstract class ClientCollection<I extends ClientObject<unknown>, K> extends ClientObject<true> {
  protected readonly scalarProps: readonly string[] = [];
  private itemList: I[] | undefined;
  /** Collection-level scalar properties such as `count`. */
  protected readonly ownProps: readonly string[] = [];

  constructor(context: RequestContext) {
    super(context, () => true);
  }

  /** @internal Keys of the current members (at sync time). */
  protected abstract keys(): K[];
  /** @internal A proxy bound to one member. */
  protected abstract itemFor(key: K): I;

  get items(): I[] {
    if (this.itemList) return this.itemList;
    throw new SimulatorError(ErrorCodes.propertyNotLoaded, notLoadedMessage('items'));
  }

  override loadNow(tree: LoadTree, stage: Stage): void {
    const own = new Set([...tree.props].filter((p) => this.ownProps.includes(p)));
    const itemTree: LoadTree = tree.nav.get('items') ?? { all: tree.all, props: new Set([...tree.props].filter((p) => !own.has(p) && p !== 'items')), nav: new Map([...tree.nav].filter(([k]) => k !== 'items')) };
    if (tree.props.has('items')) itemTree.all = true;
    if (itemTree.props.size === 0 && itemTree.nav.size === 0) itemTree.all = true;
    const items = this.keys().map((k) => this.itemFor(k));
    for (const item of items) item.loadNow(itemTree, stage);
    const data: [string, unknown][] = [...own].map((p) => [p, this.readProperty(true, p)]);
    for (const [p, v] of data) stage.responseBytes += jsonBytes(p) + jsonBytes(v) + 2;
    stage.publish.push(() => {
      this.itemList = items;
      for (const [k, v] of data) this.loaded.set(k, v);
    });
  }

  protected readProperty(_target: true, prop: string): unknown {
    return prop === 'count' ? this.keys().length : undefined;
  }

  getCount(): ClientResult<number> {
    return this.result(null, () => this.keys().length);
  }
}

/**
 * A sync is a round trip to the host: while it is under way the pane's thread is free, as in Excel,
 * so the simulator hands the thread back (a macrotask, not a microtask) before running the batch.
 * Otherwise a run of syncs would be one long main-thread task in the workbench.
 */
function nextHostTask(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    return new Promise((resolve) => {
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
