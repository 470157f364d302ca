import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { RunEnvironment } from '../adapters/environment.js';
import { checkModelName } from '../adapters/registry/names.js';
import { openGateway, type NetworkPolicy } from '../adapters/github/gateway/index.js';
import { pushRetrainCommit, type RetrainCommitResult } from '../adapters/process/retrain-branch.js';
import { retrainMarker, syncRetrainPullRequest, type RetrainPullRequestResult } from '../adapters/github/retrain-pull-request.js';
import type { Logger } from './command.js';

export interface ProposeOptions {
  model: string;
  files: readonly string[];
  /** Markdown report (the gate's) for the sticky comment and the body's verdict line. */
  report?: string;
  /** Default `mlgate/retrain/<model>`. */
  branch?: string;
  /** Default: the remote's default branch. */
  base?: string;
  title?: string;
  remote: string;
  /** Where git runs and relative paths resolve from. */
  cwd: string;
  commentAuthor?: string;
  token: string | undefined;
  environment: RunEnvironment;
  log: Logger;
  /** Hides a secret from logs (the action door masks it). */
  mask?: (secret: string) => void;
  policy?: Partial<NetworkPolicy>;
}

export interface ProposeResult {
  model: string;
  branch: string;
  base: string;
  /** The branch's tip (empty when nothing was proposed). */
  commit: string;
  /** opened, updated, or unchanged (nothing new to propose: the files equal the base's, or the branch already holds them). */
  action: 'opened' | 'updated' | 'unchanged';
  pull_request: { number: number; url: string } | null;
  comment_url: string | null;
  /** Repository-relative paths proposed. */
  files: string[];
  /** One sentence for the log and the job summary. */
  note: string;
}

/** The proposal branch of a model: GTO's `dir:name` is written `dir=name`, as in its tags. */
export function retrainBranch(model: string): string {
  return `mlgate/retrain/${model.replace(':', '=')}`;
}

/**
 * Proposes a retrained model as a pull request a person merges or closes: the retrained files as
 * one commit on top of the base branch, pushed to the model's own branch (`mlgate/retrain/<model>`,
 * never the base), and one open pull request for it, created or updated, with the report as its
 * sticky comment. Nothing changes when the files equal the base's or the branch already holds
 * them. The checks come first (token, repository, files, report), so a bad input pushes nothing.
 */
export async function propose(options: ProposeOptions): Promise<ProposeResult> {
  const model = checkModelName(options.model.trim());
  const branch = options.branch?.trim() || retrainBranch(model);
  const repository = options.environment.repository;
  if (!options.token) throw new InputError('propose needs a token that may push and open pull requests (the action\'s github-token input; the CLI reads GITHUB_TOKEN)');
  if (!repository) throw new InputError('propose needs the repository (GITHUB_REPOSITORY=owner/name; set by the runner)');
  const report = options.report === undefined ? null : readReport(options.report);
  // One line: it is the commit's subject too.
  const title = options.title?.replace(/\s+/g, ' ').trim() || `Retrain ${model}`;

  const pushed = await pushRetrainCommit({
    cwd: options.cwd, model, files: options.files, branch, ...(options.base?.trim() ? { base: options.base.trim() } : {}), remote: options.remote,
    subject: title, body: `Retrained by mlgate propose${options.environment.runUrl ? ` in ${options.environment.runUrl}` : ''}.`,
    token: options.token, ...(options.mask ? { mask: options.mask } : {}),
  });
  const base = { model, branch, base: pushed.base, files: pushed.paths };
  if (pushed.outcome === 'unchanged') {
    return { ...base, commit: '', action: 'unchanged', pull_request: null, comment_url: null, note: `${model}: the retrained files equal ${pushed.base}'s: nothing to propose` };
  }

  const gateway = openGateway(options.environment, { token: options.token, log: options.log, ...(options.policy ? { policy: options.policy } : {}) });
  const request = {
    owner: repository.owner, repo: repository.repo, model, branch, base: pushed.base, title, body: pullRequestBody(model, pushed, report, options.environment.runUrl),
    report, ...(options.commentAuthor ? { commentAuthor: options.commentAuthor } : {}),
  };
  let pr: RetrainPullRequestResult;
  if (pushed.outcome === 'same') {
    // The branch already holds these files: leave an open pull request as it is, open one if none is (a run that pushed and then failed).
    const opened = await syncRetrainPullRequest(gateway, { ...request, onlyIfMissing: true });
    if (opened === null) {
      return { ...base, commit: pushed.commit ?? '', action: 'unchanged', pull_request: null, comment_url: null, note: `${model}: ${branch} already proposes these files on ${pushed.base}; its pull request is left as it is` };
    }
    pr = opened;
  } else {
    pr = (await syncRetrainPullRequest(gateway, request))!;
  }
  const said = pr.action === 'opened' ? 'opened' : 'updated';
  return {
    ...base, commit: pushed.commit ?? '', action: pr.action, pull_request: { number: pr.number, url: pr.url }, comment_url: pr.comment?.url ?? null,
    note: `${model}: ${said} pull request #${pr.number} (${branch} → ${pushed.base})`,
  };
}

function readReport(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`report: ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (error as Error).message}`);
  }
  if (text.trim() === '') throw new InputError(`report: ${path} is empty (give the gate's markdown report, its \`report-markdown\` output)`);
  return text;
}

/** The report's first heading (the gate's verdict line), for the body. */
function verdictLine(report: string | null): string | null {
  const line = report?.split('\n').find((l) => /^#{1,6}\s/.test(l));
  return line ? line.replace(/^#{1,6}\s+/, '').trim() : null;
}

export function pullRequestBody(model: string, pushed: Pick<RetrainCommitResult, 'paths' | 'base' | 'baseSha'>, report: string | null, runUrl: string | null): string {
  const escaped = model.replace(/[\\`*_[\]<>]/g, '\\$&');
  const verdict = verdictLine(report);
  const shown = pushed.paths.slice(0, 50).map((p) => `- \`${p.replace(/`/g, "'")}\``);
  if (pushed.paths.length > 50) shown.push(`- … and ${pushed.paths.length - 50} more`);
  return [
    retrainMarker(model),
    `mlgate retrained **${escaped}** on fresh data${runUrl ? ` in [this run](${runUrl})` : ''} and proposes the result against \`${pushed.base}\` (${pushed.baseSha.slice(0, 12)}). Merge to adopt it; close to keep the current model.`,
    ...(verdict ? ['', `**Report:** ${verdict} (in the comment below).`] : []),
    '',
    'Files:',
    ...shown,
    '',
    '<sub>mlgate replaces this branch\'s commit on every retrain. Do not push to it: mlgate then refuses to overwrite it.</sub>',
    '',
  ].join('\n');
}
