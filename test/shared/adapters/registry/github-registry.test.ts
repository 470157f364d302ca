import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readEnvironment } from '../../../../shared/adapters/environment.js';
import { openGateway } from '../../../../shared/adapters/github/gateway/index.js';
import { GitHubRegistry, type GitHubRegistryOptions } from '../../../../shared/adapters/registry/github-registry.js';
import { InputError } from '../../../../shared/errors.js';
import { startEmulator, type Emulator } from '../../../emulator/index.js';

// Publishing, promoting and fetching through GitHub releases and tags, against the REST emulator
// (every request and response checked against GitHub's OpenAPI description).

let emulator: Emulator;
let dir: string;
let commit: string;

function registry() {
  return new GitHubRegistry(registryOptions());
}

function modelFiles(tag: string) {
  const folder = mkdtempSync(join(dir, `${tag}-`));
  const weights = join(folder, 'weights.bin');
  writeFileSync(weights, randomBytes(300_000));
  const config = join(folder, 'config.json');
  writeFileSync(config, JSON.stringify({ tag }));
  return [weights, config];
}

const documents = (files: string[]) => ({
  'lineage.json': JSON.stringify({ subjects: files.map((path) => ({ name: path.split('/').at(-1), sha256: createHash('sha256').update(readFileSync(path)).digest('hex') })) }),
  'MODEL_CARD.md': '# model card\n',
});

