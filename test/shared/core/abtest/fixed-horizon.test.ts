import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { abTest } from '../../../../shared/core/abtest/abtest.js';

/*
 * The fixed-horizon tests against scipy 1.10.1 (scripts/fixtures/abtest.py): Welch's t-test
 * (`ttest_ind(equal_var=False)`) and the pooled two-proportion z-test by hand, with their intervals
 * and the minimum detectable effect. Tolerances: 1e-8 relative on p-values, intervals and the MDE
 * (Student's t tail and its quantile at a small non-whole ν agree with scipy to ~1e-9), 1e-12 on
 * the estimate.
 */
interface Case {
  name: string;
  kind: 'mean' | 'proportion';
  control: number[];
  treatment: number[];
  expected: { p_value: number; estimate: number; interval: [number, number]; mde: number };
}
const fixture = JSON.parse(readFileSync(new URL('../../../fixtures/abtest.json', import.meta.url), 'utf8')) as { alpha: number; cases: Case[] };

const close = (actual: number, expected: number, relative = 1e-8) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(Math.abs(expected), 1e-12));

describe('abTest, fixed horizon, against scipy', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const outcome = Float64Array.from([...c.control, ...c.treatment]);
    const arm = Uint8Array.from([...c.control.map(() => 0), ...c.treatment.map(() => 1)]);
    const result = abTest({ arm, outcome, look: new Uint32Array(outcome.length), lookLabels: [null] }, { kind: c.kind, sequential: false, alpha: fixture.alpha });
    expect(result.test).toBe(c.kind === 'mean' ? 'welch-t' : 'two-proportion-z');
    expect(result.n).toEqual({ control: c.control.length, treatment: c.treatment.length });
    close(result.p_value, c.expected.p_value);
    close(result.effect.estimate, c.expected.estimate, 1e-12);
    close(result.effect.interval[0], c.expected.interval[0]);
    close(result.effect.interval[1], c.expected.interval[1]);
    close(result.power.mde_at_current_n, c.expected.mde);
    expect(result.decision).toBe(c.expected.p_value > fixture.alpha ? 'continue' : c.expected.estimate > 0 ? 'treatment' : 'control');
    expect(result.stopped_at).toBeNull();
  });
});
