// What the Actions run cache and the model artifact cost for a 100 MB tree of 1,000 files, through
// the toolkit's real code against the results-service stand-in and Azurite on loopback: cache save
// (tar + upload), restore into a clean workspace (download + untar), artifact upload (zip +
// upload). "Transfer" is the same bytes moved as one blob with the Azure SDK (no archive, no
// service calls); the rest is what the hand-off adds. Loopback makes the transfer itself far
// faster than on a runner, so the overhead shows at its largest share here.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionsRunCache } from '../../shared/adapters/run-cache/actions-cache.js';
import { uploadModelArtifact } from '../../shared/adapters/github/gateway/index.js';
import { startResultsService } from '../../test/emulator/artifacts.js';

const FILES = 1000;
const SIZE = 100_000;
const service = await startResultsService();
const workspaces: string[] = [];
// The toolkit writes its own progress to stdout; keep the bench's lines readable.
const write = process.stdout.write.bind(process.stdout);
const quiet = async <T>(work: () => Promise<T>): Promise<T> => {
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await work();
  } finally {
    process.stdout.write = write;
  }
};
const seconds = async (work: () => Promise<unknown>) => {
  const start = performance.now();
  await quiet(work);
  return (performance.now() - start) / 1000;
};

function run(runId: number): string {
  const workspace = mkdtempSync(join(tmpdir(), 'mlgate-bench-ws-'));
  workspaces.push(workspace);
  Object.assign(process.env, service.envFor({ runId }), { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'mlgate-bench-rt-')) });
  process.chdir(workspace);
  return workspace;
}

try {
  const first = run(1);
  for (let i = 0; i < FILES; i++) {
    const folder = join(first, 'model', `part-${Math.floor(i / 100)}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `shard-${i}.bin`), randomBytes(SIZE));
  }
  const total = FILES * SIZE;
  const cache = new ActionsRunCache({ warn: (line) => console.log(`warning: ${line}`) });
  const key = 'f'.repeat(64);
  const save = await seconds(() => cache.save(key, first, ['model']));
  const second = run(2);
  let hit = false;
  const restore = await seconds(async () => { hit = await cache.restore(key, second, ['model']); });
  const identical = readFileSync(join(second, 'model/part-9/shard-999.bin')).equals(readFileSync(join(first, 'model/part-9/shard-999.bin')));
  run(3);
  const upload = await seconds(() => uploadModelArtifact('model', first, ['model']));

  // The transfer alone: the same number of bytes as one blob, up and down, with the Azure SDK.
  const blob = service.azurite.client.getContainerClient('actions-results').getBlockBlobClient('bench/raw');
  const bytes = randomBytes(total);
  const up = await seconds(() => blob.uploadData(bytes));
  const down = await seconds(() => blob.downloadToBuffer());

  console.log('## Actions cache and artifact hand-off (100 MB in 1,000 files, loopback Azurite)');
  console.log(`cache save ${save.toFixed(2)} s, restore ${restore.toFixed(2)} s (hit: ${hit}, byte-identical: ${identical}), artifact upload ${upload.toFixed(2)} s`);
  console.log(`transfer alone: upload ${up.toFixed(2)} s, download ${down.toFixed(2)} s`);
  console.log(`added beyond the transfer: save ${(save - up).toFixed(2)} s, restore ${(restore - down).toFixed(2)} s, artifact upload ${(upload - up).toFixed(2)} s (target: under 2 s each)\n`);
} finally {
  process.chdir(tmpdir());
  await service.close();
  for (const workspace of workspaces) rmSync(workspace, { recursive: true, force: true });
}
