import { bareRemoteWithClone, testGit } from '../../support/git-remote.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { readEnvironment } from '../../../shared/adapters/environment.js';
import { reportMarker } from '../../../shared/adapters/github/sticky-comment.js';
import { retrainCommentKey, retrainMarker } from '../../../shared/adapters/github/retrain-pull-request.js';
import { authArgs, RETRAIN_TRAILER } from '../../../shared/adapters/process/retrain-branch.js';
import { propose, type ProposeOptions } from '../../../shared/commands/propose.js';
import { InputError } from '../../../shared/errors.js';

/*
 * The retrain recipe's last step against a real git remote (a bare repository in a temporary
 * folder), a working clone (the runner's checkout) and the REST emulator linked to that remote:
 * every request and response is checked against GitHub's OpenAPI description (see afterAll).
 */
let emulator: Emulator;
let dir: string;
let remote: string;
let work: string;
let mainTip: string;

const git = testGit;
const tip = (branch: string) => {
  try {
    return git(remote, 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}`);
  } catch {
    return null;
  }
};

/** What train and evaluate wrote for a model in this run. */
function retrained(model: string, accuracy: number): string[] {
  const folder = join(work, 'models', model);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'params.json'), `{"C": ${accuracy}}\n`);
  writeFileSync(join(folder, 'metrics.json'), `{"accuracy": ${accuracy}}\n`);
  writeFileSync(join(folder, 'model.json'), `{"weights": [${accuracy}, 1]}\n`);
  writeFileSync(join(work, `report-${model}.md`), `## ✅ mlgate: ${model}: pass\n\naccuracy ${accuracy}\n`);
  return [`models/${model}`];
}

function run(options: Partial<ProposeOptions> & { model: string }): ReturnType<typeof propose> {
  const environment = readEnvironment({
    GITHUB_API_URL: emulator.apiUrl, GITHUB_REPOSITORY: 'octo-org/models', GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '77',
    MLGATE_API_WRITE_INTERVAL_MS: '0',
  });
  return propose({
    files: [`models/${options.model}`], report: join(work, `report-${options.model}.md`), remote: 'origin', cwd: work, token: 'ghs_actions', environment,
    log: { info: () => undefined, warning: () => undefined }, policy: { backoffBaseMs: 1, apiTimeoutMs: 5_000 }, ...options,
  });
}

const openPulls = () => [...emulator.state.pullRequests.values()].filter((p) => p.state === 'open');
const pullOf = (model: string) => openPulls().filter((p) => p.head.ref === `mlgate/retrain/${model}`);

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

// Each run starts some twenty git processes (a push, a fetch): seconds on a busy machine, hence the timeout.
describe('propose: one pull request per retrained model', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mlgate-propose-'));
    work = join(dir, 'work');
    // A runner's git: no identity configured (the setup file restores the variable after this file).
    process.env.GIT_CONFIG_GLOBAL = join(dir, 'no-global-gitconfig');
    ({ remote } = bareRemoteWithClone(dir, join(dir, 'seed'), { 'models/a/params.json': '{"C": 1}\n', 'README.md': 'models\n' }));
    git(dir, 'clone', '-q', remote, work);
    mainTip = tip('main')!;
    emulator = await startEmulator({ gitRemote: remote });
  });
  afterAll(async () => {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens exactly one pull request per model on its own branch, with the report as its comment, and leaves the default branch and the checkout alone', async () => {
    retrained('a', 0.91);
    retrained('b', 0.82);
    writeFileSync(join(work, 'models', 'a', 'score me.sh'), '#!/bin/sh\n', { mode: 0o755 });
    const a = await run({ model: 'a' });
    const b = await run({ model: 'b' });
    expect([a.action, b.action]).toEqual(['opened', 'opened']);
    expect(openPulls()).toHaveLength(2);
    const [prA] = pullOf('a');
    expect(prA).toMatchObject({ number: a.pull_request!.number, title: 'Retrain a', base: { ref: 'main' }, head: { sha: a.commit } });
    expect(prA.body).toContain(retrainMarker('a'));
    expect(prA.body).toContain('✅ mlgate: a: pass');
    expect(a.files).toEqual(['models/a/metrics.json', 'models/a/model.json', 'models/a/params.json', 'models/a/score me.sh']);
    expect(git(remote, 'ls-tree', a.commit, 'models/a/score me.sh')).toMatch(/^100755 blob /);
    expect(git(remote, 'ls-tree', a.commit, 'models/a/model.json')).toMatch(/^100644 blob /);
    expect(tip('mlgate/retrain/a')).toBe(a.commit);
    expect(git(remote, 'log', '-1', '--format=%P%n%(trailers:key=Mlgate-Retrain,valueonly)', a.commit).split('\n')).toEqual([mainTip, 'a']);
    expect(git(remote, 'show', `${a.commit}:models/a/metrics.json`)).toBe('{"accuracy": 0.91}');
    expect(git(remote, 'log', '-1', '--format=%an <%ae>', a.commit)).toBe('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    expect(git(remote, 'ls-tree', '-r', '--name-only', b.commit)).not.toContain('models/a/metrics.json');
    const comments = emulator.state.comments.get(prA.number) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toMatch(new RegExp(`^${reportMarker(retrainCommentKey('a'))}\\n## ✅ mlgate: a: pass`));
    expect(a.comment_url).toBe(comments[0].html_url);
    // The default branch and the runner's checkout (HEAD, index, branches) are as they were.
    expect(tip('main')).toBe(mainTip);
    expect(git(work, 'rev-parse', 'HEAD')).toBe(mainTip);
    expect(git(work, 'diff', '--cached', '--name-only')).toBe('');
    expect(git(work, 'branch', '--list')).toBe('* main');
  });

  it('updates the same pull requests on the next run: a new commit on each branch, body and comment updated, no new pull request', async () => {
    const before = { a: pullOf('a')[0].number, b: pullOf('b')[0].number, tipA: tip('mlgate/retrain/a') };
    retrained('a', 0.93);
    retrained('b', 0.85);
    const a = await run({ model: 'a', title: 'Retrain a (weekly)' });
    const b = await run({ model: 'b' });
    expect([a.action, b.action]).toEqual(['updated', 'updated']);
    expect(openPulls()).toHaveLength(2);
    expect([a.pull_request!.number, b.pull_request!.number]).toEqual([before.a, before.b]);
    expect(a.commit).not.toBe(before.tipA);
    expect(tip('mlgate/retrain/a')).toBe(a.commit);
    expect(git(remote, 'rev-parse', `${a.commit}^`)).toBe(mainTip);
    const prA = emulator.state.pullRequests.get(before.a)!;
    expect(prA).toMatchObject({ title: 'Retrain a (weekly)', head: { sha: a.commit } });
    const comments = emulator.state.comments.get(before.a)!;
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('accuracy 0.93');
    expect(comments[0].body).toContain('Previous report');
    expect(tip('main')).toBe(mainTip);
  });

  it('says unchanged and pushes nothing when the branch already proposes the same files', async () => {
    const before = tip('mlgate/retrain/a');
    const requests = emulator.requests.length;
    const again = await run({ model: 'a' });
    expect(again).toMatchObject({ action: 'unchanged', commit: before, pull_request: null });
    expect(tip('mlgate/retrain/a')).toBe(before);
    expect(emulator.requests.slice(requests).filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('says unchanged and opens nothing when the retrained files equal the base branch\'s', async () => {
    writeFileSync(join(work, 'report-c.md'), '## mlgate: c\n');
    const same = await run({ model: 'c', files: ['README.md'], report: join(work, 'report-c.md') });
    expect(same).toMatchObject({ action: 'unchanged', pull_request: null, commit: '' });
    expect(tip('mlgate/retrain/c')).toBeNull();
    expect(openPulls()).toHaveLength(2);
  });

  it('refuses to overwrite a branch a person pushed to, and leaves it as it is', async () => {
    const human = join(dir, 'human');
    git(dir, 'clone', '-q', '-b', 'mlgate/retrain/a', remote, human);
    writeFileSync(join(human, 'models', 'a', 'params.json'), '{"C": 0.1}\n');
    git(human, 'commit', '-q', '-am', 'tune C by hand');
    git(human, 'push', '-q', 'origin', 'HEAD:refs/heads/mlgate/retrain/a');
    const pushed = tip('mlgate/retrain/a');
    retrained('a', 0.95);
    const error = await rejection(run({ model: 'a' }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('was not made by mlgate for model `a`');
    expect(error.message).toContain(`${RETRAIN_TRAILER}: a`);
    expect(tip('mlgate/retrain/a')).toBe(pushed);
    // Another model's branch is not this model's either.
    const foreign = await rejection(run({ model: 'b', branch: 'mlgate/retrain/a' }));
    expect(foreign).toBeInstanceOf(InputError);
    expect(tip('mlgate/retrain/a')).toBe(pushed);
  });

  it('refuses bad inputs before pushing anything (exit 2, naming the input)', async () => {
    const refs = git(remote, 'for-each-ref');
    const cases: [Partial<ProposeOptions> & { model: string }, RegExp][] = [
      [{ model: 'b', files: ['models/b/missing.json'] }, /files: `models\/b\/missing\.json` not found/],
      [{ model: 'b', files: ['models/nope/*.json'] }, /files: `models\/nope\/\*\.json` matches no file/],
      [{ model: 'b', files: ['../outside.json'] }, /files: `\.\.\/outside\.json` (not found|is outside the repository)/],
      [{ model: 'b', branch: 'main' }, /branch `main` is the base branch/],
      [{ model: 'b', base: 'develop' }, /base branch `develop` does not exist/],
      [{ model: 'b', branch: 'bad..name' }, /branch `bad\.\.name` is not a valid git branch name/],
      [{ model: 'bad model' }, /model name `bad model` is not valid/],
      [{ model: 'b', report: join(work, 'none.md') }, /report: .*none\.md: not found/],
      [{ model: 'b', remote: 'upstream' }, /remote `upstream` is not configured/],
      [{ model: 'b', token: undefined }, /needs a token/],
    ];
    writeFileSync(join(dir, 'outside.json'), '{}\n');
    for (const [options, message] of cases) {
      const error = await rejection(run(options));
      expect(error, String(options.model)).toBeInstanceOf(InputError);
      expect(error.message).toMatch(message);
    }
    expect(git(remote, 'for-each-ref')).toBe(refs);
  });

  it('opens exactly one pull request when GitHub answers 5xx or loses the answer to the create', async () => {
    retrained('d', 0.7);
    emulator.addFault({ method: 'POST', path: /\/pulls$/, respond: { lostResponse: true } });
    const lost = await run({ model: 'd' });
    expect(lost.action).toBe('opened');
    expect(pullOf('d')).toHaveLength(1);
    expect(lost.pull_request!.number).toBe(pullOf('d')[0].number);

    retrained('e', 0.6);
    emulator.addFault({ method: 'POST', path: /\/pulls$/, times: 2, respond: { status: 502 } });
    const failing = await run({ model: 'e' });
    expect(failing.action).toBe('opened');
    expect(pullOf('e')).toHaveLength(1);
    emulator.clearFaults();
  });

  it('follows the base when it moves, and keeps the text of a pull request a person wrote', async () => {
    const seed = join(dir, 'seed');
    writeFileSync(join(seed, 'README.md'), 'models, documented\n');
    git(seed, 'commit', '-q', '-am', 'docs');
    git(seed, 'push', '-q', 'origin', 'HEAD:refs/heads/main');
    const newMain = tip('main')!;
    const [pr] = pullOf('d');
    pr.body = 'Notes by a person';
    retrained('d', 0.75);
    const moved = await run({ model: 'd' });
    expect(moved).toMatchObject({ action: 'updated', pull_request: { number: pr.number } });
    expect(git(remote, 'rev-parse', `${moved.commit}^`)).toBe(newMain);
    expect(git(remote, 'show', `${moved.commit}:README.md`)).toBe('models, documented');
    expect(emulator.state.pullRequests.get(pr.number)!.body).toBe('Notes by a person');
    expect(emulator.state.comments.get(pr.number)!.at(-1)!.body).toContain('accuracy 0.75');
    expect(tip('main')).toBe(newMain);
  });

  it('names the permission when the token may not open pull requests', async () => {
    retrained('f', 0.5);
    const error = await rejection(run({ model: 'f', token: 'ghs_readonly' }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('permissions: pull-requests: write');
    expect(pullOf('f')).toEqual([]);
  });
});

describe('the token on an https remote', () => {
  it('goes in a one-off header for the remote\'s origin (resetting one actions/checkout persisted), masked', () => {
    const masked: string[] = [];
    const args = authArgs('https://github.com/octo-org/models.git', 'ghs_secret', (s) => masked.push(s));
    const header = Buffer.from('x-access-token:ghs_secret').toString('base64');
    expect(args).toEqual(['-c', 'http.https://github.com/.extraheader=', '-c', `http.https://github.com/.extraheader=AUTHORIZATION: basic ${header}`]);
    expect(masked).toEqual([header]);
    expect(authArgs('/tmp/remote.git', 'ghs_secret')).toEqual([]);
    expect(authArgs('git@github.com:octo-org/models.git', 'ghs_secret')).toEqual([]);
    expect(authArgs('https://github.com/octo-org/models.git', undefined)).toEqual([]);
  });
});
