/**
 * Check runs and commit statuses.
 *
 * GitHub's rules kept here: only GitHub Apps (a GITHUB_TOKEN is one) may write check runs — a
 * personal token gets 403 "You must authenticate via a GitHub App."; a `conclusion` marks the run
 * completed; `completed` needs a `conclusion`; annotations (≤ 50 per request, enforced by the
 * OpenAPI schema) accumulate across updates; `pull_requests` lists only open pull requests whose
 * head is in this repository (fork pull requests never appear, as on GitHub). Statuses need an
 * existing commit SHA and a description of at most 140 characters.
 */
import { basicError, created, notFound, ok, paginate, unprocessable, validationFailed } from '../http.js';
import type { HandlerContext } from '../http.js';
import { isoNow, nodeId } from '../shapes.js';
import type { CheckAnnotation, CheckRun, GitHubObject } from '../state.js';
import type { Routes } from './types.js';

/** The GitHub Actions app, as check runs created with a GITHUB_TOKEN report it. */
export const GITHUB_ACTIONS_APP = {
  id: 15368,
  slug: 'github-actions',
  node_id: 'MDM6QXBwMTUzNjg=',
  client_id: 'Iv1.05c79e9ad1f6bdfa',
  owner: {
    login: 'github',
    id: 9919,
    node_id: 'MDEyOk9yZ2FuaXphdGlvbjk5MTk=',
    avatar_url: 'https://avatars.githubusercontent.com/u/9919?v=4',
    gravatar_id: '',
    url: 'https://api.github.com/users/github',
    html_url: 'https://github.com/github',
    followers_url: 'https://api.github.com/users/github/followers',
    following_url: 'https://api.github.com/users/github/following{/other_user}',
    gists_url: 'https://api.github.com/users/github/gists{/gist_id}',
    starred_url: 'https://api.github.com/users/github/starred{/owner}{/repo}',
    subscriptions_url: 'https://api.github.com/users/github/subscriptions',
    organizations_url: 'https://api.github.com/users/github/orgs',
    repos_url: 'https://api.github.com/users/github/repos',
    events_url: 'https://api.github.com/users/github/events{/privacy}',
    received_events_url: 'https://api.github.com/users/github/received_events',
    type: 'Organization',
    user_view_type: 'public',
    site_admin: false,
  },
  name: 'GitHub Actions',
  description: 'Automate your workflow from idea to production',
  external_url: 'https://help.github.com/en/actions',
  html_url: 'https://github.com/apps/github-actions',
  created_at: '2018-07-30T09:30:17Z',
  updated_at: '2024-04-10T20:33:16Z',
  permissions: { actions: 'write', checks: 'write', contents: 'write', issues: 'write', metadata: 'read', pull_requests: 'write', statuses: 'write' },
  events: ['check_run', 'check_suite', 'pull_request', 'push', 'release', 'status', 'workflow_dispatch'],
};

const STATUS_DESCRIPTION_LIMIT = 140;

interface CheckInput {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: string;
  conclusion?: string;
  started_at?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: CheckAnnotation[] };
}

function requireApp(ctx: HandlerContext): void {
  if (ctx.tokenSpec.identity.type !== 'Bot') throw basicError(403, 'You must authenticate via a GitHub App.', ctx.operation.docsUrl);
}

function applyCheckInput(ctx: HandlerContext, run: CheckRun, input: CheckInput): void {
  if (input.name !== undefined) run.name = input.name;
  if (input.details_url !== undefined) run.details_url = input.details_url;
  if (input.external_id !== undefined) run.external_id = input.external_id;
  if (input.started_at !== undefined) run.started_at = input.started_at;
  if (input.status !== undefined) run.status = input.status;
  if (input.conclusion !== undefined) {
    run.conclusion = input.conclusion;
    run.status = 'completed';
  }
  if (input.completed_at !== undefined) run.completed_at = input.completed_at;
  if (run.status === 'completed') {
    if (!run.conclusion) throw unprocessable(ctx, 'Invalid request.\n\n"conclusion" wasn\'t supplied.');
    run.completed_at ??= isoNow();
  }
  if (input.output) {
    if (input.output.title !== undefined) run.output.title = input.output.title;
    if (input.output.summary !== undefined) run.output.summary = input.output.summary;
    if (input.output.text !== undefined) run.output.text = input.output.text;
    const list = ctx.state.annotations.get(run.id) ?? [];
    list.push(...(input.output.annotations ?? []));
    ctx.state.annotations.set(run.id, list);
    run.output.annotations_count = list.length;
  }
}

