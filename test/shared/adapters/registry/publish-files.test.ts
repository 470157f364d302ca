import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparePublishFiles } from '../../../../shared/adapters/registry/publish-files.js';
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
});
