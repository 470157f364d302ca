import { normalSf } from '../stats/distributions/normal.js';
import { studentTSf } from '../stats/distributions/student-t.js';

/**
 * The upper quantile x with P(X > x) = tail for a symmetric distribution given by its survival
 * function, tail in (0, 0.5]. Bisection on [0, 64] to the last bit: a handful of calls per run,
 * so exactness beats speed (scipy's `norm.isf` / `t.isf` agree to ~1e-15 relative).
 */
function upperQuantile(sf: (x: number) => number, tail: number): number {
  if (!(tail > 0 && tail <= 0.5)) throw new RangeError(`upperQuantile: tail must be in (0, 0.5], got ${tail}`);
  let low = 0;
  let high = 64;
  for (let i = 0; i < 200 && high - low > 0; i++) {
    const middle = (low + high) / 2;
    if (middle === low || middle === high) break;
    if (sf(middle) > tail) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** z with P(Z > z) = tail, Z standard normal (scipy `norm.isf(tail)`). */
export function normalUpperQuantile(tail: number): number {
  return upperQuantile(normalSf, tail);
}

/** t with P(T_ν > t) = tail, T Student's t with ν (not necessarily whole) degrees of freedom. */
export function studentTUpperQuantile(tail: number, dof: number): number {
  return upperQuantile((x) => studentTSf(x, dof), tail);
}
