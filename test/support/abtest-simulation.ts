import { abTest, type AbTestOptions, type AbTestResult } from '../../shared/core/abtest/abtest.js';
import { seededUniform } from './random.js';

/** One simulated experiment: `perArmPerDay` units per arm each day, Bernoulli outcomes. */
export interface SimulatedExperiment {
  days: number;
  perArmPerDay: number;
  control: number;
  treatment: number;
  /** Bernoulli guardrail rates (control, treatment), e.g. an error rate. */
  guardrail?: { control: number; treatment: number; direction: 'lower' | 'higher'; margin: number };
}

/** Runs one seeded experiment through `abTest` with daily looks (look label = day number). */
export function simulateExperiment(seed: number, experiment: SimulatedExperiment, options: Omit<AbTestOptions, 'kind' | 'guardrails'> & { kind?: AbTestOptions['kind'] }): AbTestResult {
  const uniform = seededUniform(seed);
  const size = experiment.days * experiment.perArmPerDay * 2;
  const arm = new Uint8Array(size);
  const outcome = new Float64Array(size);
  const look = new Uint32Array(size);
  const guardrail = new Float64Array(size);
  let i = 0;
  for (let day = 0; day < experiment.days; day++) {
    for (let unit = 0; unit < experiment.perArmPerDay * 2; unit++, i++) {
      arm[i] = unit & 1;
      look[i] = day;
      outcome[i] = uniform() < (arm[i] ? experiment.treatment : experiment.control) ? 1 : 0;
      if (experiment.guardrail) guardrail[i] = uniform() < (arm[i] ? experiment.guardrail.treatment : experiment.guardrail.control) ? 1 : 0;
    }
  }
  const lookLabels = Array.from({ length: experiment.days }, (_, day) => String(day + 1));
  const g = experiment.guardrail;
  return abTest({ arm, outcome, look, lookLabels }, {
    kind: 'proportion', ...options,
    ...(g ? { guardrails: [{ column: 'error', direction: g.direction, margin: g.margin, outcome: guardrail }] } : {}),
  });
}

/** Naive daily peeking: the fixed-horizon test at each day's cumulative data, deciding at the first p ≤ α. */
export function naivePeekingDecides(seed: number, experiment: SimulatedExperiment, alpha: number): boolean {
  for (let days = 1; days <= experiment.days; days++) {
    // Same seed, fewer days: the same units for the first `days` days (the stream is per unit in order).
    const result = simulateExperiment(seed, { ...experiment, days }, { sequential: false, alpha });
    if (result.decision !== 'continue') return true;
  }
  return false;
}
