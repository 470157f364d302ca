import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TOKENS, startEmulator, type Emulator } from '../../emulator/index.js';
import { readEnvironment } from '../../../shared/adapters/environment.js';
import { DRIFT_LABEL, monitorMarker } from '../../../shared/adapters/github/drift-issue.js';
import { monitor, newestPartition, type MonitorOptions } from '../../../shared/commands/monitor.js';
import { InputError } from '../../../shared/errors.js';
import { lineageOf } from '../../../shared/commands/lineage.js';
import { lineageMarkdown } from '../../../shared/render/lineage.js';

// A scheduled monitor run day after day against the REST emulator (every request and response is
// checked against GitHub's OpenAPI description, see afterAll).
const bot = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const };

let emulator: Emulator;
let dir: string;

/** 200 rows; `shift` moves both numeric columns (0: the reference's distribution exactly). */
function csv(shift: number): string {
  const rows = Array.from({ length: 200 }, (_, i) => `${i},${(i % 50) + shift},${((i * 7) % 40) + shift}`);
  return `id,age,income\n${rows.join('\n')}\n`;
}

function day(partition: string, shift: number): void {
  mkdirSync(join(dir, 'prod', partition), { recursive: true });
  writeFileSync(join(dir, 'prod', partition, 'part-0.csv'), csv(shift));
}

const warnings: string[] = [];
const log = { info: () => undefined, warning: (message: string) => warnings.push(message) };

function run(options: Partial<MonitorOptions> & { date: string }): ReturnType<typeof monitor> {
  const environment = readEnvironment({
    GITHUB_API_URL: emulator.apiUrl, GITHUB_REPOSITORY: 'octo-org/models', GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '77',
    MLGATE_API_WRITE_INTERVAL_MS: '0',
  });
  return monitor({
    model: 'churn', current: join(dir, 'prod', 'date=*', 'part-*.csv'), reference: join(dir, 'train.csv'), issue: true, token: 'ghs_actions',
    environment, log, now: new Date(`${options.date}T06:00:00Z`), policy: { backoffBaseMs: 1, apiTimeoutMs: 5_000 }, ...options,
  });
}

const openIssues = (model: string) =>
  [...emulator.state.issues.values()].filter((i) => i.state === 'open' && (i.body ?? '').startsWith(monitorMarker(model)) && i.user.login === bot.login
    && i.labels.some((l) => l.name === DRIFT_LABEL));

