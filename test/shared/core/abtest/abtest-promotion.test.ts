import { describe, expect, it } from 'vitest';
import type { AbTestResult } from '../../../../shared/core/abtest/abtest.js';
import { abTestAllowsPromotion } from '../../../../shared/core/abtest/abtest-promotion.js';

const result = (decision: AbTestResult['decision'], interval: [number, number]): AbTestResult => ({
  decision, stopped_at: null, n: { control: 100, treatment: 100 }, means: { control: 0.1, treatment: 0.1 }, effect: { estimate: (interval[0] + interval[1]) / 2, interval },
  p_value: 0.5, test: 'msprt-normal-mixture', kind: 'proportion', alpha: 0.05, looks: 3, mixing_variance: 1e-4,
  power: { mde_at_current_n: 0.01, mde: null, needed_per_arm: null, remaining_per_arm: null },
  guardrails: decision === 'stop' ? [{ column: 'error', direction: 'lower', margin: 0.002, decision: 'stop', stopped_at: '3', effect: { estimate: 0.01, interval: [0.005, 0.015] }, mixing_variance: 1e-4 }] : [],
});

describe('abTestAllowsPromotion', () => {
  it('allows treatment, refuses control and stop whatever the margin', () => {
    expect(abTestAllowsPromotion(result('treatment', [0.01, 0.03])).allowed).toBe(true);
    expect(abTestAllowsPromotion(result('control', [-0.03, -0.01]), 1).allowed).toBe(false);
    expect(abTestAllowsPromotion(result('stop', [-0.01, 0.01]), 1)).toEqual({ allowed: false, reason: 'A/B decision stop: guardrail error worse beyond its margin' });
  });

  it('continue: refused without a margin; allowed when the whole interval is above −margin', () => {
    expect(abTestAllowsPromotion(result('continue', [-0.004, 0.01])).allowed).toBe(false);
    expect(abTestAllowsPromotion(result('continue', [-0.004, 0.01]), 0.005).allowed).toBe(true);
    expect(abTestAllowsPromotion(result('continue', [-0.006, 0.01]), 0.005).allowed).toBe(false);
  });
});
