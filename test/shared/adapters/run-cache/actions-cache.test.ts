import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ActionsRunCache } from '../../../../shared/adapters/run-cache/actions-cache.js';
import { openRunCache } from '../../../../shared/adapters/run-cache/open-run-cache.js';
import { readEnvironment } from '../../../../shared/adapters/environment.js';
import { startResultsService, type JobIdentity, type ResultsService } from '../../../emulator/artifacts.js';

// `@actions/cache` runs for real: it reads the runner's variables from process.env, tars with GNU
// tar, and moves the archive through SAS-signed URLs into Azurite. Each "run" is a new workspace
// folder with the variables a runner would give that run's job.
let service: ResultsService;
const home = process.cwd();

beforeAll(async () => {
  service = await startResultsService();
});
afterAll(async () => {
  await service?.close();
});
afterEach(() => {
  process.chdir(home);
  service.caches.length = 0;
  service.calls.length = 0;
});

/** A clean workspace for a new workflow run's job, made the current directory as the runner does. */
function startRun(job: JobIdentity, env: Record<string, string> = {}): string {
  const workspace = mkdtempSync(join(tmpdir(), `mlgate-ws-${job.runId}-`));
  Object.assign(process.env, service.envFor(job), { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'mlgate-rt-')), GITHUB_SERVER_URL: 'https://github.com' }, env);
  process.chdir(workspace);
  return workspace;
}

function writeModel(workspace: string): Record<string, Buffer> {
  const files = {
    'out/model.bin': randomBytes(300_000),
    'out/nested/weights.npy': randomBytes(1_000),
    'metrics.json': Buffer.from('{"accuracy": 0.91}\n'),
  };
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    writeFileSync(join(workspace, path), bytes);
  }
  return files;
}

function collect(): { warnings: string[]; cache: ActionsRunCache } {
  const warnings: string[] = [];
  return { warnings, cache: new ActionsRunCache({ warn: (line) => warnings.push(line) }) };
}

const KEY = 'a'.repeat(64);
const PATHS = ['out', 'metrics.json'];

describe('the GitHub Actions run cache (@actions/cache against the results service and Azurite)', () => {
  it('restores in a new run on a clean workspace, byte for byte, what an earlier run saved', async () => {
    const first = startRun({ runId: 101 });
    const files = writeModel(first);
    const saving = collect();
    await saving.cache.save(KEY, first, PATHS);
    expect(saving.warnings).toEqual([]);
    expect(service.caches).toMatchObject([{ key: `mlgate-run-${KEY}`, scope: 'refs/heads/main', finalized: true }]);

    const second = startRun({ runId: 102 });
    const restoring = collect();
    expect(await restoring.cache.restore(KEY, second, PATHS)).toBe(true);
    for (const [path, bytes] of Object.entries(files)) expect(readFileSync(join(second, path)).equals(bytes), path).toBe(true);
    expect(restoring.warnings).toEqual([]);
  });

  it('misses on another key and writes nothing', async () => {
    const first = startRun({ runId: 111 });
    writeModel(first);
    await collect().cache.save(KEY, first, PATHS);
    const second = startRun({ runId: 112 });
    expect(await collect().cache.restore('b'.repeat(64), second, PATHS)).toBe(false);
    expect(existsSync(join(second, 'out'))).toBe(false);
  });

  it('misses when the outputs are declared differently (the toolkit versions entries by their paths)', async () => {
    const first = startRun({ runId: 121 });
    writeModel(first);
    await collect().cache.save(KEY, first, PATHS);
    const second = startRun({ runId: 122 });
    expect(await collect().cache.restore(KEY, second, ['out'])).toBe(false);
  });

  it('lets a pull request read the default branch\'s entries, and keeps a pull request\'s entries to itself', async () => {
    const main = startRun({ runId: 131, ref: 'refs/heads/main' });
    const files = writeModel(main);
    await collect().cache.save(KEY, main, PATHS);
    const pr = startRun({ runId: 132, ref: 'refs/pull/7/merge', readRefs: ['refs/heads/main'] });
    expect(await collect().cache.restore(KEY, pr, PATHS)).toBe(true);
    expect(readFileSync(join(pr, 'out/model.bin')).equals(files['out/model.bin'])).toBe(true);

    const prKey = 'c'.repeat(64);
    writeModel(pr);
    await collect().cache.save(prKey, pr, PATHS);
    expect(service.caches.find((c) => c.key === `mlgate-run-${prKey}`)?.scope).toBe('refs/pull/7/merge');
    const otherPr = startRun({ runId: 133, ref: 'refs/pull/8/merge', readRefs: ['refs/heads/main'] });
    expect(await collect().cache.restore(prKey, otherPr, PATHS)).toBe(false);
    const later = startRun({ runId: 134, ref: 'refs/heads/main' });
    expect(await collect().cache.restore(prKey, later, PATHS)).toBe(false);
  });

  it('leaves an entry already saved under the key as it is, with one warning', async () => {
    const first = startRun({ runId: 141 });
    const files = writeModel(first);
    await collect().cache.save(KEY, first, PATHS);
    const second = startRun({ runId: 142 });
    writeModel(second);
    const again = collect();
    await again.cache.save(KEY, second, PATHS);
    expect(again.warnings).toEqual([expect.stringMatching(/^run cache: entry `mlgate-run-a+` was not saved in the GitHub Actions cache .*trains again$/)]);
    const third = startRun({ runId: 143 });
    expect(await collect().cache.restore(KEY, third, PATHS)).toBe(true);
    expect(readFileSync(join(third, 'out/model.bin')).equals(files['out/model.bin'])).toBe(true);
  });

  it('treats a failing cache service as a miss and an unsaved entry, with a warning, never an error', async () => {
    const first = startRun({ runId: 151 });
    writeModel(first);
    service.addFault({ method: /CacheService\/CreateCacheEntry/, status: 429 });
    const saving = collect();
    await expect(saving.cache.save(KEY, first, PATHS)).resolves.toBeUndefined();
    expect(saving.warnings).toHaveLength(1);
    expect(service.caches).toEqual([]);

    await collect().cache.save(KEY, first, PATHS);
    const second = startRun({ runId: 152 });
    service.addFault({ method: /CacheService\/GetCacheEntryDownloadURL/, status: 403 });
    expect(await collect().cache.restore(KEY, second, PATHS)).toBe(false);
    expect(existsSync(join(second, 'out'))).toBe(false);
  });

  it('treats a toolkit refusal (a key it cannot store) as a miss with one warning', async () => {
    const workspace = startRun({ runId: 161 });
    writeModel(workspace);
    const refused = collect();
    await refused.cache.save('has,comma', workspace, PATHS);
    expect(await refused.cache.restore('has,comma', workspace, PATHS)).toBe(false);
    expect(refused.warnings).toEqual([
      expect.stringMatching(/^run cache: entry `mlgate-run-has,comma` was not saved .*cannot contain commas/),
      expect.stringMatching(/^run cache: could not read the GitHub Actions cache .*cannot contain commas.*treated as a miss/),
    ]);
  });

  it('does not cache paths the toolkit would read as glob patterns', async () => {
    const workspace = startRun({ runId: 171 });
    const odd = collect();
    await odd.cache.save(KEY, workspace, ['model[1].bin']);
    expect(odd.warnings).toEqual([expect.stringContaining('`model[1].bin` has glob characters')]);
    expect(service.calls.filter((c) => c.startsWith('CacheService/CreateCacheEntry'))).toHaveLength(0);
  });
});

