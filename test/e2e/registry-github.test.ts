import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { ROOT, runAction } from '../support/run-action.js';

// The registry flow on GitHub through the bundled publish and promote actions and the CLI's
// fetch and lineage, against the REST emulator.
describe('model registry on GitHub releases, end to end', () => {
  let emulator: Emulator;
  let workspace: string;
  let env: Record<string, string>;
  const saved = { ...process.env };

  beforeAll(async () => {
    emulator = await startEmulator();
    workspace = mkdtempSync(join(tmpdir(), 'mlgate-registry-e2e-'));
    writeFileSync(join(workspace, 'model.json'), JSON.stringify({ weights: Array.from({ length: 500 }, (_, i) => Math.sin(i)) }));
    env = { GITHUB_API_URL: emulator.apiUrl, GITHUB_SHA: emulator.state.refs.get('refs/heads/main')!, GITHUB_ACTOR: 'octocat', MLGATE_API_WRITE_INTERVAL_MS: '0' };
  });
  afterAll(async () => {
    process.env = saved;
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
  });

  it('publishes with the action, promotes on a release event, fetches and shows lineage with the CLI', async () => {
    const published = await runAction(join(ROOT, 'actions/publish/action.yml'), { model: 'breast-cancer', version: '1.0.0', files: 'model.json' }, { workspace, env: { ...env, GITHUB_EVENT_NAME: 'push' }, event: { after: env.GITHUB_SHA } });
    expect(published.exitCode, published.stdout).toBe(0);
    expect(published.outputs).toMatchObject({ tag: 'breast-cancer@v1.0.0', outcome: 'created' });
    // The in-toto statement's subjects are the published assets' digests (what an attestation signs).
    const statement = JSON.parse(readFileSync(published.outputs['provenance-path'], 'utf8'));
    const release = emulator.state.releases.find((r) => r.tag_name === 'breast-cancer@v1.0.0')!;
    const assetDigests = Object.fromEntries([...emulator.state.assets.values()].filter((a) => a.releaseId === release.id).map((a) => [a.data.name, a.data.digest]));
    expect(statement.subject.length).toBeGreaterThan(0);
    for (const subject of statement.subject) expect(`sha256:${subject.digest.sha256}`).toBe(assetDigests[subject.name]);
    expect(assetDigests['provenance.intoto.json']).toMatch(/^sha256:/);

    const promoted = await runAction(join(ROOT, 'actions/promote/action.yml'), { stage: 'production', note: 'release approved' }, {
      workspace, env: { ...env, GITHUB_EVENT_NAME: 'release' }, event: { action: 'published', release: { tag_name: 'breast-cancer@v1.0.0' } },
    });
    expect(promoted.exitCode, promoted.stdout).toBe(0);
    expect(promoted.outputs).toMatchObject({ 'stage-tag': 'breast-cancer#production#1', model: 'breast-cancer', version: '1.0.0' });

    Object.assign(process.env, env, { GITHUB_TOKEN: 'ghs_actions', GITHUB_REPOSITORY: 'octo-org/models' });
    let stdout = '';
    let stderr = '';
    const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), packageRoot: new URL('../../', import.meta.url) };
    const out = join(workspace, 'fetched');
    expect(await runCli(['fetch', '--model', 'breast-cancer', '--stage', 'production', '--out', out, '--store', 'github'], io), stderr).toBe(0);
    expect(readFileSync(join(out, 'model.json'), 'utf8')).toBe(readFileSync(join(workspace, 'model.json'), 'utf8'));
    const lineage = JSON.parse(readFileSync(join(out, 'lineage.json'), 'utf8'));
    expect(lineage.subjects[0]).toMatchObject({ name: 'model.json' });

    stdout = '';
    expect(await runCli(['lineage', '--model', 'breast-cancer', '--store', 'github'], io), stderr).toBe(0);
    expect(stdout).toContain('stage_production(["production"]) -.-> v_1_2e_0_2e_0');
    expect(stdout).toMatch(/\| 1 \| production \| v1\.0\.0 +\|.*\| octocat \| release approved/);
  });

  it('refuses to promote on an event without a version tag, saying what it needs', async () => {
    const run = await runAction(join(ROOT, 'actions/promote/action.yml'), { stage: 'production' }, { workspace, env: { ...env, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' }, event: {} });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::model and version are required unless the event is a release or push of a version tag/);
  });

  it('fetches nothing from a version GTO registered alone, and publishing attaches files to it', async () => {
    const sha = emulator.state.addCommit({ parents: [env.GITHUB_SHA], message: 'train gto-only' }).sha;
    emulator.state.addAnnotatedTag('gto-only@v1.0.0', sha, 'Registering artifact gto-only version v1.0.0');
    Object.assign(process.env, env, { GITHUB_TOKEN: 'ghs_actions', GITHUB_REPOSITORY: 'octo-org/models', GITHUB_SHA: sha });
    let stdout = '';
    let stderr = '';
    const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), packageRoot: new URL('../../', import.meta.url) };
    const out = join(workspace, 'fetched-gto-only');
    expect(await runCli(['fetch', '--model', 'gto-only', '--version', '1.0.0', '--out', out, '--store', 'github'], io)).toBe(2);
    expect(stderr.trim()).toMatch(/^[^\n]*gto-only@v1\.0\.0 is registered by its git tag alone \(GTO\) and has no release assets to fetch[^\n]*$/);
    stderr = '';
    expect(await runCli(['publish', '--model', 'gto-only', '--version', '1.0.0', '--files', join(workspace, 'model.json'), '--store', 'github'], io), stderr).toBe(0);
    expect(await runCli(['fetch', '--model', 'gto-only', '--version', '1.0.0', '--out', out, '--store', 'github'], io), stderr).toBe(0);
    // Published like a new version: the lineage document was made, not left out.
    expect(JSON.parse(readFileSync(join(out, 'lineage.json'), 'utf8')).subjects[0]).toMatchObject({ name: 'model.json' });
  });
});
