import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  jsonFileCodec,
  schemaChecker
} from "./chunk-SXEGRXJM.js";
import {
  decodeNumber
} from "./chunk-D7INEA7H.js";

// schemas/abtest.schema.json
var abtest_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://mlgate.dev/schemas/abtest/1.schema.json",
  title: "mlgate A/B test decision (abtest.json)",
  description: 'What `mlgate abtest --format json` prints and `mlgate gate --abtest` reads: an `AbTestResult` (shared/core/abtest/abtest.ts). Effects are treatment minus control, in the outcome\'s unit. Non-finite numbers are the strings "Infinity", "-Infinity", "NaN". Objects are open. Read by shared/adapters/codecs/abtest-json.ts.',
  type: "object",
  required: ["decision", "stopped_at", "n", "effect", "p_value", "test", "kind", "alpha", "looks", "mixing_variance", "power", "guardrails"],
  $defs: {
    number: { oneOf: [{ type: "number" }, { enum: ["Infinity", "-Infinity", "NaN"] }] },
    interval: { type: "array", items: { $ref: "#/$defs/number" }, minItems: 2, maxItems: 2 },
    effect: {
      type: "object",
      required: ["estimate", "interval"],
      properties: { estimate: { $ref: "#/$defs/number" }, interval: { $ref: "#/$defs/interval" } }
    },
    look: { type: ["string", "null"], maxLength: 256, description: "A value of the time column (null without one, or when nothing decided)." }
  },
  properties: {
    decision: { enum: ["treatment", "control", "continue", "stop"], description: "treatment/control: significantly better arm (higher outcome is better); continue: not decided; stop: a guardrail found the treatment worse beyond its margin." },
    stopped_at: { $ref: "#/$defs/look" },
    n: {
      type: "object",
      required: ["control", "treatment"],
      properties: { control: { type: "integer", minimum: 0 }, treatment: { type: "integer", minimum: 0 } }
    },
    means: {
      type: "object",
      required: ["control", "treatment"],
      properties: { control: { $ref: "#/$defs/number" }, treatment: { $ref: "#/$defs/number" } }
    },
    effect: { $ref: "#/$defs/effect" },
    p_value: { $ref: "#/$defs/number", description: "Fixed horizon: the test's two-sided p-value. Sequential: the always-valid p-value (running minimum of 1/\u039B)." },
    test: { enum: ["two-proportion-z", "welch-t", "msprt-normal-mixture"] },
    kind: { enum: ["proportion", "mean"] },
    alpha: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
    looks: { type: "integer", minimum: 1 },
    mixing_variance: { oneOf: [{ type: "number", exclusiveMinimum: 0 }, { type: "null" }] },
    power: {
      type: "object",
      required: ["mde_at_current_n", "mde", "needed_per_arm", "remaining_per_arm"],
      description: "Fixed-horizon figures at 80% power and two-sided alpha.",
      properties: {
        mde_at_current_n: { $ref: "#/$defs/number" },
        mde: { type: ["number", "null"] },
        needed_per_arm: { type: ["integer", "null"], minimum: 0 },
        remaining_per_arm: { type: ["integer", "null"], minimum: 0 }
      }
    },
    guardrails: {
      type: "array",
      maxItems: 100,
      items: {
        type: "object",
        required: ["column", "direction", "margin", "decision", "stopped_at", "effect", "mixing_variance"],
        properties: {
          column: { type: "string", maxLength: 256 },
          direction: { enum: ["lower", "higher"] },
          margin: { type: "number", minimum: 0 },
          decision: { enum: ["stop", "continue"] },
          stopped_at: { $ref: "#/$defs/look" },
          effect: { $ref: "#/$defs/effect" },
          mixing_variance: { $ref: "#/$defs/number" }
        }
      }
    }
  }
};

// shared/adapters/codecs/abtest-json.ts
var codec = jsonFileCodec({
  what: "A/B test decision",
  schema: schemaChecker(abtest_schema_default, "is not an A/B test decision (is this the output of `mlgate abtest --format json`?)"),
  decode: (value) => revive(value)
});
function revive(value, key = "") {
  if (Array.isArray(value)) return value.map((v) => revive(v, key));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v, k)]));
  if (typeof value === "string" && key !== "stopped_at" && key !== "column") return decodeNumber(value) ?? value;
  return value;
}
function encodeAbTest(result) {
  return codec.encode(result);
}
function readAbTest(path) {
  return codec.read(path);
}

export {
  encodeAbTest,
  readAbTest
};
