import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  ShapeMismatch,
  boolean,
  count,
  decodeShape,
  list,
  nullable,
  number,
  object,
  oneOf,
  string
} from "./chunk-MTG562HG.js";
import {
  readTypedTable
} from "./chunk-UW7ZVLLG.js";
import {
  jsonFileCodec,
  schemaChecker
} from "./chunk-SXEGRXJM.js";
import {
  FINE_BINS,
  PROFILE_FORMAT,
  PROFILE_VERSION,
  basisDigest,
  checkStrayShare,
  mergeMoments,
  profileBuilderOn,
  profileFromSqlRows,
  profileSql,
  referenceProfileBuilder,
  withNewCategories
} from "./chunk-ZYQBE6BY.js";
import {
  inferColumn,
  needsText
} from "./chunk-OXLN5GVI.js";
import {
  parse
} from "./chunk-BQ2LCHCP.js";
import {
  cellTextOf
} from "./chunk-VSN6A6DC.js";
import {
  parseJson,
  readJsonText,
  toJsonInlineNumbers
} from "./chunk-D7INEA7H.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/commands/profile.ts
import { globSync, statSync } from "node:fs";

// shared/adapters/data/profile-table.ts
function addTypedTable(builder, table) {
  const onBasis = builder.onBasis;
  builder.addRows(table.rowCount);
  const extra = [];
  for (const name of table.columns) {
    const column = table.typed.get(name);
    const kind = kindOf(builder, name, column);
    if (kind === void 0) {
      extra.push(name);
      continue;
    }
    if (kind === "categorical") {
      builder.addLabels(name, Array.from({ length: column.rowCount }, (_, row) => cellTextOf(column, row) ?? null));
      continue;
    }
    let stray = 0;
    for (const count2 of column.tokenCounts) stray += count2;
    const values = column.numeric > 0 ? column.numbers : new Float64Array(column.rowCount).fill(NaN);
    if (onBasis) checkStrayShare(name, table.source, stray, column.rowCount);
    builder.addNumbers(name, values, stray);
  }
  builder.addExtraColumns(extra);
}
function kindOf(builder, name, column) {
  const basisKind = builder.kindOf(name);
  if (builder.onBasis && basisKind === void 0) return void 0;
  return basisKind ?? inferColumn(column, []).kind;
}
function columnsNeedingText(builder, table) {
  const names = /* @__PURE__ */ new Set();
  for (const name of table.columns) {
    const column = table.typed.get(name);
    if (needsText(column) && kindOf(builder, name, column) === "categorical") names.add(name);
  }
  return names;
}
function checkBasisColumns(referenceColumns, table, referencePath) {
  const missing = referenceColumns.filter((name) => !table.typed.has(name));
  if (missing.length > 0) {
    throw new InputError(`${table.source}: no column ${missing.slice(0, 10).map((n) => `\`${n}\``).join(", ")}${missing.length > 10 ? ", \u2026" : ""}, which the reference profile ${referencePath} has; profile data with the reference's columns`);
  }
}

// shared/adapters/data/sql-result.ts
function readSqlResult(path) {
  const text = readJsonText(path, "SQL result");
  if (/\.csv$/i.test(path)) {
    try {
      return parse(text, { bom: true, columns: true, skip_empty_lines: true });
    } catch (error) {
      throw new InputError(`${path}: not a CSV file with a header (${error.message})`);
    }
  }
  if (/\.(jsonl|ndjson)$/i.test(path)) {
    return text.split("\n").filter((line) => line.trim() !== "").map((line, i) => rowObject(parseJson(line, `${path} line ${i + 1}`, "SQL result row"), `${path} line ${i + 1}`));
  }
  const value = parseJson(text, path, "SQL result");
  if (!Array.isArray(value)) throw new InputError(`${path}: expected a JSON array of row objects (or save the result as .csv or .jsonl)`);
  return value.map((row, i) => rowObject(row, `${path}: row ${i + 1}`));
}
function rowObject(value, where) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InputError(`${where} is not an object`);
  return value;
}

