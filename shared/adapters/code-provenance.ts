import { execFileSync } from 'node:child_process';
import type { RunEnvironment } from './environment.js';
import type { LineageRecord } from '../core/lineage/record.js';

/**
 * Where the code came from: from the Actions environment when present (GITHUB_* variables the
 * runner sets), else from the local git checkout, else unknown (`null`, never guessed).
 */
export function codeProvenance(environment: RunEnvironment, cwd = process.cwd()): LineageRecord['code'] {
  const { repository } = environment;
  return {
    repository: repository ? `${repository.owner}/${repository.repo}` : null,
    commit: environment.sha ?? git(['rev-parse', 'HEAD'], cwd),
    ref: environment.ref ?? git(['symbolic-ref', '-q', 'HEAD'], cwd),
    workflow: environment.workflowRef ?? environment.workflow,
    run_id: environment.runId,
    run_attempt: environment.runAttempt,
    run_url: environment.runUrl,
    merge_base: mergeBase(environment.baseRef, cwd),
  };
}

/**
 * Only pull request runs have a base to compare with (`GITHUB_BASE_REF` is set for
 * `pull_request` and `pull_request_target` events only). A `pull_request` checkout is GitHub's
 * test merge commit, whose parents are the base tip and the pull request head: their merge base
 * is where the branch started. A checkout of the head itself is compared with the fetched base
 * branch. actions/checkout fetches one commit by default, so this is usually `null` unless the
 * workflow sets `fetch-depth: 0`.
 */
function mergeBase(baseRef: string | null, cwd: string): string | null {
  if (!baseRef) return null;
  if (git(['rev-parse', '-q', '--verify', 'HEAD^2'], cwd)) return git(['merge-base', 'HEAD^1', 'HEAD^2'], cwd);
  return git(['merge-base', 'HEAD', `refs/remotes/origin/${baseRef}`], cwd);
}

function git(args: string[], cwd: string): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}
