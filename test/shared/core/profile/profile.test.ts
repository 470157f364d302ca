import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addTable } from '../../../../shared/adapters/data/profile-table.js';
import { fineEdges, profileBuilderOn, referenceProfileBuilder } from '../../../../shared/core/profile/build-profile.js';
import { mergeProfiles } from '../../../../shared/core/profile/merge-profiles.js';
import { decileCounts, type DataProfile, type NumericProfile } from '../../../../shared/core/profile/profile.js';
import { profileDriftReport } from '../../../../shared/core/profile/profile-drift.js';
import { binnedKs } from '../../../../shared/core/profile/binned-distances.js';
import { driftReport } from '../../../../shared/core/drift/drift-report.js';
import type { MethodName } from '../../../../shared/core/drift/methods.js';
import { binCountsWithOuterBins, referenceQuantileEdges } from '../../../../shared/core/stats/histogram.js';
import { ksTwoSample } from '../../../../shared/core/stats/ks-two-sample.js';
import { wassersteinDistance } from '../../../../shared/core/stats/wasserstein.js';
import type { Table } from '../../../../shared/core/table/table.js';
import { seededNormal, seededUniform } from '../../../support/random.js';
import { tableOf } from '../../../support/tables.js';

function referenceProfile(table: Table): DataProfile {
  const builder = referenceProfileBuilder(table.source);
  addTable(builder, table);
  return builder.finish();
}

function profileOn(reference: DataProfile, table: Table): DataProfile {
  const builder = profileBuilderOn(reference, table.source);
  addTable(builder, table);
  return builder.finish();
}

function rowsOf(table: Table, from: number, to: number, source: string): Table {
  const cells = new Map([...table.cells].map(([name, column]) => [name, column.slice(from, to)]));
  return { source, columns: table.columns, rowCount: to - from, cells };
}

function sample(seed: number, rows: number, shift: number): Table {
  const normal = seededNormal(seed);
  const uniform = seededUniform(seed + 1);
  const colours = ['red', 'green', 'blue', 'cyan', 'magenta'];
  return tableOf(`data-${seed}.csv`, {
    income: Array.from({ length: rows }, (_, i) => (i % 37 === 0 ? '' : (normal() * 1000 + 5000 + shift * 300).toFixed(2))),
    age: Array.from({ length: rows }, () => Math.round(20 + uniform() * 50 + shift * 3)),
    heavy: Array.from({ length: rows }, () => Math.exp(normal() * 2 + shift)),
    colour: Array.from({ length: rows }, () => (uniform() < 0.02 ? 'NA' : colours[Math.floor(uniform() * (shift > 0 ? 5 : 4))])),
    flag: Array.from({ length: rows }, () => (uniform() < 0.3 + shift * 0.1 ? 'yes' : 'no')),
  });
}

const EXACT: MethodName[] = ['psi', 'jensenshannon', 'hellinger', 'kl_div', 'tvd', 'linf'];

describe('fine edges', () => {
  it('every 100th of the 999 fine edges is exactly the decile referenceQuantileEdges computes (ties merged)', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, -0, 0.1, 0.3)), { minLength: 1, maxLength: 3000 }),
      (values) => {
        const edges = fineEdges(Float64Array.from(values).sort());
        const deciles: number[] = [];
        for (let k = 1; k < 10; k++) if (deciles.length === 0 || edges[100 * k - 1] !== deciles[deciles.length - 1]) deciles.push(edges[100 * k - 1]);
        expect(deciles).toEqual(referenceQuantileEdges(values, 10));
      },
    ), { numRuns: 200 });
  });

  it('decile counts summed from the fine bins equal binCountsWithOuterBins on the values', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 500 }),
      fc.array(fc.oneof(fc.integer({ min: -80, max: 80 }), fc.constantFrom(Infinity, -Infinity)), { minLength: 1, maxLength: 500 }),
      (reference, current) => {
        const ref = referenceProfile(tableOf('r', { x: reference }));
        const cur = profileOn(ref, tableOf('c', { x: current }));
        const edges = referenceQuantileEdges(reference, 10);
        const [min, max] = [Math.min(...reference), Math.max(...reference)];
        expect(decileCounts(cur.columns[0] as NumericProfile)).toEqual(binCountsWithOuterBins(current, edges, min, max));
        expect(decileCounts(ref.columns[0] as NumericProfile)).toEqual(binCountsWithOuterBins(reference, edges, min, max));
      },
    ), { numRuns: 100 });
  });
});

