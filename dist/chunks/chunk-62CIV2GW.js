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
  string
} from "./chunk-MTG562HG.js";
import {
  jsonFileCodec,
  schemaChecker
} from "./chunk-SXEGRXJM.js";
import {
  METHOD_NAMES
} from "./chunk-ZWUPIQN7.js";
import {
  CORRECTIONS
} from "./chunk-Y73GAKKI.js";

// schemas/drift.schema.json
var drift_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://mlgate.dev/schemas/drift/1.schema.json",
  title: "mlgate drift report (drift.json)",
  description: "What `mlgate drift --format json` prints and the gate and `publish` read: a `DriftReport` (shared/core/drift/drift-report.ts). Objects are open (fields this version does not name are kept as read) but every named field is checked; names are at most 256 characters, lists at most 10,000 entries. Read by shared/adapters/codecs/drift-json.ts.",
  type: "object",
  required: [
    "reference",
    "current",
    "correction",
    "columns",
    "share_drifted",
    "drift_share_threshold",
    "dataset_drifted",
    "critical_columns_drifted",
    "schema",
    "not_compared"
  ],
  properties: {
    reference: {
      type: "object",
      required: [
        "source",
        "rows"
      ],
      properties: {
        source: {
          $ref: "#/$defs/text"
        },
        rows: {
          $ref: "#/$defs/count"
        }
      }
    },
    current: {
      type: "object",
      required: [
        "source",
        "rows"
      ],
      properties: {
        source: {
          $ref: "#/$defs/text"
        },
        rows: {
          $ref: "#/$defs/count"
        }
      }
    },
    correction: {
      enum: [
        "bh",
        "bonferroni",
        "none"
      ]
    },
    columns: {
      type: "array",
      maxItems: 1e4,
      items: {
        $ref: "#/$defs/column"
      }
    },
    share_drifted: {
      $ref: "#/$defs/number"
    },
    drift_share_threshold: {
      $ref: "#/$defs/number"
    },
    dataset_drifted: {
      type: "boolean"
    },
    critical_columns_drifted: {
      type: "array",
      maxItems: 1e4,
      items: {
        $ref: "#/$defs/name"
      }
    },
    schema: {
      type: "object",
      required: [
        "added",
        "dropped",
        "type_changed",
        "missing_rate_changed",
        "missing_rate_threshold"
      ],
      properties: {
        added: {
          type: "array",
          maxItems: 1e4,
          items: {
            $ref: "#/$defs/name"
          }
        },
        dropped: {
          type: "array",
          maxItems: 1e4,
          items: {
            $ref: "#/$defs/name"
          }
        },
        type_changed: {
          type: "array",
          maxItems: 1e4,
          items: {
            type: "object",
            required: [
              "name",
              "reference",
              "current"
            ],
            properties: {
              name: {
                $ref: "#/$defs/name"
              },
              reference: {
                $ref: "#/$defs/kind"
              },
              current: {
                $ref: "#/$defs/kind"
              }
            }
          }
        },
        missing_rate_changed: {
          type: "array",
          maxItems: 1e4,
          items: {
            type: "object",
            required: [
              "name",
              "reference",
              "current"
            ],
            properties: {
              name: {
                $ref: "#/$defs/name"
              },
              reference: {
                $ref: "#/$defs/number"
              },
              current: {
                $ref: "#/$defs/number"
              }
            }
          }
        },
        missing_rate_threshold: {
          $ref: "#/$defs/number"
        }
      }
    },
    not_compared: {
      type: "array",
      maxItems: 1e4,
      items: {
        type: "object",
        required: [
          "name",
          "reason"
        ],
        properties: {
          name: {
            $ref: "#/$defs/name"
          },
          reason: {
            $ref: "#/$defs/text"
          }
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
    },
    kind: {
      enum: [
        "numeric",
        "categorical"
      ]
    },
    method: {
      enum: [
        "ks",
        "chisquare",
        "z",
        "cramer_von_mises",
        "anderson",
        "mannwhitney",
        "t_test",
        "fisher_exact",
        "wasserstein",
        "psi",
        "jensenshannon",
        "hellinger",
        "kl_div",
        "tvd",
        "linf",
        "energy_distance"
      ]
    },
    column: {
      type: "object",
      required: [
        "name",
        "kind",
        "method",
        "statistic",
        "p_value",
        "adjusted_p_value",
        "threshold",
        "drifted",
        "missing",
        "rows"
      ],
      properties: {
        name: {
          $ref: "#/$defs/name"
        },
        kind: {
          $ref: "#/$defs/kind"
        },
        method: {
          $ref: "#/$defs/method"
        },
        reason: {
          $ref: "#/$defs/text"
        },
        statistic: {
          anyOf: [
            {
              $ref: "#/$defs/number"
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
        significance: {
          type: "object",
          required: [
            "test",
            "p_value",
            "adjusted_p_value",
            "threshold"
          ],
          properties: {
            test: {
              $ref: "#/$defs/method"
            },
            p_value: {
              $ref: "#/$defs/number"
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
            threshold: {
              $ref: "#/$defs/number"
            }
          }
        },
        threshold: {
          $ref: "#/$defs/number"
        },
        drifted: {
          type: "boolean"
        },
        missing: {
          type: "object",
          required: [
            "reference",
            "current"
          ],
          properties: {
            reference: {
              $ref: "#/$defs/number"
            },
            current: {
              $ref: "#/$defs/number"
            }
          }
        },
        rows: {
          type: "object",
          required: [
            "reference",
            "current"
          ],
          properties: {
            reference: {
              $ref: "#/$defs/count"
            },
            current: {
              $ref: "#/$defs/count"
            }
          }
        },
        stray_tokens: {
          type: "object",
          required: [
            "tokens",
            "cells"
          ],
          properties: {
            tokens: {
              type: "array",
              maxItems: 256,
              items: {
                $ref: "#/$defs/name"
              }
            },
            cells: {
              type: "object",
              required: [
                "reference",
                "current"
              ],
              properties: {
                reference: {
                  $ref: "#/$defs/count"
                },
                current: {
                  $ref: "#/$defs/count"
                }
              }
            }
          }
        },
        approximate: {
          description: "True when the statistic comes from binned profiles (drift --reference-profile): ks and wasserstein.",
          type: "boolean"
        },
        error_bound: {
          description: "With approximate: the statistic on the raw data is within this distance of `statistic`.",
          $ref: "#/$defs/number"
        },
        note: {
          $ref: "#/$defs/text"
        },
        histogram: {
          $ref: "#/$defs/histogram"
        }
      }
    },
    histogram: {
      description: "The two sides' distributions for charts (shared/core/drift/column-histogram.ts). Numeric: the reference's minimum, 10-quantile cut points and maximum as `edges`, and counts in the bins (\u2212\u221E, edges[0]), [edges[0], edges[1]], \u2026, (edges[k\u22121], +\u221E): one more count than edges on each side. Categorical: at most 20 categories (most values first) with their counts on each side, the rest summed in `other`.",
      type: "object",
      required: [
        "kind"
      ],
      properties: {
        kind: {
          $ref: "#/$defs/kind"
        }
      },
      if: {
        properties: {
          kind: {
            const: "numeric"
          }
        }
      },
      then: {
        type: "object",
        required: [
          "edges",
          "reference",
          "current"
        ],
        properties: {
          edges: {
            type: "array",
            maxItems: 32,
            items: {
              $ref: "#/$defs/number"
            }
          },
          reference: {
            type: "array",
            maxItems: 33,
            items: {
              $ref: "#/$defs/count"
            }
          },
          current: {
            type: "array",
            maxItems: 33,
            items: {
              $ref: "#/$defs/count"
            }
          }
        }
      },
      else: {
        type: "object",
        required: [
          "categories",
          "reference",
          "current",
          "other"
        ],
        properties: {
          categories: {
            type: "array",
            maxItems: 20,
            items: {
              $ref: "#/$defs/name"
            }
          },
          reference: {
            type: "array",
            maxItems: 20,
            items: {
              $ref: "#/$defs/count"
            }
          },
          current: {
            type: "array",
            maxItems: 20,
            items: {
              $ref: "#/$defs/count"
            }
          },
          other: {
            type: "object",
            required: [
              "categories",
              "reference",
              "current"
            ],
            properties: {
              categories: {
                $ref: "#/$defs/count"
              },
              reference: {
                $ref: "#/$defs/count"
              },
              current: {
                $ref: "#/$defs/count"
              }
            }
          }
        }
      }
    }
  }
};

// shared/adapters/codecs/drift-json.ts
var KINDS = allMembers({ numeric: true, categorical: true });
var sides = (shape) => object({ reference: shape, current: shape });
var NUMERIC_HISTOGRAM = object({ kind: oneOf(["numeric"]), edges: list(number), reference: list(count), current: list(count) });
var CATEGORY_HISTOGRAM = object({
  kind: oneOf(["categorical"]),
  categories: list(string),
  reference: list(count),
  current: list(count),
  other: object({ categories: count, reference: count, current: count })
});
var HISTOGRAM = (value, at) => {
  const kind = oneOf(KINDS)(value?.kind, `${at}.kind`);
  if (kind === "numeric") {
    const histogram2 = NUMERIC_HISTOGRAM(value, at);
    const bins = histogram2.edges.length + 1;
    if (histogram2.reference.length !== bins || histogram2.current.length !== bins) {
      throw new ShapeMismatch(at, `has ${histogram2.edges.length} edges, so needs ${bins} counts on each side (found ${histogram2.reference.length} and ${histogram2.current.length})`);
    }
    if (histogram2.edges.some((edge, i) => Number.isNaN(edge) || i > 0 && edge < histogram2.edges[i - 1])) throw new ShapeMismatch(`${at}.edges`, "are not in increasing order");
    return histogram2;
  }
  const histogram = CATEGORY_HISTOGRAM(value, at);
  const bars = histogram.categories.length;
  if (histogram.reference.length !== bars || histogram.current.length !== bars) {
    throw new ShapeMismatch(at, `has ${bars} categories, so needs ${bars} counts on each side (found ${histogram.reference.length} and ${histogram.current.length})`);
  }
  return histogram;
};
var COLUMN = object({
  name: string,
  kind: oneOf(KINDS),
  method: oneOf(METHOD_NAMES),
  reason: optional(string),
  statistic: nullable(number),
  p_value: nullable(number),
  adjusted_p_value: nullable(number),
  significance: optional(object({
    test: oneOf(METHOD_NAMES),
    p_value: number,
    adjusted_p_value: nullable(number),
    threshold: number
  })),
  threshold: number,
  drifted: boolean,
  missing: sides(number),
  rows: sides(count),
  stray_tokens: optional(object({ tokens: list(string), cells: sides(count) })),
  approximate: optional(boolean),
  error_bound: optional(number),
  note: optional(string),
  histogram: optional(HISTOGRAM)
});
var SCHEMA = object({
  added: list(string),
  dropped: list(string),
  type_changed: list(object({ name: string, reference: oneOf(KINDS), current: oneOf(KINDS) })),
  missing_rate_changed: list(object({ name: string, reference: number, current: number })),
  missing_rate_threshold: number
});
var DRIFT = object({
  reference: object({ source: string, rows: count }),
  current: object({ source: string, rows: count }),
  correction: oneOf(CORRECTIONS),
  columns: list(COLUMN),
  share_drifted: number,
  drift_share_threshold: number,
  dataset_drifted: boolean,
  critical_columns_drifted: list(string),
  schema: SCHEMA,
  not_compared: list(object({ name: string, reason: string }))
});
var codec = jsonFileCodec({
  what: "drift report",
  // The published schema bounds names, lists and maps and fixes enums; the shape then decodes.
  schema: schemaChecker(drift_schema_default, "is not a valid drift report"),
  decode: (value, source) => decodeShape(DRIFT, value, source, "is this the output of `mlgate drift --format json`?")
});
function encodeDrift(report) {
  return codec.encode(report);
}
function decodeDrift(text, source) {
  return codec.decode(text, source);
}
function readDrift(path) {
  return codec.read(path);
}
function writeDrift(path, report) {
  codec.write(path, report);
}

export {
  encodeDrift,
  decodeDrift,
  readDrift,
  writeDrift
};
