import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../../shared/errors.js';
import type { LineageRecord } from '../../../../shared/core/lineage/record.js';
import { isRfc3339DateTime, LINEAGE_SCHEMA_ID, validateLineage } from '../../../../shared/adapters/codecs/validate-lineage.js';
import { checkModelName, normaliseVersion } from '../../../../shared/adapters/registry/names.js';
import { toJson } from '../../../../shared/adapters/files/files.js';
import { exampleRun } from '../../commands/example-lineage.js';

const schema = JSON.parse(readFileSync(new URL('../../../../schemas/lineage.schema.json', import.meta.url), 'utf8'));

let lineage: LineageRecord;
beforeAll(async () => {
  ({ lineage } = await exampleRun());
});

/** The record as it is stored: through `toJson` and back, as `mlgate lineage` reads it. */
const stored = (record: LineageRecord) => JSON.parse(toJson(record)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function failure(mutate: (record: Record<string, any>) => void): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  const record = stored(lineage);
  mutate(record);
  try {
    validateLineage(record, 'lineage.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('the broken record validated');
}

describe('schemas/lineage.schema.json', () => {
  it('is a draft 2020-12 schema with the $id validateLineage reports', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(LINEAGE_SCHEMA_ID);
    expect(schema.properties.schema.const).toBe('mlgate-lineage/1');
  });

  it('declares exactly the fields buildLineage writes (no field documented but never written)', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(lineage).sort());
    expect(Object.keys(schema.properties.code.properties).sort()).toEqual(Object.keys(lineage.code).sort());
    expect(Object.keys(schema.properties.metrics.properties).sort()).toEqual(Object.keys(lineage.metrics).sort());
    expect(Object.keys(schema.properties.environment.properties).sort()).toEqual(Object.keys(lineage.environment).sort());
    expect(Object.keys(schema.properties.drift.properties).sort()).toEqual(Object.keys(lineage.drift!).sort());
    // `uri` is read, never written for a local file (older records hold their paths there).
    expect(Object.keys(schema.properties.data.items.properties).filter((k) => k !== 'uri').sort()).toEqual(Object.keys(lineage.data[0]).sort());
    expect(Object.keys(schema.properties.subjects.items.properties).sort()).toEqual(Object.keys(lineage.subjects[0]).sort());
  });
});

