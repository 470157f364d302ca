/** Count, mean and sum of squared deviations of one arm (Welford's M2). */
export interface ArmMoments {
  n: number;
  mean: number;
  m2: number;
}

export const NO_UNITS: ArmMoments = { n: 0, mean: 0, m2: 0 };

/** The moments of two disjoint samples together (Chan, Golub and LeVeque's pairwise update). */
export function mergeMoments(a: ArmMoments, b: ArmMoments): ArmMoments {
  if (a.n === 0) return b;
  if (b.n === 0) return a;
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  return { n, mean: a.mean + (delta * b.n) / n, m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n };
}

/**
 * Cumulative moments of each arm at every look: entry k holds the units of looks 0…k. `arm[i]` is 0
 * (control) or 1 (treatment), `look[i]` the index of unit i's look in `lookCount` ordered looks.
 */
export function cumulativeMoments(arm: Uint8Array, outcome: Float64Array, look: Uint32Array, lookCount: number): { control: ArmMoments[]; treatment: ArmMoments[] } {
  const n = [new Float64Array(lookCount), new Float64Array(lookCount)];
  const mean = [new Float64Array(lookCount), new Float64Array(lookCount)];
  const m2 = [new Float64Array(lookCount), new Float64Array(lookCount)];
  for (let i = 0; i < outcome.length; i++) {
    const a = arm[i];
    const k = look[i];
    n[a][k] += 1;
    const delta = outcome[i] - mean[a][k];
    mean[a][k] += delta / n[a][k];
    m2[a][k] += delta * (outcome[i] - mean[a][k]);
  }
  const running = (a: number): ArmMoments[] => {
    const out: ArmMoments[] = [];
    let total = NO_UNITS;
    for (let k = 0; k < lookCount; k++) {
      total = mergeMoments(total, { n: n[a][k], mean: mean[a][k], m2: m2[a][k] });
      out.push(total);
    }
    return out;
  };
  return { control: running(0), treatment: running(1) };
}

/** Variance of the arm's mean: p(1 − p)/n for proportions (Wald), s²/n (ddof = 1) for means. */
export function varianceOfMean(moments: ArmMoments, kind: 'proportion' | 'mean'): number {
  if (kind === 'proportion') return (moments.mean * (1 - moments.mean)) / moments.n;
  return moments.m2 / (moments.n - 1) / moments.n;
}
