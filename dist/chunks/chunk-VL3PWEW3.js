import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  ShapeMismatch,
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
import {
  TASKS
} from "./chunk-KSIZKA2C.js";

// schemas/evaluation.schema.json
var evaluation_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://mlgate.dev/schemas/evaluation/1.schema.json",
  title: "mlgate evaluation (evaluation.json)",
  description: "What `mlgate evaluate --format json` prints and the gate and `publish` read: an `Evaluation` (shared/core/metrics): either per-row predictions scored by mlgate (no `source`), or metrics read from the user's own metrics files (`source.kind` `metrics_files`: `intervals` and `n` are null and there is no `comparison`). Objects are open (fields this version does not name are kept as read) but every named field is checked; names are at most 256 characters and maps and lists at most 10,000 entries. Read by shared/adapters/codecs/evaluation-json.ts.",
  type: "object",
  required: [
    "task",
    "n",
    "metrics"
  ],
  properties: {
    task: {
      enum: [
        "binary",
        "multiclass",
        "regression"
      ]
    },
    n: {
      description: "Rows evaluated; null for metrics read from files (the rows were never seen).",
      anyOf: [
        {
          $ref: "#/$defs/count"
        },
        {
          type: "null"
        }
      ]
    },
    source: {
      description: "Where the metrics come from when mlgate did not compute them: the user's own metrics files (`mlgate evaluate --metrics`). Absent: per-row predictions scored by mlgate.",
      type: "object",
      required: [
        "kind",
        "candidate"
      ],
      properties: {
        kind: {
          const: "metrics_files"
        },
        candidate: {
          $ref: "#/$defs/metricsFile"
        },
        baseline: {
          $ref: "#/$defs/metricsFile"
        }
      }
    },
    metrics: {
      description: "Metric name \u2192 value.",
      $ref: "#/$defs/metrics"
    },
    intervals: {
      description: "Metric name \u2192 95 % bootstrap interval [low, high]; null for metrics read from files, which have none.",
      anyOf: [
        {
          $ref: "#/$defs/intervals"
        },
        {
          type: "null"
        }
      ]
    },
    comparison: {
      type: "object",
      maxProperties: 1e4,
      propertyNames: {
        $ref: "#/$defs/name"
      },
      additionalProperties: {
        type: "object",
        required: [
          "delta",
          "interval",
          "test"
        ],
        properties: {
          delta: {
            $ref: "#/$defs/number"
          },
          interval: {
            $ref: "#/$defs/interval"
          },
          p_value: {
            $ref: "#/$defs/number"
          },
          test: {
            enum: [
              "paired_bootstrap",
              "mcnemar_exact",
              "delong"
            ]
          }
        }
      }
    },
    confusion_matrix: {
      type: "object",
      required: [
        "labels",
        "matrix"
      ],
      properties: {
        labels: {
          type: "array",
          maxItems: 1e4,
          items: {
            $ref: "#/$defs/name"
          }
        },
        matrix: {
          type: "array",
          maxItems: 1e4,
          items: {
            type: "array",
            maxItems: 1e4,
            items: {
              $ref: "#/$defs/count"
            }
          }
        }
      }
    },
    baseline_metrics: {
      $ref: "#/$defs/metrics"
    },
    prediction_diff: {
      description: "How the candidate's per-row predictions differ from the baseline's (with a baseline). Classifiers: rows whose predicted label changed, split into fixed (baseline wrong, candidate right), broken (baseline right, candidate wrong) and other (both wrong), and a baseline label \xD7 candidate label table of every row. Regressors: rows whose prediction moved by more than `tolerance`, split into closer to and further from the truth. `top`: at most 20 of the rows that changed most.",
      anyOf: [
        {
          $ref: "#/$defs/classifierDiff"
        },
        {
          $ref: "#/$defs/regressorDiff"
        }
      ]
    },
    slices: {
      description: "Metrics per slice of the evaluation data (a value or a quantile bin of a slice column), candidate vs baseline, with the paired bootstrap interval of delta = candidate \u2212 baseline, a two-sided bootstrap p-value and its Benjamini\u2013Hochberg adjustment across the gated slices of the metric. Per metric, the slices that regressed most come first.",
      type: "array",
      maxItems: 1e4,
      items: {
        $ref: "#/$defs/slice"
      }
    },
    notes: {
      type: "array",
      maxItems: 1e3,
      items: {
        $ref: "#/$defs/text"
      }
    }
  },
  allOf: [
    {
      if: {
        properties: {
          source: true
        },
        required: [
          "source"
        ]
      },
      then: {
        required: [
          "intervals"
        ],
        properties: {
          n: {
            type: "null"
          },
          intervals: {
            type: "null"
          },
          comparison: false,
          confusion_matrix: false,
          prediction_diff: false,
          slices: false
        }
      },
      else: {
        properties: {
          n: {
            $ref: "#/$defs/count"
          },
          intervals: {
            $ref: "#/$defs/intervals"
          }
        }
      }
    }
  ],
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
    },
    metrics: {
      type: "object",
      maxProperties: 1e4,
      propertyNames: {
        $ref: "#/$defs/name"
      },
      additionalProperties: {
        $ref: "#/$defs/number"
      }
    },
    interval: {
      type: "array",
      prefixItems: [
        {
          $ref: "#/$defs/number"
        },
        {
          $ref: "#/$defs/number"
        }
      ],
      minItems: 2,
      maxItems: 2
    },
    intervals: {
      type: "object",
      maxProperties: 1e4,
      propertyNames: {
        $ref: "#/$defs/name"
      },
      additionalProperties: {
        $ref: "#/$defs/interval"
      }
    },
    metricsFile: {
      description: "A metrics file (or DVCLive / MLflow folder) as read: its path and the reader's format.",
      type: "object",
      required: [
        "path",
        "format"
      ],
      properties: {
        path: {
          $ref: "#/$defs/text"
        },
        format: {
          enum: [
            "json",
            "yaml",
            "toml",
            "dvclive",
            "huggingface",
            "lightning",
            "keras",
            "mlflow"
          ]
        }
      }
    },
    changedRow: {
      type: "object",
      required: [
        "row",
        "id",
        "truth",
        "baseline",
        "candidate",
        "delta",
        "outcome",
        "features"
      ],
      properties: {
        row: {
          description: "1-based row of the candidate's predictions.",
          type: "integer",
          minimum: 1
        },
        id: {
          anyOf: [
            {
              $ref: "#/$defs/name"
            },
            {
              type: "null"
            }
          ]
        },
        truth: {
          $ref: "#/$defs/name"
        },
        baseline: {
          $ref: "#/$defs/name"
        },
        candidate: {
          $ref: "#/$defs/name"
        },
        delta: {
          description: "Classifiers: change of the probability of the true class (null without scores); regressors: candidate \u2212 baseline prediction.",
          anyOf: [
            {
              $ref: "#/$defs/number"
            },
            {
              type: "null"
            }
          ]
        },
        outcome: {
          enum: [
            "fixed",
            "broken",
            "other",
            "closer",
            "further",
            "same_distance"
          ]
        },
        features: {
          type: "object",
          maxProperties: 10,
          propertyNames: {
            $ref: "#/$defs/name"
          },
          additionalProperties: {
            $ref: "#/$defs/name"
          }
        }
      }
    },
    classifierDiff: {
      type: "object",
      required: [
        "rows",
        "changed",
        "fixed",
        "broken",
        "other",
        "table",
        "top"
      ],
      properties: {
        rows: {
          $ref: "#/$defs/count"
        },
        changed: {
          $ref: "#/$defs/count"
        },
        fixed: {
          $ref: "#/$defs/count"
        },
        broken: {
          $ref: "#/$defs/count"
        },
        other: {
          $ref: "#/$defs/count"
        },
        table: {
          description: "Baseline label \u2192 candidate label \u2192 rows; at most 30 labels (the rarest folded into `(other labels)`).",
          type: "object",
          maxProperties: 30,
          propertyNames: {
            $ref: "#/$defs/name"
          },
          additionalProperties: {
            type: "object",
            maxProperties: 30,
            propertyNames: {
              $ref: "#/$defs/name"
            },
            additionalProperties: {
              $ref: "#/$defs/count"
            }
          }
        },
        top: {
          type: "array",
          maxItems: 20,
          items: {
            $ref: "#/$defs/changedRow"
          }
        },
        tolerance: false
      }
    },
    regressorDiff: {
      type: "object",
      required: [
        "rows",
        "changed",
        "closer",
        "further",
        "tolerance",
        "top"
      ],
      properties: {
        rows: {
          $ref: "#/$defs/count"
        },
        changed: {
          $ref: "#/$defs/count"
        },
        closer: {
          $ref: "#/$defs/count"
        },
        further: {
          $ref: "#/$defs/count"
        },
        tolerance: {
          $ref: "#/$defs/number"
        },
        top: {
          type: "array",
          maxItems: 20,
          items: {
            $ref: "#/$defs/changedRow"
          }
        }
      }
    },
    slice: {
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
        "gated"
      ],
      properties: {
        metric: {
          $ref: "#/$defs/name"
        },
        column: {
          $ref: "#/$defs/name"
        },
        value: {
          description: "The category, `(missing)`, `(other: k values)`, or a numeric bin such as `(3.2, 7]`.",
          $ref: "#/$defs/name"
        },
        n: {
          $ref: "#/$defs/count"
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
              $ref: "#/$defs/interval"
            },
            {
              type: "null"
            }
          ]
        },
        p_value: {
          anyOf: [
            {
              $ref: "#/$defs/number"
            },
            {
              type: "null"
            }
          ]
        },
        adjusted_p_value: {
          anyOf: [
            {
              $ref: "#/$defs/number"
            },
            {
              type: "null"
            }
          ]
        },
        gated: {
          description: "False for slices with fewer than `min-slice-rows` rows: shown, never gated.",
          type: "boolean"
        },
        note: {
          $ref: "#/$defs/text"
        }
      }
    }
  }
};

