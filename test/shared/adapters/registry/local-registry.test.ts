import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalRegistry } from '../../../../shared/adapters/registry/local-registry.js';

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
});
