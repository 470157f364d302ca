import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  knownDirection
} from "./chunk-4LMMAYPW.js";
import {
  require__
} from "./chunk-OPEBT25N.js";
import {
  require_dist
} from "./chunk-SS2DCIVC.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";
import {
  __toESM
} from "./chunk-VJ4UBBLQ.js";

// shared/core/gate/policy.ts
var import__ = __toESM(require__(), 1);
var import_yaml = __toESM(require_dist(), 1);

// schemas/policy.schema.json
var policy_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://mlgate.dev/schemas/policy/1.schema.json",
  title: "mlgate gate policy (.mlgate.yml)",
  description: "The gate policy: `gate --policy <file>`, or `.mlgate.yml` / `.mlgate.yaml` at the repository root. Checked by shared/core/gate/policy.ts, which adds what a schema cannot say (a metric mlgate cannot tell the direction of, rule names in `warn_only`). Every object is closed: a misspelt key is an error with a suggestion.",
  type: "object",
  additionalProperties: false,
  properties: {
    metrics: {
      description: "One rule per gated metric. Absent or empty: the task's primary metric (roc_auc, f1_macro, rmse) must not drop significantly.",
      type: "object",
      maxProperties: 1e3,
      propertyNames: { $ref: "#/$defs/name" },
      additionalProperties: { $ref: "#/$defs/metricRule" }
    },
    drift: {
      type: "object",
      additionalProperties: false,
      properties: {
        dataset: { $ref: "#/$defs/severity", description: "Dataset drift (default warn)." },
        schema: { $ref: "#/$defs/severity", description: "Columns added, dropped, changing type or missing rate (default warn)." },
        columns: {
          description: "Per column: what its drift does to the verdict.",
          type: "object",
          maxProperties: 1e4,
          propertyNames: { $ref: "#/$defs/name" },
          additionalProperties: { $ref: "#/$defs/severity" }
        }
      }
    },
    warn_only: {
      description: "Rule names whose failure only warns, e.g. `metrics.roc_auc.max_drop`, `metrics.log_loss` (all of its rules), `slices`, `trend`, `drift.dataset`, `drift.schema`, `drift.columns.income`, `drift` (all drift rules).",
      type: "array",
      maxItems: 1e3,
      items: { type: "string", minLength: 1, maxLength: 300 }
    },
    slices: {
      description: "Gate per-slice metrics from the evaluation's `slices` (evaluate computes them).",
      type: "object",
      additionalProperties: false,
      required: ["columns"],
      properties: {
        columns: { type: "array", minItems: 1, maxItems: 100, items: { $ref: "#/$defs/name" } },
        max_drop: { $ref: "#/$defs/drop", description: "Largest tolerated worsening of a slice's metric, in the metric's units (default 0)." },
        severity: { $ref: "#/$defs/severity", description: "What a significantly regressed slice does (default fail)." },
        min_slice_rows: { type: "integer", minimum: 1, maximum: 1e9, description: "Slices with fewer rows are shown, never gated (default 30)." },
        metrics: { type: "array", minItems: 1, maxItems: 100, items: { $ref: "#/$defs/name" }, description: "Metrics gated per slice (default: the task's primary metric)." }
      }
    },
    trend: {
      description: "The metric over the model's last published versions (gate --model): drawn in the report, and the reference of `max_cumulative_drop`.",
      type: "object",
      additionalProperties: false,
      properties: {
        versions: { type: "integer", minimum: 1, maximum: 50, description: "How many published versions (default 5)." },
        metric: { $ref: "#/$defs/name", description: "The metric drawn (default: the task's primary metric)." }
      }
    },
    models: {
      description: "The many-models manifest (read by `mlgate plan`); the gate accepts it and leaves it to that command.",
      type: "array"
    }
  },
  $defs: {
    metricRule: {
      type: ["object", "null"],
      additionalProperties: false,
      properties: {
        max_drop: { $ref: "#/$defs/drop", description: "Largest tolerated worsening against the baseline, in the metric's units (default 0 unless max_drop_pct is given)." },
        max_drop_pct: { $ref: "#/$defs/drop", description: "Largest tolerated worsening as a percentage of the baseline's value; with max_drop too, the stricter applies." },
        threshold: { type: "number", description: "Floor (higher is better) or ceiling (lower is better) for the candidate." },
        require_significance: { type: "boolean", description: "A worsening past the tolerance fails only when its 95% interval lies wholly past it (default true)." },
        direction: { enum: ["higher", "lower"], description: "Better higher or lower; required for a metric mlgate does not know by name." },
        required: { type: "boolean", description: "A candidate without this metric fails (default true); false: the rule is skipped." },
        max_cumulative_drop: { $ref: "#/$defs/drop", description: "Largest tolerated worsening of the candidate against the oldest of the trend's published versions." }
      }
    },
    drop: { type: "number", minimum: 0 },
    severity: { enum: ["fail", "warn", "ignore"] },
    name: { type: "string", minLength: 1, maxLength: 256 }
  }
};

