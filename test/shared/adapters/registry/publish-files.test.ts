import { mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinkedFiles, preparePublishFiles } from '../../../../shared/adapters/registry/publish-files.js';
import { ASSET_LIMIT } from '../../../../shared/adapters/registry/github-registry.js';

describe('preparePublishFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-prepare-'));
  const file = join(dir, 'weights.bin');
  writeFileSync(file, Buffer.alloc(1000, 7));

  it('refuses a file at or over the backend limit, naming it and saying what to do', async () => {
    await expect(preparePublishFiles({ model: 'm', version: '1.0.0', files: [{ path: file }] }, 1000))
      .rejects.toThrow('weights.bin is 1000 bytes; this registry stores files under 1000 bytes (GitHub release assets must stay under 2 GB): split the model into smaller files');
    expect(ASSET_LIMIT).toBe(2_000_000_000);
  });

  it('refuses reserved and duplicate names', async () => {
    await expect(preparePublishFiles({ model: 'm', version: '1.0.0', files: [{ path: file, name: 'SHA256SUMS' }] })).rejects.toThrow('`SHA256SUMS` cannot be published');
    await expect(preparePublishFiles({ model: 'm', version: '1.0.0', files: [{ path: file }], documents: { 'weights.bin': 'x' } })).rejects.toThrow('two files would be published as `weights.bin`');
  });

  it('digests files and documents', async () => {
    const [weights, doc] = await preparePublishFiles({ model: 'm', version: '1.0.0', files: [{ path: file }], documents: { 'a.md': 'hi' } });
    expect(weights).toMatchObject({ name: 'weights.bin', size: 1000 });
    expect(doc).toMatchObject({ name: 'a.md', size: 2, sha256: '8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4' });
  });

  describe('symbolic links', () => {
    const work = mkdtempSync(join(tmpdir(), 'mlgate-links-'));
    const outside = mkdtempSync(join(tmpdir(), 'mlgate-secret-'));
    writeFileSync(join(outside, 'id_rsa'), 'secret');
    writeFileSync(join(work, 'real.bin'), 'weights');
    symlinkSync(join(outside, 'id_rsa'), join(work, 'model.bin'));
    symlinkSync(outside, join(work, 'linked'));
    symlinkSync('real.bin', join(work, 'alias.bin'));

    it('refuses a link that leaves the working directory, and a file inside a linked folder that does', async () => {
      await expect(checkLinkedFiles([join(work, 'model.bin')], undefined, work)).rejects.toThrow(`is a symbolic link (or inside a linked folder) to ${realpathSync(join(outside, 'id_rsa'))}, outside the working directory`);
      await expect(checkLinkedFiles([join(work, 'linked', 'id_rsa')], undefined, work)).rejects.toThrow('outside the working directory');
    });

    it('allows a link that stays inside, saying so, and leaves plain files outside alone', async () => {
      const warnings: string[] = [];
      await checkLinkedFiles([join(work, 'alias.bin'), join(outside, 'id_rsa')], (m) => warnings.push(m), work);
      expect(warnings).toEqual([`${join(work, 'alias.bin')} is a symbolic link: publishing the content of real.bin`]);
    });
  });
});
