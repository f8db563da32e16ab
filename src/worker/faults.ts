/**
 * Why the pane's own machinery failed (the scoring worker, the order of its calls, a port that lacks
 * a feature), as a code the pane words in its language (docs/i18n.md, "The pane's own faults"). The
 * English message stays for logs and tests; a user reads the pane's sentence for the code.
 */
export const PANE_FAULTS = ['worker-stopped', 'worker-closed', 'not-read', 'not-staged', 'not-scored', 'unavailable'] as const;
export type PaneFault = (typeof PANE_FAULTS)[number];

export class FaultError extends Error {
  constructor(
    readonly fault: PaneFault,
    message: string,
  ) {
    super(message);
    this.name = 'FaultError';
  }
}

export function isPaneFault(value: unknown): value is PaneFault {
  return typeof value === 'string' && (PANE_FAULTS as readonly string[]).includes(value);
}

/** The fault an error carries (also after crossing the worker boundary as a plain object), or null. */
export function faultOf(error: unknown): PaneFault | null {
  if (typeof error !== 'object' || error === null) return null;
  const fault = (error as { fault?: unknown }).fault;
  return isPaneFault(fault) ? fault : null;
}