describe('drift from merged shard profiles', () => {
  const reference = sample(1, 4000, 0);
  const current = sample(2, 4000, 1);
  const referenceP = referenceProfile(reference);
  const shards = Array.from({ length: 8 }, (_, i) => profileOn(referenceP, rowsOf(current, i * 500, (i + 1) * 500, `shard-${i}.csv`)));
  const merged = mergeProfiles(shards.map((profile, i) => ({ source: `shard-${i}.json`, profile })));
  const whole = profileOn(referenceP, current);

  it('merging 8 shards gives the profile of the whole data (counts exactly; sums to rounding)', () => {
    const { sources: _a, columns: mergedColumns, ...mergedRest } = merged;
    const { sources: _b, columns: wholeColumns, ...wholeRest } = whole;
    expect(mergedRest).toEqual(wholeRest);
    mergedColumns.forEach((column, i) => {
      const other = wholeColumns[i];
      if (column.kind === 'numeric' && other.kind === 'numeric') {
        expect({ ...column, finite: undefined }).toEqual({ ...other, finite: undefined });
        expect(column.finite.count).toBe(other.finite.count);
        expect(column.finite.sum).toBeCloseTo(other.finite.sum, 6);
        expect(column.finite.m2 / other.finite.m2).toBeCloseTo(1, 10);
      } else expect(column).toEqual(other);
    });
  });

  it.each([...EXACT, 'chisquare' as const, 'z' as const, 'fisher_exact' as const])('%s: the same numbers as drift on the raw data', (method) => {
    const columns = ['chisquare', 'z', 'fisher_exact'].includes(method) ? (method === 'chisquare' ? ['colour', 'flag'] : ['flag']) : ['income', 'age', 'heavy', 'colour', 'flag'];
    const options = { method, columns, correction: 'none' as const };
    const raw = driftReport(reference, current, options);
    const fromMerged = profileDriftReport({ source: 'ref.json', profile: referenceP }, { source: 'all.json', profile: merged }, options);
    const fromWhole = profileDriftReport({ source: 'ref.json', profile: referenceP }, { source: 'whole.json', profile: whole }, options);
    const numbers = (r: typeof raw) => r.columns.map((c) => ({ name: c.name, statistic: c.statistic, p: c.p_value, drifted: c.drifted, missing: c.missing, rows: c.rows }));
    expect(numbers(fromMerged)).toEqual(numbers(raw));
    expect(numbers(fromWhole)).toEqual(numbers(raw));
    expect(fromMerged.dataset_drifted).toBe(raw.dataset_drifted);
  });

  it('ks and wasserstein are marked approximate and the raw statistics lie within their error bounds', () => {
    for (const method of ['ks', 'wasserstein'] as const) {
      const options = { method, columns: ['income', 'age', 'heavy'], correction: 'none' as const };
      const raw = driftReport(reference, current, options);
      const binned = profileDriftReport({ source: 'ref.json', profile: referenceP }, { source: 'all.json', profile: merged }, options);
      binned.columns.forEach((column, i) => {
        expect(column.approximate).toBe(true);
        expect(Math.abs(column.statistic! - raw.columns[i].statistic!)).toBeLessThanOrEqual(column.error_bound! * (1 + 1e-9) + 1e-12);
      });
    }
  });

  it('auto picks wasserstein confirmed by ks for numeric columns and jensenshannon for categories above 1,000 rows', () => {
    const report = profileDriftReport({ source: 'ref.json', profile: referenceP }, { source: 'all.json', profile: merged });
    expect(report.columns.map((c) => [c.name, c.method, c.significance?.test])).toEqual([
      ['income', 'wasserstein', 'ks'], ['age', 'wasserstein', 'ks'], ['heavy', 'wasserstein', 'ks'], ['colour', 'jensenshannon', 'chisquare'], ['flag', 'jensenshannon', 'z'],
    ]);
    expect(report.dataset_drifted).toBe(true);
  });
});

