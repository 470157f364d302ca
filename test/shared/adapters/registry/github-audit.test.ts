import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnvironment } from '../../../../shared/adapters/environment.js';
import { openGateway } from '../../../../shared/adapters/github/gateway/index.js';
import { GitHubRegistry } from '../../../../shared/adapters/registry/github-registry.js';
import { appendAuditRecord } from '../../../../shared/commands/audit-trail.js';
import type { AuditRecord } from '../../../../shared/core/registry/audit.js';
import { InputError } from '../../../../shared/errors.js';
import { startEmulator, type Emulator } from '../../../emulator/index.js';

// The audit trail on GitHub: one annotated tag per event, made through the Git Data API, against
// the REST emulator (every request and response checked against GitHub's OpenAPI description).

let emulator: Emulator;
let dir: string;
let main: string;

function registry(token = 'ghs_actions', commit: string | null = main) {
  const environment = readEnvironment({ GITHUB_API_URL: emulator.apiUrl, MLGATE_API_WRITE_INTERVAL_MS: '0' });
  return new GitHubRegistry({
    gateway: openGateway(environment, { token, policy: { backoffBaseMs: 1 } }),
    owner: 'octo-org', repo: 'models', commit, actor: 'octocat', tempDir: dir, run: 'https://github.com/octo-org/models/actions/runs/1', draftPollMs: 10,
  });
}

const record = (model: string, at: string, version: string | null = '1.0.0', outcome: 'drifted' | 'cleared' = 'drifted'): AuditRecord => ({
  schema: 'mlgate-audit/1', kind: 'monitor', model, version, at, run: { url: 'https://github.com/octo-org/models/actions/runs/7', id: '7' }, outcome,
  figures: { drifted_columns: ['age'], drifted_count: 1, compared_count: 2, share_drifted: 0.5, current: 'prod/part-0.csv' }, sources: [],
});

const auditRefs = (model: string) => [...emulator.state.refs.keys()].filter((ref) => ref.startsWith(`refs/tags/mlgate-audit/${model}/`)).sort();

/** A version registered the way `publish` registers it: an annotated tag on its own commit. */
function registerVersion(model: string, version: string): string {
  const sha = emulator.state.addCommit({ parents: [main], message: `train ${model} ${version}` }).sha;
  emulator.state.refs.set(`refs/tags/${model}@v${version}`, emulator.state.addAnnotatedTag(`${model}@v${version}`, sha));
  return sha;
}

