import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { ROOT, runAction } from '../support/run-action.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { pointCliAt } from '../support/cli-env.js';

// Inputs that used to end as "internal error" (exit 70 with a stack trace): each is the user's
// mistake or GitHub's refusal, so it exits 2 (or 69) with one line and writes nothing.
describe('bad input exits 2 with one line, not as an internal error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-hostile-input-'));
  const store = join(dir, 'store');
  beforeAll(() => {
    writeFileSync(join(dir, 'model.bin'), 'weights');
    writeFileSync(join(dir, 't.csv'), 'x,y\n1,0\n2,1\n3,0\n4,1\n');
    mkdirSync(join(dir, 'folder'));
  });
  const deep = `{"a":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`;

  it.each([
    ['publish --files naming a missing file', ['publish', '--model', 'm', '--version', '1.0.0', '--files', join(dir, 'nope.bin'), '--store', store], /--files: .*nope\.bin: not found$/m],
    ['publish --files naming a directory', ['publish', '--model', 'm', '--version', '1.0.0', '--files', join(dir, 'folder'), '--store', store], /--files: .*folder: is a directory, expected a file$/m],
    ['publish --data naming a missing file', ['publish', '--model', 'm', '--version', '1.0.0', '--files', join(dir, 'model.bin'), '--data', join(dir, 'nope.csv'), '--store', store], /--data: .*nope\.csv: not found$/m],
    ['publish --evaluation-set naming a missing file', ['publish', '--model', 'm', '--version', '1.0.0', '--files', join(dir, 'model.bin'), '--evaluation-set', join(dir, 'nope.csv'), '--store', store], /--evaluation-set: .*nope\.csv: not found$/m],
    ['publish with an invalid stage name', ['publish', '--model', 'm', '--version', '1.0.0', '--files', join(dir, 'model.bin'), '--stage', 'bad stage!', '--store', store], /stage name `bad stage!` is not valid/],
    ['deeply nested --params', ['publish', '--model', 'm', '--version', '1.0.0', '--files', join(dir, 'model.bin'), '--params', deep, '--store', store], /--params nests deeper than 32 levels$/m],
    ['deeply nested train --params', ['train', '--data', join(dir, 't.csv'), '--target', 'y', '--params', deep, '--out', join(dir, 'never')], /--params nests deeper than 32 levels$/m],
    ['--output naming a directory', ['drift', '--reference', join(dir, 't.csv'), '--current', join(dir, 't.csv'), '--output', join(dir, 'folder')], /folder: is a directory, expected a file$/m],
  ])('%s', async (_, argv, message) => {
    const run = await cli(...argv);
    expect(run.exitCode, run.stderr).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
    expect(existsSync(store), 'nothing published').toBe(false);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('a missing working-directory fails the action with one line naming it', async () => {
    const run = await runAction(join(ROOT, 'actions', 'drift', 'action.yml'), { reference: 't.csv', current: 't.csv', 'working-directory': 'no/such/dir' }, { workspace: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::error::.*`working-directory`: no\/such\/dir: not found or not a directory$/m);
    expect(run.stdout + run.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});

describe('GitHub refusing the token exits 69 with one line', () => {
  let emulator: Emulator;
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-hostile-token-'));
  beforeAll(async () => {
    emulator = await startEmulator();
    writeFileSync(join(dir, 'model.bin'), 'weights');
    pointCliAt(emulator, 'not-a-token');
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('Bad credentials on publish and fetch', async () => {
    for (const argv of [
      ['publish', '--model', 'churn', '--version', '1.0.0', '--files', join(dir, 'model.bin'), '--store', 'github'],
      ['fetch', '--model', 'churn', '--version', '1.0.0', '--out', join(dir, 'out'), '--store', 'github'],
    ]) {
      const run = await cli(...argv);
      expect(run.exitCode, run.stderr).toBe(69);
      expect(run.stderr).toMatch(/Bad credentials/);
      expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
    }
    expect(readdirSync(dir)).toEqual(['model.bin']);
  });
});

describe('half-written results: every input is checked before the first write', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-hostile-half-'));
  beforeAll(() => {
    writeFileSync(join(dir, 'train.csv'), 'x,z,y\n1,5,0\n2,6,1\n3,5,0\n4,6,1\n5,5,0\n6,6,1\n');
    writeFileSync(join(dir, 'no-z.csv'), 'x,y\n1,0\n2,1\n');
  });

  it.each([
    ['a missing --test file', join(dir, 'nope.csv'), /nope\.csv: file not found/],
    ['a --test file without a feature', join(dir, 'no-z.csv'), /z/],
  ])('train with %s writes no model.json', async (_, test, message) => {
    const out = join(dir, `out-${Math.random()}`);
    const run = await cli('train', '--data', join(dir, 'train.csv'), '--target', 'y', '--test', test, '--out', out);
    expect(run.exitCode, run.stderr).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(existsSync(out), 'nothing written').toBe(false);
  });
});
