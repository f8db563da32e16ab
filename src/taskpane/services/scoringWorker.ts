/**
 * The pane's handle on the scoring worker: typed calls that return promises. Where Worker is not
 * available (jest, very old hosts) the same engine runs in-thread behind the same interface.
 */
import type { ScoringEngine } from '../../worker/engine';
import { FaultError } from '../../worker/faults';
import type { CallKind, WorkerCalls, WorkerResponse } from '../../worker/protocol';

export interface ScoringClient {
  call<K extends CallKind>(kind: K, params: WorkerCalls[K]['params']): Promise<WorkerCalls[K]['result']>;
  /** True when the work runs in a Web Worker. */
  readonly offThread: boolean;
  dispose(): void;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

class WorkerClient implements ScoringClient {
  readonly offThread = true;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.settle(event.data);
    worker.onerror = (event) => this.failAll(new FaultError('worker-stopped', event.message || 'The scoring worker stopped.'));
  }

  call<K extends CallKind>(kind: K, params: WorkerCalls[K]['params']): Promise<WorkerCalls[K]['result']> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, kind, params });
    });
  }

  dispose(): void {
    this.worker.terminate();
    this.failAll(new FaultError('worker-closed', 'The scoring worker was closed.'));
  }

  private settle(response: WorkerResponse): void {
    const waiting = this.pending.get(response.id);
    if (!waiting) return;
    this.pending.delete(response.id);
    if (response.ok) waiting.resolve(response.result);
    else waiting.reject(response.fault ? new FaultError(response.fault, response.error) : new Error(response.error));
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

/**
 * Runs the engine on the calling thread, yielding once per call so the caller stays asynchronous.
 * The engine is loaded with the first call: in the pane's bundle it is a chunk of its own, fetched
 * only where there is no worker, so the entry script does not carry it (the worker has its copy).
 */
export class InThreadClient implements ScoringClient {
  readonly offThread = false;
  private engine: Promise<{ engine: ScoringEngine; handle: typeof import('../../worker/engine').handleRequest }> | null = null;

  async call<K extends CallKind>(kind: K, params: WorkerCalls[K]['params']): Promise<WorkerCalls[K]['result']> {
    this.engine ??= import(/* webpackChunkName: "engine-in-thread" */ '../../worker/engine').then((m) => ({ engine: new m.ScoringEngine(), handle: m.handleRequest }));
    const { engine, handle } = await this.engine;
    return handle(engine, kind, params);
  }

  dispose(): void {}
}

/** Picks the worker when the platform has one; `spawn` is given by the entry point (see spawnWorker.ts). */
export function createScoringClient(spawn: (() => Worker) | null): ScoringClient {
  if (spawn === null || typeof Worker === 'undefined') return new InThreadClient();
  try {
    return new WorkerClient(spawn());
  } catch {
    return new InThreadClient();
  }
}