describe('GitHubRegistry against the REST emulator', () => {
  beforeAll(async () => {
    emulator = await startEmulator();
    commit = emulator.state.refs.get('refs/heads/main')!;
    dir = mkdtempSync(join(tmpdir(), 'mlgate-ghreg-'));
  });
  // The emulator counts GITHUB_TOKEN's 1,000 requests an hour; this file's scenarios together make
  // more, and the throttling plugin would then wait for the reset. Each test is its own workflow run.
  beforeEach(() => emulator.state.rateLimits.clear());
  afterAll(async () => {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
  });

  it('round-trips publish → promote → fetch bit for bit, with annotated tags GTO can read', async () => {
    const files = modelFiles('a');
    const published = await registry().publish({ model: 'churn', version: '1.0.0', files: files.map((path) => ({ path })), documents: documents(files) });
    expect(published.outcome).toBe('created');
    const release = emulator.state.releases.find((r) => r.tag_name === 'churn@v1.0.0')!;
    expect(release.draft).toBe(false);
    const versionRef = emulator.state.refs.get('refs/tags/churn@v1.0.0')!;
    expect(emulator.state.tags.get(versionRef)?.object.sha).toBe(commit); // annotated, on the training commit

    const event = await registry().promote({ model: 'churn', version: '1.0.0', stage: 'production', by: 'octocat', note: 'first\nmodel', runUrl: 'https://run/1' });
    expect(event.tag).toBe('churn#production#1');
    expect(emulator.state.tags.get(emulator.state.refs.get('refs/tags/churn#production#1')!)?.object.sha).toBe(commit);

    const out = join(dir, 'fetched-a');
    const fetched = await registry().fetchVersion('churn', { stage: 'production' }, out);
    expect(fetched.version.version).toBe('1.0.0');
    for (const path of files) expect(readFileSync(join(out, path.split('/').at(-1)!)).equals(readFileSync(path))).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['MODEL_CARD.md', 'SHA256SUMS', 'config.json', 'lineage.json', 'weights.bin']);
    const history = await registry().stageHistory('churn');
    expect(history).toMatchObject([{ stage: 'production', version: '1.0.0', by: 'octocat', note: 'first model', run_url: 'https://run/1', number: 1 }]);
  });

  it('is idempotent for the same content and refuses different content for a published version', async () => {
    const files = modelFiles('b');
    await registry().publish({ model: 'idem', version: '1.0.0', files: files.map((path) => ({ path })), documents: documents(files) });
    const again = await registry().publish({ model: 'idem', version: '1.0.0', files: files.map((path) => ({ path })), documents: documents(files) });
    expect(again.outcome).toBe('unchanged');
    writeFileSync(files[1], 'changed');
    await expect(registry().publish({ model: 'idem', version: '1.0.0', files: files.map((path) => ({ path })), documents: documents(files) }))
      .rejects.toThrow(/already published with different content/);
  });

  it('refuses a tampered asset on fetch, naming the file, and leaves nothing in the output folder', async () => {
    const files = modelFiles('c');
    await registry().publish({ model: 'tamper', version: '1.0.0', files: files.map((path) => ({ path })), documents: documents(files) });
    const release = emulator.state.releases.find((r) => r.tag_name === 'tamper@v1.0.0')!;
    const asset = [...emulator.state.assets.values()].find((a) => a.releaseId === release.id && a.data.name === 'weights.bin')!;
    asset.bytes[1234] ^= 0x01;
    const out = join(dir, 'fetched-c');
    await expect(registry().fetchVersion('tamper', { version: '1.0.0' }, out)).rejects.toThrow(/weights\.bin does not match its SHA-256 in SHA256SUMS/);
    expect(existsSync(out)).toBe(false);
  });

  it('fetches and lists only what SHA256SUMS lists, not an asset added to the release by hand', async () => {
    const files = modelFiles('x');
    await registry().publish({ model: 'extra', version: '1.0.0', files: files.map((path) => ({ path })), documents: documents(files) });
    const release = emulator.state.releases.find((r) => r.tag_name === 'extra@v1.0.0')!;
    const template = [...emulator.state.assets.values()].find((a) => a.releaseId === release.id && a.data.name === 'config.json')!;
    const id = Math.max(...emulator.state.assets.keys()) + 1;
    emulator.state.assets.set(id, { ...template, bytes: Buffer.from('#!/bin/sh\n'), data: { ...template.data, id, name: 'install.sh', size: 10, digest: null } });
    const out = join(dir, 'fetched-extra');
    const fetched = await registry().fetchVersion('extra', { version: '1.0.0' }, out);
    expect(fetched.files.map((f) => f.name).sort()).toEqual(['MODEL_CARD.md', 'config.json', 'lineage.json', 'weights.bin']);
    expect(fetched.version.files).toEqual(fetched.files);
    expect(readdirSync(out).sort()).toEqual(['MODEL_CARD.md', 'SHA256SUMS', 'config.json', 'lineage.json', 'weights.bin']);
  });

  it('leaves a draft and no tags when the third upload fails, and a re-run completes it', async () => {
    const files = modelFiles('d');
    emulator.addFault({ method: 'POST', path: /\/releases\/\d+\/assets$/, after: 2, times: 10, respond: { status: 500 } });
    await expect(registry().publish({ model: 'flaky', version: '2.0.0', files: files.map((path) => ({ path })), documents: documents(files) }))
      .rejects.toMatchObject({ name: 'ExternalServiceError', call: 'POST /repos/{owner}/{repo}/releases/{release_id}/assets', status: 500, retries: 3 });
    emulator.clearFaults();
    const draft = emulator.state.releases.find((r) => r.tag_name === 'flaky@v2.0.0')!;
    expect(draft.draft).toBe(true);
    expect(emulator.state.refs.has('refs/tags/flaky@v2.0.0')).toBe(false);
    await expect(registry().promote({ model: 'flaky', version: '2.0.0', stage: 'production' })).rejects.toThrow(/is not published/);
    expect([...emulator.state.refs.keys()].some((ref) => ref.startsWith('refs/tags/flaky#'))).toBe(false);

    const resumed = await registry().publish({ model: 'flaky', version: '2.0.0', files: files.map((path) => ({ path })), documents: documents(files) });
    expect(resumed.outcome).toBe('completed');
    expect(emulator.state.releases.filter((r) => r.tag_name === 'flaky@v2.0.0')).toHaveLength(1);
    const out = join(dir, 'fetched-d');
    await registry().fetchVersion('flaky', { version: '2.0.0' }, out);
    expect(readFileSync(join(out, 'weights.bin')).equals(readFileSync(files[0]))).toBe(true);
  });

  it('refuses a second version of a model on the same commit, as GTO requires', async () => {
    const sha = emulator.state.addCommit({ parents: [commit], message: 'one commit' }).sha;
    const files = modelFiles('same-commit');
    await new GitHubRegistry({ ...registryOptions(), commit: sha }).publish({ model: 'onepercommit', version: '1.0.0', files: files.map((path) => ({ path })) });
    await expect(new GitHubRegistry({ ...registryOptions(), commit: sha }).publish({ model: 'onepercommit', version: '1.1.0', files: files.map((path) => ({ path })) }))
      .rejects.toThrow(/onepercommit@v1\.0\.0 is already registered on commit [0-9a-f]{12}; GTO allows one version of a model per commit/);
    expect(emulator.state.releases.some((r) => r.tag_name === 'onepercommit@v1.1.0')).toBe(false);
  });

  it('works with immutable releases: nothing is changed after publishing', async () => {
    emulator.state.immutableReleases = true;
    try {
      const files = modelFiles('e');
      await registry().publish({ model: 'frozen', version: '1.0.0', files: files.map((path) => ({ path })), documents: documents(files) });
      await registry().promote({ model: 'frozen', version: '1.0.0', stage: 'staging' });
      expect((await registry().publish({ model: 'frozen', version: '1.0.0', files: files.map((path) => ({ path })), documents: documents(files) })).outcome).toBe('unchanged');
      expect((await registry().resolve('frozen', { stage: 'staging' })).version).toBe('1.0.0');
    } finally {
      emulator.state.immutableReleases = false;
    }
  });

  it('rolls back by promoting an older version again, keeping the history', async () => {
    for (const version of ['1.0.0', '1.1.0']) {
      const sha = emulator.state.addCommit({ parents: [commit], message: `train ${version}` }).sha;
      const files = modelFiles(`r${version}`);
      await new GitHubRegistry({ ...registryOptions(), commit: sha }).publish({ model: 'roll', version, files: files.map((path) => ({ path })), documents: documents(files) });
    }
    await registry().promote({ model: 'roll', version: '1.0.0', stage: 'production' });
    await registry().promote({ model: 'roll', version: '1.1.0', stage: 'production' });
    expect((await registry().resolve('roll', { stage: 'production' })).version).toBe('1.1.0');
    await registry().promote({ model: 'roll', version: '1.0.0', stage: 'production', note: 'rollback' });
    expect((await registry().resolve('roll', { stage: 'production' })).version).toBe('1.0.0');
    // The rollback unassigns the newer version it replaces (on that version's commit), so GTO's
    // SemVer views (`gto show --sort semver`, `gto which`) agree with the time view.
    expect((await registry().stageHistory('roll')).map((e) => `${e.number}:${e.action}:${e.version}`)).toEqual(['1:assign:1.0.0', '2:assign:1.1.0', '3:assign:1.0.0', '4:unassign:1.1.0']);
    const unassign = emulator.state.tags.get(emulator.state.refs.get('refs/tags/roll#production!#4')!)!;
    expect(unassign.object.sha).toBe(emulator.state.tags.get(emulator.state.refs.get('refs/tags/roll@v1.1.0')!)!.object.sha);
    expect((await registry().resolve('roll', { latest: true })).version).toBe('1.1.0');
  });

  it('publishes a semver pre-release as a pre-release and never takes the repository\'s Latest release', async () => {
    const environment = readEnvironment({ GITHUB_API_URL: emulator.apiUrl });
    const app = (await openGateway(environment, { token: 'ghs_actions' }).client.rest.repos.createRelease({ owner: 'octo-org', repo: 'models', tag_name: 'app-v3', name: 'the application' })).data;
    const before = emulator.requests.length;
    for (const version of ['2.0.0-rc.1', '2.0.0']) {
      const sha = emulator.state.addCommit({ parents: [commit], message: `train ${version}` }).sha;
      const files = modelFiles(`pre${version}`);
      await new GitHubRegistry({ ...registryOptions(), commit: sha }).publish({ model: 'pre', version, files: files.map((path) => ({ path })), documents: documents(files) });
    }
    const writes = emulator.requests.slice(before).filter((r) => (r.method === 'POST' || r.method === 'PATCH') && /\/releases(\/\d+)?$/.test(r.path));
    expect(writes.length).toBe(4);
    for (const write of writes) expect(write.body).toMatchObject({ make_latest: 'false' });
    expect(writes.map((w) => (w.body as { prerelease: boolean }).prerelease)).toEqual([true, true, false, false]);
    expect(emulator.state.releases.find((r) => r.tag_name === 'pre@v2.0.0-rc.1')?.prerelease).toBe(true);
    const { data: latest } = await openGateway(environment, { token: 'ghs_actions' }).client.rest.repos.getLatestRelease({ owner: 'octo-org', repo: 'models' });
    expect(latest.id).toBe(app.id);
  });

  it('refuses a file name GitHub would rename before any request that creates something', async () => {
    const folder = mkdtempSync(join(dir, 'names-'));
    const odd = join(folder, 'my model (1).json');
    writeFileSync(odd, '{}');
    const before = emulator.requests.length;
    await expect(registry().publish({ model: 'oddnames', version: '1.0.0', files: [{ path: odd }] }))
      .rejects.toThrow('my model (1).json: GitHub would store this file as `my.model..1..json`');
    expect(emulator.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('publishes and fetches a version of more files than one page of assets lists (120)', async () => {
    const sha = emulator.state.addCommit({ parents: [commit], message: 'many files' }).sha;
    const folder = mkdtempSync(join(dir, 'many-'));
    const files = Array.from({ length: 120 }, (_, i) => {
      const path = join(folder, `shard-${String(i).padStart(3, '0')}.bin`);
      writeFileSync(path, randomBytes(64));
      return path;
    });
    await new GitHubRegistry({ ...registryOptions(), commit: sha }).publish({ model: 'many', version: '1.0.0', files: files.map((path) => ({ path })) });
    const out = join(dir, 'fetched-many');
    const fetched = await registry().fetchVersion('many', { version: '1.0.0' }, out);
    expect(fetched.files).toHaveLength(120);
    expect(readFileSync(join(out, 'shard-119.bin')).equals(readFileSync(files[119]))).toBe(true);
  });

  it('leaves exactly one stage tag when the answer to POST /git/refs or POST /git/tags is lost', async () => {
    await publishOn('lost', '1.0.0');
    // The server makes the ref, the client hears nothing: the client finds its own tag object
    // behind the ref and adopts it instead of creating a second stage tag.
    emulator.addFault({ method: 'POST', path: /\/git\/refs$/, respond: { lostResponse: true } });
    const first = await registry().promote({ model: 'lost', version: '1.0.0', stage: 'production' });
    expect(emulator.requests.some((r) => r.method === 'POST' && r.path.endsWith('/git/refs') && r.status === 0)).toBe(true);
    // The tag object is made, the answer lost: it is made again; only the second gets a ref.
    emulator.addFault({ method: 'POST', path: /\/git\/tags$/, respond: { lostResponse: true } });
    const second = await registry().promote({ model: 'lost', version: '1.0.0', stage: 'staging' });
    emulator.clearFaults();
    expect([first.tag, second.tag]).toEqual(['lost#production#1', 'lost#staging#2']);
    expect(stageRefs('lost')).toEqual(['refs/tags/lost#production#1', 'refs/tags/lost#staging#2']);
    expect((await registry().resolve('lost', { stage: 'production' })).version).toBe('1.0.0');
  });

  it('retries a create that failed with a 5xx only after checking it did not happen', async () => {
    await publishOn('flakyref', '1.0.0');
    emulator.addFault({ method: 'POST', path: /\/git\/refs$/, times: 2, respond: { status: 502 } });
    const event = await registry().promote({ model: 'flakyref', version: '1.0.0', stage: 'production' });
    emulator.clearFaults();
    expect(event.tag).toBe('flakyref#production#1');
    expect(stageRefs('flakyref')).toEqual(['refs/tags/flakyref#production#1']);
    emulator.addFault({ method: 'POST', path: /\/git\/refs$/, times: 10, respond: { status: 503 } });
    await expect(registry().promote({ model: 'flakyref', version: '1.0.0', stage: 'staging' })).rejects.toMatchObject({ name: 'ExternalServiceError', status: 503 });
    emulator.clearFaults();
    expect(stageRefs('flakyref')).toEqual(['refs/tags/flakyref#production#1']);
  });

  it('gives concurrent promotions of one model one tag each, with distinct event numbers', async () => {
    for (const version of ['1.0.0', '1.1.0', '1.2.0']) await publishOn('race', version);
    const events = await Promise.all([
      registry().promote({ model: 'race', version: '1.0.0', stage: 'dev' }),
      registry().promote({ model: 'race', version: '1.1.0', stage: 'staging' }),
      registry().promote({ model: 'race', version: '1.2.0', stage: 'production' }),
    ]);
    // Distinct numbers; not necessarily 1, 2, 3: a writer that yields may leave a gap, as GTO allows.
    expect(new Set(events.map((e) => e.number)).size).toBe(3);
    expect(stageRefs('race').map((ref) => Number(ref.split('#').at(-1))).sort()).toEqual(events.map((e) => e.number).sort());
    expect(stageRefs('race')).toHaveLength(3);
    for (const e of events) expect((await registry().resolve('race', { stage: e.stage })).version).toBe(e.version);
  });

  it('adopts its own assignment when the same run promotes again (a re-run), and not another run\'s', async () => {
    await publishOn('rerun', '1.0.0');
    const first = await registry().promote({ model: 'rerun', version: '1.0.0', stage: 'production', runId: '9001' });
    const again = await registry().promote({ model: 'rerun', version: '1.0.0', stage: 'production', runId: '9001' });
    expect(again.tag).toBe(first.tag);
    expect(stageRefs('rerun')).toHaveLength(1);
    const tagObject = emulator.state.tags.get(emulator.state.refs.get(`refs/tags/${first.tag}`)!)!;
    expect(tagObject.message).toMatch(/\nrun_id: 9001\n/);
    expect((await registry().promote({ model: 'rerun', version: '1.0.0', stage: 'production', runId: '9002' })).number).toBe(2);
  });

  it('refuses to promote a version whose release is a draft, and does not list it', async () => {
    await publishOn('half', '1.0.0');
    await publishOn('half', '1.1.0');
    // Interrupted between tagging and publishing: the tag exists, the release is still a draft.
    emulator.state.releases.find((r) => r.tag_name === 'half@v1.1.0')!.draft = true;
    await expect(registry().promote({ model: 'half', version: '1.1.0', stage: 'production' }))
      .rejects.toThrow('half@v1.1.0: its release is a draft: re-run publish to finish it before promoting it');
    expect((await registry().versions('half')).map((v) => v.version)).toEqual(['1.0.0']);
    await expect(registry().resolve('half', { version: '1.1.0' })).rejects.toThrow(/its release is a draft: re-run publish to finish it/);
    expect(stageRefs('half')).toEqual([]);
  });

  it('says why a version with a lightweight tag cannot be promoted (GTO reads annotated tags only)', async () => {
    const sha = emulator.state.addCommit({ parents: [commit], message: 'lightweight' }).sha;
    emulator.state.refs.set('refs/tags/light@v1.0.0', sha);
    await expect(registry().promote({ model: 'light', version: '1.0.0', stage: 'production' })).rejects.toThrow(/^light@v1\.0\.0 is a lightweight tag, which GTO does not read/);
  });

  it('refuses a bad .gto at the run\'s commit as an input error naming the file', async () => {
    await publishOn('configured', '1.0.0');
    const sha = emulator.state.addCommit({ parents: [commit], message: 'bad .gto' }).sha;
    for (const [text, message] of [
      ['stages: [prod\n', /^\.gto \(at [0-9a-f]{12}\): not valid YAML/],
      ['stages: production\n', /^\.gto \(at [0-9a-f]{12}\): `stages` must be a list of names/],
    ] as const) {
      emulator.state.setFile(sha, '.gto', text);
      const failure = new GitHubRegistry({ ...registryOptions(), commit: sha }).promote({ model: 'configured', version: '1.0.0', stage: 'prod' });
      await expect(failure).rejects.toBeInstanceOf(InputError);
      await expect(failure).rejects.toThrow(message);
    }
    // A commit GitHub does not know (a local HEAD not pushed): the default branch's `.gto` applies.
    emulator.state.setFile(commit, '.gto', 'stages: [dev]\n');
    await expect(new GitHubRegistry({ ...registryOptions(), commit: 'e'.repeat(40) }).promote({ model: 'configured', version: '1.0.0', stage: 'prod' }))
      .rejects.toThrow(/^\.gto \(at the default branch\): stage `prod` is not one of the stages it allows: `dev`$/);
    emulator.state.setFile(commit, '.gto', null);
    emulator.state.setFile(sha, '.gto', 'stages: [prod]\n');
    expect((await new GitHubRegistry({ ...registryOptions(), commit: sha }).promote({ model: 'configured', version: '1.0.0', stage: 'prod' })).tag).toBe('configured#prod#1');
    expect(stageRefs('configured')).toEqual(['refs/tags/configured#prod#1']);
  });

  it('resolves production for one of 1,000 models in a bounded number of API calls, listing no releases', async () => {
    for (let i = 0; i < 1000; i++) emulator.state.addAnnotatedTag(`model-${String(i).padStart(4, '0')}@v1.0.0`, commit);
    for (let i = 0; i < 1000; i++) emulator.state.addAnnotatedTag(`model-${String(i).padStart(4, '0')}#production#1`, commit);
    const files = modelFiles('scale');
    await registry().publish({ model: 'model-0500x', version: '3.0.0', files: files.map((path) => ({ path })), documents: documents(files) });
    await registry().promote({ model: 'model-0500x', version: '3.0.0', stage: 'production' });
    const before = emulator.requests.length;
    expect((await registry().resolve('model-0500x', { stage: 'production' })).version).toBe('3.0.0');
    const calls = emulator.requests.slice(before);
    expect(calls.length).toBeLessThanOrEqual(6);
    expect(calls.some((r) => r.method === 'GET' && /\/releases$/.test(r.path))).toBe(false);
  });
});

/** Publishes a small version of `model` on a fresh commit (GTO: one version per commit). */
async function publishOn(model: string, version: string): Promise<void> {
  const sha = emulator.state.addCommit({ parents: [commit], message: `train ${model} ${version}` }).sha;
  const files = modelFiles(`${model}-${version}`);
  await new GitHubRegistry({ ...registryOptions(), commit: sha }).publish({ model, version, files: files.map((path) => ({ path })), documents: documents(files) });
}

function stageRefs(model: string): string[] {
  return [...emulator.state.refs.keys()].filter((ref) => ref.startsWith(`refs/tags/${model}#`)).sort();
}

function registryOptions(): GitHubRegistryOptions {
  // Mutating requests are spaced 1 s apart in production (GitHub's advice); the emulator has no
  // secondary limits to respect. Retries back off in milliseconds, not seconds.
  const environment = readEnvironment({ GITHUB_API_URL: emulator.apiUrl, MLGATE_API_WRITE_INTERVAL_MS: '0' });
  return {
    gateway: openGateway(environment, { token: 'ghs_actions', policy: { backoffBaseMs: 1 } }),
    owner: 'octo-org', repo: 'models', commit, actor: 'octocat', tempDir: dir, run: 'https://github.com/octo-org/models/actions/runs/1', draftPollMs: 10,
  };
}
