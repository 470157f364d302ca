import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEnvironment } from '../../../shared/adapters/environment.js';
import { InputError } from '../../../shared/errors.js';
import { buildLineage } from '../../../shared/commands/build-lineage.js';
import { codeProvenance } from '../../../shared/adapters/code-provenance.js';
import { ACTIONS_ENV, EXAMPLE, exampleRun, type ExampleRun } from './example-lineage.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let run: ExampleRun;
beforeAll(async () => {
  run = await exampleRun();
});

describe('buildLineage on the breast-cancer example', () => {
  it('records every published file with its SHA-256 and size', () => {
    expect(run.lineage.subjects).toEqual(run.files.map((path) => ({ name: path.split('/').pop(), sha256: sha256(path), size: statSync(path).size })));
  });

  it('records the data files with digests, rows and a fingerprint of the header', () => {
    const header = readFileSync(EXAMPLE('train.csv'), 'utf8').split('\n')[0].trim().split(',');
    const fingerprint = createHash('sha256').update(header.join('\u0000')).digest('hex');
    expect(run.lineage.data).toEqual([
      { name: 'train.csv', path: EXAMPLE('train.csv'), sha256: sha256(EXAMPLE('train.csv')), rows: 398, schema_fingerprint: fingerprint },
      { name: 'holdout.csv', path: EXAMPLE('holdout.csv'), sha256: sha256(EXAMPLE('holdout.csv')), rows: 171, schema_fingerprint: fingerprint },
    ]);
  });

  it('records the code and run from the Actions environment', () => {
    expect(run.lineage.code).toEqual({
      repository: 'octo-org/churn', commit: ACTIONS_ENV.GITHUB_SHA, ref: 'refs/pull/7/merge', workflow: ACTIONS_ENV.GITHUB_WORKFLOW_REF,
      run_id: '123456789', run_attempt: '2', run_url: 'https://github.com/octo-org/churn/actions/runs/123456789', merge_base: null,
    });
  });

  it('pins the evaluation set and keeps the comparison with the parent', () => {
    const metrics = run.lineage.metrics;
    expect(metrics.evaluation_set_sha256).toBe(sha256(run.predictions));
    expect(metrics.task).toBe('binary');
    expect(metrics.rows).toBe(171);
    for (const name of Object.keys(metrics.values)) {
      const [low, high] = metrics.intervals![name];
      expect(low).toBeLessThanOrEqual(metrics.values[name]);
      expect(high).toBeGreaterThanOrEqual(metrics.values[name]);
    }
    expect(metrics.comparison!.accuracy.test).toBe('mcnemar_exact');
    expect(metrics.comparison!.roc_auc.test).toBe('delong');
    // delta = candidate − baseline, with the baseline's own value recorded beside it.
    for (const [name, c] of Object.entries(metrics.comparison!)) {
      expect(metrics.values[name] - c.baseline!).toBeCloseTo(c.delta, 12);
    }
    expect(run.lineage.parent).toEqual({ version: '1.0.0', verdict: 'pass' });
  });

  it('records which columns drifted: only the shifted texture and area features can have', () => {
    const drift = run.lineage.drift!;
    expect(drift.drifted_columns!.length).toBeGreaterThan(0);
    for (const column of drift.drifted_columns!) expect(column).toMatch(/texture|area/);
    expect(drift.share_drifted).toBeGreaterThan(0);
  });

  it('records the environment, tool versions and both timestamps', () => {
    expect(run.lineage.environment).toEqual({
      runner_os: 'Linux', runner_environment: 'github-hosted', node: process.version, command: 'mlgate train --data train.csv --target malignant --model logistic_regression',
      tool: 'mlgate 0.1.0', tools: { mlgate: '0.1.0', node: process.version, python: '3.11.2' },
    });
    expect(run.lineage.started_at).toBe('2025-01-31T12:00:00.000Z');
    expect(Date.now() - Date.parse(run.lineage.created_at)).toBeLessThan(600_000);
  });

  it('refuses a training start time that is not a date', async () => {
    const promise = buildLineage({ model: 'm', version: '1.0.0', files: run.files, toolVersion: '0.1.0', startedAt: 'yesterday', environment: readEnvironment({}) });
    await expect(promise).rejects.toThrow(InputError);
    await expect(promise).rejects.toThrow('training start time `yesterday` is not a date');
  });

  it('takes a merge base the caller found elsewhere', async () => {
    const base = 'f'.repeat(40);
    const lineage = await buildLineage({ model: 'm', version: '1.0.0', files: run.files, toolVersion: '0.1.0', mergeBase: base, environment: readEnvironment(ACTIONS_ENV) });
    expect(lineage.code.merge_base).toBe(base);
  });
});

describe('codeProvenance merge base', () => {
  // A base branch and a pull request branch that left it at `fork`, both moved on since.
  let repo: string;
  let fork: string;
  let baseTip: string;
  let head: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' }).trim();
  const commit = (file: string) => {
    writeFileSync(join(repo, file), file);
    git('add', file);
    git('commit', '-q', '-m', file);
    return git('rev-parse', 'HEAD');
  };
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'mlgate-git-'));
    git('init', '-q', '-b', 'main');
    fork = commit('a');
    git('checkout', '-q', '-b', 'feature');
    head = commit('b');
    git('checkout', '-q', 'main');
    baseTip = commit('c');
    git('update-ref', 'refs/remotes/origin/main', baseTip);
  });

  it('is where the branch left its base, from GitHub’s test merge commit', () => {
    git('checkout', '-q', '--detach', baseTip);
    git('merge', '-q', '--no-ff', '--no-edit', head);
    expect(git('rev-parse', 'HEAD^2')).toBe(head);
    expect(codeProvenance(readEnvironment({ GITHUB_BASE_REF: 'main' }), repo).merge_base).toBe(fork);
  });

  it('is where the branch left its base, from a checkout of the head', () => {
    git('checkout', '-q', '--detach', head);
    expect(codeProvenance(readEnvironment({ GITHUB_BASE_REF: 'main' }), repo).merge_base).toBe(fork);
  });

  it('is null outside pull requests and when the base was not fetched', () => {
    git('checkout', '-q', '--detach', head);
    expect(codeProvenance(readEnvironment({}), repo).merge_base).toBeNull();
    expect(codeProvenance(readEnvironment({ GITHUB_BASE_REF: 'release' }), repo).merge_base).toBeNull();
    expect(codeProvenance(readEnvironment({}), repo).commit).toBe(head);
  });
});
