import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readEnvironment } from '../../shared/adapters/environment.js';
import { openGateway } from '../../shared/adapters/github/gateway/index.js';
import { GitHubRegistry, type GitHubRegistryOptions } from '../../shared/adapters/registry/github-registry.js';
import { startEmulator, type Emulator } from '../emulator/index.js';

// Publishing through GitHub when answers are lost after GitHub did the work, and when two runs
// publish one version at once: every case ends with exactly one release, one version tag, no
// draft left behind, and the files verified.

let emulator: Emulator;
let dir: string;
let commit: string;
const logs: string[] = [];

function registry(run: string, extra: Partial<GitHubRegistryOptions> = {}) {
  const environment = readEnvironment({ GITHUB_API_URL: emulator.apiUrl, MLGATE_API_WRITE_INTERVAL_MS: '0' });
  return new GitHubRegistry({
    gateway: openGateway(environment, { token: 'ghs_actions', policy: { backoffBaseMs: 1, apiTimeoutMs: 10_000 } }),
    owner: 'octo-org', repo: 'models', commit, actor: 'octocat', tempDir: dir, run, draftPollMs: 10, log: (m) => logs.push(m), ...extra,
  });
}

function modelFiles(label: string, content = randomBytes(50_000)) {
  const folder = mkdtempSync(join(dir, `${label}-`));
  writeFileSync(join(folder, 'weights.bin'), content);
  writeFileSync(join(folder, 'config.json'), JSON.stringify({ label }));
  return [join(folder, 'weights.bin'), join(folder, 'config.json')];
}

function request(model: string, files: string[], card = '# model card\n') {
  const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
  return {
    model, version: '1.0.0', files: files.map((path) => ({ path })),
    documents: { 'MODEL_CARD.md': card, 'lineage.json': JSON.stringify({ subjects: files.map((p) => ({ name: p.split('/').at(-1), sha256: sha(p) })) }) },
  };
}

/** What GitHub holds for a model's version afterwards. */
function stored(model: string) {
  const tag = `${model}@v1.0.0`;
  const releases = emulator.state.releases.filter((r) => r.tag_name === tag);
  const names = releases.flatMap((r) => [...emulator.state.assets.values()].filter((a) => a.releaseId === r.id).map((a) => a.data.name)).sort();
  return { releases: releases.map((r) => ({ draft: r.draft })), assets: names, tag: emulator.state.refs.has(`refs/tags/${tag}`) };
}

const ONE_RELEASE = { releases: [{ draft: false }], assets: ['MODEL_CARD.md', 'SHA256SUMS', 'config.json', 'lineage.json', 'weights.bin'], tag: true };

