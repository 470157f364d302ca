// Benchmarks for drift profiles (issue 15), figures printed, nothing asserted. Sizes: PROFILE_BENCH_ROWS
// (default 10,000,000) for the file profiled in a child process; PROFILE_BENCH_READERS (default
// reader,streaming) picks how it is read. The other figures use fixed sizes.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { decodeProfile, encodeProfile } from '../../shared/adapters/codecs/profile-json.js';
import { profileBuilderOn, referenceProfileBuilder } from '../../shared/core/profile/build-profile.js';
import { mergeProfiles } from '../../shared/core/profile/merge-profiles.js';
import { profileDriftReport } from '../../shared/core/profile/profile-drift.js';
import type { DataProfile } from '../../shared/core/profile/profile.js';
import { profileOfData } from '../../shared/commands/profile.js';
import { seededNormal } from '../../test/support/random.js';

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

// Child mode: profile one file and report the process's peak RSS (maxRSS is in KiB).
if (process.argv[2] === 'child') {
  const [, , , how, path] = process.argv;
  const start = performance.now();
  const profile = how === 'reader' ? await profileOfData([path], undefined, undefined) : await profileStreaming(path);
  console.log(JSON.stringify({ rows: profile.rows, ms: performance.now() - start, peak: process.resourceUsage().maxRSS * 1024 }));
  process.exit(0);
}

/** What a streaming, typed reader would do: numbers in chunks of 1M into the builder (the adapter's seam). */
async function profileStreaming(path: string): Promise<DataProfile> {
  const builder = referenceProfileBuilder(path);
  const chunk = new Float64Array(1 << 20);
  let filled = 0;
  let header = true;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (header) { header = false; continue; }
    chunk[filled++] = line === '' ? NaN : Number(line);
    if (filled === chunk.length) {
      builder.addRows(filled);
      builder.addNumbers('x', chunk.slice());
      filled = 0;
    }
  }
  builder.addRows(filled);
  builder.addNumbers('x', chunk.slice(0, filled));
  return builder.finish();
}

const rows = Number(process.env.PROFILE_BENCH_ROWS ?? 10_000_000);
mkdirSync('out/bench', { recursive: true });
const file = `out/bench/profile-${rows}.csv`;
if (!existsSync(file)) {
  const next = seededNormal(15);
  const fd = openSync(file, 'w');
  writeSync(fd, 'x\n');
  const block: string[] = [];
  for (let i = 0; i < rows; i++) {
    block.push((next() * 100).toFixed(4));
    if (block.length === 100_000) { writeSync(fd, `${block.join('\n')}\n`); block.length = 0; }
  }
  if (block.length > 0) writeSync(fd, `${block.join('\n')}\n`);
  closeSync(fd);
}
console.log(`## profile: ${rows.toLocaleString('en-US')} rows × 1 numeric column (${mb(statSync(file).size)} CSV), target peak RSS < 300 MB`);
for (const how of (process.env.PROFILE_BENCH_READERS ?? 'reader,streaming').split(',')) {
  try {
    const out = JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', process.argv[1], 'child', how, file], { encoding: 'utf8' }));
    const what = how === 'reader' ? "profileOfData: the typed reader (Float64Array columns) → addTypedTable" : 'lines streamed into Float64Array chunks → the same builder';
    console.log(`${what}: ${(out.ms / 1000).toFixed(1)} s, peak RSS ${mb(out.peak)}`);
  } catch (error) {
    console.log(`${how}: failed (${(error as Error).message.split('\n')[0]})`);
  }
}

// Profiles of 25 numeric columns: a reference of 100,000 rows, and shards counted on it.
const COLUMNS = 25;
function columns(seed: number, n: number, shift: number): Float64Array[] {
  return Array.from({ length: COLUMNS }, (_, c) => {
    const next = seededNormal(seed * 100 + c);
    return Float64Array.from({ length: n }, () => next() * (c + 1) + shift);
  });
}
function build(data: Float64Array[], reference: DataProfile | undefined, source: string): DataProfile {
  const builder = reference ? profileBuilderOn(reference, source) : referenceProfileBuilder(source);
  builder.addRows(data[0].length);
  data.forEach((values, c) => builder.addNumbers(`c${c}`, values));
  return builder.finish();
}
const time = <T>(fn: () => T) => {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
};

const reference = time(() => build(columns(1, 100_000, 0), undefined, 'reference'));
console.log(`\n## profiles of 100,000 rows × ${COLUMNS} numeric columns\nreference profile: ${reference.ms.toFixed(0)} ms, ${(encodeProfile(reference.value).length / 1024).toFixed(0)} KB of JSON`);
const current = time(() => build(columns(2, 100_000, 0.05), reference.value, 'current'));
console.log(`current profile on the reference's bins: ${current.ms.toFixed(0)} ms`);
const drift = time(() => profileDriftReport({ source: 'r', profile: reference.value }, { source: 'c', profile: current.value }));
console.log(`drift from the two profiles (auto: wasserstein + ks per column): ${drift.ms.toFixed(0)} ms (target < 2 s)`);
const exact = time(() => profileDriftReport({ source: 'r', profile: reference.value }, { source: 'c', profile: current.value }, { method: 'psi' }));
console.log(`drift from the two profiles (psi): ${exact.ms.toFixed(0)} ms`);

const shards = Array.from({ length: 64 }, (_, i) => encodeProfile(build(columns(100 + i, 2_000, 0), reference.value, `shard-${i}`)));
// As `mlgate profile merge` does: each shard read, checked (schema, lengths, basis digest) and added in turn.
const merged = time(() => mergeProfiles((function* () {
  for (const [i, text] of shards.entries()) yield { source: `shard-${i}.json`, profile: decodeProfile(text, `shard-${i}.json`) };
})()));
console.log(`merge 64 shard profiles (${(shards[0].length / 1024).toFixed(0)} KB of JSON each): read, check and add ${merged.ms.toFixed(0)} ms (target < 1 s)`);
writeFileSync('out/bench/profile-merged.json', encodeProfile(merged.value));
