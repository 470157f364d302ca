import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalRegistry } from '../../../../shared/adapters/registry/local-registry.js';
import { InputError, VerificationError } from '../../../../shared/errors.js';

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
    ['../../escaped', 'file name "../../escaped" starts with `.` (hidden, or `..`)'],
    ['sub/escaped', 'file name "sub/escaped" holds a path separator'],
    ['a\\b', 'file name "a\\\\b" holds a path separator'],
    ['x\u0000y', 'file name "x\\u0000y" holds a control character'],
  ])('refuses a tampered version record naming %j before writing anything', async (name, problem) => {
    await registry.publish({ model: 'm', version: '1.0.0', files: [{ path: model }] });
    const recordFile = join(dir, 'registry', 'm', 'v1.0.0', '.version.json');
    const record = JSON.parse(readFileSync(recordFile, 'utf8'));
    record.files[0].name = name;
    writeFileSync(recordFile, JSON.stringify(record));
    const out = join(dir, 'deep', 'out');
    const error = await registry.fetchVersion('m', { version: '1.0.0' }, out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VerificationError);
    expect((error as Error).message).toBe(`${recordFile}: ${problem}; the local registry is damaged or was edited by hand`);
    expect(existsSync(join(dir, 'deep'))).toBe(false);
    expect(existsSync(join(dir, 'escaped'))).toBe(false);
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
