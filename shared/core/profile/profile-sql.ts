import { InputError } from '../../errors.js';
import { isMissing } from '../table/missing.js';
import { emptyProfileOn, withNewCategories } from './build-profile.js';
import type { DataProfile, NumericProfile } from './profile.js';

/**
 * A profile counted by a SQL engine: `profileSql` writes one query that counts a table on a
 * reference profile's basis, `profileFromSqlRows` turns its result into a profile that merges with
 * mlgate's own. The result has one fixed layout, every row
 *
 *     column_name, part, bin, category, n, total, m2, lo, hi
 *
 * with `part` one of: `rows` (n = rows of the table); per numeric column `bin` (n values in bin
 * `bin` of the profile's `counts`), `values` (n non-NULL values, lo/hi their min/max),
 * `negative_infinity` / `positive_infinity` (n), `finite` (n, total = sum, m2 = VAR_POP × n, lo, hi of
 * the finite values); per categorical column `category` (n rows whose trimmed text is `category`).
 * NULL is missing; texts pandas reads as missing (`NA`, `null`, …) are counted as missing when the
 * result is read, as mlgate counts them in files.
 */
export const SQL_DIALECTS = ['ansi', 'spark', 'bigquery'] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

interface Dialect {
  identifier: (name: string) => string;
  string: (text: string) => string;
  double: string;
  text: string;
  integer: string;
}

const DIALECTS: Record<SqlDialect, Dialect> = {
  // DuckDB, Trino, PostgreSQL-like engines (PostgreSQL itself spells the type DOUBLE PRECISION).
  ansi: { identifier: (n) => `"${n.replace(/"/g, '""')}"`, string: (t) => `'${t.replace(/'/g, "''")}'`, double: 'DOUBLE', text: 'VARCHAR', integer: 'INTEGER' },
  spark: { identifier: (n) => `\`${n.replace(/`/g, '``')}\``, string: (t) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`, double: 'DOUBLE', text: 'STRING', integer: 'INT' },
  bigquery: { identifier: (n) => `\`${n.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``, string: (t) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`, double: 'FLOAT64', text: 'STRING', integer: 'INT64' },
};

/** The largest double: values beyond it (in either direction) are infinite. */
const MAX_DOUBLE = '1.7976931348623157E308';

/** A double as a SQL literal every dialect reads as a double, exactly: the shortest round-trip digits in E notation. */
export function doubleLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`doubleLiteral: ${value} has no SQL literal`);
  return (Object.is(value, -0) ? 0 : value).toExponential().toUpperCase().replace('E+', 'E');
}

export function profileSql(reference: DataProfile, table: string, dialectName: SqlDialect = 'ansi'): string {
  const d = DIALECTS[dialectName];
  const nul = (type: string) => `CAST(NULL AS ${type})`;
  const select = (column: string, part: string, fields: { bin?: string; category?: string; n: string; total?: string; m2?: string; lo?: string; hi?: string }, rest: string) =>
    `SELECT ${d.string(column)} AS column_name, ${d.string(part)} AS part, ${fields.bin ?? nul(d.integer)} AS bin, ${fields.category ?? nul(d.text)} AS category, `
    + `${fields.n} AS n, ${fields.total ?? nul(d.double)} AS total, ${fields.m2 ?? nul(d.double)} AS m2, ${fields.lo ?? nul(d.double)} AS lo, ${fields.hi ?? nul(d.double)} AS hi ${rest}`;
  const parts = [select('', 'rows', { n: 'COUNT(*)' }, `FROM ${table}`)];
  for (const column of reference.columns) {
    const x = d.identifier(column.name);
    if (column.kind === 'categorical') {
      const text = `TRIM(CAST(${x} AS ${d.text}))`;
      parts.push(select(column.name, 'category', { category: text, n: 'COUNT(*)' }, `FROM ${table} WHERE ${x} IS NOT NULL GROUP BY ${text}`));
      continue;
    }
    const asDouble = `CAST(${x} AS ${d.double})`;
    parts.push(select(column.name, 'bin', { bin: 'b', n: 'COUNT(*)' }, `FROM (SELECT ${binCase(column, asDouble)} AS b FROM ${table} WHERE ${x} IS NOT NULL) AS binned GROUP BY b`));
    parts.push(select(column.name, 'values', { n: `COUNT(${x})`, lo: `MIN(${asDouble})`, hi: `MAX(${asDouble})` }, `FROM ${table}`));
    parts.push(select(column.name, 'negative_infinity', { n: `COUNT(*)` }, `FROM ${table} WHERE ${asDouble} < -${MAX_DOUBLE}`));
    parts.push(select(column.name, 'positive_infinity', { n: `COUNT(*)` }, `FROM ${table} WHERE ${asDouble} > ${MAX_DOUBLE}`));
    parts.push(select(column.name, 'finite', { n: 'COUNT(f)', total: 'SUM(f)', m2: 'VAR_POP(f) * COUNT(f)', lo: 'MIN(f)', hi: 'MAX(f)' },
      `FROM (SELECT CASE WHEN ${asDouble} BETWEEN -${MAX_DOUBLE} AND ${MAX_DOUBLE} THEN ${asDouble} END AS f FROM ${table}) AS finite_values`));
  }
  return `-- mlgate profile: counts of ${table} on the reference profile's basis ${reference.basis}\n-- Save the result as CSV or JSON and run: mlgate profile --from-sql-result <file> --reference-profile <reference.json>\n${parts.join('\nUNION ALL\n')};\n`;
}

