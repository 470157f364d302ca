import { NO_AUTOMATIC_RETRY, statusOf, type GitHubGateway } from './gateway/index.js';
import { COMMENT_LIMIT, tokenIdentity } from './sticky-comment.js';

/** The label every monitoring issue carries (created when the repository lacks it). */
export const DRIFT_LABEL = 'mlgate-drift';
const LABEL_COLOR = 'd93f0b';
const LABEL_DESCRIPTION = 'Production data drifted from the model\'s reference (opened and closed by mlgate monitor)';

/** GitHub refuses issue bodies longer than this many characters, as it does comments. */
export const ISSUE_BODY_LIMIT = COMMENT_LIMIT;

/**
 * The hidden marker that finds a model's issue again. The name is URI-encoded so no model name can
 * close the HTML comment early or forge another model's marker.
 */
export function monitorMarker(model: string): string {
  return `<!-- mlgate-monitor: ${encodeURIComponent(model)} -->`;
}

export interface DriftIssueRequest {
  owner: string;
  repo: string;
  model: string;
  drifted: boolean;
  /** The drift report as markdown, already fitted under `ISSUE_BODY_LIMIT` less room for the header. */
  markdown: string;
  /** Drifted columns, for the follow-up comments. */
  driftedColumns: number;
  /** The day of this check (`2026-11-30`), for the follow-up comments. */
  date: string;
  /** This run's page, linked from the body and comments. */
  runUrl: string | null;
  /** Login the issue must belong to; default: the token's own identity (see `tokenIdentity`). */
  author?: string;
}

export interface DriftIssueResult {
  /** opened: a new issue; updated: drift persists; closed: drift cleared; none: no drift and no open issue. */
  action: 'opened' | 'updated' | 'closed' | 'none';
  number: number | null;
  url: string | null;
  author: string;
}

/** Characters the body adds around the report: the marker, the title line and the run link. */
export const ISSUE_BODY_OVERHEAD = 1_024;

/**
 * Keeps one open issue per model in step with the latest check: drift opens it (or updates its body
 * and adds a short "still drifted" comment), no drift closes it with a comment. Only an open issue
 * that mlgate made is ever touched: it must carry the `mlgate-drift` label, start with the model's
 * marker **and** belong to `author` (a marker pasted into someone else's issue is ignored). A drift
 * that returns after an issue was closed opens a new one: each is one episode.
 */
export async function syncDriftIssue(gateway: Pick<GitHubGateway, 'client' | 'createOnce'>, request: DriftIssueRequest): Promise<DriftIssueResult> {
  const { client } = gateway;
  const author = request.author ?? (await tokenIdentity(client));
  const marker = monitorMarker(request.model);
  const repo = { owner: request.owner, repo: request.repo };
  const existing = (await findOurs(gateway, request, marker, author))[0];
  const runLink = request.runUrl ? ` ([run](${request.runUrl}))` : '';

  if (!request.drifted) {
    if (!existing) return { action: 'none', number: null, url: null, author };
    await client.rest.issues.createComment({ ...repo, issue_number: existing.number, body: `Drift cleared on ${request.date}: no dataset drift${runLink}. Closing; mlgate opens a new issue if it returns.` });
    const { data } = await client.rest.issues.update({ ...repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: data.number, url: data.html_url, author };
  }

  const body = issueBody(marker, request);
  if (existing) {
    const { data } = await client.rest.issues.update({ ...repo, issue_number: existing.number, body });
    const columns = `${request.driftedColumns} column${request.driftedColumns === 1 ? '' : 's'}`;
    await client.rest.issues.createComment({ ...repo, issue_number: existing.number, body: `Still drifted on ${request.date}: ${columns}${runLink}.` });
    return { action: 'updated', number: data.number, url: data.html_url, author };
  }
  await ensureLabel(gateway, repo);
  // Creating an issue twice after a lost answer would leave a duplicate: look for what the lost
  // attempt made before sending it again.
  const made = await gateway.createOnce(
    async () => (await client.rest.issues.create({ ...repo, title: `Data drift: ${request.model}`, body, labels: [DRIFT_LABEL], ...NO_AUTOMATIC_RETRY })).data,
    async () => (await findOurs(gateway, request, marker, author))[0],
  );
  return { action: 'opened', number: made.number, url: made.html_url, author };
}

/** The model's open mlgate issues, oldest first (label, marker and author all match). */
async function findOurs(gateway: Pick<GitHubGateway, 'client'>, request: DriftIssueRequest, marker: string, author: string) {
  // The author is checked here, not with the `creator` filter: how GitHub spells an app's login in
  // that filter (`github-actions[bot]` or `app/github-actions`) is not documented, and a filter
  // that matched nothing would open a new issue every day. The label keeps the list short.
  const issues = await gateway.client.paginate(gateway.client.rest.issues.listForRepo, {
    owner: request.owner, repo: request.repo, state: 'open', labels: DRIFT_LABEL, per_page: 100,
  });
  return issues
    .filter((i) => !i.pull_request && i.user?.login === author && (i.body ?? '').startsWith(marker)
      && i.labels.some((l) => (typeof l === 'string' ? l : l.name) === DRIFT_LABEL))
    .sort((a, b) => a.number - b.number);
}

async function ensureLabel(gateway: Pick<GitHubGateway, 'client'>, repo: { owner: string; repo: string }): Promise<void> {
  try {
    await gateway.client.rest.issues.getLabel({ ...repo, name: DRIFT_LABEL });
    return;
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
  try {
    await gateway.client.rest.issues.createLabel({ ...repo, name: DRIFT_LABEL, color: LABEL_COLOR, description: LABEL_DESCRIPTION });
  } catch (error) {
    if (statusOf(error) !== 422) throw error; // another run created it first
  }
}

/** Marker, one line naming the model and run, then the drift report. */
export function issueBody(marker: string, request: Pick<DriftIssueRequest, 'model' | 'date' | 'runUrl' | 'markdown'>): string {
  const run = request.runUrl ? ` by [this run](${request.runUrl})` : '';
  const body = `${marker}\nProduction data of **${request.model.replace(/[\\`*_[\]<>]/g, '\\$&')}** drifted from its reference (checked ${request.date}${run}). mlgate updates this issue while the drift lasts and closes it when it clears.\n\n${request.markdown.trimEnd()}\n`;
  if ([...body].length > ISSUE_BODY_LIMIT) throw new RangeError(`issue body is ${[...body].length} characters, over GitHub's ${ISSUE_BODY_LIMIT}: fit the report first`);
  return body;
}
