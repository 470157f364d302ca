import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalRegistry, workTreeHead } from '../../../../shared/adapters/registry/local-registry.js';
import { InputError, VerificationError } from '../../../../shared/errors.js';
import type { AuditRecord } from '../../../../shared/core/registry/audit.js';

/** A parsed `.version.json`, for tampering. */
type RecordJson = { files?: (Record<string, unknown> | null)[]; [field: string]: unknown };

describe('LocalRegistry', () => {
  let dir: string;
  let registry: LocalRegistry;
  let model: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlgate-registry-'));
    registry = new LocalRegistry(join(dir, 'registry'));
    model = join(dir, 'model.bin');
    writeFileSync(model, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)));
  });

  it('round-trips publish → promote → fetch bit for bit', async () => {
    const published = await registry.publish({ model: 'team/churn', version: '1.0.0', files: [{ path: model }], documents: { 'lineage.json': '{}' } });
    expect(published.outcome).toBe('created');
    expect(published.version.tag).toBe('team/churn@v1.0.0');
    const event = await registry.promote({ model: 'team/churn', version: '1.0.0', stage: 'production', by: 'me', note: 'first' });
    expect(event.tag).toBe('team/churn#production#1');
    const out = join(dir, 'out');
    const fetched = await registry.fetchVersion('team/churn', { stage: 'production' }, out);
    expect(fetched.version.version).toBe('1.0.0');
    expect(readFileSync(join(out, 'model.bin')).equals(readFileSync(model))).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['SHA256SUMS', 'lineage.json', 'model.bin']);
  });

  it('is idempotent for the same content and refuses different content', async () => {
    await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
    expect((await registry.publish({ model: 'm', version: 'v1.0.0', files: [{ path: model }] })).outcome).toBe('unchanged');
    writeFileSync(model, 'other bytes');
    await expect(registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] })).rejects.toThrow(/already published with different content/);
  });

  it('refuses a tampered file on fetch, naming it, and leaves the output folder absent', async () => {
    await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
    const stored = join(dir, 'registry', 'm', 'v1.0.0', 'model.bin');
    const bytes = readFileSync(stored);
    bytes[100] ^= 0xff;
    writeFileSync(stored, bytes);
    const out = join(dir, 'fetched');
    await expect(registry.fetchVersion('m', { version: '1.0.0' }, out)).rejects.toThrow(/model\.bin does not match its SHA-256 in SHA256SUMS/);
    expect(existsSync(out)).toBe(false);
  });

  it('leaves an existing output folder as it was when a fetch fails', async () => {
    await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
    writeFileSync(join(dir, 'registry', 'm', 'v1.0.0', 'model.bin'), 'short');
    const out = join(dir, 'existing');
    await import('node:fs').then((fs) => fs.mkdirSync(out));
    writeFileSync(join(out, 'keep.txt'), 'mine');
    await expect(registry.fetchVersion('m', { version: '1.0.0' }, out)).rejects.toThrow(/model\.bin/);
    expect(readdirSync(out)).toEqual(['keep.txt']);
  });

  it('resolves a stage by its latest assignment, so rollback is promoting an older version again', async () => {
    await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
    writeFileSync(model, 'v2');
    await registry.publish({ model: 'm', version: '1.1.0', files: [{ path: model }] });
    await registry.promote({ model: 'm', version: '1.0.0', stage: 'production' });
    await registry.promote({ model: 'm', version: '1.1.0', stage: 'production' });
    expect((await registry.resolve('m', { stage: 'production' })).version).toBe('1.1.0');
    const rollback = await registry.promote({ model: 'm', version: '1.0.0', stage: 'production', note: 'rollback' });
    expect(rollback.number).toBe(3);
    expect((await registry.resolve('m', { stage: 'production' })).version).toBe('1.0.0');
    expect((await registry.stageHistory('m')).map((e) => e.version)).toEqual(['1.0.0', '1.1.0', '1.0.0']);
    expect((await registry.resolve('m', { latest: true })).version).toBe('1.1.0');
  });

  it('gives clear errors for unknown versions, stages and files', async () => {
    await expect(registry.promote({ model: 'm', version: '9.9.9', stage: 'production' })).rejects.toThrow('m@v9.9.9 is not published');
    await expect(registry.resolve('m', { stage: 'production' })).rejects.toThrow('m has no version in stage `production`');
    await expect(registry.publish({ model: 'm', version: '1.0.0', files: [{ path: join(dir, 'missing.bin') }] })).rejects.toThrow(/missing\.bin: model file not found/);
    await expect(registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }, { path: model }] })).rejects.toThrow('two files would be published as `model.bin`');
  });

  it('leaves no version when the last step fails, and a re-run completes it', async () => {
    // A file where the version folder should go makes the final rename fail, as a crash would.
    const { mkdirSync, rmSync } = await import('node:fs');
    mkdirSync(join(dir, 'registry', 'm'), { recursive: true });
    writeFileSync(join(dir, 'registry', 'm', 'v1.0.0'), 'in the way');
    await expect(registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] })).rejects.toThrow();
    expect(readdirSync(join(dir, 'registry', 'm'))).toEqual(['v1.0.0']); // no staging folder left behind
    await expect(registry.promote({ model: 'm', version: '1.0.0', stage: 'production' })).rejects.toThrow(/is not published/);
    rmSync(join(dir, 'registry', 'm', 'v1.0.0'));
    expect((await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] })).outcome).toBe('created');
  });

  it('gives concurrent promotions distinct event numbers (the event lock)', async () => {
    await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
    // Separate instances, as separate processes would be: nothing shared in memory.
    const events = await Promise.all(Array.from({ length: 8 }, (_, i) => new LocalRegistry(join(dir, 'registry')).promote({ model: 'm', version: '1.0.0', stage: `s${i}` })));
    expect(events.map((e) => e.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await registry.stageHistory('m')).map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(existsSync(join(dir, 'registry', 'm', 'events.lock'))).toBe(false);
  });

  it('takes over a lock left by a crashed promotion once it is stale', async () => {
    await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
    const lock = join(dir, 'registry', 'm', 'events.lock');
    writeFileSync(lock, '12345 long ago\n');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    expect((await registry.promote({ model: 'm', version: '1.0.0', stage: 'production' })).number).toBe(1);
  });

  it('ignores a torn last event with a warning, and the next promotion cuts it off', async () => {
    const warnings: string[] = [];
    const tolerant = new LocalRegistry(join(dir, 'registry'), (m) => warnings.push(m));
    await tolerant.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
    await tolerant.promote({ model: 'm', version: '1.0.0', stage: 'staging' });
    const log = join(dir, 'registry', 'm', 'events.jsonl');
    appendFileSync(log, '{"model":"m","stage":"produc');
    expect((await tolerant.resolve('m', { stage: 'staging' })).version).toBe('1.0.0');
    expect(warnings).toEqual([`${log}: line 2 is cut short (a promotion interrupted while writing); ignored`]);
    const next = await tolerant.promote({ model: 'm', version: '1.0.0', stage: 'production' });
    expect(next.number).toBe(2);
    expect(readFileSync(log, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).number)).toEqual([1, 2]);
  });

  it('refuses a damaged middle event, naming the file and the line', async () => {
    await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
    await registry.promote({ model: 'm', version: '1.0.0', stage: 'staging' });
    const log = join(dir, 'registry', 'm', 'events.jsonl');
    writeFileSync(log, `{"torn\n${readFileSync(log, 'utf8')}`);
    const error = await registry.resolve('m', { stage: 'staging' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(`${log}: line 1 is not a stage event (the log is damaged); repair or remove that line`);
    await expect(registry.promote({ model: 'm', version: '1.0.0', stage: 'production' })).rejects.toThrow('line 1 is not a stage event');
  });

  it.each([
    ['../../escaped', '`files[0].name` "../../escaped" starts with `.` (hidden, or `..`), expected a plain file name'],
    ['sub/escaped', '`files[0].name` "sub/escaped" holds a path separator, expected a plain file name'],
    ['a\\b', '`files[0].name` "a\\\\b" holds a path separator, expected a plain file name'],
    ['x\u0000y', '`files[0].name` "x\\u0000y" holds a control character, expected a plain file name'],
  ])('refuses a tampered version record naming %j before writing anything, as an input error naming the field', async (name, problem) => {
    await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
    const recordFile = join(dir, 'registry', 'm', 'v1.0.0', '.version.json');
    const record = JSON.parse(readFileSync(recordFile, 'utf8'));
    record.files[0].name = name;
    writeFileSync(recordFile, JSON.stringify(record));
    const out = join(dir, 'deep', 'out');
    const error = await registry.fetchVersion('m', { version: '1.0.0' }, out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(`${recordFile}: ${problem} — the local registry is damaged or was edited by hand`);
    expect(existsSync(join(dir, 'deep'))).toBe(false);
    expect(existsSync(join(dir, 'escaped'))).toBe(false);
  });

  it.each([
    ['a size that is a string', (r: RecordJson) => { r.files![0]!.size = '4096'; }, '`files[0].size` is a string, expected a whole number ≥ 0'],
    ['a digest that is not one', (r: RecordJson) => { r.files![0]!.sha256 = 'abc'; }, '`files[0].sha256` is not a SHA-256 digest (64 lower-case hex digits)'],
    ['no files list', (r: RecordJson) => { delete r.files; }, '`files` is missing, expected a list'],
    ['a file entry that is null', (r: RecordJson) => { r.files![0] = null; }, '`files[0]` is null, expected an object'],
    ['a commit that is a number', (r: RecordJson) => { r.commit = 7; }, '`commit` is 7, expected a string or null'],
    ['another model', (r: RecordJson) => { r.model = 'other'; }, '`model` and `version` are "other" and "1.0.0", but the record is in the folder of m@v1.0.0'],
  ])('refuses a version record with %s (exit 2, naming the file and the field)', async (_what, tamper, problem) => {
    await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
    const recordFile = join(dir, 'registry', 'm', 'v1.0.0', '.version.json');
    const record = JSON.parse(readFileSync(recordFile, 'utf8'));
    tamper(record);
    writeFileSync(recordFile, JSON.stringify(record));
    const error = await registry.resolve('m', { version: '1.0.0' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    expect((error as Error).message).toBe(`${recordFile}: ${problem} — the local registry is damaged or was edited by hand`);
  });

  it('refuses a version record that is not JSON as an input error', async () => {
    await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
    const recordFile = join(dir, 'registry', 'm', 'v1.0.0', '.version.json');
    writeFileSync(recordFile, '{"model": "m",');
    const error = await registry.resolve('m', { version: '1.0.0' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(new RegExp(`^${recordFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: version record is not valid JSON \\(.*\\) — the local registry is damaged or was edited by hand$`));
  });

  it('still refuses a stored file whose digest changed as a verification failure (exit 1)', async () => {
    await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
    writeFileSync(join(dir, 'registry', 'm', 'v1.0.0', 'model.bin'), 'tampered');
    const error = await registry.fetchVersion('m', { version: '1.0.0' }, join(dir, 'out')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VerificationError);
    expect((error as VerificationError).exitCode).toBe(1);
  });

  it('fetches only what SHA256SUMS lists, and never replaces a file already in the output folder', async () => {
    await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
    writeFileSync(join(dir, 'registry', 'm', 'v1.0.0', 'extra.txt'), 'not verified');
    const out = join(dir, 'out');
    const fetched = await registry.fetchVersion('m', { version: '1.0.0' }, out);
    expect(fetched.files.map((f) => f.name)).toEqual(['model.bin']);
    expect(readdirSync(out).sort()).toEqual(['SHA256SUMS', 'model.bin']);
    const again = join(dir, 'again');
    mkdirSync(again);
    writeFileSync(join(again, 'SHA256SUMS'), 'mine');
    await expect(registry.fetchVersion('m', { version: '1.0.0' }, again)).rejects.toThrow(`${again} already holds SHA256SUMS; fetch into an empty or new folder`);
    expect(readdirSync(again)).toEqual(['SHA256SUMS']);
    expect(readFileSync(join(again, 'SHA256SUMS'), 'utf8')).toBe('mine');
  });
});

/** A git repository with one commit in `folder`; returns the commit. */
function gitRepository(folder: string): string {
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: folder, encoding: 'utf8' }).trim();
  mkdirSync(folder, { recursive: true });
  git('init', '-q');
  git('commit', '-q', '--allow-empty', '-m', 'train');
  return git('rev-parse', 'HEAD');
}

describe('LocalRegistry: one version of a model per commit (as the GitHub backend and GTO)', () => {
  let dir: string;
  let model: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlgate-registry-commit-'));
    model = join(dir, 'model.bin');
    writeFileSync(model, 'weights');
  });

  it('refuses a second version of a model on the commit of the first, with the GitHub backend\'s message', async () => {
    let commit = 'c'.repeat(40);
    const registry = new LocalRegistry(join(dir, 'registry'), undefined, { commit: () => commit });
    await registry.publish({ model: 'team/churn', version: '1.0.0', files: [{ path: model }] });
    const error = await registry.publish({ model: 'team/churn', version: '1.1.0', files: [{ path: model }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(`team/churn@v1.0.0 is already registered on commit ${'c'.repeat(12)}; GTO allows one version of a model per commit — commit the change (e.g. its parameters) before publishing v1.1.0`);
    expect(readdirSync(join(dir, 'registry', 'team~churn')).filter((e) => e.startsWith('v') || e.startsWith('.staging'))).toEqual(['v1.0.0']);
    // The same version again is still `unchanged`; another model on the commit is its own.
    expect((await registry.publish({ model: 'team/churn', version: '1.0.0', files: [{ path: model }] })).outcome).toBe('unchanged');
    expect((await registry.publish({ model: 'team/other', version: '2.0.0', files: [{ path: model }] })).outcome).toBe('created');
    commit = 'd'.repeat(40);
    expect((await registry.publish({ model: 'team/churn', version: '1.1.0', files: [{ path: model }] })).outcome).toBe('created');
    expect((await registry.resolve('team/churn', { version: '1.1.0' }))).not.toHaveProperty('commit');
  });

  it('ties versions to the HEAD of the git work tree holding the store', async () => {
    const repository = join(dir, 'repo');
    const head = gitRepository(repository);
    expect(workTreeHead(join(repository, '.mlgate', 'registry'))).toBe(head); // not created yet: its parent's
    expect(workTreeHead(join(dir, 'elsewhere'))).toBeNull();
    const registry = new LocalRegistry(join(repository, '.mlgate', 'registry'));
    await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
    expect(JSON.parse(readFileSync(join(repository, '.mlgate', 'registry', 'm', 'v1.0.0', '.version.json'), 'utf8')).commit).toBe(head);
    await expect(registry.publish({ model: 'm', version: '1.0.1', files: [{ path: model }] })).rejects.toThrow(`m@v1.0.0 is already registered on commit ${head.slice(0, 12)}`);
  });

  it('has no commit, and no check, outside a git work tree or before the first commit', async () => {
    const empty = join(dir, 'empty-repo');
    mkdirSync(empty);
    execFileSync('git', ['init', '-q'], { cwd: empty });
    expect(workTreeHead(empty)).toBeNull();
    for (const root of [join(dir, 'plain'), join(empty, 'registry')]) {
      const registry = new LocalRegistry(root);
      await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
      expect((await registry.publish({ model: 'm', version: '1.0.1', files: [{ path: model }] })).outcome).toBe('created');
      expect(JSON.parse(readFileSync(join(root, 'm', 'v1.0.0', '.version.json'), 'utf8')).commit).toBeNull();
    }
  });

  it('checks the commit under the model\'s lock, so a version made meanwhile by another publisher counts', async () => {
    const root = join(dir, 'registry');
    const registry = new LocalRegistry(root, undefined, { commit: () => 'a'.repeat(40) });
    await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
    // Another publisher of v1.0.0 on this commit, about to rename its version into place under the lock.
    renameSync(join(root, 'm', 'v1.0.0'), join(root, 'm', '.held'));
    writeFileSync(join(root, 'm', 'events.lock'), 'another publisher');
    const pending = registry.publish({ model: 'm', version: '1.0.1', files: [{ path: model }] }).then(() => undefined, (e: unknown) => e);
    const staged = () => readdirSync(join(root, 'm')).some((e) => e.startsWith('.staging-v1.0.1') && existsSync(join(root, 'm', e, '.version.json')));
    // (A publisher that took no lock would be done already: the version would exist.)
    while (!staged() && !existsSync(join(root, 'm', 'v1.0.1'))) await new Promise((done) => setTimeout(done, 10));
    await new Promise((done) => setTimeout(done, 100));
    renameSync(join(root, 'm', '.held'), join(root, 'm', 'v1.0.0'));
    rmSync(join(root, 'm', 'events.lock'));
    expect(String(await pending)).toMatch(/m@v1\.0\.0 is already registered on commit a{12}/);
    expect(existsSync(join(root, 'm', 'v1.0.1'))).toBe(false);
  });

  it('does not count versions recorded before the commit was (no `commit` field)', async () => {
    const registry = new LocalRegistry(join(dir, 'registry'), undefined, { commit: () => 'e'.repeat(40) });
    await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
    const recordFile = join(dir, 'registry', 'm', 'v1.0.0', '.version.json');
    const record = JSON.parse(readFileSync(recordFile, 'utf8'));
    delete record.commit;
    writeFileSync(recordFile, JSON.stringify(record));
    expect((await registry.publish({ model: 'm', version: '1.0.1', files: [{ path: model }] })).outcome).toBe('created');
  });

});

describe('LocalRegistry audit trail', () => {
  let dir: string;
  let registry: LocalRegistry;
  let model: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlgate-registry-audit-'));
    registry = new LocalRegistry(join(dir, 'registry'));
    model = join(dir, 'model.bin');
    writeFileSync(model, 'weights');
  });

    const record = (outcome: 'drifted' | 'cleared', at: string, version: string | null = '1.0.0'): AuditRecord => ({
      schema: 'mlgate-audit/1', kind: 'monitor', model: 'm', version, at, run: { url: null, id: null }, outcome,
      figures: { drifted_columns: outcome === 'drifted' ? ['age'] : [], drifted_count: outcome === 'drifted' ? 1 : 0, compared_count: 2, share_drifted: outcome === 'drifted' ? 0.5 : 0, current: 'c.csv' },
      sources: [],
    });

    it('appends one line a record, never rewriting, and reads them newest first', async () => {
      await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
      const file = join(dir, 'registry', 'm', 'audit.jsonl');
      expect(await registry.appendAudit(record('drifted', '2026-11-01T06:00:00.000Z'))).toBe(`${file}:1`);
      const before = readFileSync(file, 'utf8');
      expect(await registry.appendAudit(record('cleared', '2026-11-03T06:00:00.000Z'))).toBe(`${file}:2`);
      expect(readFileSync(file, 'utf8').startsWith(before)).toBe(true);
      const trail = await registry.auditTrail('m');
      expect(trail.records.map((r) => [r.outcome, r.stored_as])).toEqual([['cleared', `${file}:2`], ['drifted', `${file}:1`]]);
      expect(await registry.auditTrail('m', { limit: 1 })).toMatchObject({ records: [{ outcome: 'cleared' }], more: 1 });
      expect(await registry.auditTrail('m', { kind: 'abtest' })).toEqual({ records: [], more: 0 });
      await expect(registry.appendAudit(record('drifted', '2026-11-04T06:00:00.000Z', '9.9.9'))).rejects.toThrow('m@v9.9.9 is not in the local registry');
    });

    it('keeps both of two concurrent appends', async () => {
      await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
      const stored = await Promise.all([registry.appendAudit(record('drifted', '2026-11-01T06:00:00.000Z')), registry.appendAudit(record('cleared', '2026-11-01T06:00:01.000Z'))]);
      expect(new Set(stored).size).toBe(2);
      expect((await registry.auditTrail('m')).records).toHaveLength(2);
    });

    it('reports a corrupt line with its file and line, and appends after a torn last line without touching it', async () => {
      await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
      const file = join(dir, 'registry', 'm', 'audit.jsonl');
      await registry.appendAudit(record('drifted', '2026-11-01T06:00:00.000Z'));
      appendFileSync(file, '{"schema":"mlgate-audit/1","kin'); // a write cut short
      expect(await registry.appendAudit(record('cleared', '2026-11-02T06:00:00.000Z'))).toBe(`${file}:3`);
      expect(readFileSync(file, 'utf8').split('\n')[1]).toBe('{"schema":"mlgate-audit/1","kin');
      const failure = registry.auditTrail('m');
      await expect(failure).rejects.toBeInstanceOf(InputError);
      await expect(failure).rejects.toThrow(`${file}:2: audit record is not valid JSON`);
      // Repaired by hand (the torn line removed), then a record of another model pasted in.
      writeFileSync(file, readFileSync(file, 'utf8').split('\n').filter((_, i) => i !== 1).join('\n').replace('"model":"m"', '"model":"other"'));
      await expect(registry.auditTrail('m')).rejects.toThrow(`${file}:1: a record of other, not m`);
    });
  });
