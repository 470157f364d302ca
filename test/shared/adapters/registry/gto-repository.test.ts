import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnvironment } from '../../../../shared/adapters/environment.js';
import { openGateway } from '../../../../shared/adapters/github/gateway/index.js';
import { GitHubRegistry } from '../../../../shared/adapters/registry/github-registry.js';
import { InputError } from '../../../../shared/errors.js';
import { startEmulator, type Emulator } from '../../../emulator/index.js';
import { importGitRepository } from '../../../emulator/git-import.js';
import { scratchFolder } from '../../../support/scratch.js';
import { auditTag } from '../../../../shared/adapters/registry/names.js';
import { auditTagMessage } from '../../../../shared/adapters/codecs/audit-json.js';
import type { AuditRecord } from '../../../../shared/core/registry/audit.js';

function auditRecord(model: string, at: string, outcome: 'drifted' | 'cleared', version = '2.0.0'): AuditRecord {
  const drifted = outcome === 'drifted' ? ['age'] : [];
  return {
    schema: 'mlgate-audit/1', kind: 'monitor', model, version, at, run: { url: null, id: null }, outcome,
    figures: { drifted_columns: drifted, drifted_count: drifted.length, compared_count: 2, share_drifted: drifted.length / 2, current: 'prod.csv' }, sources: [],
  };
}

// A repository written by git the way GTO writes it (tag names from gto `constants.py` `tag_re` and
// `tag.py` `TagTemplates`/`name_tag`, messages from `registry.py`, tagger dates through
// GIT_COMMITTER_DATE as `create_tag` sets the tagger), loaded into the REST emulator, then read by
// mlgate. Each expectation is what GTO's rules (`base.py`) give; the comments say which rule.

let emulator: Emulator;
let dir: string;
const commits: string[] = [];

function git(args: string[], minute?: number): string {
  const date = minute === undefined ? {} : { GIT_COMMITTER_DATE: `2026-01-01T10:${String(minute).padStart(2, '0')}:00Z` };
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir, ...date } }).trim();
}

/** `gto register/assign/…` make annotated tags: `git tag -a <name> -m <message> <commit>`. */
function gtoTag(name: string, commit: number, minute: number, message = name): void {
  git(['tag', '-a', name, '-m', message, commits[commit]], minute);
}

function registry(commit = commits[4]) {
  const environment = readEnvironment({ GITHUB_API_URL: emulator.apiUrl, MLGATE_API_WRITE_INTERVAL_MS: '0' });
  return new GitHubRegistry({
    gateway: openGateway(environment, { token: 'ghs_actions', policy: { backoffBaseMs: 1 } }),
    owner: 'octo-org', repo: 'models', commit, actor: 'octocat', tempDir: dir,
  });
}

