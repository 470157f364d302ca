import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { scratchFolder } from '../support/scratch.js';

/** Issue 12: option values that used to be misread or ignored are input errors (exit 2, one line). */
describe('hostile option values', () => {
  const { file } = scratchFolder('mlgate-hostile-options');
  const reference = file('ref.csv', 'x,y\n1,a\n2,b\n3,a\n4,b\n');
  const current = file('cur.csv', 'x,y\n1,a\n2,b\n3,b\n5,b\n');
  const predictions = file('pred.csv', 'y_true,y_pred\n1,1\n0,0\n1,0\n0,0\n');

  it.each([
    ['--resamples 0x10 (not read as 16)', ['evaluate', '--predictions', predictions, '--task', 'binary', '--resamples', '0x10'], '--resamples must be a non-negative integer, got `0x10`'],
    ['--resamples 1e3', ['evaluate', '--predictions', predictions, '--task', 'binary', '--resamples', '1e3'], '--resamples must be a non-negative integer, got `1e3`'],
    ['--threshold 0b1', ['drift', '--reference', reference, '--current', current, '--threshold', '0b1'], '--threshold must be a number, got `0b1`'],
    ['a column-methods entry for an unknown column', ['drift', '--reference', reference, '--current', current, '--column-methods', 'incme=psi'], 'column-methods names column `incme`, which is not a column of both'],
    ['a column-methods entry for an excluded column', ['drift', '--reference', reference, '--current', current, '--exclude', 'y', '--column-methods', 'y=chisquare'], 'column-methods names column `y`, which is not compared'],
  ])('%s exits 2 with one line', async (_, argv, message) => {
    const result = await cli(...argv);
    expect(result.exitCode, result.stderr).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
  });
});
