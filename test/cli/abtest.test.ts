import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from '../../schemas/abtest.schema.json' with { type: 'json' };
import { seededUniform } from '../support/random.js';
import { scratchFolder } from '../support/scratch.js';
import { cli } from '../support/cli.js';

/* `mlgate abtest` end to end: the decision JSON, input errors (exit 2), and `gate --abtest`. */
const scratch = scratchFolder('mlgate-abtest');

/** 10 days × `perDay` units per arm; ISO dates, variants A/B plus a third arm C, an error flag. */
function units(name: string, seed: number, rates: { A: number; B: number }, errors: { A: number; B: number }, perDay = 300): string {
  const uniform = seededUniform(seed);
  const lines = ['user,variant,converted,revenue,error,day'];
  let id = 0;
  for (let day = 1; day <= 10; day++) {
    for (let i = 0; i < perDay; i++) {
      for (const variant of ['A', 'B', 'C'] as const) {
        const rate = variant === 'C' ? 0.5 : rates[variant];
        const converted = uniform() < rate ? 1 : 0;
        const error = uniform() < (variant === 'C' ? 0.5 : errors[variant]) ? 1 : 0;
        lines.push(`${id++},${variant},${converted},${(converted * (20 + uniform() * 10)).toFixed(2)},${error},2026-11-${String(day).padStart(2, '0')}`);
      }
    }
  }
  return scratch.file(name, `${lines.join('\n')}\n`);
}

const lift = units('lift.csv', 1, { A: 0.1, B: 0.15 }, { A: 0.02, B: 0.02 });
const canary = units('canary.csv', 2, { A: 0.1, B: 0.1 }, { A: 0.02, B: 0.08 });
const base = ['abtest', '--variant-column', 'variant', '--outcome-column', 'converted', '--control', 'A', '--treatment', 'B'];
const validate = new Ajv2020({ strict: true }).compile(schema);

async function decide(...argv: string[]) {
  const run = await cli(...argv);
  expect(run.exitCode, run.stderr).toBe(0);
  const result = JSON.parse(run.stdout) as Record<string, unknown>;
  expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
  return { result, stderr: run.stderr };
}

