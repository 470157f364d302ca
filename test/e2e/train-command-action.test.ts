import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runAction } from '../support/run-action.js';

const action = join(ROOT, 'actions', 'train', 'action.yml');

/** A checkout of a project whose training is a shell script, in `project/` of a fresh workspace. */
function checkout(ran: string): string {
  const workspace = mkdtempSync(join(tmpdir(), 'mlgate-train-ws-'));
  const project = join(workspace, 'project');
  mkdirSync(join(project, 'data'), { recursive: true });
  writeFileSync(join(project, 'data', 'rows.csv'), 'x,y\n1,0\n2,1\n');
  writeFileSync(join(project, 'params.toml'), '[train]\nepochs = 3\n');
  writeFileSync(join(project, 'train.sh'), `mkdir -p model\nsha256sum data/rows.csv params.toml > model/model.txt\necho '{"auc": 0.75}' > metrics.json\necho "::set-output name=x::y"\necho run >> ${ran}\n`);
  return workspace;
}

describe('the bundled train action in command mode', () => {
  it('trains in one workflow run and is a cache hit in the next, on a clean workspace', async () => {
    const ran = join(mkdtempSync(join(tmpdir(), 'mlgate-ran-')), 'ran');
    const inputs = { command: 'bash train.sh', params: 'params.toml', metrics: 'metrics.json', outputs: 'model', deps: 'data\ntrain.sh', 'working-directory': 'project' };
    const first = checkout(ran);
    const run1 = await runAction(action, inputs, { workspace: first });
    expect(run1.exitCode, run1.stdout + run1.stderr).toBe(0);
    expect(run1.outputs['cache-hit']).toBe('false');
    expect(run1.outputs['run-record']).toBe(join(first, 'project', 'mlgate-out', 'run-record.json'));
    expect(JSON.parse(readFileSync(run1.outputs['metrics-json'], 'utf8'))).toEqual({ auc: 0.75 });
    expect(run1.outputs['artifact-id']).toBe('');
    // The command's own output reaches the log, never as a workflow command.
    expect(run1.stdout).toContain(':\u200b:set-output name=x::y');
    expect(run1.stdout).not.toMatch(/^::set-output/m);
    const record = JSON.parse(readFileSync(run1.outputs['run-record'], 'utf8'));
    expect(record.run).toEqual({ id: '1234', url: 'https://github.com/octo-org/models/actions/runs/1234' });
    expect(record.working_directory).toBe('project');
    expect(record.params).toEqual({ 'train.epochs': 3 });

    // The next workflow run: a clean checkout, the run cache carried over as a cache service would.
    const second = checkout(ran);
    cpSync(join(first, 'project', '.mlgate'), join(second, 'project', '.mlgate'), { recursive: true });
    const run2 = await runAction(action, inputs, { workspace: second, env: { GITHUB_RUN_ID: '5678' } });
    expect(run2.exitCode, run2.stdout + run2.stderr).toBe(0);
    expect(run2.outputs['cache-hit']).toBe('true');
    expect(readFileSync(ran, 'utf8')).toBe('run\n');
    expect(run2.stdout).toContain('reused from run 1234 (https://github.com/octo-org/models/actions/runs/1234)');
    expect(run2.summary).toContain('Reused from run [1234](https://github.com/octo-org/models/actions/runs/1234)');
    for (const file of ['model/model.txt', 'metrics.json', 'mlgate-out/run-record.json']) {
      expect(readFileSync(join(second, 'project', file))).toEqual(readFileSync(join(first, 'project', file)));
    }
    expect(existsSync(run2.outputs['metrics-json'])).toBe(true);
  });

  it('fails the step with the exit code and the last lines when the command fails', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mlgate-train-ws-'));
    const run = await runAction(action, { command: 'echo "Traceback: boom"; exit 7' }, { workspace });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::error::the training command exited with code 7; its last lines:%0ATraceback: boom/m);
  });
});
