import { readFileSync } from 'node:fs';

/**
 * Typed access to the fixtures written by scripts/fixtures/stats_distances.py, and the
 * comparison rules (tolerances from the project's testing notes) the distance tests share.
 */

export type Source = 'scipy' | 'documented';

export interface BinnedExpectation extends VectorMetrics {
  edges: number[];
  referenceCounts: number[];
  currentCounts: number[];
  p: number[];
  q: number[];
  pFloored: number[];
  qFloored: number[];
  psiFloored: number;
  klFloored: number;
  /** The quantile bins plus open bins beyond the reference's range, as the drift methods bin. */
  outer: VectorMetrics & { referenceCounts: number[]; currentCounts: number[]; psiFloored: number; klFloored: number };
}

export interface VectorMetrics {
  psi: number;
  kl: number;
  js: number;
  hellinger: number;
  tvd: number;
  linf: number;
}

export interface AndersonDarlingExpectation {
  statistic: number;
  pValue: number;
  criticalValues: number[];
  source: Source;
}

export interface PairCase {
  name: string;
  x: number[];
  y: number[];
  cvm: { statistic: number; pValue: number; method: 'exact' | 'asymptotic'; source: Source };
  ad: AndersonDarlingExpectation;
  wasserstein: { value: number; source: Source };
  energy: { value: number; source: Source };
  binned: BinnedExpectation;
}

export interface DistanceFixture {
  numpy: string;
  scipy: string;
  bins: number;
  emptyBinFloor: number;
  pairs: PairCase[];
  kSamples: { name: string; samples: number[][]; ad: AndersonDarlingExpectation }[];
  probabilityVectors: ({ name: string; p: number[]; q: number[] } & VectorMetrics)[];
  categorical: ({
    name: string;
    reference: string[];
    current: string[];
    categories: string[];
    referenceCounts: number[];
    currentCounts: number[];
  } & Partial<BinnedExpectation>)[];
  quantileEdges: { name: string; reference: number[]; bins: number; edges: number[] }[];
  besselK: { nu: number; x: number; kScaled: number; k: number; scipyKve: number }[];
  cvmLimitingCdf: { x: number; cdf: number }[];
  numpySums: { length: number; sum: number }[];
}

function load(name: string): DistanceFixture {
  const text = readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');
  // Non-finite numbers are stored as strings. No category name in the fixture is one of
  // these three strings, so decoding every occurrence is safe.
  return JSON.parse(text, (_key, value: unknown) => {
    if (value === 'Infinity') return Number.POSITIVE_INFINITY;
    if (value === '-Infinity') return Number.NEGATIVE_INFINITY;
    if (value === 'NaN') return Number.NaN;
    return value;
  }) as DistanceFixture;
}

export const small = load('stats-distances.json');
export const large = load('stats-distances-large.json');
export const allPairs: PairCase[] = [...small.pairs, ...large.pairs];

/** |actual − expected| / |expected| (absolute error when expected is 0); 0 for equal non-finite values. */
export function relativeError(actual: number, expected: number): number {
  if (Object.is(actual, expected) || actual === expected) return 0;
  if (Number.isNaN(actual) && Number.isNaN(expected)) return 0;
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return Number.POSITIVE_INFINITY;
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

/** Statistics: 1e−9 relative. */
export function statisticAgrees(actual: number, expected: number): boolean {
  return relativeError(actual, expected) <= 1e-9;
}

/** p-values: 1e−6 absolute, and 1e−6 relative in the tails (expected < 1e−6). */
export function pValueAgrees(actual: number, expected: number): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  const error = Math.abs(actual - expected);
  return expected < 1e-6 ? error <= 1e-6 * expected : error <= 1e-6;
}

/** Metric values: 1e−9 relative or 1e−12 absolute. */
export function metricAgrees(actual: number, expected: number): boolean {
  if (relativeError(actual, expected) <= 1e-9) return true;
  return Number.isFinite(expected) && Math.abs(actual - expected) <= 1e-12;
}

/** Readable failure output: the case name, the values and the error. */
export function describeMismatch(name: string, what: string, actual: number, expected: number): string {
  return `${name}: ${what} = ${actual}, expected ${expected} (relative error ${relativeError(actual, expected)})`;
}

export interface VectorCase {
  name: string;
  p: number[];
  q: number[];
  expected: VectorMetrics;
  /** Present for binned and categorical cases: floored proportions and PSI/KL on them. */
  floored?: { p: number[]; q: number[]; psi: number; kl: number };
}

/** Every (p, q) pair in the fixtures: direct vectors, binned sample pairs, categories. */
export function vectorCases(): VectorCase[] {
  const cases: VectorCase[] = small.probabilityVectors.map((c) => ({ name: c.name, p: c.p, q: c.q, expected: c }));
  for (const c of allPairs) {
    const b = c.binned;
    cases.push({
      name: `binned ${c.name}`,
      p: b.p,
      q: b.q,
      expected: b,
      floored: { p: b.pFloored, q: b.qFloored, psi: b.psiFloored, kl: b.klFloored },
    });
  }
  for (const c of small.categorical) {
    if (!c.p || !c.q || !c.pFloored || !c.qFloored || c.psiFloored === undefined || c.klFloored === undefined) continue;
    cases.push({
      name: `categories ${c.name}`,
      p: c.p,
      q: c.q,
      expected: c as VectorMetrics,
      floored: { p: c.pFloored, q: c.qFloored, psi: c.psiFloored, kl: c.klFloored },
    });
  }
  return cases;
}
