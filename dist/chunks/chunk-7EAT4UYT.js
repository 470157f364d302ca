import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  readRunContext
} from "./chunk-3XDSC64G.js";
import {
  sourceDigests
} from "./chunk-P7FSCBJI.js";
import {
  openRegistry
} from "./chunk-NBUUFY5J.js";
import {
  abTestAuditRecord
} from "./chunk-2KWRJXY2.js";
import {
  readAbTest
} from "./chunk-5DEMGCVH.js";
import {
  parseTag
} from "./chunk-D7XARLC7.js";
import {
  formatNumber
} from "./chunk-Z5GXLVDD.js";
import {
  currentEnvironment
} from "./chunk-VJ7MSKR2.js";
import {
  GateFailedError,
  InputError
} from "./chunk-VI54XDHW.js";

// shared/core/abtest/abtest-promotion.ts
function abTestAllowsPromotion(result, margin) {
  const [low, high] = result.effect.interval;
  const effect = `effect ${formatNumber(result.effect.estimate)} [${formatNumber(low)}, ${formatNumber(high)}]`;
  if (result.decision === "treatment") return { allowed: true, reason: `A/B decision treatment (${effect}, p = ${formatNumber(result.p_value)})` };
  if (result.decision === "stop") {
    const stopped = result.guardrails.filter((g) => g.decision === "stop").map((g) => g.column).join(", ");
    return { allowed: false, reason: `A/B decision stop: guardrail ${stopped} worse beyond its margin` };
  }
  if (result.decision === "control") return { allowed: false, reason: `A/B decision control: the treatment is significantly worse (${effect})` };
  if (margin === void 0) return { allowed: false, reason: `A/B decision continue: not significantly better (${effect}); give a non-inferiority margin to promote a treatment that is not worse` };
  return low >= -margin ? { allowed: true, reason: `A/B non-inferior within margin ${formatNumber(margin)} (${effect})` } : { allowed: false, reason: `A/B decision continue and not non-inferior: the interval's low end ${formatNumber(low)} is below \u2212${formatNumber(margin)}` };
}

// shared/commands/promote.ts
function promotionTarget(options, eventTag) {
  if (options.model && options.version) return { model: options.model, version: options.version };
  const parsed = eventTag ? parseTag(eventTag) : void 0;
  if (parsed?.kind !== "version" || parsed.deregister) {
    throw new InputError(`model and version are required unless the event is a release or push of a version tag (<model>@v<semver>)${eventTag ? `; the event's tag \`${eventTag}\` is not one` : ""}`);
  }
  return { model: options.model ?? parsed.model, version: options.version ?? parsed.version };
}
async function promote(options) {
  const environment = options.environment ?? currentEnvironment();
  const eventTag = options.model && options.version ? null : environment.repository ? readRunContext(environment).tag : null;
  const target = promotionTarget(options, eventTag);
  let note = options.note ?? null;
  if (options.margin !== void 0 && options.abtest === void 0) throw new InputError("--margin is the A/B non-inferiority margin: it needs --abtest");
  if (options.margin !== void 0 && !(options.margin >= 0 && Number.isFinite(options.margin))) throw new InputError(`--margin must be a number \u2265 0, got ${options.margin}`);
  let decision;
  if (options.abtest !== void 0) {
    decision = readAbTest(options.abtest);
    const verdict = abTestAllowsPromotion(decision, options.margin);
    if (!verdict.allowed) throw new GateFailedError(`not promoting ${target.model} v${target.version} to ${options.stage}: ${verdict.reason}`);
    note = note === null ? verdict.reason : `${note} (${verdict.reason})`;
  }
  const registry = openRegistry(options.store, { environment, token: options.token, warn: options.warn });
  const event = await registry.promote({
    ...target,
    stage: options.stage,
    by: options.by ?? environment.actor,
    note,
    runUrl: environment.runUrl,
    runId: environment.runId
  });
  if (!decision) return event;
  const record = abTestAuditRecord(decision, {
    model: event.model,
    version: event.version,
    at: /* @__PURE__ */ new Date(),
    run: { url: environment.runUrl, id: environment.runId },
    sources: await sourceDigests([options.abtest]),
    promotedTo: event.stage
  });
  const last = (await registry.auditTrail(event.model, { kind: "abtest", limit: 1 })).records[0];
  const figures = last?.figures;
  if (last && record.run.id !== null && last.run.id === record.run.id && last.version === record.version && figures?.promoted_to === event.stage) {
    return { ...event, audit: last.stored_as };
  }
  return { ...event, audit: await registry.appendAudit(record) };
}

export {
  promotionTarget,
  promote
};