describe('publishing to GitHub when answers are lost and runs race', () => {
  beforeAll(async () => {
    emulator = await startEmulator();
    commit = emulator.state.refs.get('refs/heads/main')!;
    dir = mkdtempSync(join(tmpdir(), 'mlgate-publish-faults-'));
  });
  afterEach(() => {
    emulator.clearFaults();
    logs.length = 0;
  });
  afterAll(async () => {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
  });

  // Each model gets its own commit: GTO allows one version of a model per commit, and the emulator is shared.
  const onNewCommit = () => {
    commit = emulator.state.addCommit({ parents: [emulator.state.refs.get('refs/heads/main')!], message: 'train' }).sha;
  };

  it('adopts the draft a create-release call made when its answer was lost (no orphan draft)', async () => {
    onNewCommit();
    emulator.addFault({ method: 'POST', path: /\/releases$/, respond: { lostResponse: true } });
    const result = await registry('run-a').publish(request('lost-release', modelFiles('a')));
    expect(result.outcome).toBe('created');
    expect(emulator.requests.filter((r) => r.method === 'POST' && /\/releases$/.test(r.path)).map((r) => r.status).slice(-1)).toEqual([0]);
    expect(stored('lost-release')).toEqual(ONE_RELEASE);
  });

  it('creates the release again when the lost attempt made nothing (a 502 before GitHub acted)', async () => {
    onNewCommit();
    emulator.addFault({ method: 'POST', path: /\/releases$/, respond: { status: 502 } });
    await registry('run-a').publish(request('bad-gateway', modelFiles('b')));
    expect(stored('bad-gateway')).toEqual(ONE_RELEASE);
  });

  it('keeps one version tag when creating its ref lost the answer', async () => {
    onNewCommit();
    emulator.addFault({ method: 'POST', path: /\/git\/refs$/, respond: { lostResponse: true } });
    await registry('run-a').publish(request('lost-ref', modelFiles('c')));
    expect(stored('lost-ref')).toEqual(ONE_RELEASE);
    expect([...emulator.state.refs.keys()].filter((ref) => ref.startsWith('refs/tags/lost-ref'))).toEqual(['refs/tags/lost-ref@v1.0.0']);
  });

  it('keeps the asset an upload made when its answer was lost', async () => {
    onNewCommit();
    emulator.addFault({ method: 'POST', path: /\/releases\/\d+\/assets$/, after: 1, respond: { lostResponse: true } });
    await registry('run-a').publish(request('lost-upload', modelFiles('d')));
    expect(stored('lost-upload')).toEqual(ONE_RELEASE);
  });

  it('two runs publishing the same version at once: one release, the other says who published it', async () => {
    onNewCommit();
    const files = modelFiles('e');
    const results = await Promise.all([registry('run-1').publish(request('race', files)), registry('run-2').publish(request('race', files))]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['created', 'unchanged']);
    const loser = results.find((r) => r.outcome === 'unchanged')!;
    expect(loser.note).toMatch(/^already published by run-[12]$/);
    expect(stored('race')).toEqual(ONE_RELEASE);
  });

  it('two runs publishing different content for one version: one release, the other is refused', async () => {
    onNewCommit();
    const outcomes = await Promise.allSettled([
      registry('run-1').publish(request('race-diff', modelFiles('f1'))),
      registry('run-2').publish(request('race-diff', modelFiles('f2'))),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ name: 'InputError', message: expect.stringMatching(/already published with different content/) });
    expect(stored('race-diff')).toEqual(ONE_RELEASE);
  });

  it('a second run waits for a first run that is still publishing, then reports it', async () => {
    onNewCommit();
    const files = modelFiles('g');
    // The first run stalls on one upload; the second starts meanwhile and must not touch its draft.
    emulator.addFault({ method: 'POST', path: /\/releases\/\d+\/assets$/, respond: { delayMs: 300 } });
    const first = registry('run-1').publish(request('slow', files));
    await new Promise((done) => setTimeout(done, 100));
    const second = await registry('run-2').publish(request('slow', files));
    expect((await first).outcome).toBe('created');
    expect(second).toMatchObject({ outcome: 'unchanged', note: 'already published by run-1' });
    expect(logs.some((m) => /run-1 is publishing this version; waiting/.test(m))).toBe(true);
    expect(stored('slow')).toEqual(ONE_RELEASE);
  });

  it('another run adopts an abandoned draft and publishes it with its own card', async () => {
    onNewCommit();
    const files = modelFiles('h');
    emulator.addFault({ method: 'POST', path: /\/releases\/\d+\/assets$/, after: 1, times: 10, respond: { status: 500 } });
    await expect(registry('run-1').publish(request('abandoned', files, '# first run card\n'))).rejects.toMatchObject({ name: 'ExternalServiceError' });
    emulator.clearFaults();
    expect(stored('abandoned').releases).toEqual([{ draft: true }]);
    const result = await registry('run-2', { draftQuietMs: 0 }).publish(request('abandoned', files, '# second run card\n'));
    expect(result.outcome).toBe('completed');
    expect(logs.some((m) => /adopting the draft left by run-1/.test(m))).toBe(true);
    expect(stored('abandoned')).toEqual(ONE_RELEASE);
    const release = emulator.state.releases.find((r) => r.tag_name === 'abandoned@v1.0.0')!;
    expect(release.body).toContain('# second run card');
    expect(release.body).not.toContain('first run card');
  });

  it('never touches a draft for the tag that mlgate did not make', async () => {
    onNewCommit();
    const environment = readEnvironment({ GITHUB_API_URL: emulator.apiUrl });
    const gateway = openGateway(environment, { token: 'ghs_actions' });
    await gateway.client.rest.repos.createRelease({ owner: 'octo-org', repo: 'models', tag_name: 'handmade@v1.0.0', draft: true, body: 'notes by a person' });
    const before = emulator.requests.length;
    await expect(registry('run-1').publish(request('handmade', modelFiles('i')))).rejects.toThrow(/a draft release for handmade@v1\.0\.0 exists that mlgate did not make/);
    expect(emulator.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(emulator.state.releases.find((r) => r.tag_name === 'handmade@v1.0.0')?.body).toBe('notes by a person');
  });
});
