import { describe, expect, it } from 'vitest';
import { abTest } from '../../../../shared/core/abtest/abtest.js';
import { normalMixture } from '../../../../shared/core/abtest/normal-mixture.js';
import { naivePeekingDecides, simulateExperiment, type SimulatedExperiment } from '../../../support/abtest-simulation.js';

/*
 * The always-valid test under daily peeking (small versions of scripts/bench/abtest-bench.ts,
 * which runs 500 experiments). Seeded, so each count is fixed; the bounds are what a sound test
 * passes except with Monte-Carlo probability < 1%, stated beside each.
 */
const AA: SimulatedExperiment = { days: 30, perArmPerDay: 300, control: 0.1, treatment: 0.1 };
const LIFT: SimulatedExperiment = { ...AA, treatment: 0.12 };
const sequential = { sequential: true, alpha: 0.05 };

describe('normalMixture', () => {
  it('rejects exactly when 0 is outside its confidence sequence', () => {
    for (const estimate of [0.001, 0.01, 0.02, 0.05, -0.03]) {
      for (const variance of [1e-5, 1e-4, 1e-3]) {
        const look = normalMixture(estimate, variance, 1e-4, 0.05);
        expect(look.pValue <= 0.05).toBe(look.interval[0] > 0 || look.interval[1] < 0);
      }
    }
  });

  it('matches the closed form of Johari et al. (eq. 11) at one point', () => {
    // V = 1e-4, τ² = 4e-4, θ̂ = 0.03: Λ = √(1/5)·exp(4e-4·9e-4/(2·1e-4·5e-4)) = √0.2·e^3.6.
    const look = normalMixture(0.03, 1e-4, 4e-4, 0.05);
    expect(look.logRatio).toBeCloseTo(0.5 * Math.log(0.2) + 3.6, 12);
    const half = Math.sqrt(((1e-4 * 5e-4) / 4e-4) * (2 * Math.log(20) + Math.log(5)));
    expect(look.interval[0]).toBeCloseTo(0.03 - half, 14);
  });
});

describe('abTest, sequential, under daily peeking', () => {
  it('A/A for 30 days: decides in at most 5% of 200 experiments (bound 18: P(X ≥ 19) = 0.6% at a true 5%), naive peeking far more often', () => {
    let decided = 0;
    for (let seed = 1; seed <= 200; seed++) if (simulateExperiment(seed, AA, sequential).decision !== 'continue') decided++;
    expect(decided).toBeLessThanOrEqual(18);
    // Naive daily peeking with the z-test: ~25% false positives for 30 looks; bound 15 of 100
    // (P(X ≤ 14) = 0.5% at 25%), and well above the sequential count.
    let naive = 0;
    for (let seed = 1; seed <= 100; seed++) if (naivePeekingDecides(seed, AA, 0.05)) naive++;
    expect(naive).toBeGreaterThanOrEqual(15);
    expect(naive / 100).toBeGreaterThan(2 * (decided / 200));
  }, 120_000);

  it('a real lift 0.10 → 0.12 (300 per arm per day): decides for the treatment in most experiments, interval covers 0.02 in ≥ 95%', () => {
    let treatment = 0;
    let covered = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const result = simulateExperiment(10_000 + seed, LIFT, sequential);
      if (result.decision === 'treatment') treatment++;
      expect(result.decision).not.toBe('control');
      if (result.effect.interval[0] <= 0.02 && 0.02 <= result.effect.interval[1]) covered++;
    }
    // Observed ~97% decide; bound 80%. Coverage is ≥ 95% by construction (≈ 99% observed).
    expect(treatment).toBeGreaterThanOrEqual(160);
    expect(covered).toBeGreaterThanOrEqual(190);
  }, 120_000);

  it('a canary whose treatment doubles the error rate (2% → 4%) is stopped within the first days', () => {
    const stoppedOn: number[] = [];
    for (let seed = 1; seed <= 50; seed++) {
      const result = simulateExperiment(20_000 + seed, { ...AA, guardrail: { control: 0.02, treatment: 0.04, direction: 'lower', margin: 0.002 } }, sequential);
      if (result.decision === 'stop') stoppedOn.push(Number(result.stopped_at));
      expect(result.guardrails[0].decision).toBe(result.decision === 'stop' ? 'stop' : 'continue');
    }
    stoppedOn.sort((a, b) => a - b);
    expect(stoppedOn.length).toBeGreaterThanOrEqual(45);
    expect(stoppedOn[Math.floor(stoppedOn.length / 2)]).toBeLessThanOrEqual(10);
  }, 120_000);

  it('a guardrail that is not worse (equal error rates) does not stop A/A experiments beyond α', () => {
    let stopped = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const result = simulateExperiment(30_000 + seed, { ...AA, guardrail: { control: 0.02, treatment: 0.02, direction: 'lower', margin: 0.002 } }, sequential);
      if (result.decision === 'stop') stopped++;
    }
    expect(stopped).toBeLessThanOrEqual(5);
  }, 120_000);

  it('reports the look that decided and the counts at that look', () => {
    const result = simulateExperiment(10_001, LIFT, sequential);
    expect(result.decision).toBe('treatment');
    expect(result.test).toBe('msprt-normal-mixture');
    const day = Number(result.stopped_at);
    expect(result.looks).toBe(day);
    expect(result.n).toEqual({ control: 300 * day, treatment: 300 * day });
    expect(result.mixing_variance).toBeCloseTo((0.1 * Math.sqrt(0.11 * 0.89)) ** 2, 3);
  });

  it('the mixing variance is mde² when an MDE is given, and the sample still needed is reported', () => {
    const result = simulateExperiment(5, { ...AA, days: 2 }, { ...sequential, mde: 0.02 });
    expect(result.mixing_variance).toBeCloseTo(4e-4, 15);
    // (1.96 + 0.8416)² · 2 · 0.09 / 0.02² ≈ 3532 per arm.
    expect(result.power.needed_per_arm).toBeGreaterThan(3300);
    expect(result.power.needed_per_arm).toBeLessThan(3800);
    expect(result.power.remaining_per_arm).toBe(result.power.needed_per_arm! - 600);
  });

  it('one look without a time column; a constant outcome never decides', () => {
    const arm = Uint8Array.from([0, 0, 0, 1, 1, 1]);
    const result = abTest({ arm, outcome: new Float64Array(6), look: new Uint32Array(6), lookLabels: [null] }, { kind: 'proportion', sequential: true, alpha: 0.05 });
    expect(result).toMatchObject({ decision: 'continue', stopped_at: null, p_value: 1, looks: 1 });
  });
});
