import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadModelArtifact, uploadModelArtifact } from '../../../../shared/adapters/github/gateway/index.js';
import { ExternalServiceError, InputError } from '../../../../shared/errors.js';
import { startResultsService, type ResultsService } from '../../../emulator/artifacts.js';

// @actions/artifact runs for real against the results service stand-in and Azurite; jobs of one
// run share the run's token scope. (Another run's artifacts go through @actions/github, whose API
// URL is fixed when it loads: those are tested through the bundled actions, test/e2e/model-handoff.)
let service: ResultsService;
beforeAll(async () => {
  service = await startResultsService();
});
afterAll(async () => {
  await service?.close();
});

function job(runId: number, name: string): void {
  Object.assign(process.env, service.envFor({ runId, job: name }), { RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'mlgate-rt-')), GITHUB_SERVER_URL: 'https://github.com' });
}

function trainedModel(): { root: string; files: Record<string, Buffer> } {
  const root = mkdtempSync(join(tmpdir(), 'mlgate-train-'));
  const files = { 'out/model.bin': randomBytes(120_000), 'out/tokenizer/vocab.txt': Buffer.from('a\nb\nc\n'), 'mlgate-out/run-record.json': Buffer.from('{"schema_version":1}\n') };
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  writeFileSync(join(root, 'not-declared.txt'), 'left behind');
  return { root, files };
}

describe('model artifacts through the gateway (same workflow run)', () => {
  it('uploads declared files and folders and downloads them byte-identical in another job by name', async () => {
    job(801, 'train');
    const { root, files } = trainedModel();
    const uploaded = await uploadModelArtifact('model', root, ['out', 'mlgate-out/run-record.json']);
    expect(uploaded.id).toBeGreaterThan(0);
    job(801, 'evaluate');
    const destination = mkdtempSync(join(tmpdir(), 'mlgate-evaluate-'));
    expect(await downloadModelArtifact('model', {}, destination)).toEqual({ id: uploaded.id, runId: null });
    for (const [path, bytes] of Object.entries(files)) expect(readFileSync(join(destination, path)).equals(bytes), path).toBe(true);
    expect(() => readFileSync(join(destination, 'not-declared.txt'))).toThrow();
  });

  it('names an artifact the run does not have as an input error', async () => {
    job(802, 'evaluate');
    const failure = downloadModelArtifact('model', {}, mkdtempSync(join(tmpdir(), 'mlgate-evaluate-')));
    await expect(failure).rejects.toBeInstanceOf(InputError);
    await expect(failure).rejects.toThrow(/^model artifact `model` not found in this workflow run/);
  });

  it('refuses an archive whose bytes changed after upload (digest check)', async () => {
    job(803, 'train');
    const { root } = trainedModel();
    await uploadModelArtifact('model', root, ['out']);
    const stored = service.artifacts.find((a) => a.runId === 803)!;
    const blob = service.azurite.client.getContainerClient('actions-results').getBlockBlobClient(stored.blobName);
    const bytes = await blob.downloadToBuffer();
    // Rewrite the same zip with one stored byte of a file name flipped: still a valid stream to unzip.
    const tampered = Buffer.from(bytes);
    const at = tampered.indexOf(Buffer.from('vocab.txt'));
    tampered[at] = 'V'.charCodeAt(0);
    await blob.uploadData(tampered, { blobHTTPHeaders: { blobContentType: 'application/zip' } });
    job(803, 'evaluate');
    const failure = downloadModelArtifact('model', {}, mkdtempSync(join(tmpdir(), 'mlgate-evaluate-')));
    await expect(failure).rejects.toBeInstanceOf(ExternalServiceError);
    await expect(failure).rejects.toThrow(/SHA-256 differs from the digest sha256:[0-9a-f]{64} recorded when it was uploaded/);
  });
});
