// What train in command mode adds to a training step (printed, never asserted): hashing a 100 MB
// dependency tree of 1,000 files, the run cache lookup and save (folder cache), and a cache hit's
// restore, around a command that only moves a prepared model into place (a rename, so the output
// is new as train requires), so everything measured is mlgate's.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readEnvironment } from '../../shared/adapters/environment.js';
import { FolderRunCache } from '../../shared/adapters/run-cache/folder-cache.js';
import { digestTree, trainByCommand } from '../../shared/commands/train-command.js';

const FILES = 1_000;
const FILE_BYTES = 100_000;
const MODEL_BYTES = 20_000_000;
const root = mkdtempSync(join(tmpdir(), 'mlgate-bench-train-'));
try {
  for (let i = 0; i < FILES; i++) {
    const folder = join(root, 'data', `part-${String(i % 20).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `rows-${i}.bin`), randomBytes(FILE_BYTES));
  }
  mkdirSync(join(root, 'prepared'));
  writeFileSync(join(root, 'prepared', 'weights.bin'), randomBytes(MODEL_BYTES));
  const depMb = (FILES * FILE_BYTES) / 1e6;
  const modelMb = MODEL_BYTES / 1e6;
  const quiet = { info: () => undefined, warning: (m: string) => console.log(`warning: ${m}`) };
  const options = (cache: FolderRunCache) => ({
    command: 'rm -rf model && cp -r prepared model', outputs: ['model'], deps: ['data'], runRecord: 'mlgate-out/run-record.json', cache, workingDirectory: root,
    environment: readEnvironment({}), log: quiet,
  });

  console.log(`## train in command mode: overhead on a ${depMb} MB dependency tree of ${FILES} files, ${modelMb} MB model`);
  let start = performance.now();
  await digestTree(root, ['data'], 'dependency');
  const hashing = (performance.now() - start) / 1000;
  console.log(`hashing the deps (cache key): ${hashing.toFixed(2)} s (${(depMb / hashing).toFixed(0)} MB/s)`);

  const cache = new FolderRunCache(join(root, '.mlgate', 'cache'));
  start = performance.now();
  const miss = await trainByCommand(options(cache));
  const missSeconds = (performance.now() - start) / 1000;
  const missOverhead = missSeconds - miss.record.wall_seconds;
  console.log(`cache miss (hash deps, look up, run the command, digest outputs, write the record, save ${modelMb} MB to the folder cache): ${missSeconds.toFixed(2)} s, of which the command ${miss.record.wall_seconds.toFixed(2)} s: mlgate adds ${missOverhead.toFixed(2)} s`);

  rmSync(join(root, 'model'), { recursive: true });
  start = performance.now();
  const hit = await trainByCommand(options(cache));
  const hitSeconds = (performance.now() - start) / 1000;
  if (!hit.cache_hit) throw new Error('the second run should have been a cache hit');
  console.log(`cache hit (hash deps, look up, verify and restore ${modelMb} MB): ${hitSeconds.toFixed(2)} s`);
  console.log(`beyond the transfer itself (hashing ${depMb} MB of deps + lookup + record): miss ${(missOverhead).toFixed(2)} s including the ${modelMb} MB save, hit ${hitSeconds.toFixed(2)} s including the restore; target under 2 s\n`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
