import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEnvironment } from '../../../shared/adapters/environment.js';
import { planChangedModels } from '../../../shared/commands/plan.js';

// A repository of 1,000 models (one folder and one manifest entry each) on `main`, and branches
// that change a few of them, planned with the git command line as in a pull request's run.
const MODELS = 1000;
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const silent = { info: () => {}, warning: () => {} };
let repo: string;

function write(path: string, text: string) {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

function manifest(extra = ''): string {
  const entries = Array.from({ length: MODELS }, (_, i) => `  - name: team-${i % 10}/model-${i}\n    paths: ['models/m${i}/**', '!models/m${i}/**/*.md']\n    with: { data: data/m${i}.csv }`);
  return `models:\n${entries.join('\n')}\n${extra}`;
}

function branch(name: string, change: () => void) {
  git(repo, 'checkout', '-q', '-b', name, 'main');
  change();
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', name);
}

const plan = (base = 'main', cwd = repo) => planChangedModels({ base, cwd, environment: readEnvironment({}), door: 'cli', log: silent });
const names = async (base?: string, cwd?: string) => (await plan(base, cwd)).matrix.include.map((e) => e.model);

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'mlgate-plan-'));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.email', 'dev@example.com');
  git(repo, 'config', 'user.name', 'dev');
  write('.mlgate.yml', manifest());
  for (let i = 0; i < MODELS; i++) write(`models/m${i}/train.py`, `print(${i})\n`);
  write('README.md', 'models\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'main');
  branch('three', () => {
    write('models/m3/train.py', 'print("changed")\n');
    write('models/m500/params/new.yaml', 'C: 1\n');
    write('models/m999/train.py', 'print("changed")\n');
    write('models/m7/README.md', 'docs only: excluded\n');
    write('README.md', 'changed\n');
  });
  branch('manifest', () => write('.mlgate.yml', manifest('# a comment\n')));
  branch('rename', () => renameSync(join(repo, 'models/m10/train.py'), join(repo, 'models/m20/train_10.py')));
  branch('nothing', () => write('README.md', 'docs\n'));
  // main moves on after the branches forked: its own changes are not the branches'.
  git(repo, 'checkout', '-q', 'main');
  write('models/m42/train.py', 'print("main moved")\n');
  git(repo, 'commit', '-q', '-am', 'main moves');
});

describe('mlgate plan on a repository of 1,000 models', () => {
  it('plans exactly the three models a change touches, from the merge base (not main\'s own later changes)', async () => {
    git(repo, 'checkout', '-q', 'three');
    const result = await plan();
    expect(result.matrix.include).toEqual([
      { model: 'team-3/model-3', data: 'data/m3.csv' },
      { model: 'team-0/model-500', data: 'data/m500.csv' },
      { model: 'team-9/model-999', data: 'data/m999.csv' },
    ]);
    expect(result).toMatchObject({ any: true, reason: 'paths', changed_files: 5 });
  });

  it('plans every model when the manifest changed', async () => {
    git(repo, 'checkout', '-q', 'manifest');
    const result = await plan();
    expect(result.reason).toBe('manifest-changed');
    expect(result.matrix.include).toHaveLength(MODELS);
  });

  it('counts a renamed file under its old and its new path', async () => {
    git(repo, 'checkout', '-q', 'rename');
    expect(await names()).toEqual(['team-0/model-10', 'team-0/model-20']);
  });

  it('plans nothing when no model is touched: an empty include list and any false', async () => {
    git(repo, 'checkout', '-q', 'nothing');
    expect(await plan()).toMatchObject({ matrix: { include: [] }, any: false });
  });

  it('takes origin/<GITHUB_BASE_REF> as the base in a pull request\'s run, and asks for --base elsewhere', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'mlgate-plan-clone-'));
    git(clone, 'clone', '-q', '--branch', 'three', repo, '.');
    const result = await planChangedModels({ cwd: clone, environment: readEnvironment({ GITHUB_BASE_REF: 'main' }), door: 'action', log: silent });
    expect(result.base).toBe('origin/main');
    expect(result.matrix.include).toHaveLength(3);
    await expect(planChangedModels({ cwd: clone, environment: readEnvironment({}), door: 'cli', log: silent })).rejects.toThrow(/--base is required outside a pull request's run/);
  });

  it('says to fetch the whole history when a shallow clone lacks the base or the merge base, never planning nothing', async () => {
    const url = `file://${repo}`;
    const single = mkdtempSync(join(tmpdir(), 'mlgate-plan-shallow-'));
    git(single, 'clone', '-q', '--depth', '1', '--branch', 'three', url, '.');
    await expect(names('origin/main', single)).rejects.toThrow('base `origin/main` is not a commit in this clone: this clone is shallow: check out the whole history (actions/checkout with `fetch-depth: 0`, or `git fetch --unshallow`)');
    const both = mkdtempSync(join(tmpdir(), 'mlgate-plan-shallow-'));
    git(both, 'clone', '-q', '--depth', '1', '--no-single-branch', '--branch', 'three', url, '.');
    await expect(names('origin/main', both)).rejects.toThrow(/^no merge base of `origin\/main` and HEAD in this shallow clone: .*`fetch-depth: 0`/);
  });

  it('refuses a base that is not a commit, and a folder outside git', async () => {
    await expect(names('no-such-branch')).rejects.toThrow(/base `no-such-branch` is not a commit in this clone: fetch it/);
    const outside = mkdtempSync(join(tmpdir(), 'mlgate-plan-nogit-'));
    writeFileSync(join(outside, '.mlgate.yml'), manifest());
    await expect(names('main', outside)).rejects.toThrow(/is not inside a git repository/);
  });
});
