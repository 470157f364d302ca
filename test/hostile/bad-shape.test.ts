import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { hostileDrift, hostileEvaluation } from './payloads.js';

const LONG = 'a'.repeat(10_000);
const evaluation = (change: Record<string, unknown>) => ({ ...hostileEvaluation(), ...change });
const drift = (change: Record<string, unknown>) => ({ ...hostileDrift(), ...change });
const driftColumn = (change: Record<string, unknown>) => {
  const report = hostileDrift() as { columns: Record<string, unknown>[] };
  return { ...report, columns: [{ ...report.columns[0], ...change }] };
};

// Well-formed JSON of the wrong shape, read through the published schemas: one line naming the
// file and the field, exit 2 — never an internal error (exit 70) or a stack trace.
describe('mlgate gate on wrongly shaped input files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-bad-shape-'));
  const file = (name: string, value: unknown) => {
    writeFileSync(join(dir, name), JSON.stringify(value));
    return join(dir, name);
  };

  it.each([
    ['a 10,000-character metric name', 'evaluation', 'e-long-name.json', evaluation({ metrics: { [LONG]: 0.5 } }), /\/metrics\/a{37}…: the name must NOT have more than 256 characters$/m],
    ['a metric that is an object', 'evaluation', 'e-nested.json', evaluation({ metrics: { auc: { $gt: [1] } } }), /`metrics\.auc` is an object, expected a number/],
    ['metrics as a list', 'evaluation', 'e-list.json', evaluation({ metrics: [0.5] }), /`metrics` is a list/],
    ['a row count that is text', 'evaluation', 'e-n.json', evaluation({ n: '<img src=x>' }), /`n`/],
    ['1,001 notes', 'evaluation', 'e-notes.json', evaluation({ notes: Array.from({ length: 1001 }, () => 'x') }), /\/notes must NOT have more than 1000 items/],
    ['a comparison test named constructor', 'evaluation', 'e-test.json', evaluation({ comparison: { auc: { delta: 0, interval: [0, 0], test: 'constructor' } } }), /`comparison\.auc\.test`/],
    ['a top-level list', 'evaluation', 'e-top.json', [hostileEvaluation()], /the top level is a list/],
    ['a label that is a number', 'evaluation', 'e-label.json', evaluation({ confusion_matrix: { labels: [1, 2], matrix: [[1, 0], [0, 1]] } }), /`confusion_matrix\.labels\[0\]` is 1, expected a string/],
    ['a 10,000-character column name', 'drift', 'd-long-name.json', driftColumn({ name: LONG }), /\/columns\/0\/name must NOT have more than 256 characters/],
    ['a method that is markup', 'drift', 'd-method.json', driftColumn({ method: '<img src=x onerror=alert(1)>' }), /`columns\[0\]\.method`/],
    ['a kind that is unknown', 'drift', 'd-kind.json', driftColumn({ kind: 'text' }), /`columns\[0\]\.kind`/],
    ['a statistic that is nested junk', 'drift', 'd-stat.json', driftColumn({ statistic: { a: [{ b: null }] } }), /`columns\[0\]\.statistic`/],
    ['columns as an object', 'drift', 'd-columns.json', drift({ columns: { a: 1 } }), /`columns` is an object/],
    ['a stray token that is a number', 'drift', 'd-token.json', driftColumn({ stray_tokens: { tokens: [7], cells: { reference: 1, current: 1 } } }), /`columns\[0\]\.stray_tokens\.tokens\[0\]`/],
    ['a 10,000-character not-compared reason', 'drift', 'd-reason.json', drift({ not_compared: [{ name: 'a', reason: LONG.repeat(2) }] }), /\/not_compared\/0\/reason must NOT have more than 4096 characters/],
    ['a 300-character metric name holding a newline and a command', 'evaluation', 'e-newline.json', evaluation({ metrics: { [`x\n::error::pwned ${'a'.repeat(300)}`]: 0.5 } }), /\/metrics\/x\\u000a::error::pwned a+…: the name/],
    ['a drift report that is null', 'drift', 'd-null.json', null, /the top level is null/],
  ])('%s', async (_what, kind, name, value, field) => {
    const path = file(name, value);
    const { exitCode, stdout, stderr } = await cli('gate', `--${kind}`, path, '--output', join(dir, `${name}.out.json`));
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(name);
    expect(stderr).toMatch(field);
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
    expect(stderr.length).toBeLessThan(600);
  });
});
