import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { ROOT, runAction } from '../support/run-action.js';
import { DRIFT_LABEL, monitorMarker } from '../../shared/adapters/github/drift-issue.js';

// The monitor action's bundle, run as a scheduled workflow's step runs it, against the REST
// emulator (requests and responses checked against GitHub's OpenAPI description, see afterAll).
// The day-by-day cycle (update, close, foreign issues) is covered in test/shared/commands/monitor.test.ts.
const MONITOR = join(ROOT, 'actions', 'monitor', 'action.yml');

let emulator: Emulator;
let workspace: string;

function csv(shift: number): string {
  return `id,age,income\n${Array.from({ length: 200 }, (_, i) => `${i},${(i % 50) + shift},${((i * 7) % 40) + shift}`).join('\n')}\n`;
}

function monitor(model: string, token = 'ghs_actions', inputs: Record<string, string> = {}) {
  return runAction(MONITOR, { model, current: 'prod/date=*/part-*.csv', reference: 'train.csv', ...inputs }, {
    workspace, token, env: { GITHUB_API_URL: emulator.apiUrl, GITHUB_EVENT_NAME: 'schedule', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: emulator.state.refs.get('refs/heads/main')! },
    event: { schedule: '0 6 * * *' },
  });
}

describe('monitor action against the GitHub REST emulator', () => {
  beforeAll(async () => {
    emulator = await startEmulator();
    workspace = mkdtempSync(join(tmpdir(), 'mlgate-monitor-action-'));
    writeFileSync(join(workspace, 'train.csv'), csv(0));
    for (const [partition, shift] of [['date=2026-11-01', 0], ['date=2026-11-02', 30]] as const) {
      mkdirSync(join(workspace, 'prod', partition), { recursive: true });
      writeFileSync(join(workspace, 'prod', partition, 'part-0.csv'), csv(shift));
    }
  });
  afterAll(async () => {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
  });

  it('opens the model\'s issue on drift and sets its outputs; the next run updates the same issue', async () => {
    const first = await monitor('churn');
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({ drifted: 'true', 'issue-action': 'opened' });
    const issue = emulator.state.issues.get(Number(first.outputs['issue-number']))!;
    expect(first.outputs['issue-url']).toBe(issue.html_url);
    expect(issue.body).toMatch(new RegExp(`^${monitorMarker('churn')}`));
    expect(issue.body).toContain('https://github.com/octo-org/models/actions/runs/1234');
    expect(issue.labels.map((l) => l.name)).toEqual([DRIFT_LABEL]);
    expect(first.outputs['current-data']).toBe(join('prod', 'date=2026-11-02', 'part-0.csv'));
    expect(first.summary).toContain(`opened [#${issue.number}]`);

    const second = await monitor('churn');
    expect(second.outputs).toMatchObject({ 'issue-action': 'updated', 'issue-number': String(issue.number) });
    expect(emulator.state.issues.size).toBe(1);
  });

  it('with `record: true` adds drift that began to the audit trail as a tag, and says where in its output', async () => {
    const run = await monitor('audited', 'ghs_actions', { record: 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['audit-record']).toMatch(/^mlgate-audit\/audited\/monitor\/\d{8}T\d{6}Z$/);
    expect(emulator.state.refs.has(`refs/tags/${run.outputs['audit-record']}`)).toBe(true);
    expect(run.summary).toContain(`Audit trail: recorded as \`${run.outputs['audit-record']}\`.`);
    const again = await monitor('audited', 'ghs_actions', { record: 'true' });
    expect(again.outputs['audit-record']).toBe(''); // still drifted: nothing new to record
  });

  it('with a read-only token: one warning, the report in the job summary, the step passes', async () => {
    const run = await monitor('fraud', 'ghs_readonly');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ drifted: 'true', 'issue-number': '', 'issue-url': '' });
    expect(run.stdout.match(/::warning/g)).toHaveLength(1);
    expect(run.stdout).toContain('the token may not write issues');
    expect(run.summary).toContain('No issue for fraud');
  });
});
