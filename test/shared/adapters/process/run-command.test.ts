import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../shared/adapters/process/run-command.js';
import { treeRss } from '../../../../shared/adapters/process/peak-memory.js';
import { scratchFolder } from '../../../support/scratch.js';

const linux = process.platform === 'linux';

describe('runCommand', () => {
  it('streams lines as they come, keeps the last 20, and reports the exit code', async () => {
    const lines: string[] = [];
    const run = await runCommand('for i in $(seq 1 30); do echo "out $i"; done; printf "a\\r\\nb\\rc"; echo err >&2; exit 4', scratchFolder('mlgate-run').dir, (line) => lines.push(line));
    expect(run.exitCode).toBe(4);
    expect(run.signal).toBeNull();
    expect(lines.slice(0, 30)).toEqual(Array.from({ length: 30 }, (_, i) => `out ${i + 1}`));
    expect(lines).toEqual(expect.arrayContaining(['a', 'b', 'c', 'err']));
    expect(run.tail).toHaveLength(20);
    expect(run.tail[0]).toBe(lines[lines.length - 20]);
    expect(run.wallSeconds).toBeGreaterThan(0);
    expect(run.finishedAt.getTime()).toBeGreaterThanOrEqual(run.startedAt.getTime());
  });

  it('cuts output that never ends a line into bounded lines', async () => {
    const lines: string[] = [];
    const run = await runCommand('head -c 20000 /dev/zero | tr "\\0" x; printf "\\n\\n"', scratchFolder('mlgate-run').dir, (line) => lines.push(line));
    expect(run.exitCode).toBe(0);
    expect(lines.map((line) => line.length)).toEqual([4096, 4096, 4096, 4096, 3616, 0]);
  });

  it('runs with bash -e and pipefail, in the given folder', async () => {
    const { dir } = scratchFolder('mlgate-run');
    const lines: string[] = [];
    expect((await runCommand('pwd', dir, (l) => lines.push(l))).exitCode).toBe(0);
    expect(lines).toEqual([dir]);
    expect((await runCommand('false; echo never', dir, () => undefined)).exitCode).toBe(1);
    expect((await runCommand('false | true', dir, () => undefined)).exitCode).toBe(1);
  });

  it('reports a command killed by a signal as bash would (128 + n)', async () => {
    const run = await runCommand('kill -9 $$', scratchFolder('mlgate-run').dir, () => undefined);
    expect(run.signal).toBe('SIGKILL');
    expect(run.exitCode).toBe(137);
  });

  it.runIf(linux)('measures the peak memory of the whole process tree, children included', async () => {
    // A grandchild (perl under a second bash) holds 64 MB for a second; the sampler (every 100 ms) sees it.
    const run = await runCommand('bash -c "perl -e \'\\$x = q(a) x 64000000; sleep 1; print length \\$x\'"', scratchFolder('mlgate-run').dir, () => undefined);
    expect(run.exitCode).toBe(0);
    expect(run.peakRssBytes).toBeGreaterThan(64_000_000);
  });

  it.runIf(linux)('sums a process and its descendants', () => {
    expect(treeRss(process.pid)).toBeGreaterThan(0);
    expect(treeRss(2 ** 22 + 1)).toBe(0);
  });
});
