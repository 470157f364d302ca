import { describe, expect, it } from 'vitest';
import { readEnvironment } from '../../../shared/adapters/environment.js';
import { downloadModel, uploadModel } from '../../../shared/commands/model-artifact.js';
import { InputError } from '../../../shared/errors.js';

const lines: string[] = [];
const log = { info: (m: string) => lines.push(`info ${m}`), warning: (m: string) => lines.push(`warning ${m}`) };
const github = readEnvironment({ GITHUB_REPOSITORY: 'octo-org/models' });
const runner = { ACTIONS_RUNTIME_TOKEN: 'x.y.z', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' };
const ghes = readEnvironment({ GITHUB_REPOSITORY: 'octo-org/models', GITHUB_SERVER_URL: 'https://ghe.example.com', ...runner });

describe('model artifact options', () => {
  it('downloads nothing without model-artifact', async () => {
    expect(await downloadModel({ token: 't', environment: github, log, destination: '.' })).toBeNull();
  });

  it('refuses model-run-id without model-artifact, and a run id that is not one', async () => {
    await expect(downloadModel({ runId: '42', token: 't', environment: github, log, destination: '.' })).rejects.toThrow(/^model-run-id is given without model-artifact/);
    for (const runId of ['abc', '0', '-1', '1e3', '12 ']) {
      await expect(downloadModel({ artifact: 'model', runId, token: 't', environment: github, log, destination: '.' })).rejects.toThrow(InputError);
    }
  });

  it('on GitHub Enterprise Server, refuses a download in one line pointing at the registry', async () => {
    await expect(downloadModel({ artifact: 'model', token: 't', environment: ghes, log, destination: '.' })).rejects.toThrow(/^model-artifact `model`: the artifact hand-off is unavailable on GitHub Enterprise Server .*fetch the model from the registry/);
  });

  it('on GitHub Enterprise Server, skips the upload with one warning', async () => {
    lines.length = 0;
    expect(await uploadModel('model', '.', ['out'], { environment: ghes, log })).toBeNull();
    expect(lines).toEqual([expect.stringMatching(/^warning model artifact `model` not uploaded: the artifact hand-off is unavailable on GitHub Enterprise Server/)]);
  });

  it('uploads nothing without the runner\'s artifact service: silently on the command line, with one warning in an action', async () => {
    lines.length = 0;
    expect(await uploadModel('model', '.', ['out'], { environment: github, log, door: 'cli' })).toBeNull();
    expect(lines).toEqual([]);
    expect(await uploadModel('model', '.', ['out'], { environment: github, log, door: 'action' })).toBeNull();
    expect(lines).toEqual([expect.stringMatching(/^warning model artifact `model` not uploaded: this step has no GitHub Actions artifact service/)]);
  });

  it('needs a token to read another run\'s artifact', async () => {
    await expect(downloadModel({ artifact: 'model', runId: '42', token: undefined, environment: github, log, destination: '.' })).rejects.toThrow(/^model artifact `model` of run 42: reading another run's artifacts needs a token/);
  });
});