// shared/core/gate/policy.ts
var PRIMARY_METRIC = { binary: "roc_auc", multiclass: "f1_macro", regression: "rmse" };
var DEFAULT_TREND_VERSIONS = 5;
var DEFAULT_MIN_SLICE_ROWS = 30;
function defaultPolicy(task) {
  const metric = PRIMARY_METRIC[task];
  return {
    metrics: { [metric]: { max_drop: 0, require_significance: true, direction: knownDirection(metric), required: true } },
    drift: { dataset: "warn", columns: {}, schema: "warn" },
    warn_only: []
  };
}
function policyFromYaml(text, path, task) {
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0].line;
    throw new InputError(`${path}: ${line ? `line ${line}: ` : ""}not valid YAML: ${error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`);
  }
  return parsePolicy(document.toJS() ?? {}, path, task, yamlLocator(document, lineCounter));
}
function yamlLocator(document, lineCounter) {
  return (path, part) => {
    let node = document.contents;
    let keyNode;
    for (const segment of path) {
      if (!(0, import_yaml.isMap)(node) && !(node && typeof node === "object" && "items" in node)) return void 0;
      if ((0, import_yaml.isMap)(node)) {
        const pair = node.items.find((p) => ((0, import_yaml.isScalar)(p.key) ? String(p.key.value) : String(p.key)) === String(segment));
        if (!pair) return void 0;
        keyNode = pair.key;
        node = pair.value;
      } else {
        const items = node.items;
        keyNode = void 0;
        node = items[Number(segment)];
      }
    }
    const target = part === "key" && keyNode || node || keyNode;
    const range = target?.range;
    return range ? lineCounter.linePos(range[0]).line : void 0;
  };
}
var validator;
function parsePolicy(raw, source, task, locate = () => void 0) {
  validator ??= new import__.Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true, verbose: true }).compile(policy_schema_default);
  if (!validator(raw)) throw new InputError(describeSchemaError(validator.errors?.[0], source, locate));
  const top = raw;
  const where = (path, part = "key") => {
    const line = locate(path, part);
    return `${source}: ${line ? `line ${line}: ` : ""}`;
  };
  const directionFor = (metric, given, path) => {
    const direction = given ?? knownDirection(metric);
    if (!direction) {
      throw new InputError(`${where(path)}mlgate cannot tell whether \`${metric}\` is better higher or lower: add \`direction: higher\` or \`direction: lower\` to its rule`);
    }
    return direction;
  };
  const base = defaultPolicy(task);
  const metrics = {};
  for (const [name, value] of Object.entries(top.metrics ?? {})) {
    const rule = value ?? {};
    const bothAbsent = rule.max_drop === void 0 && rule.max_drop_pct === void 0;
    metrics[name] = {
      ...rule.max_drop !== void 0 || bothAbsent ? { max_drop: rule.max_drop ?? 0 } : {},
      ...rule.max_drop_pct !== void 0 ? { max_drop_pct: rule.max_drop_pct } : {},
      ...rule.threshold !== void 0 ? { threshold: rule.threshold } : {},
      require_significance: rule.require_significance ?? true,
      direction: directionFor(name, rule.direction, ["metrics", name]),
      required: rule.required ?? true,
      ...rule.max_cumulative_drop !== void 0 ? { max_cumulative_drop: rule.max_cumulative_drop } : {}
    };
  }
  const gated = Object.keys(metrics).length > 0 ? metrics : base.metrics;
  const primary = PRIMARY_METRIC[task];
  const drift = { ...base.drift, ...top.drift ?? {}, columns: { ...top.drift?.columns ?? {} } };
  let slices;
  if (top.slices) {
    const names = top.slices.metrics ?? [primary];
    names.forEach((metric, i) => directionFor(metric, gated[metric]?.direction, ["slices", "metrics", i]));
    slices = {
      columns: top.slices.columns,
      max_drop: top.slices.max_drop ?? 0,
      severity: top.slices.severity ?? "fail",
      min_slice_rows: top.slices.min_slice_rows ?? DEFAULT_MIN_SLICE_ROWS,
      metrics: names
    };
  }
  let trend;
  if (top.trend) {
    const metric = top.trend.metric ?? primary;
    if (top.trend.metric !== void 0) directionFor(metric, gated[metric]?.direction, ["trend", "metric"]);
    trend = { versions: top.trend.versions ?? DEFAULT_TREND_VERSIONS, metric };
  }
  const warnOnly = top.warn_only ?? [];
  warnOnly.forEach((name, i) => checkRuleName(name, gated, where(["warn_only", i], "value")));
  return { metrics: gated, drift, warn_only: warnOnly, ...slices ? { slices } : {}, ...trend ? { trend } : {} };
}
var METRIC_RULE_PARTS = ["threshold", "max_drop", "required", "max_cumulative_drop"];
function metricRuleName(metric, part) {
  return `metrics.${metric}.${part}`;
}
function isWarnOnly(rule, warnOnly) {
  return (warnOnly ?? []).some((name) => rule === name || rule.startsWith(`${name}.`));
}
function checkRuleName(name, metrics, where) {
  if (["slices", "trend", "drift", "drift.dataset", "drift.schema"].includes(name) || name.startsWith("drift.columns.")) return;
  if (name.startsWith("metrics.")) {
    const rest = name.slice("metrics.".length);
    const ends = [rest.length, ...[...rest.matchAll(/\./g)].map((m) => m.index).reverse()];
    const metric = ends.map((end) => rest.slice(0, end)).find((name2) => Object.hasOwn(metrics, name2));
    if (metric !== void 0) {
      const part = rest.slice(metric.length + 1);
      if (part === "" || METRIC_RULE_PARTS.includes(part)) return;
      if (part === "max_drop_pct") return;
      throw new InputError(`${where}\`warn_only\` names \`${name}\`: \`${part}\` is no rule of a metric${suggest(part, METRIC_RULE_PARTS)} (rules: ${METRIC_RULE_PARTS.join(", ")})`);
    }
    const gated = Object.keys(metrics);
    throw new InputError(`${where}\`warn_only\` names \`${name}\`, but the policy gates no metric \`${rest.split(".")[0]}\`${suggest(rest.split(".")[0], gated)} (gated: ${gated.join(", ")})`);
  }
  const known = ["metrics.<metric>", ...METRIC_RULE_PARTS.map((p) => `metrics.<metric>.${p}`), "slices", "trend", "drift", "drift.dataset", "drift.schema", "drift.columns.<column>"];
  throw new InputError(`${where}\`warn_only\` names \`${name}\`, which is no rule${suggest(name, ["slices", "trend", "drift", "drift.dataset", "drift.schema", "metrics"])} (rules: ${known.join(", ")})`);
}
function describeSchemaError(error, source, locate) {
  if (!error) return `${source}: not a valid policy`;
  const path = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const dotted = (segments) => segments.join(".");
  const at = (segments, part) => {
    const line = locate(segments, part);
    return `${source}: ${line ? `line ${line}: ` : ""}`;
  };
  const got = (data) => data === void 0 || typeof data === "object" && data !== null ? "" : `, got ${cut(JSON.stringify(data))}`;
  if (error.keyword === "additionalProperties") {
    const key = error.params.additionalProperty;
    const known = Object.keys(error.parentSchema.properties ?? {});
    return `${at([...path, key], "key")}unknown key \`${cut(dotted([...path, key]))}\`${suggest(key, known)} (known: ${known.join(", ")})`;
  }
  if (error.propertyName !== void 0) {
    return `${at([...path, error.propertyName], "key")}the name \`${cut(error.propertyName)}\` in \`${dotted(path)}\` ${error.message ?? "is not valid"}`;
  }
  if (error.keyword === "required") {
    const missing = error.params.missingProperty;
    return `${at(path, "key")}\`${dotted([...path, missing])}\` is required`;
  }
  const field = path.length > 0 ? `\`${cut(dotted(path))}\`` : "the policy";
  if (path.length === 0 && error.keyword === "type") return `${source}: the policy must be a mapping (key: value lines)`;
  const what = error.keyword === "enum" ? `must be ${alternatives(error.params.allowedValues.map(String))}` : error.keyword === "type" ? `must be ${articled(error.params.type)}` : error.keyword === "minimum" ? `must be \u2265 ${error.params.limit}` : error.keyword === "maximum" ? `must be \u2264 ${error.params.limit}` : error.message ?? "is not valid";
  return `${at(path, "value")}${field} ${what}${got(error.data)}`;
}
function articled(type) {
  const names = [type].flat().map((t) => ({ object: "a mapping", array: "a list", number: "a number", integer: "a whole number", boolean: "true or false", string: "a text", null: "empty" })[t] ?? t);
  return names.filter((n) => n !== "empty").join(" or ");
}
function alternatives(values) {
  return values.length <= 1 ? values.join("") : `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;
}
function cut(text) {
  return text.length > 80 ? `${text.slice(0, 77)}\u2026` : text;
}
function suggest(word, known) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? ` \u2014 did you mean \`${best}\`?` : "";
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

export {
  PRIMARY_METRIC,
  DEFAULT_TREND_VERSIONS,
  defaultPolicy,
  policyFromYaml,
  metricRuleName,
  isWarnOnly
};