// schemas/profile.schema.json
var profile_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://mlgate.dev/schemas/profile/1.schema.json",
  title: "mlgate data profile (profile.json)",
  description: "What `mlgate profile` writes and `mlgate profile --merge` and `mlgate drift --reference-profile/--current-profile` read: a `DataProfile` (shared/core/profile/profile.ts). Counts per column on the basis a reference profile fixes (numeric: 999 fine quantile edges of the reference and its range; categorical: its categories), so profiles on one basis merge by addition. Objects are open; every named field is checked. Read by shared/adapters/codecs/profile-json.ts, which also checks the lengths agree and recomputes `basis`.",
  type: "object",
  required: [
    "format",
    "version",
    "rows",
    "sources",
    "basis",
    "columns",
    "extra_columns"
  ],
  properties: {
    format: {
      const: "mlgate-profile"
    },
    version: {
      const: 1
    },
    rows: {
      $ref: "#/$defs/count"
    },
    sources: {
      type: "array",
      maxItems: 1e5,
      items: {
        $ref: "#/$defs/text"
      }
    },
    basis: {
      type: "string",
      pattern: "^[0-9a-f]{64}$",
      description: "SHA-256 of the columns' bases, lower-case hex."
    },
    columns: {
      type: "array",
      maxItems: 1e4,
      items: {
        anyOf: [
          {
            $ref: "#/$defs/numeric"
          },
          {
            $ref: "#/$defs/categorical"
          }
        ]
      }
    },
    extra_columns: {
      type: "array",
      maxItems: 1e4,
      items: {
        $ref: "#/$defs/name"
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
      description: "A column or category name: at most 256 characters.",
      type: "string",
      maxLength: 256
    },
    text: {
      description: "A file name: at most 4,096 characters.",
      type: "string",
      maxLength: 4096
    },
    numeric: {
      type: "object",
      required: [
        "name",
        "kind",
        "edges",
        "reference_range",
        "counts",
        "missing",
        "stray",
        "infinite",
        "finite"
      ],
      properties: {
        name: {
          $ref: "#/$defs/name"
        },
        kind: {
          const: "numeric"
        },
        edges: {
          description: "Quantiles of the reference's finite values: finite numbers.",
          type: "array",
          maxItems: 9999,
          items: {
            type: "number"
          }
        },
        reference_range: {
          anyOf: [
            {
              type: "null"
            },
            {
              type: "object",
              required: [
                "min",
                "max"
              ],
              properties: {
                min: {
                  $ref: "#/$defs/number"
                },
                max: {
                  $ref: "#/$defs/number"
                }
              }
            }
          ]
        },
        counts: {
          type: "array",
          maxItems: 10002,
          items: {
            $ref: "#/$defs/count"
          }
        },
        missing: {
          $ref: "#/$defs/count"
        },
        stray: {
          $ref: "#/$defs/count"
        },
        infinite: {
          type: "object",
          required: [
            "negative",
            "positive"
          ],
          properties: {
            negative: {
              $ref: "#/$defs/count"
            },
            positive: {
              $ref: "#/$defs/count"
            }
          }
        },
        finite: {
          type: "object",
          required: [
            "count",
            "sum",
            "m2",
            "min",
            "max"
          ],
          properties: {
            count: {
              $ref: "#/$defs/count"
            },
            sum: {
              $ref: "#/$defs/number"
            },
            m2: {
              $ref: "#/$defs/number"
            },
            min: {
              anyOf: [
                {
                  $ref: "#/$defs/number"
                },
                {
                  type: "null"
                }
              ]
            },
            max: {
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
        }
      }
    },
    categorical: {
      type: "object",
      required: [
        "name",
        "kind",
        "categories",
        "reference_folded",
        "counts",
        "new_categories",
        "other",
        "missing"
      ],
      properties: {
        name: {
          $ref: "#/$defs/name"
        },
        kind: {
          const: "categorical"
        },
        categories: {
          type: "array",
          maxItems: 1e4,
          items: {
            type: "string",
            maxLength: 4096
          }
        },
        reference_folded: {
          type: "boolean"
        },
        counts: {
          type: "array",
          maxItems: 1e4,
          items: {
            $ref: "#/$defs/count"
          }
        },
        new_categories: {
          type: "array",
          maxItems: 1e4,
          items: {
            type: "object",
            required: [
              "name",
              "count"
            ],
            properties: {
              name: {
                type: "string",
                maxLength: 4096
              },
              count: {
                $ref: "#/$defs/count"
              }
            }
          }
        },
        other: {
          type: "object",
          required: [
            "rows",
            "categories"
          ],
          properties: {
            rows: {
              $ref: "#/$defs/count"
            },
            categories: {
              $ref: "#/$defs/count"
            }
          }
        },
        missing: {
          $ref: "#/$defs/count"
        }
      }
    }
  }
};

// shared/adapters/codecs/profile-json.ts
function longList(item) {
  const counts = item !== number;
  return (value, at) => {
    if (!Array.isArray(value)) return list(item)(value, at);
    const values = value;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!(typeof v === "number" && (!counts || Number.isInteger(v) && v >= 0))) values[i] = item(v, `${at}[${i}]`);
    }
    return values;
  };
}
var NUMERIC = object({
  name: string,
  kind: oneOf(["numeric"]),
  edges: longList(number),
  reference_range: nullable(object({ min: number, max: number })),
  counts: longList(count),
  missing: count,
  stray: count,
  infinite: object({ negative: count, positive: count }),
  finite: object({ count, sum: number, m2: number, min: nullable(number), max: nullable(number) })
});
var CATEGORICAL = object({
  name: string,
  kind: oneOf(["categorical"]),
  categories: list(string),
  reference_folded: boolean,
  counts: longList(count),
  new_categories: list(object({ name: string, count })),
  other: object({ rows: count, categories: count }),
  missing: count
});
var COLUMN = (value, at) => {
  const kind = typeof value === "object" && value !== null ? value.kind : void 0;
  if (kind === "numeric") return NUMERIC(value, at);
  if (kind === "categorical") return CATEGORICAL(value, at);
  throw new ShapeMismatch(`${at}.kind`, `is ${JSON.stringify(kind) ?? "missing"}, expected one of numeric, categorical`);
};
var PROFILE = object({
  format: oneOf([PROFILE_FORMAT]),
  version: count,
  rows: count,
  sources: list(string),
  basis: string,
  columns: list(COLUMN),
  extra_columns: list(string)
});
var checkSchema = schemaChecker(profile_schema_default, "is not a valid profile");
var codec = jsonFileCodec({
  what: "profile",
  encode: toJsonInlineNumbers,
  // two thousand numbers per column: one line each would double the text to read
  schema: (value, source) => {
    const version = typeof value === "object" && value !== null ? value.version : void 0;
    if (typeof version === "number" && version > PROFILE_VERSION) {
      throw new InputError(`${source}: field \`version\` is ${version}, a profile format newer than this mlgate reads (${PROFILE_VERSION}); use the mlgate that wrote it, or make the profile again with this one`);
    }
    checkSchema(value, source);
  },
  decode: (value, source) => checkConsistent(decodeShape(PROFILE, value, source, "is this the output of `mlgate profile`?"), source)
});
function checkConsistent(profile2, source) {
  const fail = (at, problem) => {
    throw new InputError(`${source}: field \`${at}\` ${problem}; the file was edited or damaged \u2014 make it again with \`mlgate profile\``);
  };
  profile2.columns.forEach((column, i) => {
    const at = `columns[${i}]`;
    if (column.kind === "numeric") {
      if (column.edges.length !== 0 && column.edges.length !== FINE_BINS - 1) fail(`${at}.edges`, `has ${column.edges.length} edges, expected ${FINE_BINS - 1} (or none)`);
      if (column.counts.length !== column.edges.length + 3) fail(`${at}.counts`, `has ${column.counts.length} counts, expected ${column.edges.length + 3} (edges + 3)`);
      const edges = column.edges;
      for (let j = 0; j < edges.length; j++) if (Number.isNaN(edges[j]) || j > 0 && edges[j] < edges[j - 1]) fail(`${at}.edges[${j}]`, "is out of order");
      if (column.edges.length > 0 && column.reference_range === null) fail(`${at}.reference_range`, "is null although the column has edges");
    } else {
      if (column.counts.length !== column.categories.length) fail(`${at}.counts`, `has ${column.counts.length} counts for ${column.categories.length} categories`);
      const unsorted = column.categories.findIndex((c, j) => j > 0 && !(column.categories[j - 1] < c));
      if (unsorted >= 0) fail(`${at}.categories[${unsorted}]`, "is not sorted or repeats a category");
    }
  });
  if (basisDigest(profile2.columns) !== profile2.basis) fail("basis", "does not match the digest of the columns' edges and categories");
  return profile2;
}
function encodeProfile(profile2) {
  return codec.encode(profile2);
}
function readProfile(path) {
  return codec.read(path);
}

