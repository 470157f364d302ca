import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  escapeMarkdown
} from "./chunk-HAEUDPHK.js";
import {
  formatCount,
  formatNumber
} from "./chunk-Z5GXLVDD.js";
import "./chunk-VJ4UBBLQ.js";

// shared/render/abtest-markdown.ts
var VERDICT = {
  treatment: "ship the treatment: it is significantly better",
  control: "keep the control: the treatment is significantly worse",
  continue: "continue: no significant difference yet",
  stop: "stop the canary: a guardrail shows the treatment worse beyond its margin"
};
function abTestMarkdown(result) {
  const [low, high] = result.effect.interval;
  const where = result.stopped_at === null ? "" : ` at \`${escapeMarkdown(result.stopped_at)}\``;
  const lines = [
    "## A/B test",
    "",
    `**${result.decision}**${where} \u2014 ${VERDICT[result.decision]}.`,
    "",
    "| | control | treatment |",
    "|---|---|---|",
    `| units | ${formatCount(result.n.control)} | ${formatCount(result.n.treatment)} |`,
    `| mean | ${formatNumber(result.means.control)} | ${formatNumber(result.means.treatment)} |`,
    "",
    `Effect (treatment \u2212 control): ${formatNumber(result.effect.estimate)}, ${Math.round((1 - result.alpha) * 100)}% ${result.test === "msprt-normal-mixture" ? "confidence sequence" : "interval"} [${formatNumber(low)}, ${formatNumber(high)}]; ${result.test === "msprt-normal-mixture" ? "always-valid " : ""}p = ${formatNumber(result.p_value)} (${result.test}, \u03B1 = ${formatNumber(result.alpha)}, ${result.looks} look${result.looks === 1 ? "" : "s"}${result.mixing_variance === null ? "" : `, mixing variance \u03C4\xB2 = ${formatNumber(result.mixing_variance)}`}).`,
    "",
    mdeLine(result)
  ];
  if (result.guardrails.length > 0) {
    lines.push("", "| guardrail | better | margin | effect | interval | decision |", "|---|---|---|---|---|---|");
    for (const g of result.guardrails) {
      lines.push(`| \`${escapeMarkdown(g.column)}\` | ${g.direction} | ${formatNumber(g.margin)} | ${formatNumber(g.effect.estimate)} | [${formatNumber(g.effect.interval[0])}, ${formatNumber(g.effect.interval[1])}] | ${g.decision}${g.stopped_at === null ? "" : ` at \`${escapeMarkdown(g.stopped_at)}\``} |`);
    }
  }
  return `${lines.join("\n")}
`;
}
function mdeLine(result) {
  const now = `Minimum detectable effect at the current sample: ${formatNumber(result.power.mde_at_current_n)} (80% power, two-sided \u03B1 = ${formatNumber(result.alpha)}, fixed horizon)`;
  if (result.power.mde === null || result.power.needed_per_arm === null) return `${now}.`;
  return `${now}; to detect ${formatNumber(result.power.mde)}: ${formatCount(result.power.needed_per_arm)} units per arm, ${formatCount(result.power.remaining_per_arm ?? 0)} still needed.`;
}
export {
  abTestMarkdown,
  mdeLine
};
