import { createHash } from 'node:crypto';
import { copyFile } from 'node:fs/promises';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { VerificationError } from '../../../../shared/errors.js';
import { formatChecksums } from '../../../../shared/adapters/registry/checksums.js';
import type { VersionRecord } from '../../../../shared/core/registry/model-registry.js';
import { fetchVerified, type ObtainFile } from '../../../../shared/adapters/registry/staged-fetch.js';

// The one verification both registry backends' fetch goes through, with a folder as the store.
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('fetchVerified', () => {
  let dir: string;
  let store: string;
  let out: string;
  const files: Record<string, string> = { 'model.bin': 'weights', 'config.json': '{"C":1}' };
  const record = (): VersionRecord => ({
    model: 'm', version: '1.0.0', tag: 'm@v1.0.0', published_at: '2025-01-01T00:00:00Z',
    files: Object.entries(files).map(([name, text]) => ({ name, sha256: sha256(text), size: Buffer.byteLength(text) })),
  });
  const fromStore: ObtainFile = async (name, destination) => {
    if (!existsSync(join(store, name))) return false;
    await copyFile(join(store, name), destination);
    return true;
  };
  const write = (entries: Record<string, string>, sums = formatChecksums(Object.entries(entries).map(([name, text]) => ({ name, sha256: sha256(text) })))) => {
    for (const [name, text] of Object.entries(entries)) writeFileSync(join(store, name), text);
    writeFileSync(join(store, 'SHA256SUMS'), sums);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlgate-staged-'));
    store = join(dir, 'store');
    mkdirSync(store);
    out = join(dir, 'out');
  });

  it('moves the files and SHA256SUMS into place when everything agrees', async () => {
    write(files);
    await fetchVerified(out, record(), 'test store', fromStore);
    expect(readdirSync(out).sort()).toEqual(['SHA256SUMS', 'config.json', 'model.bin']);
  });

  it('refuses a file whose bytes differ from SHA256SUMS, leaving nothing', async () => {
    write(files);
    writeFileSync(join(store, 'model.bin'), 'tampered');
    await expect(fetchVerified(out, record(), 'test store', fromStore)).rejects.toThrow(/^m@v1\.0\.0: model\.bin does not match its SHA-256 in SHA256SUMS \(expected [0-9a-f]{64}, got [0-9a-f]{64}\); nothing was written$/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a store without SHA256SUMS, or without a file it lists', async () => {
    await expect(fetchVerified(out, record(), 'test store', fromStore)).rejects.toThrow('m@v1.0.0: SHA256SUMS is missing from the test store; nothing was written');
    write(files);
    const { rmSync } = await import('node:fs');
    rmSync(join(store, 'config.json'));
    await expect(fetchVerified(out, record(), 'test store', fromStore)).rejects.toThrow('config.json is listed in SHA256SUMS but missing from the test store');
  });

  it('refuses a version whose record and SHA256SUMS disagree', async () => {
    write({ 'model.bin': files['model.bin'] });
    await expect(fetchVerified(out, record(), 'test store', fromStore)).rejects.toThrow('config.json belongs to the version but is not listed in SHA256SUMS');
    write(files);
    const other = record();
    other.files[0].sha256 = 'f'.repeat(64);
    await expect(fetchVerified(out, other, 'test store', fromStore)).rejects.toThrow(`model.bin is recorded with SHA-256 ${'f'.repeat(64)} but listed with`);
  });

  it('refuses lineage.json subjects that name other digests than SHA256SUMS', async () => {
    const lineage = JSON.stringify({ subjects: [{ name: 'model.bin', sha256: 'e'.repeat(64) }] });
    write({ ...files, 'lineage.json': lineage });
    const withLineage = record();
    withLineage.files.push({ name: 'lineage.json', sha256: sha256(lineage), size: lineage.length });
    await expect(fetchVerified(out, withLineage, 'test store', fromStore)).rejects.toThrow(`model.bin has SHA-256 ${sha256('weights')} in SHA256SUMS but ${'e'.repeat(64)} in lineage.json`);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['null', 'lineage.json is not a JSON object'],
    ['{"subjects": 5}', '`subjects` in lineage.json is not a list'],
    ['{"subjects": [null]}', '`subjects[0]` in lineage.json has no name and SHA-256'],
    ['{"subjects": [{"name": "model.bin", "sha256": 7}]}', '`subjects[0]` in lineage.json has no name and SHA-256'],
    [`{"subjects": [{"name": "model.bin", "sha256": "${sha256('weights')}", "size": 8}]}`, 'model.bin is 7 bytes, 8 in lineage.json'],
    [`{"subjects": [{"name": "gone.bin", "sha256": "${sha256('weights')}"}]}`, `gone.bin has SHA-256 none in SHA256SUMS but ${sha256('weights')} in lineage.json`],
  ])('refuses a lineage.json of %s as a verification failure, never a crash', async (lineage, problem) => {
    write({ ...files, 'lineage.json': lineage });
    const withLineage = record();
    withLineage.files.push({ name: 'lineage.json', sha256: sha256(lineage), size: lineage.length });
    const error = await fetchVerified(out, withLineage, 'test store', fromStore).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VerificationError);
    expect((error as Error).message).toBe(`m@v1.0.0: ${problem}; nothing was written`);
    expect(existsSync(out)).toBe(false);
  });

  it('accepts a lineage.json whose subjects agree, digests and sizes', async () => {
    const lineage = JSON.stringify({ subjects: Object.entries(files).map(([name, text]) => ({ name, sha256: sha256(text), size: Buffer.byteLength(text) })) });
    write({ ...files, 'lineage.json': lineage });
    const withLineage = record();
    withLineage.files.push({ name: 'lineage.json', sha256: sha256(lineage), size: lineage.length });
    expect((await fetchVerified(out, withLineage, 'test store', fromStore)).map((f) => f.name).sort()).toEqual(['config.json', 'lineage.json', 'model.bin']);
  });

  it('never writes outside the output folder, whatever SHA256SUMS names', async () => {
    write(files, `${sha256('x')}  ../escaped\n`);
    const error = await fetchVerified(out, { ...record(), files: [] }, 'test store', fromStore).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VerificationError);
    expect((error as Error).message).toBe('m@v1.0.0: SHA256SUMS lists "../escaped", which is not a plain file name; nothing was written');
    expect(existsSync(join(dir, 'escaped'))).toBe(false);
  });
});