// shared/core/profile/merge-profiles.ts
function mergeProfiles(parts) {
  let first;
  let total;
  let count2 = 0;
  const extra = /* @__PURE__ */ new Set();
  for (const part of parts) {
    count2++;
    if (!first || !total) {
      first = part;
      total = copyForTotal(part.profile);
    } else {
      checkSameBasis(first, part);
      addInto(total, part.profile);
    }
    for (const name of part.profile.extra_columns) extra.add(name);
  }
  if (!total) throw new InputError("profile merge: no profiles to merge");
  if (count2 > 1) total.extra_columns = [...extra].sort();
  return total;
}
function copyForTotal(profile2) {
  return {
    ...profile2,
    sources: [...profile2.sources],
    columns: profile2.columns.map((column) => column.kind === "numeric" ? { ...column, counts: [...column.counts] } : column)
  };
}
function addInto(total, b) {
  total.rows += b.rows;
  total.sources.push(...b.sources);
  total.columns = total.columns.map((column, i) => {
    const other = b.columns[i];
    if (column.kind !== "numeric" || other.kind !== "numeric") return mergeColumn(column, other);
    const counts = column.counts;
    for (let k = 0; k < counts.length; k++) counts[k] += other.counts[k];
    column.missing += other.missing;
    column.stray += other.stray;
    column.infinite = { negative: column.infinite.negative + other.infinite.negative, positive: column.infinite.positive + other.infinite.positive };
    column.finite = mergeMoments(column.finite, other.finite);
    return column;
  });
}
function checkSameBasis(a, b) {
  if (a.profile.basis === b.profile.basis) return;
  const names = (p) => p.columns.map((c) => c.name).join(", ");
  const why = names(a.profile) !== names(b.profile) ? `their columns differ (${a.source}: ${names(a.profile)}; ${b.source}: ${names(b.profile)})` : `column \`${a.profile.columns.find((c, i) => JSON.stringify(c.kind === "numeric" ? c.edges : c.categories) !== JSON.stringify(((x) => x.kind === "numeric" ? x.edges : x.categories)(b.profile.columns[i])))?.name ?? a.profile.columns[0]?.name}\` has different edges or categories`;
  throw new InputError(`${a.source} and ${b.source} are not counted on the same reference (field \`basis\`: ${a.profile.basis.slice(0, 12)}\u2026 vs ${b.profile.basis.slice(0, 12)}\u2026): ${why}. Count every part with --reference-profile set to the same reference profile`);
}
function mergeColumn(a, b) {
  const add = (x, y) => x.map((v, i) => v + y[i]);
  if (a.kind === "categorical" && b.kind === "categorical") {
    const base = { ...a, other: { rows: a.other.rows + b.other.rows, categories: Math.max(a.other.categories, b.other.categories) } };
    return { ...base, counts: add(a.counts, b.counts), missing: a.missing + b.missing, ...withNewCategories(base, b.new_categories) };
  }
  throw new Error(`merge: column \`${a.name}\` changed kind under an equal basis digest`);
}