describe('mlgate abtest', () => {
  it('sequential: decides for the treatment at a day, with the always-valid p-value and interval', async () => {
    const { result, stderr } = await decide(...base, '--data', lift, '--time-column', 'day', '--sequential', '--mde', '0.02');
    expect(result).toMatchObject({ decision: 'treatment', test: 'msprt-normal-mixture', kind: 'proportion', mixing_variance: 0.0004 });
    expect(result.stopped_at).toMatch(/^2026-11-\d\d$/);
    expect(stderr).toMatch(/Minimum detectable effect at the current sample: .*to detect 0\.02: \d+ units per arm, \d+ still needed/);
    const effect = result.effect as { estimate: number; interval: [number, number] };
    expect(effect.interval[0]).toBeGreaterThan(0);
  });

  it('fixed horizon on a mean outcome (Welch), markdown format', async () => {
    const run = await cli(...base.map((a) => (a === 'converted' ? 'revenue' : a)), '--data', lift, '--kind', 'mean', '--format', 'markdown');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^## A\/B test\n\n\*\*treatment\*\*/);
    expect(run.stdout).toContain('welch-t');
  });

  it('canary: a guardrail whose error rate quadruples stops the experiment', async () => {
    const { result } = await decide(...base, '--data', canary, '--time-column', 'day', '--sequential', '--guardrail', 'error:lower:0.002');
    expect(result.decision).toBe('stop');
    const [guardrail] = result.guardrails as { decision: string; stopped_at: string }[];
    expect(guardrail.decision).toBe('stop');
    expect(result.stopped_at).toBe(guardrail.stopped_at);
  });

  it.each([
    ['an unknown variant label', ['--data', lift, '--treatment', 'Z'], /column `variant` has no unit with --treatment variant `Z` \(values: `A`, `B`, `C`\)/],
    ['a missing column', ['--data', lift, '--outcome-column', 'clicked'], /no column `clicked`/],
    ['a non-binary outcome under proportion', ['--data', lift, '--outcome-column', 'revenue'], /column `revenue`, data row \d+: `[\d.]+` is not binary; --kind proportion needs 0\/1/],
    ['a malformed guardrail', ['--data', lift, '--guardrail', 'error:worse:0.1'], /--guardrail `error:worse:0.1`: expected <column>:<direction>:<margin>/],
    ['a missing time column', ['--data', lift, '--time-column', 'hour'], /no column `hour`/],
  ])('%s is an input error (exit 2)', async (_what, extra, message) => {
    const argv = [...base];
    for (let i = 0; i < extra.length; i += 2) {
      const at = argv.indexOf(extra[i]);
      if (at >= 0) argv[at + 1] = extra[i + 1];
      else argv.push(extra[i], extra[i + 1]);
    }
    const run = await cli(...argv);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('a missing outcome cell is refused, naming the row', async () => {
    const file = scratch.file('holes.csv', 'variant,converted\nA,1\nB,\nA,0\nB,1\n');
    const run = await cli(...base, '--data', file);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/holes\.csv: column `converted`, data row 2 is missing/);
  });
});

describe('mlgate gate --abtest', () => {
  it('passes on treatment, warns on continue, fails on stop', async () => {
    const write = async (name: string, ...argv: string[]) => {
      const out = join(scratch.dir, name);
      const run = await cli(...base, ...argv, '--output', out);
      expect(run.exitCode, run.stderr).toBe(0);
      return out;
    };
    const treatment = await write('treatment.json', '--data', lift, '--time-column', 'day', '--sequential');
    const undecided = await write('continue.json', '--data', canary);
    const stopped = await write('stop.json', '--data', canary, '--time-column', 'day', '--sequential', '--guardrail', 'error:lower:0.002');
    expect(JSON.parse(readFileSync(undecided, 'utf8')).decision).toBe('continue');
    const verdict = async (file: string) => {
      const run = await cli('gate', '--abtest', file, '--policy', scratch.file('policy.yml', 'metrics: {}\n'), '--format', 'json');
      const report = JSON.parse(run.stdout) as { verdict: string; checks: { kind: string; rule: string; message: string }[] };
      expect(report.checks).toEqual([expect.objectContaining({ kind: 'abtest', rule: 'abtest' })]);
      return { verdict: report.verdict, exitCode: run.exitCode, message: report.checks[0].message };
    };
    expect(await verdict(treatment)).toMatchObject({ verdict: 'pass', exitCode: 0 });
    expect(await verdict(undecided)).toMatchObject({ verdict: 'warn', exitCode: 0 });
    expect(await verdict(stopped)).toMatchObject({ verdict: 'fail', exitCode: 1, message: expect.stringMatching(/^stop: guardrail error worse beyond its margin at 2026-11-/) });
  });

  it('refuses a file that is not an A/B decision', async () => {
    const run = await cli('gate', '--abtest', scratch.file('not.json', '{"decision": "maybe"}\n'));
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/not\.json: \/stopped_at is required/);
  });
});

