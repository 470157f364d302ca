import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  firstEdgeAtLeast
} from "./chunk-OXLN5GVI.js";
import {
  pairwiseSum
} from "./chunk-63FYA7DN.js";
import {
  isMissing
} from "./chunk-LIJ2O53S.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/core/profile/profile.ts
import { createHash } from "node:crypto";
var PROFILE_FORMAT = "mlgate-profile";
var PROFILE_VERSION = 1;
var FINE_BINS = 1e3;
var CATEGORY_CAP = 1e4;
function binIndex(value, edges, range) {
  if (value < range.min) return 0;
  if (value > range.max) return edges.length + 2;
  return firstEdgeAtLeast(value, edges) + 1;
}
function basisDigest(columns) {
  const hash = createHash("sha256");
  for (const column of columns) {
    if (column.kind === "numeric") {
      const range = column.reference_range ? [column.reference_range.min, column.reference_range.max] : [];
      hash.update(`${JSON.stringify([column.name, column.kind, column.edges.length, range.length])}
`);
      const bytes = new Float64Array(column.edges.length + range.length);
      for (let i = 0; i < column.edges.length; i++) bytes[i] = column.edges[i] === 0 ? 0 : column.edges[i];
      for (let i = 0; i < range.length; i++) bytes[column.edges.length + i] = range[i] === 0 ? 0 : range[i];
      hash.update(new Uint8Array(bytes.buffer));
    } else {
      hash.update(`${JSON.stringify([column.name, column.kind, column.categories, column.reference_folded])}
`);
    }
  }
  return hash.digest("hex");
}
function decileCounts(column, bins = 10) {
  const fine = column.edges.length + 1;
  const step = fine / bins;
  const closing = [];
  for (let k = 1; k < bins; k++) {
    const index = step * k - 1;
    if (closing.length === 0 || column.edges[index] !== column.edges[closing[closing.length - 1]]) closing.push(index);
  }
  closing.push(fine - 1);
  const inner = column.counts.slice(1, fine + 1);
  const result = [column.counts[0]];
  let start = 0;
  for (const end of closing) {
    let sum = 0;
    for (let j = start; j <= end; j++) sum += inner[j];
    result.push(sum);
    start = end + 1;
  }
  result.push(column.counts[fine + 1]);
  return result;
}
function valuesOf(column) {
  if (column.kind === "numeric") return column.counts.reduce((a, b) => a + b, 0);
  return column.counts.reduce((a, b) => a + b, 0) + column.new_categories.reduce((a, c) => a + c.count, 0) + column.other.rows;
}

// shared/core/profile/build-profile.ts
function emptyMoments() {
  return { count: 0, sum: 0, m2: 0, min: null, max: null };
}
function momentsOf(values) {
  const finite = keep(values, Number.isFinite);
  if (finite.length === 0) return emptyMoments();
  const sum = pairwiseSum(finite);
  const mean = sum / finite.length;
  let m2 = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < finite.length; i++) {
    const v = finite[i];
    m2 += (v - mean) * (v - mean);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { count: finite.length, sum, m2, min, max };
}
function keep(values, test) {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (test(values[i])) n++;
  if (n === values.length) return values;
  const kept = new Float64Array(n);
  let at = 0;
  for (let i = 0; i < values.length; i++) if (test(values[i])) kept[at++] = values[i];
  return kept;
}
var notMissing = (v) => !Number.isNaN(v);
function mergeMoments(a, b) {
  if (a.count === 0) return { ...b };
  if (b.count === 0) return { ...a };
  const count = a.count + b.count;
  const delta = b.sum / b.count - a.sum / a.count;
  return {
    count,
    sum: a.sum + b.sum,
    m2: a.m2 + b.m2 + delta * delta * a.count * b.count / count,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max)
  };
}
function referenceProfileBuilder(source) {
  const numbers = /* @__PURE__ */ new Map();
  const labels = /* @__PURE__ */ new Map();
  const missingLabels = /* @__PURE__ */ new Map();
  const order = [];
  const extra = /* @__PURE__ */ new Set();
  let rows = 0;
  const declare = (column, kind) => {
    const other = kind === "numeric" ? labels : numbers;
    if (other.has(column)) throw new Error(`profile: column \`${column}\` given as both numeric and categorical`);
    if (!order.includes(column)) order.push(column);
  };
  return {
    onBasis: false,
    kindOf: () => void 0,
    addRows: (count) => {
      rows += count;
    },
    addNumbers(column, values, stray = 0) {
      declare(column, "numeric");
      const entry = numbers.get(column) ?? { chunks: [], stray: 0 };
      entry.chunks.push(values);
      entry.stray += stray;
      numbers.set(column, entry);
    },
    addLabels(column, chunk) {
      declare(column, "categorical");
      const tally = labels.get(column) ?? /* @__PURE__ */ new Map();
      labels.set(column, tally);
      let missing = 0;
      for (const label of chunk) {
        if (label === null) missing++;
        else tally.set(label, (tally.get(label) ?? 0) + 1);
      }
      missingLabels.set(column, (missingLabels.get(column) ?? 0) + missing);
    },
    addExtraColumns: (names) => names.forEach((n) => extra.add(n)),
    finish() {
      const columns = order.map((name) => {
        const numeric = numbers.get(name);
        if (numeric) {
          const values = concat(numeric.chunks);
          numeric.chunks = [];
          return numericReference(name, values, numeric.stray);
        }
        return categoricalReference(name, labels.get(name), missingLabels.get(name) ?? 0);
      });
      return profileOf(columns, rows, [source], [...extra].sort());
    }
  };
}
function profileOf(columns, rows, sources, extra) {
  return { format: PROFILE_FORMAT, version: PROFILE_VERSION, rows, sources, basis: basisDigest(columns), columns, extra_columns: extra };
}
function concat(chunks) {
  if (chunks.length === 1) return chunks[0];
  const all = new Float64Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}