describe('a repository written by GTO, read by mlgate', () => {
  beforeAll(async () => {
    dir = scratchFolder('mlgate-gto-repo').dir;
    git(['init', '-q', '-b', 'main']);
    git(['config', 'user.name', 'GTO User']);
    git(['config', 'user.email', 'gto@example.com']);
    for (let i = 0; i < 5; i++) {
      if (i === 4) writeFileSync(join(dir, '.gto'), 'stages: [dev, staging, production, eu/prod, prod]\ntypes: [model]\n');
      writeFileSync(join(dir, 'train.txt'), `run ${i}\n`);
      git(['add', '-A']);
      git(['commit', '-q', '-m', `train ${i}`], i);
      commits.push(git(['rev-parse', 'HEAD']));
    }
    // churn: `gto register` (simple tags, no counter), then `gto assign` (counter #N over every
    // counted tag of the artifact), in time order.
    gtoTag('churn@v1.0.0', 0, 10, 'Registering artifact churn version v1.0.0');
    gtoTag('churn@v1.1.0', 1, 11, 'Registering artifact churn version v1.1.0');
    gtoTag('churn@v2.0.0', 2, 12, 'Registering artifact churn version v2.0.0');
    gtoTag('churn@v2.1.0-rc.1', 3, 13, 'Registering artifact churn version v2.1.0-rc.1');
    gtoTag('churn#staging#1', 0, 14, 'Assigning stage staging to artifact churn version v1.0.0');
    gtoTag('churn#production#2', 0, 15);
    gtoTag('churn#staging#3', 1, 16);
    gtoTag('churn#production#4', 2, 17);
    gtoTag('churn#production!#5', 2, 18, "Unassigning stage 'production' to artifact 'churn' version 'v2.0.0'");
    gtoTag('churn#staging#6', 2, 19);
    gtoTag('churn#staging', 1, 20); // `gto assign --simple`
    gtoTag('churn@v2.1.0-rc.1!', 3, 21, 'Deregistering artifact churn version v2.1.0-rc.1');
    gtoTag('churn#dev#7', 3, 22);
    gtoTag('churn#eu/prod#8', 1, 23);
    git(['tag', 'churn#production#9', commits[2]]); // lightweight: GTO ignores it
    // A nested artifact `models:fraud` (tags spell it `models=fraud`).
    gtoTag('models=fraud@v0.1.0', 0, 30);
    gtoTag('models=fraud#prod#1', 0, 31);
    // A deprecated model, and one whose stage sits on a commit without a version tag.
    gtoTag('legacy@v1.0.0', 0, 40);
    gtoTag('legacy#prod#1', 0, 41);
    gtoTag('legacy@deprecated', 4, 42, "Deprecating artifact 'legacy'");
    gtoTag('noversion#prod#1', 4, 43);
    // mlgate's audit tags beside GTO's, made by plain `git tag -a`: every expectation below about
    // GTO's state holds with them in the repository (GTO's grammar never reads them as events).
    gtoTag(auditTag('churn', 'monitor', new Date('2026-01-01T10:50:00Z')), 2, 50, auditTagMessage(auditRecord('churn', '2026-01-01T10:50:00.000Z', 'drifted')));
    gtoTag(auditTag('churn', 'monitor', new Date('2026-01-01T10:51:00Z')), 2, 51, auditTagMessage(auditRecord('churn', '2026-01-01T10:51:00.000Z', 'cleared')));
    gtoTag(auditTag('models:fraud', 'monitor', new Date('2026-01-01T10:52:00Z')), 0, 52, auditTagMessage(auditRecord('models:fraud', '2026-01-01T10:52:00.000Z', 'drifted', '0.1.0')));

    emulator = await startEmulator();
    importGitRepository(emulator.state, dir);
  });
  afterAll(async () => {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
  });

  it('reads audit tags made by `git tag -a` as the model\'s audit trail, and git lists them with their headline', async () => {
    const trail = await registry().auditTrail('churn');
    expect(trail.records.map((r) => [r.outcome, r.version, r.stored_as])).toEqual([
      ['cleared', '2.0.0', 'mlgate-audit/churn/monitor/20260101T105100Z'], ['drifted', '2.0.0', 'mlgate-audit/churn/monitor/20260101T105000Z'],
    ]);
    expect((await registry().auditTrail('models:fraud')).records.map((r) => r.stored_as)).toEqual(['mlgate-audit/models=fraud/monitor/20260101T105200Z']);
    expect(git(['tag', '-l', 'mlgate-audit/*', '-n1']).split('\n').map((line) => line.replace(/\s+/g, ' '))).toEqual([
      'mlgate-audit/churn/monitor/20260101T105000Z mlgate monitor drifted on churn v2.0.0: 1 of 2 columns drifted (age)',
      'mlgate-audit/churn/monitor/20260101T105100Z mlgate monitor cleared on churn v2.0.0: 0 of 2 columns drifted',
      'mlgate-audit/models=fraud/monitor/20260101T105200Z mlgate monitor drifted on models:fraud v0.1.0: 1 of 2 columns drifted (age)',
    ]);
  });

  it('resolves every stage as `gto show` does', async () => {
    const stage = async (name: string) => (await registry().resolve('churn', { stage: name })).version;
    // production: v1.0.0 (#2), then v2.0.0 (#4), then v2.0.0 unassigned (#5): the (v1.0.0, production)
    // pair is still active, so production falls back to v1.0.0; the lightweight #9 does not count.
    expect(await stage('production')).toBe('1.0.0');
    // staging: v1.0.0 (#1), v1.1.0 (#3), v2.0.0 (#6), then v1.1.0 again (simple tag, newest): the
    // newest assignment wins by time (`gto show`), although v2.0.0 stays active (`--sort semver`).
    expect(await stage('staging')).toBe('1.1.0');
    // eu/prod: a stage name with `/`, on v1.1.0's commit (the version comes from the commit).
    expect(await stage('eu/prod')).toBe('1.1.0');
    // dev: assigned to v2.1.0-rc.1, which was deregistered before: a deregistered version has no stages.
    await expect(stage('dev')).rejects.toThrow('churn has no version in stage `dev`');
  });

  it('takes the greatest registered, not deregistered SemVer as latest', async () => {
    // v2.1.0-rc.1 > v2.0.0 in SemVer, but it is deregistered (`churn@v2.1.0-rc.1!`).
    expect((await registry().resolve('churn', { latest: true })).version).toBe('2.0.0');
    await expect(registry().resolve('churn', { version: '2.1.0-rc.1' })).rejects.toThrow('churn@v2.1.0-rc.1 is deregistered');
  });

  it('lists GTO-registered versions without files, and refuses to fetch them in one line', async () => {
    const versions = await registry().versions('churn');
    expect(versions.map((v) => [v.version, v.files.length, v.published_at])).toEqual([
      ['1.0.0', 0, '2026-01-01T10:10:00Z'], ['1.1.0', 0, '2026-01-01T10:11:00Z'], ['2.0.0', 0, '2026-01-01T10:12:00Z'],
    ]);
    const failure = registry().fetchVersion('churn', { stage: 'production' }, join(dir, 'out'));
    await expect(failure).rejects.toBeInstanceOf(InputError);
    await expect(failure).rejects.toThrow(/^churn@v1\.0\.0 is registered by its git tag alone \(GTO\) and has no release assets to fetch; [^\n]*$/);
  });

  it('keeps the stage history in GTO order, with each event\'s version found through its commit', async () => {
    const history = await registry().stageHistory('churn');
    expect(history.map((e) => `${e.tag} ${e.action} ${e.version}`)).toEqual([
      'churn#staging#1 assign 1.0.0', 'churn#production#2 assign 1.0.0', 'churn#staging#3 assign 1.1.0', 'churn#production#4 assign 2.0.0',
      'churn#production!#5 unassign 2.0.0', 'churn#staging#6 assign 2.0.0', 'churn#staging assign 1.1.0', 'churn#dev#7 assign 2.1.0-rc.1',
      'churn#eu/prod#8 assign 1.1.0',
    ]);
    expect(history[0]).toMatchObject({ by: 'GTO User', at: '2026-01-01T10:14:00Z' });
  });

  it('reads nested artifacts, deprecated models and stages on unversioned commits as GTO does', async () => {
    expect((await registry().resolve('models:fraud', { stage: 'prod' })).version).toBe('0.1.0');
    expect((await registry().resolve('models:fraud', { latest: true })).tag).toBe('models=fraud@v0.1.0');
    // `legacy@deprecated` is legacy's latest event: `gto show` hides the model.
    await expect(registry().resolve('legacy', { stage: 'prod' })).rejects.toThrow('legacy is deprecated (tag legacy@deprecated)');
    await expect(registry().resolve('legacy', { latest: true })).rejects.toThrow(/deprecated/);
    // GTO names a version by its commit when no version tag is there; mlgate needs a SemVer.
    await expect(registry().resolve('noversion', { stage: 'prod' })).rejects.toThrow(/stage `prod` is on commit [0-9a-f]{12}, which has no version tag/);
  });

  it('promotes with GTO\'s counter and `.gto` stages, and a rollback unassigns what it replaces', async () => {
    // `.gto` at the run's commit lists the stages: others are refused, naming the file and the list.
    await expect(registry().promote({ model: 'churn', version: '1.1.0', stage: 'qa' }))
      .rejects.toThrow(/^\.gto \(at [0-9a-f]{12}\): stage `qa` is not one of the stages it allows: `dev`, `staging`, `production`, `eu\/prod`, `prod`$/);
    // #N continues after the highest counter of any churn tag, lightweight ones included (GTO's `name_tag` lists every tag).
    const forward = await registry().promote({ model: 'churn', version: '1.1.0', stage: 'production' });
    expect(forward.tag).toBe('churn#production#10');
    expect((await registry().resolve('churn', { stage: 'production' })).version).toBe('1.1.0');
    // staging has v1.0.0, v1.1.0 and v2.0.0 active; promoting v1.0.0 unassigns the two newer ones,
    // so time and SemVer views agree on v1.0.0.
    const back = await registry().promote({ model: 'churn', version: '1.0.0', stage: 'staging' });
    expect(back.tag).toBe('churn#staging#11');
    const written = (await registry().stageHistory('churn')).slice(-3).map((e) => `${e.tag} ${e.version}`);
    expect(written).toEqual(['churn#staging#11 1.0.0', 'churn#staging!#12 1.1.0', 'churn#staging!#13 2.0.0']);
    expect(emulator.state.tags.get(emulator.state.refs.get('refs/tags/churn#staging!#13')!)!.object.sha).toBe(commits[2]);
    expect((await registry().resolve('churn', { stage: 'staging' })).version).toBe('1.0.0');
    // Without a `.gto` at the commit, any valid stage is accepted.
    expect((await registry(commits[0]).promote({ model: 'churn', version: '2.0.0', stage: 'qa' })).tag).toBe('churn#qa#14');
  });
});