/** The check run as the API returns it: `pull_requests` is computed on every read. */
function checkRunJson(ctx: HandlerContext, run: CheckRun): GitHubObject {
  const pulls = [...ctx.state.pullRequests.values()]
    .filter((pr) => pr.state === 'open' && pr.head.sha === run.head_sha && pr.head.repo.id === pr.base.repo.id)
    .map((pr) => ({
      url: pr.url,
      id: pr.id,
      number: pr.number,
      head: { ref: pr.head.ref, sha: pr.head.sha, repo: { id: pr.head.repo.id, url: pr.head.repo.url, name: pr.head.repo.name } },
      base: { ref: pr.base.ref, sha: pr.base.sha, repo: { id: pr.base.repo.id, url: pr.base.repo.url, name: pr.base.repo.name } },
    }));
  return { ...run, output: { ...run.output }, pull_requests: pulls };
}

function findRun(ctx: HandlerContext): CheckRun {
  const run = ctx.state.checkRuns.find((r) => r.id === ctx.params.check_run_id);
  if (!run) throw notFound(ctx);
  return run;
}

export const checkRoutes: Routes = {
  'checks/create': {
    needs: { anyOf: [['checks', 'write']] },
    handle: (ctx) => {
      requireApp(ctx);
      const input = ctx.body as CheckInput & { name: string; head_sha: string };
      const commit = ctx.state.commits.get(input.head_sha);
      if (!commit) throw unprocessable(ctx, `No commit found for SHA: ${input.head_sha}`);
      const id = ctx.state.nextId();
      let suite = ctx.state.checkSuites.get(commit.sha);
      if (suite === undefined) {
        suite = ctx.state.nextId();
        ctx.state.checkSuites.set(commit.sha, suite);
      }
      const url = `${ctx.state.repoApiUrl}/check-runs/${id}`;
      const html = `${ctx.state.repoWebUrl}/runs/${id}`;
      const run: CheckRun = {
        id,
        name: input.name,
        node_id: nodeId('CR', id),
        head_sha: commit.sha,
        external_id: '',
        url,
        html_url: html,
        details_url: html,
        status: 'queued',
        conclusion: null,
        started_at: isoNow(),
        completed_at: null,
        output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: `${url}/annotations` },
        check_suite: { id: suite },
        app: GITHUB_ACTIONS_APP,
      };
      applyCheckInput(ctx, run, input);
      ctx.state.checkRuns.push(run);
      return created(checkRunJson(ctx, run));
    },
  },
  'checks/update': {
    needs: { anyOf: [['checks', 'write']] },
    handle: (ctx) => {
      requireApp(ctx);
      const run = findRun(ctx);
      // Apply to a copy so a rejected update leaves the stored run unchanged.
      const draft: CheckRun = { ...run, output: { ...run.output } };
      const annotations = [...(ctx.state.annotations.get(run.id) ?? [])];
      try {
        applyCheckInput(ctx, draft, (ctx.body ?? {}) as CheckInput);
      } catch (error) {
        ctx.state.annotations.set(run.id, annotations);
        throw error;
      }
      Object.assign(run, draft);
      return ok(checkRunJson(ctx, run));
    },
  },
  'checks/get': {
    needs: { anyOf: [['checks', 'read']] },
    handle: (ctx) => ok(checkRunJson(ctx, findRun(ctx))),
  },
  'checks/list-for-ref': {
    needs: { anyOf: [['checks', 'read']] },
    handle: (ctx) => {
      const commit = ctx.state.resolveCommit(ctx.params.ref as string);
      if (!commit) throw unprocessable(ctx, `No commit found for SHA: ${String(ctx.params.ref)}`);
      let runs = ctx.state.checkRuns.filter((r) => r.head_sha === commit.sha);
      if (ctx.query.check_name) runs = runs.filter((r) => r.name === ctx.query.check_name);
      if (ctx.query.status) runs = runs.filter((r) => r.status === ctx.query.status);
      if (ctx.params.app_id !== undefined) runs = runs.filter((r) => (r.app as { id: number }).id === ctx.params.app_id);
      if ((ctx.query.filter ?? 'latest') === 'latest') {
        // The most recent run per name.
        const latest = new Map<string, CheckRun>();
        for (const r of runs) latest.set(r.name, r);
        runs = [...latest.values()];
      }
      runs = [...runs].sort((a, b) => b.id - a.id);
      const { page, headers } = paginate(ctx, runs);
      return ok({ total_count: runs.length, check_runs: page.map((r) => checkRunJson(ctx, r)) }, headers);
    },
  },
  'repos/create-commit-status': {
    needs: { anyOf: [['statuses', 'write']] },
    handle: (ctx) => {
      const sha = ctx.params.sha as string;
      const input = ctx.body as { state: string; target_url?: string | null; description?: string | null; context?: string };
      if (!ctx.state.commits.has(sha)) throw unprocessable(ctx, `No commit found for SHA: ${sha}`);
      if (input.description && input.description.length > STATUS_DESCRIPTION_LIMIT) {
        throw validationFailed(ctx, [
          { resource: 'Status', code: 'custom', field: 'description', message: `description is too long (maximum is ${STATUS_DESCRIPTION_LIMIT} characters)` },
        ]);
      }
      const id = ctx.state.nextId();
      const now = isoNow();
      const creator = ctx.state.user(ctx.tokenSpec.identity);
      const record = {
        sha,
        status: {
          url: `${ctx.state.repoApiUrl}/statuses/${sha}`,
          avatar_url: creator.avatar_url as string,
          id,
          node_id: nodeId('SC', id),
          state: input.state,
          description: input.description ?? null,
          target_url: input.target_url ?? null,
          context: input.context ?? 'default',
          created_at: now,
          updated_at: now,
          creator,
        },
      };
      ctx.state.statuses.push(record);
      return created({ ...record.status }, record.status.url);
    },
  },
  'repos/list-commit-statuses-for-ref': {
    needs: { anyOf: [['statuses', 'read']] },
    handle: (ctx) => {
      const commit = ctx.state.resolveCommit(ctx.params.ref as string);
      if (!commit) throw notFound(ctx);
      const list = ctx.state.statuses.filter((s) => s.sha === commit.sha).reverse();
      const { page, headers } = paginate(ctx, list.map((s) => ({ ...s.status })));
      return ok(page, headers);
    },
  },
  'repos/get-combined-status-for-ref': {
    needs: { anyOf: [['statuses', 'read']] },
    handle: (ctx) => {
      const commit = ctx.state.resolveCommit(ctx.params.ref as string);
      if (!commit) throw notFound(ctx);
      // The latest status per context; failure/error beats pending beats success.
      const latest = new Map<string, GitHubObject & { state: string }>();
      for (const s of ctx.state.statuses.filter((r) => r.sha === commit.sha)) latest.set(s.status.context, s.status);
      const states = [...latest.values()].map((s) => s.state);
      const combined = states.some((s) => s === 'failure' || s === 'error')
        ? 'failure'
        : states.length === 0 || states.some((s) => s === 'pending')
          ? 'pending'
          : 'success';
      const statuses = [...latest.values()].map((s) => {
        const copy: GitHubObject = { ...s, required: false };
        delete copy.creator;
        return copy;
      });
      const { page } = paginate(ctx, statuses, 100);
      return ok({
        state: combined,
        statuses: page,
        sha: commit.sha,
        total_count: statuses.length,
        repository: ctx.state.repository(),
        commit_url: `${ctx.state.repoApiUrl}/commits/${commit.sha}`,
        url: `${ctx.state.repoApiUrl}/commits/${commit.sha}/status`,
      });
    },
  },
};
