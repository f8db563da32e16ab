/**
 * Creates the scoring worker. Kept apart because `import.meta.url` (which webpack 5 turns into a
 * worker bundle) cannot be parsed by the CommonJS test runner.
 */
export function spawnScoringWorker(): Worker {
  return new Worker(new URL('../../worker/scoring.worker.ts', import.meta.url));
}