describe('monitor against the GitHub REST emulator', () => {
  beforeAll(async () => {
    emulator = await startEmulator({ tokens: { ...DEFAULT_TOKENS, ghs_issues: { identity: bot, permissions: { issues: 'write', contents: 'read' } } } });
    dir = mkdtempSync(join(tmpdir(), 'mlgate-monitor-'));
    writeFileSync(join(dir, 'train.csv'), csv(0));
  });
  afterAll(async () => {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
  });

  it('opens one issue on drift, updates it while drift lasts, closes it when drift clears, and never touches foreign issues', async () => {
    // Issues mlgate did not make: the label without the marker, the marker by another author, the marker without the label.
    const noMarker = emulator.state.addIssue({ title: 'drift on churn?', body: 'Seen drift in churn', labels: [DRIFT_LABEL] });
    const otherAuthor = emulator.state.addIssue({ title: 'copied', body: `${monitorMarker('churn')}\nhand-written`, labels: [DRIFT_LABEL] });
    const noLabel = emulator.state.addIssue({ title: 'unlabelled', body: `${monitorMarker('churn')}\nby the bot, no label`, user: bot });
    const foreign = [noMarker, otherAuthor, noLabel].map((i) => ({ number: i.number, body: i.body, state: i.state }));

    // Day 1: drift opens the issue (and the label, missing until now).
    day('date=2026-11-01', 0);
    day('date=2026-11-02', 30);
    expect(emulator.state.labels.has(DRIFT_LABEL)).toBe(true); // seeded issues created it
    emulator.state.labels.delete(DRIFT_LABEL);
    const first = await run({ date: '2026-11-02' });
    expect(first.current).toBe(join(dir, 'prod', 'date=2026-11-02', 'part-0.csv')); // one part: read as it is
    expect(first.report.dataset_drifted).toBe(true);
    expect(first.issue).toMatchObject({ action: 'opened' });
    expect(emulator.state.labels.get(DRIFT_LABEL)?.color).toBe('d93f0b');
    const issue = emulator.state.issues.get(first.issue!.number!)!;
    expect(issue.body).toMatch(/^<!-- mlgate-monitor: churn -->\n/);
    expect(issue.body).toContain('https://github.com/octo-org/models/actions/runs/77');
    expect(issue.body).toContain('age');
    expect(issue.labels.map((l) => l.name)).toEqual([DRIFT_LABEL]);
    expect(first.summary).toContain(`opened [#${issue.number}]`);

    // Day 2: still drifted, the same issue is updated with a short comment.
    day('date=2026-11-03', 25);
    const second = await run({ date: '2026-11-03' });
    expect(second.issue).toMatchObject({ action: 'updated', number: issue.number });
    expect(openIssues('churn')).toHaveLength(1);
    expect(emulator.state.comments.get(issue.number)?.map((c) => c.body)).toEqual([expect.stringMatching(/^Still drifted on 2026-11-03: 2 columns \(\[run\]\(https:\/\/github\.com\/octo-org\/models\/actions\/runs\/77\)\)\.$/)]);

    // A second model gets its own issue.
    const other = await run({ date: '2026-11-03', model: 'fraud' });
    expect(other.issue).toMatchObject({ action: 'opened' });
    expect(other.issue!.number).not.toBe(issue.number);

    // Day 3: no drift, the issue is closed with a comment; the other model's stays open.
    day('date=2026-11-04', 0);
    const third = await run({ date: '2026-11-04' });
    expect(third.report.dataset_drifted).toBe(false);
    expect(third.issue).toMatchObject({ action: 'closed', number: issue.number });
    expect(issue.state).toBe('closed');
    expect(issue.state_reason).toBe('completed');
    expect(emulator.state.comments.get(issue.number)?.at(-1)?.body).toMatch(/^Drift cleared on 2026-11-04/);
    expect(emulator.state.issues.get(other.issue!.number!)!.state).toBe('open');

    // Day 4: still no drift, nothing to do.
    const fourth = await run({ date: '2026-11-05' });
    expect(fourth.issue).toMatchObject({ action: 'none', number: null });

    for (const before of foreign) {
      const now = emulator.state.issues.get(before.number)!;
      expect({ number: now.number, body: now.body, state: now.state }).toEqual(before);
      expect(emulator.state.comments.get(before.number) ?? []).toEqual([]);
    }
    expect(warnings).toEqual([]);
  });

  it('records drift beginning and clearing, not every day, as audit tags on the monitored version, which lineage shows', async () => {
    const main = emulator.state.refs.get('refs/heads/main')!;
    const sha = emulator.state.addCommit({ parents: [main], message: 'train audited' }).sha;
    emulator.state.refs.set('refs/tags/audited@v1.0.0', emulator.state.addAnnotatedTag('audited@v1.0.0', sha, 'Registering artifact audited with version v1.0.0\n'));
    const prod = join(dir, 'audit-prod');
    const check = (date: string, shift: number) => {
      mkdirSync(join(prod, `date=${date}`), { recursive: true });
      writeFileSync(join(prod, `date=${date}`, 'part-0.csv'), csv(shift));
      return run({ date, model: 'audited', current: join(prod, 'date=*', 'part-*.csv'), record: true, store: 'github', version: '1.0.0' });
    };
    const days = [await check('2026-11-01', 30), await check('2026-11-02', 25), await check('2026-11-03', 0), await check('2026-11-04', 0)];
    expect(days.map((d) => d.audit?.stored ?? null)).toEqual(['mlgate-audit/audited/monitor/20261101T060000Z', null, 'mlgate-audit/audited/monitor/20261103T060000Z', null]);
    expect(days[1].audit?.note).toMatch(/^unchanged since 2026-11-01T06:00:00\.000Z \(drifted, mlgate-audit\/audited\/monitor\/20261101T060000Z\)$/);
    expect(days[2].summary).toContain('Audit trail: recorded as `mlgate-audit/audited/monitor/20261103T060000Z`.');
    // Each tag hangs off the version's commit; the release-less version is otherwise untouched.
    for (const tag of ['20261101T060000Z', '20261103T060000Z']) {
      expect(emulator.state.tags.get(emulator.state.refs.get(`refs/tags/mlgate-audit/audited/monitor/${tag}`)!)?.object.sha).toBe(sha);
    }

    const environment = readEnvironment({ GITHUB_API_URL: emulator.apiUrl, GITHUB_REPOSITORY: 'octo-org/models', MLGATE_API_WRITE_INTERVAL_MS: '0' });
    const view = await lineageOf({ model: 'audited', store: 'github', token: 'ghs_actions', environment });
    expect(view.audit?.records.map((r) => [r.outcome, r.version, r.run.url, (r.figures as { drifted_count: number }).drifted_count])).toEqual([
      ['cleared', '1.0.0', 'https://github.com/octo-org/models/actions/runs/77', 0], ['drifted', '1.0.0', 'https://github.com/octo-org/models/actions/runs/77', 2],
    ]);
    expect(view.audit?.records[1].sources.map((s) => s.path)).toEqual([join(prod, 'date=2026-11-01', 'part-0.csv'), join(dir, 'train.csv')]);
    const markdown = lineageMarkdown(view).replace(/ +/g, ' ');
    expect(markdown).toContain('### v1.0.0');
    expect(markdown).toMatch(/\| 2026-11-03T06:00:00\.000Z \| monitor \| \*\*cleared\*\* \| 0 of 2 columns drifted \| \[run\]\(https:\/\/github\.com\/octo-org\/models\/actions\/runs\/77\) \|/);
    expect(markdown).toMatch(/\| 2026-11-01T06:00:00\.000Z \| monitor \| \*\*drifted\*\* \| 2 of 2 columns drifted \(age, income\) \|/);
  });

  it('keeps alerting with a token that may not write tags: one warning about the record, the issue opened', async () => {
    warnings.length = 0;
    // A workflow with `permissions: issues: write, contents: read`.
    const current = join(dir, 'audit-readonly.csv');
    writeFileSync(current, csv(30));
    const result = await run({ date: '2026-11-06', model: 'audit-readonly', current, record: true, store: 'github', token: 'ghs_issues', version: null });
    expect(result.issue).toMatchObject({ action: 'opened' });
    expect(result.audit).toEqual({ stored: null, note: 'the token may not write tags (give the job `permissions: contents: write`)' });
    expect(warnings).toEqual(['no audit record for audit-readonly: the token may not write tags (give the job `permissions: contents: write`)']);
    expect(result.summary).toContain('Audit trail: nothing recorded (the token may not write tags');
    expect([...emulator.state.refs.keys()].filter((ref) => ref.includes('audit-readonly'))).toEqual([]);
  });

  it('opens one issue, not two, when the answer to the create is lost after GitHub made it', async () => {
    day('date=2026-11-06', 30);
    emulator.addFault({ method: 'POST', path: /\/repos\/octo-org\/models\/issues$/, times: 1, respond: { lostResponse: true } });
    const result = await run({ date: '2026-11-06', model: 'lost-answer' });
    emulator.clearFaults();
    expect(emulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues') && r.status === 0)).toHaveLength(1); // the lost answer
    expect(result.issue).toMatchObject({ action: 'opened' });
    expect(openIssues('lost-answer').map((i) => i.number)).toEqual([result.issue!.number]);
  });

  it('degrades to the job summary with one warning when the token may not write issues, or there is none', async () => {
    const issuesBefore = emulator.state.issues.size;
    warnings.length = 0;
    const readOnly = await run({ date: '2026-11-06', model: 'readonly', token: 'ghs_readonly' });
    expect(readOnly.report.dataset_drifted).toBe(true);
    expect(readOnly.issue).toBeNull();
    expect(readOnly.notPosted).toContain('issues: write');
    expect(readOnly.summary).toContain('No issue for readonly');
    expect(readOnly.summary).toContain('### '); // the drift report itself
    expect(warnings).toEqual([expect.stringContaining('no drift issue for readonly: the token may not write issues')]);

    warnings.length = 0;
    const none = await run({ date: '2026-11-06', model: 'readonly', token: undefined });
    expect(none.notPosted).toContain('no GitHub token');
    expect(warnings).toHaveLength(1);
    expect(emulator.state.issues.size).toBe(issuesBefore);
  });
});

describe('newestPartition', () => {
  it('picks the newest partition folder by name or by modification time, and a plain path as it is', () => {
    const root = mkdtempSync(join(tmpdir(), 'mlgate-partitions-'));
    for (const [name, seconds] of [['date=2026-01-09', 300], ['date=2026-01-10', 100]] as const) {
      mkdirSync(join(root, name));
      for (const part of ['part-0.csv', 'part-1.csv']) {
        writeFileSync(join(root, name, part), 'a\n1\n');
        utimesSync(join(root, name, part), seconds, seconds);
      }
    }
    const glob = join(root, 'date=*', 'part-*.csv');
    expect(newestPartition(glob, 'name')).toBe(join(root, 'date=2026-01-10', 'part-*.csv'));
    expect(newestPartition(glob, 'mtime')).toBe(join(root, 'date=2026-01-09', 'part-*.csv'));
    expect(newestPartition(join(root, 'date=2026-01-09', 'part-0.csv'), 'name')).toBe(join(root, 'date=2026-01-09', 'part-0.csv'));
    // Files in one folder are each a partition.
    expect(newestPartition(join(root, 'date=2026-01-09', '*.csv'), 'name')).toBe(join(root, 'date=2026-01-09', 'part-1.csv'));
    expect(() => newestPartition(join(root, 'nothing-*.csv'), 'name')).toThrow(InputError);
  });
});
