import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { ROOT, runAction } from '../support/run-action.js';

// Class labels that would be runner commands if printed raw at the start of a line
// (https://docs.github.com/actions/using-workflow-commands-for-github-actions).
const HOSTILE = ['a\n::add-mask::x', 'b\n::error::x', 'c\n::stop-commands::tok', 'd\r::warning::y', 'e\r\n::debug::z'];
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Lines a runner would take as workflow commands that carry the hostile data (not mlgate's own, such as the token's `::add-mask::`). */
function injectedCommands(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => /^\s*::(add-mask::x|stop-commands::tok|debug::z|error::x|warning::y)/.test(line));
}

describe('data cannot become a workflow command', () => {
  let workspace: string;
  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'mlgate-hostile-'));
    mkdirSync(join(workspace, 'data'));
    const rows = Array.from({ length: 40 }, (_, i) => `${i},${(i % 7) + i / 10},${quoted(HOSTILE[i % 2])}`);
    writeFileSync(join(workspace, 'data', 'two.csv'), `id,x,label\n${rows.join('\n')}\n`);
    const one = Array.from({ length: 5 }, (_, i) => `${i},${i},${quoted(HOSTILE[2])}`);
    writeFileSync(join(workspace, 'data', 'one.csv'), `id,x,label\n${one.join('\n')}\n`);
  });

  it.each([
    ['trains on hostile labels', ['--data', 'two.csv', '--target', 'label', '--exclude', 'id']],
    ['refuses a positive label that is not a class, quoting the classes', ['--data', 'two.csv', '--target', 'label', '--exclude', 'id', '--positive-label', HOSTILE[3]]],
    ['refuses a one-class target, quoting it', ['--data', 'one.csv', '--target', 'label', '--exclude', 'id']],
  ])('CLI: %s', async (_, args) => {
    const cwd = process.cwd();
    process.chdir(join(workspace, 'data'));
    try {
      const run = await cli('train', ...args, '--out', join(workspace, `cli-${Math.random()}`));
      expect(injectedCommands(run.stdout + '\n' + run.stderr)).toEqual([]);
      if (run.exitCode !== 0) expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    } finally {
      process.chdir(cwd);
    }
  });

  it.each([
    ['trains on hostile labels', { data: 'data/two.csv', target: 'label', exclude: 'id', out: 'a1' }, 0],
    ['refuses a positive label that is not a class', { data: 'data/two.csv', target: 'label', exclude: 'id', 'positive-label': HOSTILE[4], out: 'a2' }, 1],
    ['refuses a one-class target', { data: 'data/one.csv', target: 'label', exclude: 'id', out: 'a3' }, 1],
  ])('bundled action: %s', async (_, inputs, exitCode) => {
    const run = await runAction(join(ROOT, 'actions', 'train', 'action.yml'), inputs, { workspace });
    expect(run.exitCode, run.stdout).toBe(exitCode);
    expect(injectedCommands(run.stdout + '\n' + run.stderr)).toEqual([]);
  });
});