/** The bin index of `binIndex` as a CASE: the first edge ≥ x closes x's bin (later equal edges never match, so they are left out). */
function binCase(column: NumericProfile, x: string): string {
  const range = column.reference_range;
  if (!range) return `${column.counts.length - 1}`;
  const whens: string[] = [];
  if (range.min > -Infinity) whens.push(`WHEN ${x} < ${doubleLiteral(range.min)} THEN 0`);
  column.edges.forEach((edge, j) => {
    if (j === 0 || edge !== column.edges[j - 1]) whens.push(`WHEN ${x} <= ${doubleLiteral(edge)} THEN ${j + 1}`);
  });
  const last = column.edges.length + 1;
  if (range.max < Infinity) whens.push(`WHEN ${x} <= ${doubleLiteral(range.max)} THEN ${last}`);
  return `CASE ${whens.join(' ')} ELSE ${range.max < Infinity ? last + 1 : last} END`;
}

export type SqlResultRow = Record<string, unknown>;

/** The profile a `profileSql` result describes, on the reference's basis; every inconsistency is an `InputError` naming the source. */
export function profileFromSqlRows(rows: readonly SqlResultRow[], reference: DataProfile, source: string): DataProfile {
  const profile = emptyProfileOn(reference, source);
  const byName = new Map(profile.columns.map((c) => [c.name, c]));
  const at = (i: number) => `${source}: row ${i + 1}`;
  const seen = new Map<string, Set<string>>();
  const newFound = new Map<string, { name: string; count: number }[]>();
  const present = new Map<string, number>();
  let rowsSeen = false;
  rows.forEach((raw, i) => {
    const row = lowerKeys(raw);
    const part = text(row.part);
    const name = text(row.column_name) ?? '';
    const n = countOf(row.n, `${at(i)}, field \`n\``);
    if (part === 'rows') {
      profile.rows = n;
      rowsSeen = true;
      return;
    }
    const column = byName.get(name);
    if (!column) throw new InputError(`${at(i)}: field \`column_name\` is \`${name}\`, not a column of the reference profile; run the query \`mlgate profile --emit-sql\` writes for this reference`);
    seen.set(name, (seen.get(name) ?? new Set()).add(part ?? ''));
    if (column.kind === 'categorical') {
      if (part !== 'category') throw new InputError(`${at(i)}: field \`part\` is \`${part}\` for categorical column \`${name}\`, expected category`);
      const label = text(row.category);
      if (label === undefined || isMissing(label)) column.missing += n;
      else {
        const index = column.categories.indexOf(label.trim());
        if (index >= 0) column.counts[index] += n;
        else newFound.set(name, [...(newFound.get(name) ?? []), { name: label.trim(), count: n }]);
      }
      return;
    }
    switch (part) {
      case 'bin': {
        const bin = countOf(row.bin, `${at(i)}, field \`bin\``);
        if (bin >= column.counts.length) throw new InputError(`${at(i)}: field \`bin\` is ${bin}, past the ${column.counts.length} bins of column \`${name}\``);
        column.counts[bin] += n;
        return;
      }
      case 'values':
        present.set(name, n);
        return;
      case 'negative_infinity':
        column.infinite.negative = n;
        return;
      case 'positive_infinity':
        column.infinite.positive = n;
        return;
      case 'finite':
        column.finite = n === 0 ? { count: 0, sum: 0, m2: 0, min: null, max: null } : {
          count: n, sum: numberOf(row.total, `${at(i)}, field \`total\``), m2: Math.max(0, numberOf(row.m2, `${at(i)}, field \`m2\``)),
          min: numberOf(row.lo, `${at(i)}, field \`lo\``), max: numberOf(row.hi, `${at(i)}, field \`hi\``),
        };
        return;
      default:
        throw new InputError(`${at(i)}: field \`part\` is \`${part}\`, expected one of rows, bin, values, negative_infinity, positive_infinity, finite, category`);
    }
  });
  if (!rowsSeen) throw new InputError(`${source}: no row with part \`rows\`; is this the result of the query \`mlgate profile --emit-sql\` writes?`);
  for (const column of profile.columns) {
    if (column.kind === 'categorical') {
      const counted = column.counts.reduce((a, b) => a + b, 0) + (newFound.get(column.name) ?? []).reduce((a, c) => a + c.count, 0) + column.missing;
      Object.assign(column, withNewCategories(column, newFound.get(column.name) ?? []));
      // Rows the GROUP BY left out are the NULLs.
      column.missing += profile.rows - counted;
      if (column.missing < 0) throw new InputError(`${source}: column \`${column.name}\` counts more values than the ${profile.rows} rows`);
      continue;
    }
    for (const part of ['values', 'finite', 'negative_infinity', 'positive_infinity']) {
      if (!seen.get(column.name)?.has(part)) throw new InputError(`${source}: no row with part \`${part}\` for column \`${column.name}\``);
    }
    const values = present.get(column.name)!;
    const binned = column.counts.reduce((a, b) => a + b, 0);
    column.missing = profile.rows - values;
    if (binned !== values) throw new InputError(`${source}: column \`${column.name}\`: the bins count ${binned} values, the \`values\` row ${values}`);
    if (column.missing < 0) throw new InputError(`${source}: column \`${column.name}\` counts more values than the ${profile.rows} rows`);
    const unexplained = values - column.finite.count - column.infinite.negative - column.infinite.positive;
    if (unexplained !== 0) {
      throw new InputError(`${source}: column \`${column.name}\` holds ${unexplained} values that are neither finite nor infinite (NaN); mlgate reads NaN as missing — turn them into NULL (NULLIF or WHERE x = x) and run the query again`);
    }
  }
  return profile;
}

function lowerKeys(row: SqlResultRow): SqlResultRow {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k.toLowerCase(), v]));
}

function text(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  return String(value);
}

function numberOf(value: unknown, what: string): number {
  if (typeof value === 'number') return value;
  const t = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (t === 'inf' || t === 'infinity' || t === '+inf' || t === '+infinity') return Infinity;
  if (t === '-inf' || t === '-infinity') return -Infinity;
  const n = t === undefined || t === '' ? NaN : Number(t);
  if (Number.isNaN(n)) throw new InputError(`${what} is ${JSON.stringify(value) ?? 'missing'}, expected a number`);
  return n;
}

function countOf(value: unknown, what: string): number {
  const n = typeof value === 'bigint' ? Number(value) : numberOf(value, what);
  if (!Number.isInteger(n) || n < 0) throw new InputError(`${what} is ${JSON.stringify(String(value))}, expected a whole number ≥ 0`);
  return n;
}
