// Shared loader and tolerance helpers for the shared/metrics tests.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Decodes the "Infinity"/"-Infinity"/"NaN" strings the fixture uses for non-finite numbers. */
export function decodeNumber(value: Json): number | null {
  if (value === null) return null;
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  if (value === 'NaN') return Number.NaN;
  if (typeof value !== 'number') throw new Error(`not a number: ${JSON.stringify(value)}`);
  return value;
}

export interface ClassificationCase {
  name: string;
  positiveLabel?: string | null;
  yTrue: string[];
  yPred: string[];
  yScore?: number[] | null;
  classScores?: Record<string, number[]> | null;
  expected: Record<string, number | string | null>;
  confusion_matrix: { labels: string[]; matrix: number[][] };
}

export interface RegressionCase {
  name: string;
  yTrue: string[];
  yPred: string[];
  expected: Record<string, number | string | null>;
}

export interface DeLongCase {
  name: string;
  yTrue: string[];
  candidate: { yPred: string[]; yScore: number[] };
  baseline: { yPred: string[]; yScore: number[] };
  auc_candidate: number;
  auc_baseline: number;
  variance: number;
  z: number | string;
  p: number;
  mcnemar: { b: number; c: number; p: number };
}

export interface MetricsFixture {
  versions: Record<string, string>;
  binary: ClassificationCase[];
  multiclass: ClassificationCase[];
  regression: RegressionCase[];
  mcnemar: { b: number; c: number; p: number }[];
  delong: DeLongCase[];
  normal: { z: number; sf: number; cdf: number }[];
  xoshiro128: { seed?: number; state: number[]; outputs: number[] }[];
}

let cached: MetricsFixture | undefined;

export function loadFixture(): MetricsFixture {
  cached ??= JSON.parse(readFileSync(new URL('../../../fixtures/metrics.json', import.meta.url), 'utf8')) as MetricsFixture;
  return cached;
}

/** Relative error |a − e| / |e| (absolute when e = 0), for reporting agreement. */
export function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

/** Metric values: 1e-9 relative or 1e-12 absolute (project tolerance). */
export function expectMetricClose(actual: number | undefined, expected: number, label: string): void {
  expect(actual, label).toBeTypeOf('number');
  const a = actual as number;
  if (!Number.isFinite(expected)) {
    expect(a, label).toBe(expected);
    return;
  }
  const tolerance = Math.max(1e-12, 1e-9 * Math.abs(expected));
  expect(Math.abs(a - expected), `${label}: got ${a}, expected ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** p-values: 1e-6 absolute, or 1e-6 relative in the tail (p < 1e-6). */
export function expectPValueClose(actual: number, expected: number, label: string): void {
  const tolerance = expected < 1e-6 ? 1e-6 * expected : 1e-6;
  expect(Math.abs(actual - expected), `${label}: got ${actual}, expected ${expected}`).toBeLessThanOrEqual(tolerance);
}