describe('merge', () => {
  const reference = referenceProfile(sample(3, 300, 0));
  const part = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 60 })).map(([seed, rows]) => profileOn(reference, sample(10 + seed, rows, seed % 2)));
  const comparable = (p: DataProfile) => ({
    ...p, sources: [...p.sources].sort(),
    columns: p.columns.map((c) => (c.kind === 'numeric' ? { ...c, finite: { count: c.finite.count, min: c.finite.min, max: c.finite.max, sum: Math.round(c.finite.sum * 1e3), m2: Math.round(c.finite.m2) } } : c)),
  });
  const merge = (...profiles: DataProfile[]) => mergeProfiles(profiles.map((profile) => ({ source: profile.sources.join('+'), profile })));

  it('is associative and commutative (counts exactly; sums and M2 to rounding; sources in merge order)', () => {
    fc.assert(fc.property(part, part, part, (a, b, c) => {
      expect(comparable(merge(merge(a, b), c))).toEqual(comparable(merge(a, merge(b, c))));
      expect(comparable(merge(a, b))).toEqual(comparable(merge(b, a)));
    }), { numRuns: 30 });
  });

  it('adds the parts one at a time from any iterable, into a total of its own: the given profiles stay as they were', () => {
    const parts = [1, 2, 3].map((seed) => profileOn(reference, sample(20 + seed, 40 * seed, seed % 2)));
    const before = structuredClone(parts);
    let read = 0;
    const lazily = function* () {
      for (const [i, profile] of parts.entries()) {
        read++;
        yield { source: `shard-${i}.json`, profile };
      }
    };
    const total = mergeProfiles(lazily());
    expect(read).toBe(3);
    expect(parts).toEqual(before);
    expect(total).toEqual(merge(merge(parts[0], parts[1]), parts[2]));
    expect(total.rows).toBe(40 + 80 + 120);
    const numeric = total.columns.find((c) => c.kind === 'numeric')!;
    const counts = (p: DataProfile) => (p.columns.find((c) => c.name === numeric.name) as typeof numeric).counts;
    expect(counts(total)).toEqual(counts(parts[0]).map((c, k) => c + counts(parts[1])[k] + counts(parts[2])[k]));
    expect(mergeProfiles([{ source: 'one.json', profile: parts[0] }])).toEqual(parts[0]);
    expect(() => mergeProfiles([])).toThrow('profile merge: no profiles to merge');
  });

  it('refuses profiles on different edges, naming both files and the field', () => {
    const other = referenceProfile(sample(4, 300, 0));
    expect(() => mergeProfiles([{ source: 'a.json', profile: reference }, { source: 'b.json', profile: other }]))
      .toThrow(/a\.json and b\.json are not counted on the same reference \(field `basis`.*column `income` has different edges/);
  });
});

describe('binned KS', () => {
  it('the exact KS on the raw values lies within the error bound of the binned statistic', () => {
    fc.assert(fc.property(
      fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 400 }),
      fc.array(fc.double({ min: -150, max: 150, noNaN: true }), { minLength: 1, maxLength: 400 }),
      (reference, current) => {
        const ref = referenceProfile(tableOf('r', { x: reference }));
        const cur = profileOn(ref, tableOf('c', { x: current }));
        const binned = binnedKs((ref.columns[0] as NumericProfile).counts, (cur.columns[0] as NumericProfile).counts);
        const exact = ksTwoSample(reference, current).statistic;
        expect(exact).toBeGreaterThanOrEqual(binned.statistic - 1e-12);
        expect(exact).toBeLessThanOrEqual(binned.statistic + binned.errorBound + 1e-12);
      },
    ), { numRuns: 200 });
  });

  it('the binned Wasserstein distance brackets the exact one', () => {
    fc.assert(fc.property(
      fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 300 }),
      fc.array(fc.double({ min: -150, max: 150, noNaN: true }), { minLength: 1, maxLength: 300 }),
      (reference, current) => {
        const ref = referenceProfile(tableOf('r', { x: reference }));
        const cur = profileOn(ref, tableOf('c', { x: current }));
        const report = profileDriftReport({ source: 'r', profile: ref }, { source: 'c', profile: cur }, { method: 'wasserstein' });
        const column = report.columns[0];
        if (column.statistic === null || !Number.isFinite(column.statistic)) return;
        const mean = reference.reduce((a, b) => a + b, 0) / reference.length;
        const std = Math.sqrt(reference.reduce((a, b) => a + (b - mean) ** 2, 0) / reference.length);
        const exact = wassersteinDistance(reference, current) / std;
        expect(Math.abs(exact - column.statistic)).toBeLessThanOrEqual(column.error_bound! * (1 + 1e-6) + 1e-9);
      },
    ), { numRuns: 100 });
  });
});
