import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { pointCliAt } from '../support/cli-env.js';

// When GitHub fails after the gateway's retries, the CLI says which call failed in one line and
// exits 69 (EX_UNAVAILABLE), not 70: it is not a bug in mlgate.
describe('the CLI when GitHub fails', () => {
  let emulator: Emulator;
  let dir: string;
  beforeAll(async () => {
    emulator = await startEmulator();
    emulator.state.addPullRequest({ number: 3, head: { sha: '4'.repeat(40), ref: 'f' }, base: { sha: '5'.repeat(40), ref: 'main' } });
    dir = mkdtempSync(join(tmpdir(), 'mlgate-cli-unavailable-'));
    writeFileSync(join(dir, 'evaluation.json'), JSON.stringify({ task: 'binary', n: 10, metrics: { roc_auc: 0.9 }, intervals: {} }));
    writeFileSync(join(dir, 'model.bin'), 'weights');
    pointCliAt(emulator, 'ghs_actions');
  });
  afterEach(() => emulator.clearFaults());
  afterAll(async () => {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
  });


  it('still gives the verdict when commenting keeps failing: a warning naming the call, exit 0 on a passing gate', async () => {
    emulator.addFault({ method: 'POST', path: /\/issues\/3\/comments$/, times: 10, respond: { status: 502 } });
    const run = await cli('gate', '--evaluation', join(dir, 'evaluation.json'), '--comment', '--pull-request', '3');
    expect(run.stderr).toBe('warning: no comment: GitHub API: POST /repos/octo-org/models/issues/3/comments answered HTTP 502 after 3 retries: Server Error (the report is in the job summary)\n');
    expect(run.stdout).toMatch(/### Gate: pass/);
    expect(run.exitCode).toBe(0);
  });

  it('exits 69 with one line naming the API call when commenting keeps failing and the comment is required', async () => {
    emulator.addFault({ method: 'POST', path: /\/issues\/3\/comments$/, times: 10, respond: { status: 502 } });
    const run = await cli('gate', '--evaluation', join(dir, 'evaluation.json'), '--comment', 'required', '--pull-request', '3');
    expect(run.stderr.split('\n').at(-2)).toBe('mlgate gate: comment: required, but not posted: GitHub API: POST /repos/octo-org/models/issues/3/comments answered HTTP 502 after 3 retries: Server Error');
    expect(run.stdout).toMatch(/### Gate: pass/);
    expect(run.exitCode).toBe(69);
  });

  it('exits 69 with one line naming the download when an asset cannot be fetched, and writes nothing', async () => {
    const published = await cli('publish', '--model', 'churn', '--version', '1.0.0', '--files', join(dir, 'model.bin'), '--store', 'github');
    expect(published.exitCode, published.stderr).toBe(0);
    emulator.addFault({ method: 'GET', path: /\/releases\/assets\/\d+$/, times: 10, respond: { status: 503 } });
    const out = join(dir, 'fetched');
    const run = await cli('fetch', '--model', 'churn', '--version', '1.0.0', '--out', out, '--store', 'github');
    expect(run.stderr).toMatch(/^mlgate fetch: GitHub API: GET \/repos\/octo-org\/models\/releases\/assets\/\d+ answered HTTP 503 after 3 retries: Service Unavailable\n$/);
    expect(run.exitCode).toBe(69);
    expect(existsSync(out)).toBe(false);
  });

  it('documents exit code 69 in its help', async () => {
    expect((await cli('--help')).stdout).toMatch(/69 GitHub or the network to it failed/);
  });
});
