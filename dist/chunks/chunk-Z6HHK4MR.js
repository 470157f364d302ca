import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  allMembers,
  boolean,
  count,
  decodeShape,
  list,
  nullable,
  number,
  object,
  oneOf,
  optional,
  pair,
  record,
  string
} from "./chunk-MTG562HG.js";
import {
  jsonFileCodec,
  schemaChecker
} from "./chunk-SXEGRXJM.js";

// schemas/gate.schema.json
var gate_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://mlgate.dev/schemas/gate/1.schema.json",
  title: "mlgate gate report (gate.json)",
  description: "What `mlgate gate --format json` and the gate action's `output` write and `publish --gate-report` reads: a `GateReport` (shared/core/gate/gate.ts) \u2014 the verdict, its checks, the policy applied and the rendered reports. Objects are open; names are at most 256 characters, lists and maps at most 20,000 entries. Read by shared/adapters/codecs/gate-json.ts.",
  type: "object",
  required: [
    "verdict",
    "checks",
    "policy",
    "markdown",
    "comment_markdown"
  ],
  properties: {
    verdict: {
      enum: [
        "pass",
        "warn",
        "fail"
      ]
    },
    checks: {
      type: "array",
      maxItems: 2e4,
      items: {
        type: "object",
        required: [
          "subject",
          "kind",
          "status",
          "message"
        ],
        properties: {
          subject: {
            $ref: "#/$defs/name"
          },
          kind: {
            enum: [
              "metric",
              "drift",
              "slice",
              "trend",
              "abtest"
            ]
          },
          status: {
            enum: [
              "pass",
              "warn",
              "fail"
            ]
          },
          message: {
            $ref: "#/$defs/text"
          },
          rule: {
            description: "The policy rule that decided the status (the names `warn_only` takes), e.g. `metrics.roc_auc.max_drop`, `slices`, `drift.dataset`.",
            $ref: "#/$defs/text"
          }
        }
      }
    },
    slices: {
      description: "Every slice of the policy's slice columns and metrics, regressed first: the evaluation's slice (`delta` = candidate \u2212 baseline, `interval` its 95% paired-bootstrap interval, `adjusted_p_value` Benjamini\u2013Hochberg across slices) with what the gate made of it.",
      type: "array",
      maxItems: 2e4,
      items: {
        type: "object",
        required: [
          "metric",
          "column",
          "value",
          "n",
          "baseline",
          "candidate",
          "delta",
          "interval",
          "p_value",
          "adjusted_p_value",
          "status",
          "worsening"
        ],
        properties: {
          metric: {
            $ref: "#/$defs/name"
          },
          column: {
            $ref: "#/$defs/name"
          },
          value: {
            $ref: "#/$defs/text"
          },
          n: {
            $ref: "#/$defs/count"
          },
          baseline: {
            oneOf: [
              {
                $ref: "#/$defs/number"
              },
              {
                type: "null"
              }
            ]
          },
          candidate: {
            oneOf: [
              {
                $ref: "#/$defs/number"
              },
              {
                type: "null"
              }
            ]
          },
          delta: {
            oneOf: [
              {
                $ref: "#/$defs/number"
              },
              {
                type: "null"
              }
            ]
          },
          interval: {
            oneOf: [
              {
                type: "array",
                minItems: 2,
                maxItems: 2,
                items: {
                  $ref: "#/$defs/number"
                }
              },
              {
                type: "null"
              }
            ]
          },
          p_value: {
            oneOf: [
              {
                $ref: "#/$defs/number"
              },
              {
                type: "null"
              }
            ]
          },
          adjusted_p_value: {
            oneOf: [
              {
                $ref: "#/$defs/number"
              },
              {
                type: "null"
              }
            ]
          },
          status: {
            description: "regressed (gated), noise (worse, not significantly), small (fewer than min_slice_rows rows: not gated), ok.",
            enum: [
              "regressed",
              "noise",
              "small",
              "ok"
            ]
          },
          worsening: {
            oneOf: [
              {
                $ref: "#/$defs/number"
              },
              {
                type: "null"
              }
            ],
            description: "How much worse the candidate is, positive = worse."
          },
          gated: {
            description: "False when evaluate left the slice untested (fewer than its min-slice-rows rows).",
            type: "boolean"
          },
          note: {
            $ref: "#/$defs/text"
          }
        }
      }
    },
    trend: {
      description: "The trend metric over the model's last published versions (oldest first, from each version's metrics.json) and the candidate's value; present when the gate was given the model (`--model`).",
      type: "object",
      required: [
        "metric",
        "direction",
        "points",
        "candidate"
      ],
      properties: {
        metric: {
          $ref: "#/$defs/name"
        },
        direction: {
          enum: [
            "higher",
            "lower"
          ]
        },
        points: {
          type: "array",
          maxItems: 50,
          items: {
            type: "object",
            required: [
              "version",
              "value"
            ],
            properties: {
              version: {
                $ref: "#/$defs/name"
              },
              value: {
                $ref: "#/$defs/number"
              }
            }
          }
        },
        candidate: {
          anyOf: [
            {
              $ref: "#/$defs/number"
            },
            {
              type: "null"
            }
          ]
        }
      }
    },
    policy: {
      type: "object",
      required: [
        "metrics",
        "drift"
      ],
      properties: {
        metrics: {
          type: "object",
          maxProperties: 1e4,
          propertyNames: {
            $ref: "#/$defs/name"
          },
          additionalProperties: {
            type: "object",
            required: [
              "require_significance"
            ],
            properties: {
              max_drop: {
                description: "Tolerated worsening in the metric's units; absent when only max_drop_pct is given.",
                $ref: "#/$defs/number"
              },
              threshold: {
                $ref: "#/$defs/number"
              },
              require_significance: {
                type: "boolean"
              },
              direction: {
                description: "Whether the metric is better higher or lower; absent: inferred from its name.",
                enum: [
                  "higher",
                  "lower"
                ]
              },
              max_drop_pct: {
                description: "Tolerated worsening as a percentage of the baseline's value.",
                $ref: "#/$defs/number"
              },
              required: {
                description: "A candidate without the metric fails (absent: true).",
                type: "boolean"
              },
              max_cumulative_drop: {
                description: "Tolerated worsening against the oldest published version of the trend window.",
                $ref: "#/$defs/number"
              }
            }
          }
        },
        drift: {
          type: "object",
          required: [
            "dataset",
            "columns",
            "schema"
          ],
          properties: {
            dataset: {
              enum: [
                "fail",
                "warn",
                "ignore"
              ]
            },
            columns: {
              type: "object",
              maxProperties: 1e4,
              propertyNames: {
                $ref: "#/$defs/name"
              },
              additionalProperties: {
                enum: [
                  "fail",
                  "warn",
                  "ignore"
                ]
              }
            },
            schema: {
              enum: [
                "fail",
                "warn",
                "ignore"
              ]
            }
          }
        },
        warn_only: {
          description: "Rule names whose failure only warns.",
          type: "array",
          maxItems: 1e3,
          items: {
            $ref: "#/$defs/text"
          }
        },
        slices: {
          type: "object",
          required: [
            "columns",
            "max_drop",
            "severity",
            "min_slice_rows",
            "metrics"
          ],
          properties: {
            columns: {
              type: "array",
              maxItems: 100,
              items: {
                $ref: "#/$defs/name"
              }
            },
            max_drop: {
              $ref: "#/$defs/number"
            },
            severity: {
              enum: [
                "fail",
                "warn",
                "ignore"
              ]
            },
            min_slice_rows: {
              $ref: "#/$defs/count"
            },
            metrics: {
              type: "array",
              maxItems: 100,
              items: {
                $ref: "#/$defs/name"
              }
            }
          }
        },
        trend: {
          type: "object",
          required: [
            "versions",
            "metric"
          ],
          properties: {
            versions: {
              $ref: "#/$defs/count"
            },
            metric: {
              $ref: "#/$defs/name"
            }
          }
        }
      }
    },
    markdown: {
      type: "string",
      maxLength: 16777216
    },
    comment_markdown: {
      type: "string",
      maxLength: 16777216
    },
    model: {
      description: "The model gated, in a many-models repository (`gate --model`, else the comment key): what `gate --aggregate` groups by. Absent when neither was given.",
      $ref: "#/$defs/name"
    },
    headline: {
      description: "The figures of the model's row in an aggregated report: the primary metric (the first the policy gates) against the baseline, and the drift share. Absent in reports written before it.",
      type: "object",
      required: [
        "metric",
        "baseline",
        "candidate",
        "delta",
        "interval",
        "drift_share",
        "dataset_drifted"
      ],
      properties: {
        metric: {
          anyOf: [
            {
              $ref: "#/$defs/name"
            },
            {
              type: "null"
            }
          ]
        },
        baseline: {
          anyOf: [
            {
              $ref: "#/$defs/number"
            },
            {
              type: "null"
            }
          ]
        },
        candidate: {
          anyOf: [
            {
              $ref: "#/$defs/number"
            },
            {
              type: "null"
            }
          ]
        },
        delta: {
          anyOf: [
            {
              $ref: "#/$defs/number"
            },
            {
              type: "null"
            }
          ]
        },
        interval: {
          anyOf: [
            {
              type: "array",
              minItems: 2,
              maxItems: 2,
              items: {
                $ref: "#/$defs/number"
              }
            },
            {
              type: "null"
            }
          ]
        },
        drift_share: {
          anyOf: [
            {
              type: "number",
              minimum: 0,
              maximum: 1
            },
            {
              type: "null"
            }
          ]
        },
        dataset_drifted: {
          type: [
            "boolean",
            "null"
          ]
        }
      }
    }
  },
  $defs: {
    number: {
      description: `A number; non-finite values are the strings "Infinity", "-Infinity" or "NaN" (toJson's convention).`,
      anyOf: [
        {
          type: "number"
        },
        {
          enum: [
            "Infinity",
            "-Infinity",
            "NaN"
          ]
        }
      ]
    },
    count: {
      description: "A whole number \u2265 0.",
      type: "integer",
      minimum: 0
    },
    name: {
      description: "A metric, column, category or label name: at most 256 characters.",
      type: "string",
      maxLength: 256
    },
    text: {
      description: "A free-text note, reason or file name: at most 4,096 characters.",
      type: "string",
      maxLength: 4096
    }
  }
};

