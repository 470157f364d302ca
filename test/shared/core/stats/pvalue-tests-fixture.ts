/**
 * Loads test/fixtures/stats-pvalue-tests.json (written by
 * scripts/fixtures/stats_pvalue_tests.py from scipy 1.10.1) and asserts agreement with
 * the tolerances of the project notes.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

type Encoded = number | 'Infinity' | '-Infinity' | 'NaN';

/** Sample recipe for large cases, regenerated here bit for bit (see the Python script). */
export interface SampleRecipe {
  kind: 'uniform' | 'irwinHall' | 'integers';
  seed: number;
  n: number;
  scale: number;
  shift: number;
  levels?: number;
}

export interface FixtureCase {
  test: 'ks' | 'mwu' | 'welch' | 'chi2' | 'z' | 'fisher';
  label: string;
  x?: Encoded[];
  y?: Encoded[];
  generated?: { x: SampleRecipe; y: SampleRecipe };
  counts?: Encoded[][] | number[];
  table?: [[number, number], [number, number]];
  expected: Record<string, Encoded | string>;
  /** Where mlgate's rule differs from scipy: the rule, and what scipy returned. */
  rule?: string;
  scipy?: Record<string, Encoded>;
}

interface Fixture {
  versions: Record<string, string>;
  counts: Record<string, number>;
  cases: FixtureCase[];
  /** Building-block values: rows of [arguments..., scipy value(s)]. */
  distributions: Record<string, number[][]>;
}

const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/stats-pvalue-tests.json', import.meta.url), 'utf8'),
) as Fixture;

export const fixtureVersions = fixture.versions;

export function casesFor(test: FixtureCase['test']): FixtureCase[] {
  return fixture.cases.filter((c) => c.test === test);
}

/** Rows of scipy values for a distribution function (see distribution_values() in the script). */
export function distributionRows(name: string): number[][] {
  const rows = fixture.distributions[name];
  if (!rows) throw new TypeError(`fixture: no distribution values for ${name}`);
  return rows;
}

export function decode(value: Encoded | string): number {
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  if (value === 'NaN') return NaN;
  if (typeof value !== 'number') throw new TypeError(`fixture: not a number: ${value}`);
  return value;
}

function xorshift32Uniforms(seed: number, count: number): Float64Array {
  const out = new Float64Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out[i] = state / 4294967296;
  }
  return out;
}

export function generateSample(recipe: SampleRecipe): Float64Array {
  const { n, kind, scale, shift } = recipe;
  const base = new Float64Array(n);
  if (kind === 'uniform') {
    base.set(xorshift32Uniforms(recipe.seed, n));
  } else if (kind === 'irwinHall') {
    const u = xorshift32Uniforms(recipe.seed, 12 * n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < 12; j++) s += u[12 * i + j];
      base[i] = s - 6;
    }
  } else {
    const u = xorshift32Uniforms(recipe.seed, n);
    const levels = recipe.levels ?? 1;
    for (let i = 0; i < n; i++) base[i] = Math.floor(u[i] * levels);
  }
  return base.map((v) => v * scale + shift);
}

/** The two samples of a ks/mwu/welch case. */
export function samplesOf(c: FixtureCase): [Float64Array, Float64Array] {
  if (c.generated) return [generateSample(c.generated.x), generateSample(c.generated.y)];
  if (!c.x || !c.y) throw new TypeError(`fixture case ${c.label} has no samples`);
  return [Float64Array.from(c.x, decode), Float64Array.from(c.y, decode)];
}

/** Statistics: 1e-9 relative (1e-12 absolute next to 0); non-finite values must match exactly. */
export const STATISTIC_RELATIVE_TOLERANCE = 1e-9;
const STATISTIC_ABSOLUTE_FLOOR = 1e-12;
/** p-values: 1e-6 absolute, or 1e-6 relative in the tail (p < 1e-6). */
export const P_VALUE_TOLERANCE = 1e-6;
/** Below this both sides are in the range where scipy underflows to 0 and we may not. */
const UNDERFLOW = 1e-300;

export function statisticError(actual: number, expected: number): number {
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) {
    return Object.is(actual, expected) || (Number.isNaN(actual) && Number.isNaN(expected)) ? 0 : Infinity;
  }
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), STATISTIC_ABSOLUTE_FLOOR / STATISTIC_RELATIVE_TOLERANCE);
}

/** Error in units where ≤ 1e-6 passes: absolute above 1e-6, relative below. */
export function pValueError(actual: number, expected: number): number {
  if (Number.isNaN(expected) || Number.isNaN(actual)) return Number.isNaN(expected) && Number.isNaN(actual) ? 0 : Infinity;
  if (expected < UNDERFLOW && actual < UNDERFLOW) return 0;
  if (expected < P_VALUE_TOLERANCE) return Math.abs(actual - expected) / expected;
  return Math.abs(actual - expected);
}

export function expectStatistic(actual: number, expected: Encoded | string, what = 'statistic'): void {
  const e = decode(expected);
  const error = statisticError(actual, e);
  expect(error, `${what}: got ${actual}, scipy ${e}`).toBeLessThanOrEqual(STATISTIC_RELATIVE_TOLERANCE);
}

export function expectPValue(actual: number, expected: Encoded | string): void {
  const e = decode(expected);
  const error = pValueError(actual, e);
  expect(error, `p-value: got ${actual}, scipy ${e}`).toBeLessThanOrEqual(P_VALUE_TOLERANCE);
  if (!Number.isNaN(e)) {
    expect(actual).toBeGreaterThanOrEqual(0);
    expect(actual).toBeLessThanOrEqual(1);
  }
}
