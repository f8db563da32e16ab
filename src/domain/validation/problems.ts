/** Problems are collected, never thrown: a capped list for display, with full counts by reason. */
import type { CellProblem } from '../model';

export interface ProblemSummary {
  sheet: string;
  severity: CellProblem['severity'];
  /** The first problem's code: problemText(summary, language, { general: true }) words the group. */
  code: CellProblem['code'];
  values?: CellProblem['values'];
  /** The general part of the reason: the text before any ";" detail. */
  reason: string;
  count: number;
  firstRow: number;
}

export const DEFAULT_MAX_PROBLEMS = 500;

function generalReason(reason: string): string {
  const cut = reason.indexOf(';');
  return cut < 0 ? reason : reason.slice(0, cut);
}

export class ProblemLog {
  readonly problems: CellProblem[] = [];
  private total = 0;
  private readonly byReason = new Map<string, ProblemSummary>();

  constructor(private readonly maxStored: number = DEFAULT_MAX_PROBLEMS) {}

  add(problem: CellProblem): void {
    this.total++;
    if (this.problems.length < this.maxStored) this.problems.push(problem);
    const reason = generalReason(problem.reason);
    const key = `${problem.sheet}\u0000${problem.severity}\u0000${reason}`;
    const entry = this.byReason.get(key);
    if (entry) entry.count++;
    else
      this.byReason.set(key, { sheet: problem.sheet, severity: problem.severity, code: problem.code, ...(problem.values ? { values: problem.values } : {}), reason, count: 1, firstRow: problem.row });
  }

  get count(): number {
    return this.total;
  }

  /** Errors first, then by count, largest first. */
  summary(): ProblemSummary[] {
    return [...this.byReason.values()].map((s) => ({ ...s })).sort(bySeverityThenCount);
  }
}

function bySeverityThenCount(a: ProblemSummary, b: ProblemSummary): number {
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  return b.count - a.count || a.firstRow - b.firstRow;
}

export function summariseProblems(problems: Iterable<CellProblem>): ProblemSummary[] {
  const log = new ProblemLog(0);
  for (const problem of problems) log.add(problem);
  return log.summary();
}
