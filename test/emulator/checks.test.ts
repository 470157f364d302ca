import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Octokit } from '@octokit/rest';
import { startEmulator } from './index.js';
import type { Emulator } from './index.js';
import { client, failure, repo } from './testing.js';

let emu: Emulator;
let octokit: Octokit;
const head = '1'.repeat(40);
const forkHead = '2'.repeat(40);

beforeAll(async () => {
  emu = await startEmulator();
  octokit = client(emu);
  emu.state.addPullRequest({ number: 11, head: { sha: head, ref: 'train' }, base: { sha: '0'.repeat(40), ref: 'main' } });
  emu.state.addPullRequest({ number: 12, head: { sha: forkHead, ref: 'main', repo: { owner: 'forker' } }, base: { sha: '0'.repeat(40), ref: 'main' } });
});
afterAll(async () => {
  await emu.close();
});

describe('check runs', () => {
  it('creates an in-progress run and completes it with output and annotations', async () => {
    const created = await octokit.rest.checks.create({ ...repo, name: 'mlgate / gate', head_sha: head, status: 'in_progress' });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ name: 'mlgate / gate', head_sha: head, status: 'in_progress', conclusion: null, completed_at: null });
    expect(created.data.app?.slug).toBe('github-actions');
    expect(created.data.pull_requests.map((p) => p.number)).toEqual([11]);

    const annotation = { path: 'metrics.json', start_line: 1, end_line: 1, annotation_level: 'failure' as const, message: 'accuracy dropped' };
    const updated = await octokit.rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      conclusion: 'failure',
      output: { title: 'Gate failed', summary: 'accuracy -2.1%', annotations: Array.from({ length: 50 }, () => annotation) },
    });
    expect(updated.data).toMatchObject({ status: 'completed', conclusion: 'failure', output: { title: 'Gate failed', summary: 'accuracy -2.1%', annotations_count: 50 } });
    expect(Date.parse(updated.data.completed_at ?? '')).not.toBeNaN();

    // Annotations accumulate across updates, 50 per request.
    const more = await octokit.rest.checks.update({ ...repo, check_run_id: created.data.id, output: { summary: 'again', annotations: [annotation] } });
    expect(more.data.output.annotations_count).toBe(51);
    expect(emu.state.annotations.get(created.data.id)).toHaveLength(51);

    const got = await octokit.rest.checks.get({ ...repo, check_run_id: created.data.id });
    expect(got.data.output.summary).toBe('again');
  });

  it('accepts a 65,535-character summary', async () => {
    const { data } = await octokit.rest.checks.create({
      ...repo,
      name: 'long',
      head_sha: head,
      conclusion: 'success',
      output: { title: 't', summary: 's'.repeat(65_535), text: 't'.repeat(65_535) },
    });
    expect(data.status).toBe('completed');
    expect(data.output.summary).toHaveLength(65_535);
  });

  it('lists the latest run per name for a ref', async () => {
    await octokit.rest.checks.create({ ...repo, name: 'dup', head_sha: head });
    const second = await octokit.rest.checks.create({ ...repo, name: 'dup', head_sha: head });
    const { data } = await octokit.rest.checks.listForRef({ ...repo, ref: head, check_name: 'dup' });
    expect(data.total_count).toBe(1);
    expect(data.check_runs[0].id).toBe(second.data.id);
    const byBranch = await octokit.rest.checks.listForRef({ ...repo, ref: 'train', check_name: 'dup', filter: 'all' });
    expect(byBranch.data.total_count).toBe(2);
  });

  it('filters by app_id and keeps external_id (which GitHub offers no filter for)', async () => {
    const made = await octokit.rest.checks.create({ ...repo, name: 'by-app', head_sha: head, external_id: 'run-7' });
    expect(made.data.external_id).toBe('run-7');
    const actions = await octokit.rest.checks.listForRef({ ...repo, ref: head, check_name: 'by-app', app_id: 15368 });
    expect(actions.data.check_runs.map((r) => [r.id, r.external_id])).toEqual([[made.data.id, 'run-7']]);
    const other = await octokit.rest.checks.listForRef({ ...repo, ref: head, check_name: 'by-app', app_id: 1 });
    expect(other.data.total_count).toBe(0);
  });

  it('leaves pull_requests empty for a fork pull request', async () => {
    const { data } = await octokit.rest.checks.create({ ...repo, name: 'fork', head_sha: forkHead });
    expect(data.pull_requests).toEqual([]);
  });

  it('answers 422 for an unknown head SHA and for completed without conclusion', async () => {
    const unknown = await failure(octokit.rest.checks.create({ ...repo, name: 'x', head_sha: 'f'.repeat(40) }));
    expect(unknown.status).toBe(422);
    expect(unknown.message).toContain('No commit found for SHA');
    const noConclusion = await failure(octokit.rest.checks.create({ ...repo, name: 'x', head_sha: head, status: 'completed' }));
    expect(noConclusion.status).toBe(422);
    expect(emu.state.checkRuns.filter((r) => r.name === 'x')).toEqual([]);
  });

  it('answers 404 for an unknown check run', async () => {
    const error = await failure(octokit.rest.checks.update({ ...repo, check_run_id: 424242, status: 'in_progress' }));
    expect(error.status).toBe(404);
  });
});

describe('commit statuses', () => {
  it('creates statuses and combines them per context', async () => {
    const a = await octokit.rest.repos.createCommitStatus({ ...repo, sha: head, state: 'pending', context: 'mlgate/drift', description: 'running' });
    expect(a.status).toBe(201);
    expect(a.data).toMatchObject({ state: 'pending', context: 'mlgate/drift', description: 'running', target_url: null, creator: { login: 'github-actions[bot]' } });
    await octokit.rest.repos.createCommitStatus({ ...repo, sha: head, state: 'success', context: 'mlgate/drift', target_url: 'https://example.com/run/1' });
    await octokit.rest.repos.createCommitStatus({ ...repo, sha: head, state: 'success' });
    const combined = await octokit.rest.repos.getCombinedStatusForRef({ ...repo, ref: head });
    expect(combined.data.state).toBe('success');
    expect(combined.data.total_count).toBe(2);
    expect(combined.data.statuses.map((s) => s.context).sort()).toEqual(['default', 'mlgate/drift']);
    const list = await octokit.rest.repos.listCommitStatusesForRef({ ...repo, ref: head });
    expect(list.data.map((s) => s.state)).toEqual(['success', 'success', 'pending']);
    expect(emu.state.statuses).toHaveLength(3);
  });

  it('rejects an unknown SHA and a description over 140 characters', async () => {
    const unknown = await failure(octokit.rest.repos.createCommitStatus({ ...repo, sha: 'e'.repeat(40), state: 'success' }));
    expect(unknown.status).toBe(422);
    const long = await failure(octokit.rest.repos.createCommitStatus({ ...repo, sha: head, state: 'success', description: 'd'.repeat(141) }));
    expect(long.status).toBe(422);
    expect(long.response?.data).toMatchObject({ errors: [{ resource: 'Status', field: 'description' }] });
  });

  it('produced no OpenAPI mismatches', () => {
    expect(emu.validationErrors).toEqual([]);
  });
});
