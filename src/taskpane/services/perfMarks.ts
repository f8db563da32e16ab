/** Performance marks for the benchmarks; silent where the User Timing API is missing (jsdom, old hosts). */
const timing = typeof performance !== 'undefined' && typeof performance.mark === 'function' && typeof performance.measure === 'function';

export function mark(name: string): void {
  if (timing) performance.mark(name);
}

/** Records the time from `start` (a performance.now() reading) until now under `name`. */
export function measureSince(name: string, start: number): void {
  if (timing) performance.measure(name, { start, end: performance.now() });
}