// shared/commands/profile.ts
async function profile(options) {
  const forms = [
    options.data && "--data",
    options.merge && "--merge",
    options.emitSql && "--emit-sql",
    options.fromSqlResult && "--from-sql-result"
  ].filter(Boolean);
  if (forms.length !== 1) {
    throw new InputError(forms.length === 0 ? "profile needs one of --data (data files), --merge (profiles to add up), --emit-sql (a SQL query) or --from-sql-result (its result)" : `give one of ${forms.join(", ")}, not several`);
  }
  const reference = options.referenceProfile === void 0 ? void 0 : { source: options.referenceProfile, profile: readProfile(options.referenceProfile) };
  if (options.merge) {
    if (reference) throw new InputError("--merge adds up profiles already counted on one reference; --reference-profile is not used with it");
    const paths = expand(options.merge, "profile");
    const parts = function* () {
      for (const path of paths) yield { source: path, profile: readProfile(path) };
    };
    return result(mergeProfiles(parts()));
  }
  if (options.emitSql) {
    if (!reference) throw new InputError("--emit-sql needs --reference-profile (the query counts on its edges and categories)");
    if (!options.table) throw new InputError("--emit-sql needs --table (the table or view to count, as the engine names it)");
    return { document: profileSql(reference.profile, options.table, options.dialect ?? "ansi") };
  }
  if (options.fromSqlResult) {
    if (!reference) throw new InputError("--from-sql-result needs --reference-profile (the profile the query was written for)");
    return result(profileFromSqlRows(readSqlResult(options.fromSqlResult), reference.profile, options.fromSqlResult));
  }
  if (reference && options.exclude) throw new InputError("--exclude applies to the reference profile only: data counted on it is profiled on its columns");
  return result(await profileOfData(expand(options.data, "data"), reference, options.delimiter, options.exclude));
}
function result(profile2) {
  return { document: encodeProfile(profile2), profile: profile2 };
}
async function profileOfData(paths, reference, delimiter, exclude = []) {
  const source = paths.join(", ");
  const builder = reference ? profileBuilderOn(reference.profile, source) : referenceProfileBuilder(source);
  for (const path of paths) {
    const read = await readTypedTable(path, delimiter ? { delimiter } : {});
    const table = exclude.length === 0 ? read : { ...read, columns: read.columns.filter((c) => !exclude.includes(c)) };
    if (reference) checkBasisColumns(reference.profile.columns.map((c) => c.name), table, reference.source);
    const needText = columnsNeedingText(builder, table);
    if (needText.size > 0) {
      const again = await readTypedTable(path, { ...delimiter ? { delimiter } : {}, columns: needText, keepText: needText });
      for (const name of needText) table.typed.set(name, again.typed.get(name));
    }
    addTypedTable(builder, table);
  }
  return builder.finish();
}
function expand(patterns, what) {
  const files = [];
  for (const pattern of patterns) {
    if (!/[*?[{]/.test(pattern)) {
      files.push(pattern);
      continue;
    }
    const matches = globSync(pattern).filter((p) => statSync(p).isFile()).sort();
    if (matches.length === 0) throw new InputError(`${pattern}: no ${what} file matches this pattern`);
    files.push(...matches);
  }
  return files;
}

export {
  readProfile,
  checkSameBasis,
  profile,
  profileOfData
};