function fineEdges(sortedFinite, bins = FINE_BINS) {
  const n = sortedFinite.length;
  if (n === 0) return [];
  const edges = new Array(bins - 1);
  for (let i = 1; i < bins; i++) {
    const virtualIndex = n * (i / bins) - 1;
    const below = Math.floor(virtualIndex);
    edges[i - 1] = sortedFinite[Math.min(n - 1, Math.max(0, virtualIndex === below ? below : below + 1))];
  }
  return edges;
}
function numericReference(name, values, stray) {
  let missing = 0;
  let negative = 0;
  let positive = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) missing++;
    else if (v === Infinity) positive++;
    else if (v === -Infinity) negative++;
    else values[n++] = v;
  }
  const finite = values.subarray(0, n).sort();
  const present = values.length - missing;
  const min = negative > 0 ? -Infinity : n > 0 ? finite[0] : Infinity;
  const max = positive > 0 ? Infinity : n > 0 ? finite[n - 1] : -Infinity;
  const edges = fineEdges(finite);
  const column = {
    name,
    kind: "numeric",
    edges,
    reference_range: present === 0 ? null : { min, max },
    counts: new Array(edges.length + 3).fill(0),
    missing,
    stray,
    infinite: { negative: 0, positive: 0 },
    finite: momentsOf(finite)
  };
  countSorted(column, finite);
  countNumbers(column, Float64Array.from([...new Array(negative).fill(-Infinity), ...new Array(positive).fill(Infinity)]));
  return column;
}
function countSorted(column, sorted) {
  const { edges, counts } = column;
  let e = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i];
    while (e < edges.length && edges[e] < v) e++;
    counts[e + 1]++;
  }
}
function countNumbers(column, present) {
  const range = column.reference_range;
  for (let i = 0; i < present.length; i++) {
    const v = present[i];
    if (v === Infinity) column.infinite.positive++;
    else if (v === -Infinity) column.infinite.negative++;
    column.counts[range ? binIndex(v, column.edges, range) : column.counts.length - 1]++;
  }
}
function categoricalReference(name, tally, missing) {
  let kept = [...tally.entries()];
  let other = { rows: 0, categories: 0 };
  if (kept.length > CATEGORY_CAP) {
    kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const folded = kept.slice(CATEGORY_CAP);
    other = { rows: folded.reduce((n, [, c]) => n + c, 0), categories: folded.length };
    kept = kept.slice(0, CATEGORY_CAP);
  }
  kept.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return {
    name,
    kind: "categorical",
    categories: kept.map(([c]) => c),
    reference_folded: other.categories > 0,
    counts: kept.map(([, c]) => c),
    new_categories: [],
    other,
    missing
  };
}
function emptyProfileOn(reference, source) {
  const columns = reference.columns.map((c) => c.kind === "numeric" ? { ...c, edges: c.edges, counts: c.counts.map(() => 0), missing: 0, stray: 0, infinite: { negative: 0, positive: 0 }, finite: emptyMoments() } : { ...c, counts: c.counts.map(() => 0), new_categories: [], other: { rows: 0, categories: 0 }, missing: 0 });
  return { format: PROFILE_FORMAT, version: PROFILE_VERSION, rows: 0, sources: [source], basis: reference.basis, columns, extra_columns: [] };
}
function profileBuilderOn(reference, source) {
  const profile = emptyProfileOn(reference, source);
  const byName = new Map(profile.columns.map((c) => [c.name, c]));
  const newTallies = /* @__PURE__ */ new Map();
  const extra = /* @__PURE__ */ new Set();
  const column = (name, kind) => {
    const found = byName.get(name);
    if (!found || found.kind !== kind) throw new Error(`profile: column \`${name}\` is not a ${kind} column of the reference`);
    return found;
  };
  return {
    onBasis: true,
    kindOf: (name) => byName.get(name)?.kind,
    addRows: (count) => {
      profile.rows += count;
    },
    addNumbers(name, values, stray = 0) {
      const target = column(name, "numeric");
      const present = keep(values, notMissing);
      target.missing += values.length - present.length;
      target.stray += stray;
      countNumbers(target, present);
      target.finite = mergeMoments(target.finite, momentsOf(present));
    },
    addLabels(name, chunk) {
      const target = column(name, "categorical");
      const index = new Map(target.categories.map((c, i) => [c, i]));
      const tally = newTallies.get(name) ?? /* @__PURE__ */ new Map();
      newTallies.set(name, tally);
      for (const label of chunk) {
        if (label === null) target.missing++;
        else {
          const at = index.get(label);
          if (at !== void 0) target.counts[at]++;
          else tally.set(label, (tally.get(label) ?? 0) + 1);
        }
      }
    },
    addExtraColumns: (names) => names.forEach((n) => extra.add(n)),
    finish() {
      for (const [name, tally] of newTallies) {
        const target = column(name, "categorical");
        const found = [...tally.entries()].map(([c, count]) => ({ name: c, count }));
        Object.assign(target, withNewCategories(target, found));
      }
      return { ...profile, extra_columns: [...extra].sort() };
    }
  };
}
function withNewCategories(column, found) {
  const byName = /* @__PURE__ */ new Map();
  for (const { name, count } of [...column.new_categories, ...found]) byName.set(name, (byName.get(name) ?? 0) + count);
  if (column.reference_folded || byName.size > CATEGORY_CAP || column.other.rows > 0) {
    const rows = [...byName.values()].reduce((n, c) => n + c, 0);
    return { new_categories: [], other: { rows: column.other.rows + rows, categories: Math.max(column.other.categories, byName.size) } };
  }
  const sorted = [...byName.entries()].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0).map(([name, count]) => ({ name, count }));
  return { new_categories: sorted, other: column.other };
}
function checkStrayShare(column, source, stray, cells) {
  if (cells > 0 && stray >= 0.01 * cells) {
    throw new InputError(`${source}: column \`${column}\` is numeric in the reference profile but ${stray} of ${cells} cells are words (1% or more); check the data or make a new reference profile`);
  }
}

