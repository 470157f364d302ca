import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  columnTexts
} from "./chunk-VPYOK6OQ.js";
import {
  readColumns
} from "./chunk-7UI27AWS.js";
import "./chunk-UW7ZVLLG.js";
import {
  studentTSf,
  twoProportionZ,
  welchT
} from "./chunk-MQA5RZIO.js";
import "./chunk-63FYA7DN.js";
import {
  normalSf
} from "./chunk-AXUJ4B5B.js";
import "./chunk-BQ2LCHCP.js";
import "./chunk-RRUY6MUO.js";
import {
  typedColumnOf
} from "./chunk-VSN6A6DC.js";
import "./chunk-LIJ2O53S.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";
import "./chunk-VJ4UBBLQ.js";

// shared/core/abtest/arm-moments.ts
var NO_UNITS = { n: 0, mean: 0, m2: 0 };
function mergeMoments(a, b) {
  if (a.n === 0) return b;
  if (b.n === 0) return a;
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  return { n, mean: a.mean + delta * b.n / n, m2: a.m2 + b.m2 + delta * delta * a.n * b.n / n };
}
function cumulativeMoments(arm, outcome, look, lookCount) {
  const n = [new Float64Array(lookCount), new Float64Array(lookCount)];
  const mean = [new Float64Array(lookCount), new Float64Array(lookCount)];
  const m2 = [new Float64Array(lookCount), new Float64Array(lookCount)];
  for (let i = 0; i < outcome.length; i++) {
    const a = arm[i];
    const k = look[i];
    n[a][k] += 1;
    const delta = outcome[i] - mean[a][k];
    mean[a][k] += delta / n[a][k];
    m2[a][k] += delta * (outcome[i] - mean[a][k]);
  }
  const running = (a) => {
    const out = [];
    let total = NO_UNITS;
    for (let k = 0; k < lookCount; k++) {
      total = mergeMoments(total, { n: n[a][k], mean: mean[a][k], m2: m2[a][k] });
      out.push(total);
    }
    return out;
  };
  return { control: running(0), treatment: running(1) };
}
function varianceOfMean(moments, kind) {
  if (kind === "proportion") return moments.mean * (1 - moments.mean) / moments.n;
  return moments.m2 / (moments.n - 1) / moments.n;
}