describe('the Azure SDK download path (*.blob.core.windows.net URLs, as on github.com)', () => {
  it('restores through the Azure storage SDK what a run saved', async () => {
    const azure = await startResultsService({ blobHost: 'azure' });
    const proxyBefore = process.env.HTTP_PROXY;
    try {
      const run = (job: JobIdentity) => {
        const workspace = mkdtempSync(join(tmpdir(), 'mlgate-ws-azure-'));
        Object.assign(process.env, azure.envFor(job), { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'mlgate-rt-')), HTTP_PROXY: azure.proxyUrl });
        process.chdir(workspace);
        return workspace;
      };
      const first = run({ runId: 201 });
      const files = writeModel(first);
      await collect().cache.save(KEY, first, PATHS);
      const second = run({ runId: 202 });
      expect(await collect().cache.restore(KEY, second, PATHS)).toBe(true);
      for (const [path, bytes] of Object.entries(files)) expect(readFileSync(join(second, path)).equals(bytes), path).toBe(true);
    } finally {
      if (proxyBefore === undefined) delete process.env.HTTP_PROXY;
      else process.env.HTTP_PROXY = proxyBefore;
      await azure.close();
    }
  });
});

describe('openRunCache', () => {
  const base = { ACTIONS_RUNTIME_TOKEN: 'x.y.z', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/', ACTIONS_CACHE_SERVICE_V2: 'True' };
  it('uses the Actions cache where the runner offers the cache service, the folder elsewhere', () => {
    expect(openRunCache(readEnvironment(base), '/w', true)?.description).toBe('GitHub Actions cache');
    expect(openRunCache(readEnvironment({}), '/w', true)?.description).toBe('folder /w/.mlgate/cache');
    expect(openRunCache(readEnvironment(base), '/w', false)).toBeNull();
  });

  it('on GitHub Enterprise Server, uses the Actions cache only through cache service v1 (ACTIONS_CACHE_URL), as the toolkit does', () => {
    const ghes = { ...base, GITHUB_SERVER_URL: 'https://ghe.example.com' };
    expect(openRunCache(readEnvironment(ghes), '/w', true)?.description).toBe('folder /w/.mlgate/cache');
    expect(openRunCache(readEnvironment({ ...ghes, ACTIONS_CACHE_URL: 'https://ghe.example.com/_services/artifactcache/' }), '/w', true)?.description).toBe('GitHub Actions cache');
  });
});
