import type { AbTestResult } from '../core/abtest/abtest.js';
import { formatCount, formatNumber } from '../core/format-number.js';
import { escapeMarkdown } from './escape.js';

const VERDICT: Record<AbTestResult['decision'], string> = {
  treatment: 'ship the treatment: it is significantly better',
  control: 'keep the control: the treatment is significantly worse',
  continue: 'continue: no significant difference yet',
  stop: 'stop the canary: a guardrail shows the treatment worse beyond its margin',
};

/** The decision, the effect and the sample-size figures, as markdown (also the job summary). */
export function abTestMarkdown(result: AbTestResult): string {
  const [low, high] = result.effect.interval;
  const where = result.stopped_at === null ? '' : ` at \`${escapeMarkdown(result.stopped_at)}\``;
  const lines = [
    '## A/B test',
    '',
    `**${result.decision}**${where} — ${VERDICT[result.decision]}.`,
    '',
    '| | control | treatment |',
    '|---|---|---|',
    `| units | ${formatCount(result.n.control)} | ${formatCount(result.n.treatment)} |`,
    `| mean | ${formatNumber(result.means.control)} | ${formatNumber(result.means.treatment)} |`,
    '',
    `Effect (treatment − control): ${formatNumber(result.effect.estimate)}, ${Math.round((1 - result.alpha) * 100)}% ${result.test === 'msprt-normal-mixture' ? 'confidence sequence' : 'interval'} [${formatNumber(low)}, ${formatNumber(high)}]; `
      + `${result.test === 'msprt-normal-mixture' ? 'always-valid ' : ''}p = ${formatNumber(result.p_value)} (${result.test}, α = ${formatNumber(result.alpha)}, ${result.looks} look${result.looks === 1 ? '' : 's'}`
      + `${result.mixing_variance === null ? '' : `, mixing variance τ² = ${formatNumber(result.mixing_variance)}`}).`,
    '',
    mdeLine(result),
  ];
  if (result.guardrails.length > 0) {
    lines.push('', '| guardrail | better | margin | effect | interval | decision |', '|---|---|---|---|---|---|');
    for (const g of result.guardrails) {
      lines.push(`| \`${escapeMarkdown(g.column)}\` | ${g.direction} | ${formatNumber(g.margin)} | ${formatNumber(g.effect.estimate)} | [${formatNumber(g.effect.interval[0])}, ${formatNumber(g.effect.interval[1])}] | ${g.decision}${g.stopped_at === null ? '' : ` at \`${escapeMarkdown(g.stopped_at)}\``} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `Minimum detectable effect now: …; for --mde …: … units per arm, … still needed.` (fixed-horizon figures, 80% power). */
export function mdeLine(result: AbTestResult): string {
  const now = `Minimum detectable effect at the current sample: ${formatNumber(result.power.mde_at_current_n)} (80% power, two-sided α = ${formatNumber(result.alpha)}, fixed horizon)`;
  if (result.power.mde === null || result.power.needed_per_arm === null) return `${now}.`;
  return `${now}; to detect ${formatNumber(result.power.mde)}: ${formatCount(result.power.needed_per_arm)} units per arm, ${formatCount(result.power.remaining_per_arm ?? 0)} still needed.`;
}