// shared/core/profile/profile-sql.ts
var SQL_DIALECTS = ["ansi", "spark", "bigquery"];
var DIALECTS = {
  // DuckDB, Trino, PostgreSQL-like engines (PostgreSQL itself spells the type DOUBLE PRECISION).
  ansi: { identifier: (n) => `"${n.replace(/"/g, '""')}"`, string: (t) => `'${t.replace(/'/g, "''")}'`, double: "DOUBLE", text: "VARCHAR", integer: "INTEGER" },
  spark: { identifier: (n) => `\`${n.replace(/`/g, "``")}\``, string: (t) => `'${t.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`, double: "DOUBLE", text: "STRING", integer: "INT" },
  bigquery: { identifier: (n) => `\`${n.replace(/\\/g, "\\\\").replace(/`/g, "\\`")}\``, string: (t) => `'${t.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`, double: "FLOAT64", text: "STRING", integer: "INT64" }
};
var MAX_DOUBLE = "1.7976931348623157E308";
function doubleLiteral(value) {
  if (!Number.isFinite(value)) throw new RangeError(`doubleLiteral: ${value} has no SQL literal`);
  return (Object.is(value, -0) ? 0 : value).toExponential().toUpperCase().replace("E+", "E");
}
function profileSql(reference, table, dialectName = "ansi") {
  const d = DIALECTS[dialectName];
  const nul = (type) => `CAST(NULL AS ${type})`;
  const select = (column, part, fields, rest) => `SELECT ${d.string(column)} AS column_name, ${d.string(part)} AS part, ${fields.bin ?? nul(d.integer)} AS bin, ${fields.category ?? nul(d.text)} AS category, ${fields.n} AS n, ${fields.total ?? nul(d.double)} AS total, ${fields.m2 ?? nul(d.double)} AS m2, ${fields.lo ?? nul(d.double)} AS lo, ${fields.hi ?? nul(d.double)} AS hi ${rest}`;
  const parts = [select("", "rows", { n: "COUNT(*)" }, `FROM ${table}`)];
  for (const column of reference.columns) {
    const x = d.identifier(column.name);
    if (column.kind === "categorical") {
      const text2 = `TRIM(CAST(${x} AS ${d.text}))`;
      parts.push(select(column.name, "category", { category: text2, n: "COUNT(*)" }, `FROM ${table} WHERE ${x} IS NOT NULL GROUP BY ${text2}`));
      continue;
    }
    const asDouble = `CAST(${x} AS ${d.double})`;
    parts.push(select(column.name, "bin", { bin: "b", n: "COUNT(*)" }, `FROM (SELECT ${binCase(column, asDouble)} AS b FROM ${table} WHERE ${x} IS NOT NULL) AS binned GROUP BY b`));
    parts.push(select(column.name, "values", { n: `COUNT(${x})`, lo: `MIN(${asDouble})`, hi: `MAX(${asDouble})` }, `FROM ${table}`));
    parts.push(select(column.name, "negative_infinity", { n: `COUNT(*)` }, `FROM ${table} WHERE ${asDouble} < -${MAX_DOUBLE}`));
    parts.push(select(column.name, "positive_infinity", { n: `COUNT(*)` }, `FROM ${table} WHERE ${asDouble} > ${MAX_DOUBLE}`));
    parts.push(select(
      column.name,
      "finite",
      { n: "COUNT(f)", total: "SUM(f)", m2: "VAR_POP(f) * COUNT(f)", lo: "MIN(f)", hi: "MAX(f)" },
      `FROM (SELECT CASE WHEN ${asDouble} BETWEEN -${MAX_DOUBLE} AND ${MAX_DOUBLE} THEN ${asDouble} END AS f FROM ${table}) AS finite_values`
    ));
  }
  return `-- mlgate profile: counts of ${table} on the reference profile's basis ${reference.basis}
-- Save the result as CSV or JSON and run: mlgate profile --from-sql-result <file> --reference-profile <reference.json>
${parts.join("\nUNION ALL\n")};
`;
}
function binCase(column, x) {
  const range = column.reference_range;
  if (!range) return `${column.counts.length - 1}`;
  const whens = [];
  if (range.min > -Infinity) whens.push(`WHEN ${x} < ${doubleLiteral(range.min)} THEN 0`);
  column.edges.forEach((edge, j) => {
    if (j === 0 || edge !== column.edges[j - 1]) whens.push(`WHEN ${x} <= ${doubleLiteral(edge)} THEN ${j + 1}`);
  });
  const last = column.edges.length + 1;
  if (range.max < Infinity) whens.push(`WHEN ${x} <= ${doubleLiteral(range.max)} THEN ${last}`);
  return `CASE ${whens.join(" ")} ELSE ${range.max < Infinity ? last + 1 : last} END`;
}
function profileFromSqlRows(rows, reference, source) {
  const profile = emptyProfileOn(reference, source);
  const byName = new Map(profile.columns.map((c) => [c.name, c]));
  const at = (i) => `${source}: row ${i + 1}`;
  const seen = /* @__PURE__ */ new Map();
  const newFound = /* @__PURE__ */ new Map();
  const present = /* @__PURE__ */ new Map();
  let rowsSeen = false;
  rows.forEach((raw, i) => {
    const row = lowerKeys(raw);
    const part = text(row.part);
    const name = text(row.column_name) ?? "";
    const n = countOf(row.n, `${at(i)}, field \`n\``);
    if (part === "rows") {
      profile.rows = n;
      rowsSeen = true;
      return;
    }
    const column = byName.get(name);
    if (!column) throw new InputError(`${at(i)}: field \`column_name\` is \`${name}\`, not a column of the reference profile; run the query \`mlgate profile --emit-sql\` writes for this reference`);
    seen.set(name, (seen.get(name) ?? /* @__PURE__ */ new Set()).add(part ?? ""));
    if (column.kind === "categorical") {
      if (part !== "category") throw new InputError(`${at(i)}: field \`part\` is \`${part}\` for categorical column \`${name}\`, expected category`);
      const label = text(row.category);
      if (label === void 0 || isMissing(label)) column.missing += n;
      else {
        const index = column.categories.indexOf(label.trim());
        if (index >= 0) column.counts[index] += n;
        else newFound.set(name, [...newFound.get(name) ?? [], { name: label.trim(), count: n }]);
      }
      return;
    }
    switch (part) {
      case "bin": {
        const bin = countOf(row.bin, `${at(i)}, field \`bin\``);
        if (bin >= column.counts.length) throw new InputError(`${at(i)}: field \`bin\` is ${bin}, past the ${column.counts.length} bins of column \`${name}\``);
        column.counts[bin] += n;
        return;
      }
      case "values":
        present.set(name, n);
        return;
      case "negative_infinity":
        column.infinite.negative = n;
        return;
      case "positive_infinity":
        column.infinite.positive = n;
        return;
      case "finite":
        column.finite = n === 0 ? { count: 0, sum: 0, m2: 0, min: null, max: null } : {
          count: n,
          sum: numberOf(row.total, `${at(i)}, field \`total\``),
          m2: Math.max(0, numberOf(row.m2, `${at(i)}, field \`m2\``)),
          min: numberOf(row.lo, `${at(i)}, field \`lo\``),
          max: numberOf(row.hi, `${at(i)}, field \`hi\``)
        };
        return;
      default:
        throw new InputError(`${at(i)}: field \`part\` is \`${part}\`, expected one of rows, bin, values, negative_infinity, positive_infinity, finite, category`);
    }
  });
  if (!rowsSeen) throw new InputError(`${source}: no row with part \`rows\`; is this the result of the query \`mlgate profile --emit-sql\` writes?`);
  for (const column of profile.columns) {
    if (column.kind === "categorical") {
      const counted = column.counts.reduce((a, b) => a + b, 0) + (newFound.get(column.name) ?? []).reduce((a, c) => a + c.count, 0) + column.missing;
      Object.assign(column, withNewCategories(column, newFound.get(column.name) ?? []));
      column.missing += profile.rows - counted;
      if (column.missing < 0) throw new InputError(`${source}: column \`${column.name}\` counts more values than the ${profile.rows} rows`);
      continue;
    }
    for (const part of ["values", "finite", "negative_infinity", "positive_infinity"]) {
      if (!seen.get(column.name)?.has(part)) throw new InputError(`${source}: no row with part \`${part}\` for column \`${column.name}\``);
    }
    const values = present.get(column.name);
    const binned = column.counts.reduce((a, b) => a + b, 0);
    column.missing = profile.rows - values;
    if (binned !== values) throw new InputError(`${source}: column \`${column.name}\`: the bins count ${binned} values, the \`values\` row ${values}`);
    if (column.missing < 0) throw new InputError(`${source}: column \`${column.name}\` counts more values than the ${profile.rows} rows`);
    const unexplained = values - column.finite.count - column.infinite.negative - column.infinite.positive;
    if (unexplained !== 0) {
      throw new InputError(`${source}: column \`${column.name}\` holds ${unexplained} values that are neither finite nor infinite (NaN); mlgate reads NaN as missing \u2014 turn them into NULL (NULLIF or WHERE x = x) and run the query again`);
    }
  }
  return profile;
}
function lowerKeys(row) {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k.toLowerCase(), v]));
}
function text(value) {
  if (value === null || value === void 0) return void 0;
  return String(value);
}
function numberOf(value, what) {
  if (typeof value === "number") return value;
  const t = typeof value === "string" ? value.trim().toLowerCase() : void 0;
  if (t === "inf" || t === "infinity" || t === "+inf" || t === "+infinity") return Infinity;
  if (t === "-inf" || t === "-infinity") return -Infinity;
  const n = t === void 0 || t === "" ? NaN : Number(t);
  if (Number.isNaN(n)) throw new InputError(`${what} is ${JSON.stringify(value) ?? "missing"}, expected a number`);
  return n;
}
function countOf(value, what) {
  const n = typeof value === "bigint" ? Number(value) : numberOf(value, what);
  if (!Number.isInteger(n) || n < 0) throw new InputError(`${what} is ${JSON.stringify(String(value))}, expected a whole number \u2265 0`);
  return n;
}

export {
  PROFILE_FORMAT,
  PROFILE_VERSION,
  FINE_BINS,
  binIndex,
  basisDigest,
  decileCounts,
  valuesOf,
  mergeMoments,
  referenceProfileBuilder,
  profileBuilderOn,
  withNewCategories,
  checkStrayShare,
  SQL_DIALECTS,
  profileSql,
  profileFromSqlRows
};