describe('validateLineage', () => {
  it('accepts the lineage buildLineage writes for the breast-cancer example, as stored', () => {
    expect(validateLineage(stored(lineage), 'lineage.json')).toEqual(lineage);
  });

  it('accepts records written before the optional fields existed', () => {
    const old = stored(lineage);
    delete old.code.merge_base;
    delete old.environment.tools;
    delete old.started_at;
    delete old.drift.drifted_columns;
    for (const key of ['task', 'rows', 'comparison', 'intervals']) delete old.metrics[key];
    delete old.environment.runner_environment;
    old.data[0] = { ...old.data[0], uri: old.data[0].path };
    delete old.data[0].path;
    expect(() => validateLineage(old, 'lineage.json')).not.toThrow();
    delete old.data[0].uri;
    expect(() => validateLineage(old, 'lineage.json')).toThrow(/\/data\/0/);
  });

  it('accepts a first version published without evaluation, data, drift or parent', () => {
    const minimal = { ...stored(lineage), data: [], parent: null, drift: null, metrics: { values: {}, evaluation_set_sha256: null } };
    expect(validateLineage(minimal, 'lineage.json').parent).toBeNull();
  });

  it('turns the strings toJson writes for non-finite metrics back into numbers, without changing its input', () => {
    const record: LineageRecord = structuredClone(lineage);
    record.metrics.values.log_loss = Infinity;
    record.metrics.intervals!.log_loss = [0.5, Infinity];
    record.metrics.comparison!.log_loss = { baseline: NaN, delta: -Infinity, interval: [-Infinity, 0], test: 'paired_bootstrap' };
    const json = stored(record);
    expect(json.metrics.values.log_loss).toBe('Infinity');
    const read = validateLineage(json, 'lineage.json');
    expect(read.metrics.values.log_loss).toBe(Infinity);
    expect(read.metrics.intervals!.log_loss).toEqual([0.5, Infinity]);
    expect(read.metrics.comparison!.log_loss.baseline).toBeNaN();
    expect(read.metrics.comparison!.log_loss.delta).toBe(-Infinity);
    expect(read.metrics.comparison!.log_loss.interval[0]).toBe(-Infinity);
    expect(json.metrics.values.log_loss).toBe('Infinity');
  });

  it.each<[string, (r: Record<string, any>) => void, string]>([ // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a digest that is not lower-case hex', (r) => { r.subjects[0].sha256 = 'ABC'; }, 'lineage.json: /subjects/0/sha256 must match pattern "^[0-9a-f]{64}$" — SHA-256 digest, lower-case hex (got "ABC")'],
    ['a missing field', (r) => { delete r.code.commit; }, 'lineage.json: /code/commit is required'],
    ['an unknown field', (r) => { r.code.branch = 'main'; }, 'lineage.json: /code/branch is not a known field'],
    ['an unknown top-level field', (r) => { r.notes = 'x'; }, 'lineage.json: /notes is not a known field'],
    ['another format', (r) => { r.schema = 'mlgate-lineage/2'; }, 'lineage.json: /schema must be "mlgate-lineage/1" (got "mlgate-lineage/2")'],
    ['an impossible date', (r) => { r.created_at = '2025-02-30T00:00:00Z'; }, 'lineage.json: /created_at must be an RFC 3339 date-time (e.g. 2025-01-31T12:00:00Z) (got "2025-02-30T00:00:00Z")'],
    ['an unknown verdict', (r) => { r.parent.verdict = 'ok'; }, 'lineage.json: /parent/verdict must be one of "pass", "warn", "fail", null (got "ok")'],
    ['a metric that is text', (r) => { r.metrics.values.accuracy = 'high'; }, 'lineage.json: /metrics/values/accuracy must be number, or must be one of "Infinity", "-Infinity", "NaN" (got "high")'],
    ['an interval with one bound', (r) => { r.metrics.intervals.accuracy = [0.9]; }, 'lineage.json: /metrics/intervals/accuracy must NOT have fewer than 2 items'],
    ['no subjects', (r) => { r.subjects = []; }, 'lineage.json: /subjects must NOT have fewer than 1 items'],
    ['a negative size', (r) => { r.subjects[1].size = -1; }, 'lineage.json: /subjects/1/size must be >= 0 (got -1)'],
    ['fractional rows', (r) => { r.data[0].rows = 1.5; }, 'lineage.json: /data/0/rows must be integer,null (got 1.5)'],
    ['a short commit', (r) => { r.code.commit = '0123abc'; }, 'lineage.json: /code/commit must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$" — A git object id (SHA-1, or SHA-256 in SHA-256 repositories), lower-case hex (got "0123abc")'],
    ['a tool map without mlgate', (r) => { delete r.environment.tools.mlgate; }, 'lineage.json: /environment/tools/mlgate is required'],
    ['a field name with a slash', (r) => { r.drift['a/b'] = 1; }, 'lineage.json: /drift/a~1b is not a known field'],
  ])('names the field for %s', (_what, mutate, expected) => {
    expect(failure(mutate)).toBe(expected);
  });

  it('names the source it was given', () => {
    expect(() => validateLineage([], 'registry/churn/v1.0.0/lineage.json')).toThrow(/^registry\/churn\/v1\.0\.0\/lineage\.json: \/ must be object$/);
  });

  it('accepts exactly the versions the registry accepts (schema pattern = names.ts)', () => {
    const accepts = (version: string) => {
      try {
        validateLineage({ ...stored(lineage), version }, 'lineage.json');
        return true;
      } catch {
        return false;
      }
    };
    const registry = (version: string) => {
      try {
        return normaliseVersion(version) === version;
      } catch {
        return false;
      }
    };
    const part = fc.oneof(fc.constantFrom('0', '1', '01', '10', 'rc', 'a-b', ''), fc.string({ unit: fc.constantFrom('0', '1', '9', 'a', 'Z', '-', '.'), maxLength: 4 }));
    const version = fc.tuple(part, part, part, fc.option(part), fc.option(part)).map(([a, b, c, pre, build]) => `${a}.${b}.${c}${pre === null ? '' : `-${pre}`}${build === null ? '' : `+${build}`}`);
    fc.assert(fc.property(version, (v) => accepts(v) === registry(v)), { numRuns: 300 });
  });

  it('accepts exactly the model names the registry accepts (besides git ref rules)', () => {
    const accepts = (model: string) => {
      try {
        validateLineage({ ...stored(lineage), model }, 'lineage.json');
        return true;
      } catch {
        return false;
      }
    };
    const registry = (model: string) => {
      try {
        return checkModelName(model) === model;
      } catch {
        return false;
      }
    };
    const name = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '-', '_', '/', ' ', '.', 'é'), maxLength: 8 }).filter((n) => !n.includes('//'));
    fc.assert(fc.property(name, (n) => accepts(n) === registry(n)), { numRuns: 300 });
  });
});

describe('isRfc3339DateTime', () => {
  it.each(['2025-01-31T12:00:00Z', '2024-02-29T23:59:60.123+05:30', '2025-12-31t00:00:00z', '1999-01-01T00:00:00-12:00'])('accepts %s', (text) => {
    expect(isRfc3339DateTime(text)).toBe(true);
  });

  it.each(['2023-02-29T00:00:00Z', '2025-13-01T00:00:00Z', '2025-04-31T00:00:00Z', '2025-01-31 12:00:00Z', '2025-01-31T24:00:00Z', '2025-01-31T12:60:00Z', '2025-01-31T12:00:00', '2025-01-31T12:00:00+24:00', '2025-01-31', ''])('rejects %s', (text) => {
    expect(isRfc3339DateTime(text)).toBe(false);
  });

  it('accepts every Date#toISOString of years 0–9999', () => {
    const date = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });
    fc.assert(fc.property(date, (d) => isRfc3339DateTime(d.toISOString())));
  });
});