// shared/adapters/codecs/gate-json.ts
var VERDICTS = allMembers({ pass: true, warn: true, fail: true });
var SEVERITIES = allMembers({ fail: true, warn: true, ignore: true });
var CHECK_KINDS = allMembers({ metric: true, drift: true, slice: true, trend: true, abtest: true });
var SLICE_STATUSES = allMembers({ regressed: true, noise: true, small: true, ok: true });
var DIRECTIONS = ["higher", "lower"];
var GATE_REPORT = object({
  verdict: oneOf(VERDICTS),
  checks: list(object({ subject: string, kind: oneOf(CHECK_KINDS), status: oneOf(VERDICTS), message: string, rule: optional(string) })),
  policy: object({
    metrics: record(object({
      max_drop: optional(number),
      max_drop_pct: optional(number),
      threshold: optional(number),
      require_significance: boolean,
      direction: optional(oneOf(DIRECTIONS)),
      required: optional(boolean),
      max_cumulative_drop: optional(number)
    })),
    drift: object({ dataset: oneOf(SEVERITIES), columns: record(oneOf(SEVERITIES)), schema: oneOf(SEVERITIES) }),
    warn_only: optional(list(string)),
    slices: optional(object({ columns: list(string), max_drop: number, severity: oneOf(SEVERITIES), min_slice_rows: count, metrics: list(string) })),
    trend: optional(object({ versions: count, metric: string }))
  }),
  slices: optional(list(object({
    metric: string,
    column: string,
    value: string,
    n: count,
    baseline: nullable(number),
    candidate: nullable(number),
    delta: nullable(number),
    interval: nullable(pair(number)),
    p_value: nullable(number),
    adjusted_p_value: nullable(number),
    gated: optional(boolean),
    note: optional(string),
    status: oneOf(SLICE_STATUSES),
    worsening: nullable(number)
  }))),
  trend: optional(object({
    metric: string,
    direction: oneOf(DIRECTIONS),
    points: list(object({ version: string, value: number })),
    candidate: nullable(number)
  })),
  markdown: string,
  comment_markdown: string,
  model: optional(string),
  headline: optional(object({
    metric: nullable(string),
    baseline: nullable(number),
    candidate: nullable(number),
    delta: nullable(number),
    interval: nullable(pair(number)),
    drift_share: nullable(number),
    dataset_drifted: nullable(boolean)
  }))
});
var codec = jsonFileCodec({
  what: "gate report",
  // The published schema bounds names, lists and maps and fixes enums; the shape then decodes.
  schema: schemaChecker(gate_schema_default, "is not a valid gate report"),
  decode: (value, source) => decodeShape(GATE_REPORT, value, source, "is this the output of `mlgate gate --format json`?")
});
function encodeGateReport(report) {
  return codec.encode(report);
}
function decodeGateReport(text, source) {
  return codec.decode(text, source);
}
function readGateReport(path) {
  return codec.read(path);
}
function writeGateReport(path, report) {
  codec.write(path, report);
}

export {
  encodeGateReport,
  decodeGateReport,
  readGateReport,
  writeGateReport
};
