/// <reference lib="webworker" />
/** Worker entry: runs the scoring engine off the pane's main thread. */
// Must stay the first import: it configures zod before any schema is created.
import '../domain/noEval';
import { handleRequest, ScoringEngine } from './engine';
import { faultOf } from './faults';
import type { WorkerRequest, WorkerResponse } from './protocol';

const engine = new ScoringEngine();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let response: WorkerResponse;
  try {
    response = { id: request.id, ok: true, result: handleRequest(engine, request.kind, request.params) };
  } catch (error) {
    const fault = faultOf(error);
    response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error), ...(fault ? { fault } : {}) };
  }
  scope.postMessage(response);
};