// shared/core/abtest/normal-mixture.ts
function normalMixture(estimate, variance, mixingVariance, alpha) {
  if (!(mixingVariance > 0) || !Number.isFinite(mixingVariance)) throw new RangeError(`normalMixture: mixing variance must be > 0, got ${mixingVariance}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`normalMixture: alpha must be in (0, 1), got ${alpha}`);
  if (variance === 0) {
    return estimate === 0 ? { logRatio: 0, pValue: 1, interval: [0, 0] } : { logRatio: Infinity, pValue: 0, interval: [estimate, estimate] };
  }
  const total = variance + mixingVariance;
  const logRatio = 0.5 * Math.log(variance / total) + mixingVariance * estimate * estimate / (2 * variance * total);
  const halfWidth = Math.sqrt(variance * total / mixingVariance * (2 * Math.log(1 / alpha) + Math.log(total / variance)));
  return { logRatio, pValue: Math.min(1, Math.exp(-logRatio)), interval: [estimate - halfWidth, estimate + halfWidth] };
}

// shared/core/abtest/quantiles.ts
function upperQuantile(sf, tail) {
  if (!(tail > 0 && tail <= 0.5)) throw new RangeError(`upperQuantile: tail must be in (0, 0.5], got ${tail}`);
  let low = 0;
  let high = 64;
  for (let i = 0; i < 200 && high - low > 0; i++) {
    const middle = (low + high) / 2;
    if (middle === low || middle === high) break;
    if (sf(middle) > tail) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
function normalUpperQuantile(tail) {
  return upperQuantile(normalSf, tail);
}
function studentTUpperQuantile(tail, dof) {
  return upperQuantile((x) => studentTSf(x, dof), tail);
}

// shared/core/abtest/abtest.ts
var POWER = 0.8;
var MIXING_SD_IN_OUTCOME_SD = 0.1;
function abTest(units, options) {
  const { kind, alpha } = options;
  const lookCount = units.lookLabels.length;
  const primary = cumulativeMoments(units.arm, units.outcome, units.look, lookCount);
  const mixingVariance = options.mde !== void 0 ? options.mde * options.mde : defaultMixingVariance(units.outcome, kind);
  const guardrails = (options.guardrails ?? []).map((g) => ({
    input: g,
    moments: cumulativeMoments(units.arm, g.outcome, units.look, lookCount),
    mixingVariance: defaultMixingVariance(g.outcome, "mean"),
    interval: [-Infinity, Infinity],
    result: null
  }));
  let pValue = 1;
  let interval = [-Infinity, Infinity];
  let decided = null;
  let lastLook = lookCount - 1;
  for (let k = 0; k < lookCount && decided === null; k++) {
    for (const g of guardrails) {
      const look2 = guardrailLook(g.moments.control[k], g.moments.treatment[k], g.mixingVariance, alpha);
      if (!look2) continue;
      g.interval = intersect(g.interval, look2.interval);
      const estimate3 = look2.estimate;
      const worse = g.input.direction === "lower" ? g.interval[0] > g.input.margin : g.interval[1] < -g.input.margin;
      g.result = guardrailResult(g.input, g.mixingVariance, estimate3, g.interval, worse ? units.lookLabels[k] : null, worse);
      if (worse && decided === null) decided = { look: k, decision: "stop" };
    }
    if (decided !== null || !options.sequential) continue;
    const control2 = primary.control[k];
    const treatment2 = primary.treatment[k];
    if (control2.n < 2 || treatment2.n < 2) continue;
    const variance2 = varianceOfMean(control2, kind) + varianceOfMean(treatment2, kind);
    const estimate2 = treatment2.mean - control2.mean;
    const look = normalMixture(estimate2, variance2, mixingVariance, alpha);
    pValue = Math.min(pValue, look.pValue);
    interval = intersect(interval, look.interval);
    if (pValue <= alpha) decided = { look: k, decision: estimate2 > 0 ? "treatment" : "control" };
  }
  if (decided !== null) lastLook = decided.look;
  const control = primary.control[lastLook];
  const treatment = primary.treatment[lastLook];
  const variance = varianceOfMean(control, kind) + varianceOfMean(treatment, kind);
  const estimate = treatment.mean - control.mean;
  let decision = decided?.decision ?? "continue";
  let test = "msprt-normal-mixture";
  if (!options.sequential) {
    const fixed = fixedHorizon(units, lastLook, kind, alpha, control, treatment);
    test = fixed.test;
    pValue = fixed.pValue;
    interval = fixed.interval;
    if (decision !== "stop") decision = fixed.pValue <= alpha && estimate !== 0 ? estimate > 0 ? "treatment" : "control" : "continue";
  }
  const z = normalUpperQuantile(alpha / 2) + normalUpperQuantile(1 - POWER);
  const neededPerArm = options.mde === void 0 ? null : Math.ceil(z * z * (control.n * varianceOfMean(control, kind) + treatment.n * varianceOfMean(treatment, kind)) / (options.mde * options.mde));
  return {
    decision,
    stopped_at: decided !== null && (options.sequential || decision === "stop") ? units.lookLabels[lastLook] : null,
    n: { control: control.n, treatment: treatment.n },
    means: { control: control.mean, treatment: treatment.mean },
    effect: { estimate, interval },
    p_value: pValue,
    test,
    kind,
    alpha,
    looks: options.sequential || decision === "stop" ? lastLook + 1 : 1,
    mixing_variance: options.sequential ? mixingVariance : null,
    power: {
      mde_at_current_n: z * Math.sqrt(variance),
      mde: options.mde ?? null,
      needed_per_arm: neededPerArm,
      remaining_per_arm: neededPerArm === null ? null : Math.max(0, neededPerArm - Math.min(control.n, treatment.n))
    },
    guardrails: guardrails.map((g) => g.result ?? guardrailResult(g.input, g.mixingVariance, NaN, [NaN, NaN], null, false))
  };
}
function guardrailLook(control, treatment, mixingVariance, alpha) {
  if (control.n < 2 || treatment.n < 2) return null;
  const estimate = treatment.mean - control.mean;
  const variance = varianceOfMean(control, "mean") + varianceOfMean(treatment, "mean");
  return { estimate, ...normalMixture(estimate, variance, mixingVariance, alpha) };
}
function guardrailResult(input, mixingVariance, estimate, interval, stoppedAt, stop) {
  return {
    column: input.column,
    direction: input.direction,
    margin: input.margin,
    decision: stop ? "stop" : "continue",
    stopped_at: stoppedAt,
    effect: { estimate, interval: [interval[0], interval[1]] },
    mixing_variance: mixingVariance
  };
}
function fixedHorizon(units, lastLook, kind, alpha, control, treatment) {
  const estimate = treatment.mean - control.mean;
  if (kind === "proportion") {
    const successes = (m) => Math.round(m.mean * m.n);
    const result2 = twoProportionZ(successes(treatment), treatment.n, successes(control), control.n);
    const halfWidth2 = normalUpperQuantile(alpha / 2) * Math.sqrt(varianceOfMean(control, kind) + varianceOfMean(treatment, kind));
    return { test: "two-proportion-z", pValue: result2.pValue, interval: [estimate - halfWidth2, estimate + halfWidth2] };
  }
  const treated = [];
  const controls = [];
  for (let i = 0; i < units.outcome.length; i++) {
    if (units.look[i] <= lastLook) (units.arm[i] === 1 ? treated : controls).push(units.outcome[i]);
  }
  const result = welchT(treated, controls);
  const se = Math.sqrt(varianceOfMean(control, kind) + varianceOfMean(treatment, kind));
  const halfWidth = Number.isFinite(result.dof) ? studentTUpperQuantile(alpha / 2, result.dof) * se : 0;
  return { test: "welch-t", pValue: result.pValue, interval: [estimate - halfWidth, estimate + halfWidth] };
}
function defaultMixingVariance(outcome, kind) {
  let mean = 0;
  for (let i = 0; i < outcome.length; i++) mean += (outcome[i] - mean) / (i + 1);
  let variance = 0;
  if (kind === "proportion") variance = mean * (1 - mean);
  else {
    for (let i = 0; i < outcome.length; i++) variance += (outcome[i] - mean) ** 2;
    variance /= Math.max(outcome.length, 1);
  }
  const tau = MIXING_SD_IN_OUTCOME_SD * Math.sqrt(variance);
  return tau > 0 ? tau * tau : Number.MIN_VALUE;
}
function intersect(a, b) {
  const low = Math.max(a[0], b[0]);
  const high = Math.min(a[1], b[1]);
  return low <= high ? [low, high] : b;
}

// shared/commands/abtest.ts
async function abtest(options) {
  const kind = options.kind ?? "proportion";
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 0.5)) throw new InputError(`--alpha must be in (0, 0.5), got ${alpha}`);
  if (options.mde !== void 0 && !(options.mde > 0 && Number.isFinite(options.mde))) throw new InputError(`--mde must be a positive effect in the outcome's unit, got ${options.mde}`);
  if (options.control === options.treatment) throw new InputError(`--control and --treatment are both \`${options.control}\`; name two different variants`);
  const guardrailSpecs = (options.guardrails ?? []).map(parseGuardrail);
  const texts = [options.variantColumn, ...options.timeColumn !== void 0 ? [options.timeColumn] : []];
  const table = await readColumns(options.data, {
    ...options.delimiter ? { delimiter: options.delimiter } : {},
    required: [...texts, options.outcomeColumn, ...guardrailSpecs.map((g) => g.column)],
    only: [],
    text: texts
  });
  if (table.rowCount === 0) throw new InputError(`${options.data}: no data rows, only a header; abtest needs logged units`);
  const variants = columnTexts(typedColumnOf(table, options.variantColumn), options.variantColumn);
  const { dictionary } = variants;
  const arm = Int8Array.from(dictionary, (label) => label === options.treatment ? 1 : label === options.control ? 0 : -1);
  const selected = [];
  const arms = [];
  const units = new Uint32Array(dictionary.length);
  variants.codes.forEach((code, row) => {
    if (code === 0) return;
    units[code - 1]++;
    if (arm[code - 1] >= 0) {
      selected.push(row);
      arms.push(arm[code - 1]);
    }
  });
  const labels = dictionary.filter((_, i) => units[i] > 0);
  const seen = labels.slice(0, 10).map((l) => `\`${l}\``).join(", ");
  for (const [flag, label] of [["--control", options.control], ["--treatment", options.treatment]]) {
    if (!labels.includes(label)) throw new InputError(`${options.data}: column \`${options.variantColumn}\` has no unit with ${flag} variant \`${label}\` (values: ${seen}${labels.length > 10 ? ", \u2026" : ""})`);
  }
  const outcome = outcomeValues(table, options.outcomeColumn, selected, kind);
  const { look, lookLabels } = looksOf(table, options.timeColumn, selected);
  const guardrails = guardrailSpecs.map((g) => ({ ...g, outcome: outcomeValues(table, g.column, selected, "mean") }));
  return abTest(
    { arm: Uint8Array.from(arms), outcome, look, lookLabels },
    { kind, sequential: options.sequential ?? false, alpha, ...options.mde !== void 0 ? { mde: options.mde } : {}, guardrails }
  );
}
function parseGuardrail(spec) {
  const match = /^(.+):(lower|higher):([^:]+)$/.exec(spec.trim());
  const margin = match ? Number(match[3]) : NaN;
  if (!match || !(margin >= 0 && Number.isFinite(margin))) {
    throw new InputError(`--guardrail \`${spec}\`: expected <column>:<direction>:<margin>, direction lower or higher (which way is better) and margin a number \u2265 0, e.g. error:lower:0.002`);
  }
  return { column: match[1], direction: match[2], margin };
}
var BOOLEAN_CELLS = /* @__PURE__ */ new Map([["true", 1], ["false", 0], ["True", 1], ["False", 0], ["TRUE", 1], ["FALSE", 0]]);
function outcomeValues(table, column, rows, kind) {
  const cells = typedColumnOf(table, column);
  const tokenValues = cells.tokens.map((token) => BOOLEAN_CELLS.get(token) ?? NaN);
  const values = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    const token = cells.tokenCodes?.[row] ?? 0;
    const value = token > 0 ? tokenValues[token - 1] : cells.numeric > 0 ? cells.numbers[row] : NaN;
    const where = `${table.source}: column \`${column}\`, data row ${row + 1}`;
    if (token === 0 && value !== value) throw new InputError(`${where} is missing (an empty cell or a missing-value token such as NA); every unit needs an outcome: drop or fill such rows first`);
    const cell = token > 0 ? cells.tokens[token - 1] : String(value);
    if (!Number.isFinite(value)) throw new InputError(`${where}: \`${cell}\` is not a number`);
    if (kind === "proportion" && value !== 0 && value !== 1) {
      throw new InputError(`${where}: \`${cell}\` is not binary; --kind proportion needs 0/1 (or true/false) outcomes, use --kind mean for other numbers`);
    }
    values[i] = value;
  });
  return values;
}
function looksOf(table, column, rows) {
  const look = new Uint32Array(rows.length);
  if (column === void 0) return { look, lookLabels: [null] };
  const { codes, dictionary } = columnTexts(typedColumnOf(table, column), column);
  const used = new Uint8Array(dictionary.length);
  for (const row of rows) {
    const code = codes[row];
    if (code === 0) throw new InputError(`${table.source}: column \`${column}\`, data row ${row + 1} has no time (an empty cell or a missing-value token such as NA); every unit needs the time it was logged at`);
    used[code - 1] = 1;
  }
  const distinct = dictionary.filter((_, i) => used[i] === 1);
  const numeric = distinct.every((t) => Number.isFinite(Number(t)));
  distinct.sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => a < b ? -1 : a > b ? 1 : 0);
  const index = new Map(distinct.map((t, i) => [t, i]));
  const lookOfCode = Uint32Array.from(dictionary, (t) => index.get(t) ?? 0);
  rows.forEach((row, i) => {
    look[i] = lookOfCode[codes[row] - 1];
  });
  return { look, lookLabels: distinct };
}
export {
  abtest,
  parseGuardrail
};
