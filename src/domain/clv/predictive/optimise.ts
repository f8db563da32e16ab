/**
 * A small quasi-Newton minimiser (BFGS with an Armijo backtracking line search) for the few
 * parameters of the CLV models, which are fitted on log-parameters so every point is feasible.
 */

export interface ValueAndGradient {
  value: number;
  gradient: Float64Array;
}

export type Objective = (point: Float64Array) => ValueAndGradient;

export interface MinimiseOptions {
  /** Stop when every gradient component is at most this in absolute value. */
  gradientTolerance?: number;
  maxIterations?: number;
  /**
   * Give up (not converged) when the objective has improved by less than this, relative to its
   * size, over `stallWindow` iterations: an optimum at the edge of the parameter space (e.g. BG/NBD
   * on customers who never drop out, where a and b run off to infinity) is otherwise chased for
   * hundreds of iterations that change nothing a user would see.
   */
  stallTolerance?: number;
  stallWindow?: number;
}

export interface MinimiseResult {
  point: Float64Array;
  value: number;
  gradient: Float64Array;
  converged: boolean;
  iterations: number;
  evaluations: number;
}

const ARMIJO_C1 = 1e-4;
/** Halvings of a steepest-descent step (the first, or after a reset) before the line search gives up. */
const MAX_BACKTRACKS = 60;
/**
 * Halvings of a quasi-Newton step: once the inverse Hessian is fitted to the curvature seen, a
 * step that must shrink a millionfold (2^-20) to lower the objective is chasing rounding noise in
 * the objective (a sum over a million customers near an optimum at infinity), not the curvature.
 */
const MAX_QUASI_NEWTON_BACKTRACKS = 20;

function dot(u: Float64Array, v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < u.length; i++) s += (u[i] as number) * (v[i] as number);
  return s;
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (const value of v) m = Math.max(m, Math.abs(value));
  return m;
}

function identity(n: number, scale = 1): Float64Array[] {
  return Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(n);
    row[i] = scale;
    return row;
  });
}

function times(matrix: Float64Array[], v: Float64Array): Float64Array {
  return Float64Array.from(matrix, (row) => dot(row, v));
}

/** H <- (I - rho s y') H (I - rho y s') + rho s s', the BFGS update of the inverse Hessian. */
function updateInverseHessian(h: Float64Array[], s: Float64Array, y: Float64Array, rho: number): Float64Array[] {
  const n = s.length;
  const hy = times(h, y);
  const yhy = dot(y, hy);
  return Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      const si = s[i] as number;
      const sj = s[j] as number;
      row[j] = (h[i]?.[j] as number) - rho * ((hy[i] as number) * sj + si * (hy[j] as number)) + (rho * rho * yhy + rho) * si * sj;
    }
    return row;
  });
}

/** Minimise a smooth objective from `start` by BFGS. Deterministic; never throws on a bad step. */
export function minimiseBfgs(objective: Objective, start: ArrayLike<number>, options: MinimiseOptions = {}): MinimiseResult {
  const tolerance = options.gradientTolerance ?? 1e-7;
  const maxIterations = options.maxIterations ?? 500;
  const stallTolerance = options.stallTolerance ?? 1e-10;
  const stallWindow = options.stallWindow ?? 25;
  const history: number[] = [];
  const n = start.length;
  let x = Float64Array.from(start);
  let current = objective(x);
  let evaluations = 1;
  let h = identity(n);
  let iterations = 0;

  while (iterations < maxIterations && Number.isFinite(current.value) && maxAbs(current.gradient) > tolerance) {
    iterations++;
    let direction = times(h, current.gradient).map((v) => -v);
    let slope = dot(direction, current.gradient);
    let backtracks = iterations === 1 ? MAX_BACKTRACKS : MAX_QUASI_NEWTON_BACKTRACKS;
    if (!(slope < 0)) {
      backtracks = MAX_BACKTRACKS;
      h = identity(n);
      direction = current.gradient.map((v) => -v);
      slope = dot(direction, current.gradient);
    }
    let step = 1;
    let next: ValueAndGradient | null = null;
    let candidate = x;
    for (let k = 0; k < backtracks; k++) {
      candidate = x.map((v, i) => v + step * (direction[i] as number));
      // A step too short to move the point in its last digits cannot lower the objective.
      if (candidate.every((v, i) => v === x[i])) break;
      const trial = objective(candidate);
      evaluations++;
      // A strict decrease: at the floor of precision a tiny step meets Armijo's test with an equal value (c1 step slope rounds away).
      if (Number.isFinite(trial.value) && trial.value < current.value && trial.value <= current.value + ARMIJO_C1 * step * slope) {
        next = trial;
        break;
      }
      step /= 2;
    }
    if (next === null) break; // no descent possible along this direction: we are at the floor of precision
    const s = candidate.map((v, i) => v - (x[i] as number));
    const y = next.gradient.map((v, i) => v - (current.gradient[i] as number));
    const ys = dot(y, s);
    if (ys > 1e-12) {
      // Scale the first guess of the inverse Hessian to the curvature seen (Nocedal & Wright 6.20).
      if (iterations === 1) h = identity(n, ys / dot(y, y));
      h = updateInverseHessian(h, s, y, 1 / ys);
    }
    x = candidate;
    current = next;
    history.push(current.value);
    if (history.length > stallWindow) {
      const before = history[history.length - 1 - stallWindow] as number;
      if (before - current.value <= stallTolerance * Math.max(1, Math.abs(current.value))) break;
    }
  }

  return {
    point: x,
    value: current.value,
    gradient: current.gradient,
    converged: Number.isFinite(current.value) && maxAbs(current.gradient) <= tolerance,
    iterations,
    evaluations,
  };
}

/** Central-difference gradient of a scalar function: for checking analytic gradients. */
export function numericGradient(f: (point: Float64Array) => number, point: ArrayLike<number>, h = 1e-6): Float64Array {
  const x = Float64Array.from(point);
  return x.map((v, i) => {
    const up = Float64Array.from(x);
    const down = Float64Array.from(x);
    up[i] = v + h;
    down[i] = v - h;
    return (f(up) - f(down)) / (2 * h);
  });
}
