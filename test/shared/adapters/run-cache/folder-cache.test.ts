import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderRunCache } from '../../../../shared/adapters/run-cache/folder-cache.js';
import { openRunCache } from '../../../../shared/adapters/run-cache/open-run-cache.js';
import { readEnvironment } from '../../../../shared/adapters/environment.js';
import { scratchFolder } from '../../../support/scratch.js';

function workspace() {
  const { dir } = scratchFolder('mlgate-cache');
  mkdirSync(join(dir, 'model', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'model', 'weights.bin'), Buffer.from([0, 1, 2, 255]));
  writeFileSync(join(dir, 'model', 'sub', 'config.json'), '{"a":1}');
  writeFileSync(join(dir, 'metrics.json'), '{"acc":0.9}');
  return dir;
}

describe('FolderRunCache', () => {
  it('restores files and folders byte for byte into a clean copy, and misses an unknown key', async () => {
    const source = workspace();
    const cache = new FolderRunCache(join(scratchFolder('mlgate-store').dir, 'cache'));
    await cache.save('k1', source, ['model', 'metrics.json']);
    const target = scratchFolder('mlgate-clean').dir;
    expect(await cache.restore('k2', target, ['model', 'metrics.json'])).toBe(false);
    expect(await cache.restore('k1', target, ['model', 'metrics.json'])).toBe(true);
    for (const file of ['model/weights.bin', 'model/sub/config.json', 'metrics.json']) {
      expect(readFileSync(join(target, file))).toEqual(readFileSync(join(source, file)));
    }
  });

  it('keeps the first entry saved under a key and leaves no temporary folder', async () => {
    const source = workspace();
    const folder = join(scratchFolder('mlgate-store').dir, 'cache');
    const cache = new FolderRunCache(folder);
    await cache.save('k', source, ['metrics.json']);
    writeFileSync(join(source, 'metrics.json'), 'changed');
    await cache.save('k', source, ['metrics.json']);
    const target = scratchFolder('mlgate-clean').dir;
    await cache.restore('k', target, ['metrics.json']);
    expect(readFileSync(join(target, 'metrics.json'), 'utf8')).toBe('{"acc":0.9}');
    expect(readdirSync(folder)).toEqual(['k']);
  });

  it('misses when asked for other paths than the entry holds, or when an entry file was damaged', async () => {
    const source = workspace();
    const folder = join(scratchFolder('mlgate-store').dir, 'cache');
    const cache = new FolderRunCache(folder);
    await cache.save('k', source, ['model']);
    const target = scratchFolder('mlgate-clean').dir;
    expect(await cache.restore('k', target, ['model', 'metrics.json'])).toBe(false);
    writeFileSync(join(folder, 'k', 'files', 'model', 'weights.bin'), 'tampered');
    expect(await cache.restore('k', target, ['model'])).toBe(false);
    expect(existsSync(join(target, 'model'))).toBe(false);
  });

  it('never writes outside the entry paths: other files stay, a link at the destination is replaced, not written through', async () => {
    const source = workspace();
    const cache = new FolderRunCache(join(scratchFolder('mlgate-store').dir, 'cache'));
    await cache.save('k', source, ['metrics.json']);
    const target = scratchFolder('mlgate-clean').dir;
    const outside = scratchFolder('mlgate-outside').file('secret.txt', 'keep');
    writeFileSync(join(target, 'other.txt'), 'mine');
    symlinkSync(outside, join(target, 'metrics.json'));
    expect(await cache.restore('k', target, ['metrics.json'])).toBe(true);
    expect(readFileSync(outside, 'utf8')).toBe('keep');
    expect(readFileSync(join(target, 'metrics.json'), 'utf8')).toBe('{"acc":0.9}');
    expect(readFileSync(join(target, 'other.txt'), 'utf8')).toBe('mine');
  });

  it('refuses to restore through a linked folder that leaves the root', async () => {
    const source = workspace();
    const cache = new FolderRunCache(join(scratchFolder('mlgate-store').dir, 'cache'));
    await cache.save('k', source, ['model']);
    const target = scratchFolder('mlgate-clean').dir;
    const outside = scratchFolder('mlgate-outside').dir;
    symlinkSync(outside, join(target, 'model'));
    await expect(cache.restore('k', target, ['model'])).rejects.toThrow(/outside/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('refuses paths that escape the root and keys that are not plain names', async () => {
    const source = workspace();
    const cache = new FolderRunCache(join(scratchFolder('mlgate-store').dir, 'cache'));
    for (const path of ['../x', '/etc/passwd', '.', 'a/../../b']) {
      await expect(cache.save('k', source, [path])).rejects.toThrow(/inside the working directory/);
      await expect(cache.restore('k', source, [path])).rejects.toThrow(/inside the working directory/);
    }
    await expect(cache.save('../k', source, ['model'])).rejects.toThrow(/not a plain name/);
  });

  it('refuses an edited entry whose manifest names a file outside its paths or the root, writing nothing', async () => {
    const source = workspace();
    const folder = join(scratchFolder('mlgate-store').dir, 'cache');
    const cache = new FolderRunCache(folder);
    await cache.save('k', source, ['model']);
    const manifestPath = join(folder, 'k', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const target = scratchFolder('mlgate-clean').dir;
    manifest.files.push({ ...manifest.files[0], path: 'metrics.json' });
    writeFileSync(manifestPath, JSON.stringify(manifest));
    expect(await cache.restore('k', target, ['model'])).toBe(false);
    manifest.files[manifest.files.length - 1].path = 'model/../../escape';
    writeFileSync(manifestPath, JSON.stringify(manifest));
    await expect(cache.restore('k', target, ['model'])).rejects.toThrow(/inside the working directory/);
    expect(readdirSync(target)).toEqual([]);
  });

  it('does not copy its own folder when a saved folder contains it', async () => {
    const source = workspace();
    const cache = openRunCache(readEnvironment({}), join(source), true)!;
    mkdirSync(join(source, 'all'));
    writeFileSync(join(source, 'all', 'x'), 'x');
    await cache.save('k', source, ['all']);
    expect(cache.description).toContain(join('.mlgate', 'cache'));
    rmSync(join(source, 'all'), { recursive: true });
    expect(await cache.restore('k', source, ['all'])).toBe(true);
    expect(readFileSync(join(source, 'all', 'x'), 'utf8')).toBe('x');
    expect(openRunCache(readEnvironment({}), source, false)).toBeNull();
  });
});