// shared/adapters/codecs/evaluation-json.ts
var COMPARISON_TESTS = allMembers({ paired_bootstrap: true, mcnemar_exact: true, delong: true });
var metricValues = record(number);
var interval = pair(number);
var CHANGED_ROW = object({
  row: count,
  id: nullable(string),
  truth: string,
  baseline: string,
  candidate: string,
  delta: nullable(number),
  outcome: oneOf(allMembers({ fixed: true, broken: true, other: true, closer: true, further: true, same_distance: true })),
  features: record(string)
});
var CLASSIFIER_DIFF = object({
  rows: count,
  changed: count,
  fixed: count,
  broken: count,
  other: count,
  table: record(record(count)),
  top: list(CHANGED_ROW)
});
var REGRESSOR_DIFF = object({
  rows: count,
  changed: count,
  closer: count,
  further: count,
  tolerance: number,
  top: list(CHANGED_ROW)
});
var PREDICTION_DIFF = (value, at) => (typeof value === "object" && value !== null && Object.hasOwn(value, "tolerance") ? REGRESSOR_DIFF : CLASSIFIER_DIFF)(value, at);
var SLICE = object({
  metric: string,
  column: string,
  value: string,
  n: count,
  baseline: nullable(number),
  candidate: nullable(number),
  delta: nullable(number),
  interval: nullable(interval),
  p_value: nullable(number),
  adjusted_p_value: nullable(number),
  gated: boolean,
  note: optional(string)
});
var EVALUATION = object({
  task: oneOf(TASKS),
  n: count,
  metrics: metricValues,
  intervals: optional(record(interval), () => ({})),
  comparison: optional(record(object({ delta: number, interval, p_value: optional(number), test: oneOf(COMPARISON_TESTS) }))),
  confusion_matrix: optional(object({ labels: list(string), matrix: list(list(count)) })),
  baseline_metrics: optional(metricValues),
  prediction_diff: optional(PREDICTION_DIFF),
  slices: optional(list(SLICE)),
  notes: optional(list(string))
});
var nullOnly = (value, at) => {
  if (value !== null) throw new ShapeMismatch(at, `is ${value === void 0 ? "absent" : JSON.stringify(value)?.slice(0, 40)}, expected null (metrics read from files have no intervals and no row count)`);
  return null;
};
var FILE_SOURCE = object({ path: string, format: string });
var METRICS_FILE_EVALUATION = object({
  task: oneOf(TASKS),
  n: nullOnly,
  source: object({ kind: oneOf(["metrics_files"]), candidate: FILE_SOURCE, baseline: optional(FILE_SOURCE) }),
  metrics: metricValues,
  intervals: nullOnly,
  baseline_metrics: optional(metricValues),
  notes: optional(list(string))
});
var codec = jsonFileCodec({
  what: "evaluation",
  // The published schema bounds names, lists and maps and fixes enums; the shape then decodes.
  schema: schemaChecker(evaluation_schema_default, "is not a valid evaluation"),
  decode: (value, source) => {
    const fromFiles = typeof value === "object" && value !== null && Object.hasOwn(value, "source");
    return decodeShape(fromFiles ? METRICS_FILE_EVALUATION : EVALUATION, value, source, "is this the output of `mlgate evaluate --format json`?");
  }
});
function encodeEvaluation(result) {
  return codec.encode(result);
}
function decodeEvaluation(text, source) {
  return codec.decode(text, source);
}
function readEvaluation(path) {
  return codec.read(path);
}
function writeEvaluation(path, result) {
  codec.write(path, result);
}

export {
  encodeEvaluation,
  decodeEvaluation,
  readEvaluation,
  writeEvaluation
};
