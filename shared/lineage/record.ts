import { execFileSync } from 'node:child_process';

/**
 * `lineage.json`: where a published model came from — its files, the code, data and parameters
 * that made it, how it scored and against which parent it was compared. Plain JSON, written once
 * at publish time and never changed after (releases may be immutable).
 */
export interface LineageRecord {
  schema: 'mlgate-lineage/1';
  model: string;
  version: string;
  /** Every published file with its digest: what `fetch` verifies. */
  subjects: { name: string; sha256: string; size: number }[];
  code: {
    repository: string | null;
    commit: string | null;
    ref: string | null;
    workflow: string | null;
    run_id: string | null;
    run_attempt: string | null;
    run_url: string | null;
  };
  data: { name: string; uri: string; sha256: string; rows: number | null; schema_fingerprint: string | null }[];
  parameters: Record<string, unknown>;
  metrics: { values: Record<string, number>; intervals?: Record<string, [number, number]>; evaluation_set_sha256: string | null };
  parent: { version: string; verdict: string | null } | null;
  drift: { dataset_drifted: boolean; share_drifted: number } | null;
  environment: { runner_os: string | null; node: string; command: string | null; tool: string };
  created_at: string;
}

/**
 * Where the code came from: from the Actions environment when present (GITHUB_* variables the
 * runner sets), else from the local git checkout, else unknown (`null`, never guessed).
 */
export function codeProvenance(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): LineageRecord['code'] {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repository = env.GITHUB_REPOSITORY ?? null;
  const runId = env.GITHUB_RUN_ID ?? null;
  return {
    repository,
    commit: env.GITHUB_SHA ?? git(['rev-parse', 'HEAD'], cwd),
    ref: env.GITHUB_REF ?? git(['symbolic-ref', '-q', 'HEAD'], cwd),
    workflow: env.GITHUB_WORKFLOW_REF ?? env.GITHUB_WORKFLOW ?? null,
    run_id: runId,
    run_attempt: env.GITHUB_RUN_ATTEMPT ?? null,
    run_url: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : null,
  };
}

function git(args: string[], cwd: string): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}