describe('mlgate promote --abtest', () => {
  it('promotes on treatment, refuses stop (exit 1), and continue unless non-inferior within --margin', async () => {
    const store = join(scratch.dir, 'registry');
    const model = scratch.file('model.json', '{"weights": [1]}');
    expect((await cli('publish', '--model', 'ranker', '--version', '1.0.0', '--files', model, '--store', store)).exitCode).toBe(0);
    const decision = async (name: string, ...argv: string[]) => {
      const out = join(scratch.dir, name);
      expect((await cli(...base, ...argv, '--output', out)).exitCode).toBe(0);
      return out;
    };
    const promote = (...argv: string[]) => cli('promote', '--model', 'ranker', '--version', '1.0.0', '--stage', 'production', '--store', store, ...argv);
    const stopped = await promote('--abtest', await decision('p-stop.json', '--data', canary, '--time-column', 'day', '--sequential', '--guardrail', 'error:lower:0.002'));
    expect(stopped.exitCode).toBe(1);
    expect(stopped.stderr).toMatch(/not promoting ranker v1\.0\.0 to production: A\/B decision stop: guardrail error/);
    const undecided = await decision('p-continue.json', '--data', canary);
    expect((await promote('--abtest', undecided)).exitCode).toBe(1);
    expect((await promote('--abtest', undecided, '--margin', '0.05')).exitCode).toBe(0);
    const promoted = await promote('--abtest', await decision('p-treatment.json', '--data', lift, '--time-column', 'day', '--sequential'));
    expect(promoted.exitCode, promoted.stderr).toBe(0);
    expect(JSON.parse(promoted.stdout).note).toMatch(/^A\/B decision treatment/);
    expect((await promote('--margin', '0.01')).stderr).toMatch(/--margin is the A\/B non-inferiority margin: it needs --abtest/);
  });
});


describe('mlgate abtest --record, promote --abtest and lineage: the audit trail', () => {
  it('adds the decision and the decision promoted on to the version\'s history, which lineage shows', async () => {
    const store = join(scratch.dir, 'audit-registry');
    const model = scratch.file('audit-model.json', '{"weights": [2]}');
    expect((await cli('publish', '--model', 'team/ranker', '--version', '1.0.0', '--files', model, '--store', store)).exitCode).toBe(0);
    const out = join(scratch.dir, 'audit-decision.json');
    const record = ['--record', '--model', 'team/ranker', '--store', store];

    const missing = await cli(...base, '--data', lift, '--record', '--store', store);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/--record needs --model/);
    expect((await cli(...base, '--data', lift, '--model', 'team/ranker')).stderr).toMatch(/--model and --version name what --record records: give --record too/);
    expect((await cli(...base, '--data', lift, ...record, '--version', '9.0.0')).stderr).toMatch(/team\/ranker@v9\.0\.0 is not in the local registry/);

    const decided = await cli(...base, '--data', lift, '--time-column', 'day', '--sequential', ...record, '--version', '1.0.0', '--output', out);
    expect(decided.exitCode, decided.stderr).toBe(0);
    const promoted = await cli('promote', '--model', 'team/ranker', '--version', '1.0.0', '--stage', 'production', '--store', store, '--abtest', out);
    expect(promoted.exitCode, promoted.stderr).toBe(0);
    expect(JSON.parse(promoted.stdout).audit).toMatch(/audit\.jsonl:2$/);

    const view = JSON.parse((await cli('lineage', '--model', 'team/ranker', '--store', store, '--format', 'json')).stdout) as {
      audit: { records: { kind: string; outcome: string; version: string; figures: { promoted_to: string | null; n: { control: number } }; sources: { path: string }[] }[]; more: number };
    };
    expect(view.audit.more).toBe(0);
    expect(view.audit.records.map((r) => [r.kind, r.outcome, r.version, r.figures.promoted_to])).toEqual([
      ['abtest', 'treatment', '1.0.0', 'production'], ['abtest', 'treatment', '1.0.0', null],
    ]);
    expect(view.audit.records[1].sources.map((s) => s.path)).toEqual([lift]);
    expect(view.audit.records[0].sources.map((s) => s.path)).toEqual([out]);
    const markdown = (await cli('lineage', '--model', 'team/ranker', '--store', store, '--format', 'markdown')).stdout;
    expect(markdown).toMatch(/## History after release\n\n### v1\.0\.0\n/);
    expect(markdown).toMatch(/\| \*\*treatment\*\* \| effect [^|]*; promoted to production \|/);
    expect(await cli('lineage', '--model', 'team/ranker', '--store', store, '--format', 'mermaid')).toMatchObject({ stdout: expect.stringContaining('[/"2 after release; newest: abtest treatment') });
  });
});