describe('GitHub audit trail against the REST emulator', () => {
  beforeAll(async () => {
    emulator = await startEmulator();
    main = emulator.state.refs.get('refs/heads/main')!;
    dir = mkdtempSync(join(tmpdir(), 'mlgate-ghaudit-'));
  });
  afterAll(async () => {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
  });

  it('adds an annotated tag on the version\'s commit, leaves an immutable release as it was, and reads records back newest first', async () => {
    emulator.state.immutableReleases = true;
    try {
      const weights = join(dir, 'weights.bin');
      writeFileSync(weights, 'weights');
      const sha = emulator.state.addCommit({ parents: [main], message: 'train frozen' }).sha;
      await registry('ghs_actions', sha).publish({ model: 'frozen', version: '1.0.0', files: [{ path: weights }] });
      const release = structuredClone(emulator.state.releases.find((r) => r.tag_name === 'frozen@v1.0.0'));

      const first = await registry().appendAudit(record('frozen', '2026-11-01T06:00:00.000Z'));
      const second = await registry().appendAudit(record('frozen', '2026-11-03T06:00:00.000Z', '1.0.0', 'cleared'));
      expect([first, second]).toEqual(['mlgate-audit/frozen/monitor/20261101T060000Z', 'mlgate-audit/frozen/monitor/20261103T060000Z']);
      const tagObject = emulator.state.tags.get(emulator.state.refs.get(`refs/tags/${first}`)!)!;
      expect(tagObject.object.sha).toBe(sha); // hangs off the version's commit
      expect(tagObject.message.split('\n')[0]).toBe('mlgate monitor drifted on frozen v1.0.0: 1 of 2 columns drifted (age)');
      expect(emulator.state.releases.find((r) => r.tag_name === 'frozen@v1.0.0')).toEqual(release);

      const trail = await registry().auditTrail('frozen');
      expect(trail.records.map((r) => [r.outcome, r.stored_as])).toEqual([['cleared', second], ['drifted', first]]);
      expect(trail.more).toBe(0);
      expect(await registry().auditTrail('frozen', { limit: 1 })).toMatchObject({ records: [{ stored_as: second }], more: 1 });
      // Publishing and resolving still read the same GTO state.
      expect((await registry().resolve('frozen', { latest: true })).version).toBe('1.0.0');
    } finally {
      emulator.state.immutableReleases = false;
    }
  });

  it('moves to `-2` when another record took the same second, and reads neither a sub-model\'s tags nor foreign ones', async () => {
    registerVersion('team', '1.0.0');
    registerVersion('team/churn', '1.0.0');
    const at = '2026-11-05T06:00:00.000Z';
    const tags = [await registry().appendAudit(record('team', at)), await registry().appendAudit(record('team', at)), await registry().appendAudit(record('team/churn', at))];
    expect(tags).toEqual(['mlgate-audit/team/monitor/20261105T060000Z', 'mlgate-audit/team/monitor/20261105T060000Z-2', 'mlgate-audit/team/churn/monitor/20261105T060000Z']);
    expect((await registry().auditTrail('team')).records.map((r) => r.stored_as)).toEqual([tags[1], tags[0]]);
    expect((await registry().auditTrail('team/churn')).records.map((r) => r.stored_as)).toEqual([tags[2]]);
  });

  it('leaves exactly one tag when the answer to POST /git/refs is lost', async () => {
    registerVersion('lost', '1.0.0');
    emulator.addFault({ method: 'POST', path: /\/git\/refs$/, respond: { lostResponse: true } });
    const tag = await registry().appendAudit(record('lost', '2026-11-06T06:00:00.000Z'));
    emulator.clearFaults();
    expect(emulator.requests.some((r) => r.method === 'POST' && r.path.endsWith('/git/refs') && r.status === 0)).toBe(true);
    expect(tag).toBe('mlgate-audit/lost/monitor/20261106T060000Z');
    expect(auditRefs('lost')).toEqual([`refs/tags/${tag}`]);
  });

  it('refuses a version that is not published, and a tag whose message is not a record, naming the tag', async () => {
    await expect(registry().appendAudit(record('ghost', '2026-11-07T06:00:00.000Z', '2.0.0'))).rejects.toThrow(InputError);
    await expect(registry().appendAudit(record('ghost', '2026-11-07T06:00:00.000Z', '2.0.0'))).rejects.toThrow('ghost@v2.0.0 is not published');
    // Without a version the record hangs off the run's commit; without one either, refused.
    expect(await registry().appendAudit(record('ghost', '2026-11-07T06:00:00.000Z', null))).toBe('mlgate-audit/ghost/monitor/20261107T060000Z');
    await expect(registry('ghs_actions', null).appendAudit(record('ghost', '2026-11-07T06:00:01.000Z', null))).rejects.toThrow(/GITHUB_SHA/);
    emulator.state.refs.set('refs/tags/mlgate-audit/ghost/monitor/20261108T060000Z', emulator.state.addAnnotatedTag('mlgate-audit/ghost/monitor/20261108T060000Z', main, 'hand-made\n'));
    await expect(registry().auditTrail('ghost')).rejects.toThrow(/^mlgate-audit\/ghost\/monitor\/20261108T060000Z: the tag's message holds no audit record/);
  });

  it('costs a monitor two API calls on a day with nothing to record, and four more to record a transition', async () => {
    registerVersion('calls', '1.0.0');
    for (let day = 10; day < 15; day++) await registry().appendAudit(record('calls', `2026-11-${day}T06:00:00.000Z`));
    const before = emulator.requests.length;
    expect((await registry().auditTrail('calls', { kind: 'monitor', limit: 1 })).more).toBe(4);
    const read = emulator.requests.length - before;
    await registry().appendAudit(record('calls', '2026-11-15T06:00:00.000Z', '1.0.0', 'cleared'));
    // One prefix listing and the newest tag object; then the version's ref and tag object, the new tag object and its ref.
    expect([read, emulator.requests.length - before - read]).toEqual([2, 4]);
  });

  it('with a read-only token: one warning, nothing written, no failure', async () => {
    registerVersion('readonly', '1.0.0');
    const warnings: string[] = [];
    const environment = readEnvironment({ GITHUB_API_URL: emulator.apiUrl, GITHUB_REPOSITORY: 'octo-org/models', GITHUB_SHA: main, MLGATE_API_WRITE_INTERVAL_MS: '0' });
    const outcome = await appendAuditRecord({ store: 'github', token: 'ghs_readonly', environment, warn: (m) => warnings.push(m) }, record('readonly', '2026-11-09T06:00:00.000Z'));
    expect(outcome.stored).toBeNull();
    expect(warnings).toEqual(['no audit record for readonly: the token may not write tags (give the job `permissions: contents: write`)']);
    expect(auditRefs('readonly')).toEqual([]);
  });
});
