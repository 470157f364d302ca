// The always-valid A/B test under daily peeking, full size (printed, never asserted; the suite runs
// small versions in test/shared/core/abtest/sequential.test.ts): 500 seeded experiments of 30 days,
// 300 units per arm per day, looked at every day. Figures with their Monte-Carlo standard errors.
import { performance } from 'node:perf_hooks';
import { naivePeekingDecides, simulateExperiment, type SimulatedExperiment } from '../../test/support/abtest-simulation.js';

const EXPERIMENTS = Number(process.env.ABTEST_EXPERIMENTS ?? 500);
const AA: SimulatedExperiment = { days: 30, perArmPerDay: 300, control: 0.1, treatment: 0.1 };
const sequential = { sequential: true, alpha: 0.05 };
const share = (k: number, n = EXPERIMENTS) => `${((100 * k) / n).toFixed(1)}% ± ${((100 * Math.sqrt((k / n) * (1 - k / n))) / Math.sqrt(n)).toFixed(1)}% (${k}/${n})`;
const started = performance.now();

let aa = 0;
let naive = 0;
let fixedOnce = 0;
for (let seed = 1; seed <= EXPERIMENTS; seed++) {
  if (simulateExperiment(seed, AA, sequential).decision !== 'continue') aa++;
  if (naivePeekingDecides(seed, AA, 0.05)) naive++;
  if (simulateExperiment(seed, AA, { sequential: false, alpha: 0.05 }).decision !== 'continue') fixedOnce++;
}
console.log('## A/A, 30 daily looks (false positives; α = 0.05)');
console.log(`sequential mSPRT, every day:        ${share(aa)}`);
console.log(`fixed-horizon z-test, every day:    ${share(naive)}  (${(naive / Math.max(aa, 1)).toFixed(1)}× the sequential test)`);
console.log(`fixed-horizon z-test, day 30 only:  ${share(fixedOnce)}`);

let lift = 0;
let covered = 0;
const stopDays: number[] = [];
let liftFixed = 0;
for (let seed = 1; seed <= EXPERIMENTS; seed++) {
  const result = simulateExperiment(10_000 + seed, { ...AA, treatment: 0.12 }, sequential);
  if (result.decision === 'treatment') { lift++; stopDays.push(Number(result.stopped_at)); }
  if (result.effect.interval[0] <= 0.02 && 0.02 <= result.effect.interval[1]) covered++;
  if (simulateExperiment(10_000 + seed, { ...AA, treatment: 0.12 }, { sequential: false, alpha: 0.05 }).decision === 'treatment') liftFixed++;
}
stopDays.sort((a, b) => a - b);
const quantile = (q: number) => stopDays[Math.min(stopDays.length - 1, Math.floor(q * stopDays.length))];
console.log('\n## lift 0.10 → 0.12');
console.log(`sequential decides treatment:       ${share(lift)}; stopping day median ${quantile(0.5)}, 90th percentile ${quantile(0.9)}`);
console.log(`fixed-horizon at day 30 decides:    ${share(liftFixed)}`);
console.log(`confidence sequence covers 0.02:    ${share(covered)}`);

const canaryDays: number[] = [];
let canaryFalse = 0;
for (let seed = 1; seed <= EXPERIMENTS; seed++) {
  const bad = simulateExperiment(20_000 + seed, { ...AA, guardrail: { control: 0.02, treatment: 0.04, direction: 'lower', margin: 0.002 } }, sequential);
  if (bad.decision === 'stop') canaryDays.push(Number(bad.stopped_at));
  const fine = simulateExperiment(30_000 + seed, { ...AA, guardrail: { control: 0.02, treatment: 0.02, direction: 'lower', margin: 0.002 } }, sequential);
  if (fine.decision === 'stop') canaryFalse++;
}
canaryDays.sort((a, b) => a - b);
console.log('\n## canary guardrail error:lower:0.002');
console.log(`error 2% → 4% stopped:              ${share(canaryDays.length)}; day median ${canaryDays[Math.floor(canaryDays.length / 2)]}, 90th percentile ${canaryDays[Math.floor(0.9 * canaryDays.length)]}`);
console.log(`error 2% → 2% stopped (false):      ${share(canaryFalse)}`);
console.log(`\n${EXPERIMENTS} experiments per scenario in ${((performance.now() - started) / 1000).toFixed(1)} s`);
