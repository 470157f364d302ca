import { formatNumber } from '../format-number.js';
import type { AbTestResult } from './abtest.js';

/**
 * Whether an A/B decision allows promoting the treatment: `treatment` (significantly better) does;
 * `control` and `stop` (a guardrail tripped) never do; `continue` does only with a non-inferiority
 * `margin`, when the whole interval is above −margin (the treatment is at worst `margin` worse, at
 * the test's confidence). With `--sequential` that interval is a confidence sequence, so reading it
 * at any look keeps the guarantee.
 */
export function abTestAllowsPromotion(result: AbTestResult, margin?: number): { allowed: boolean; reason: string } {
  const [low, high] = result.effect.interval;
  const effect = `effect ${formatNumber(result.effect.estimate)} [${formatNumber(low)}, ${formatNumber(high)}]`;
  if (result.decision === 'treatment') return { allowed: true, reason: `A/B decision treatment (${effect}, p = ${formatNumber(result.p_value)})` };
  if (result.decision === 'stop') {
    const stopped = result.guardrails.filter((g) => g.decision === 'stop').map((g) => g.column).join(', ');
    return { allowed: false, reason: `A/B decision stop: guardrail ${stopped} worse beyond its margin` };
  }
  if (result.decision === 'control') return { allowed: false, reason: `A/B decision control: the treatment is significantly worse (${effect})` };
  if (margin === undefined) return { allowed: false, reason: `A/B decision continue: not significantly better (${effect}); give a non-inferiority margin to promote a treatment that is not worse` };
  return low >= -margin
    ? { allowed: true, reason: `A/B non-inferior within margin ${formatNumber(margin)} (${effect})` }
    : { allowed: false, reason: `A/B decision continue and not non-inferior: the interval's low end ${formatNumber(low)} is below −${formatNumber(margin)}` };
}
