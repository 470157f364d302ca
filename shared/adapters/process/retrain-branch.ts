import { globSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ExternalServiceError, InputError } from '../../errors.js';
import { childEnvironment } from '../environment.js';
import { runGit, type GitResult } from './git.js';

/**
 * The git side of a retrain proposal, through the git command line the runner has: one commit of
 * the retrained files on top of the base branch's tip, built without touching the user's checkout
 * (a temporary index: `read-tree`, `hash-object -w`, `update-index --cacheinfo`, `write-tree`,
 * `commit-tree`), then pushed to the proposal branch with a lease on the tip that was seen.
 *
 * The branch is mlgate's alone: its tip must be a commit mlgate made for this model (the trailer
 * `Mlgate-Retrain: <model>`) whose parent is in the base branch's history. Anything else (a person
 * pushed to it, another model's branch) is refused and left as it is; so is the base branch itself.
 * Each proposal replaces the previous one (a force push, leased), so the pull request always holds
 * one commit on the current base.
 */

/** The trailer that marks mlgate's commits on a proposal branch. */
export const RETRAIN_TRAILER = 'Mlgate-Retrain';

/** The identity of the commit when git has none configured (a fresh runner): GitHub's Actions bot. */
const BOT_IDENTITY = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

export interface RetrainCommitRequest {
  /** Where git runs (inside the checkout); relative file paths resolve from here. */
  cwd: string;
  model: string;
  /** Files, folders (every file in them) or globs, relative to `cwd`, inside the repository. */
  files: readonly string[];
  branch: string;
  /** Empty: the remote's default branch (its HEAD). */
  base?: string;
  remote: string;
  /** Commit subject; the body and trailer are added. */
  subject: string;
  /** Lines for the commit body (what was retrained, the run). */
  body: string;
  /** Token for an https remote (sent as a one-off header, never stored). */
  token?: string;
  /** Called with each value that must not appear in logs (the encoded header). */
  mask?: (secret: string) => void;
}

export interface RetrainCommitResult {
  base: string;
  baseSha: string;
  branch: string;
  /** The branch's tip after this run (the new commit, or the one already there); null when nothing was proposed. */
  commit: string | null;
  /** pushed: a new commit on the branch; same: the branch already held these files on this base; unchanged: the files equal the base's. */
  outcome: 'pushed' | 'same' | 'unchanged';
  /** Repository-relative paths committed. */
  paths: string[];
}

/** Talking to the remote never waits for a password typed at a terminal: a missing credential fails at once. */
const noPrompt = () => ({ env: childEnvironment({ GIT_TERMINAL_PROMPT: '0' }) });

/** Builds the proposal's commit and pushes it (or says why not). */
export async function pushRetrainCommit(request: RetrainCommitRequest): Promise<RetrainCommitResult> {
  const top = await gitOut(['rev-parse', '--show-toplevel'], request.cwd, (r) => new InputError(`${request.cwd} is not inside a git repository: mlgate propose commits with git (${firstLine(r.stderr)})`));
  const url = await gitOut(['remote', 'get-url', request.remote], top, () => new InputError(`remote \`${request.remote}\` is not configured in ${top} (git remote -v lists the remotes; actions/checkout names it origin)`));
  const auth = authArgs(url, request.token, request.mask);
  const branchRef = await checkBranchName(request.branch, top);
  const base = request.base ?? (await remoteDefaultBranch(top, request.remote, auth));
  const baseRef = await checkBranchName(base, top);
  if (baseRef === branchRef) throw new InputError(`branch \`${request.branch}\` is the base branch: mlgate proposes on its own branch and never pushes to the base (give another \`branch\`)`);

  const paths = expandFiles(request.files, request.cwd, top);
  const tips = await remoteTips(top, request.remote, auth, [baseRef, branchRef]);
  const baseSha = tips.get(baseRef);
  if (!baseSha) throw new InputError(`base branch \`${base}\` does not exist on remote \`${request.remote}\``);
  const branchTip = tips.get(branchRef) ?? null;
  await fetchTips(top, request.remote, auth, [baseRef, ...(branchTip ? [branchRef] : [])]);
  const wanted = [baseSha, ...(branchTip ? [branchTip] : [])];
  const present = (await runGit(['cat-file', '--batch-check'], top, { input: `${wanted.join('\n')}\n` })).stdout.split('\n');
  wanted.forEach((sha, i) => {
    if (!(present[i] ?? '').startsWith(`${sha} commit `)) {
      throw new InputError(`branch \`${sha === baseSha ? base : request.branch}\` moved on remote \`${request.remote}\` while mlgate read it: nothing was pushed; run again`);
    }
  });

  const tree = await treeWith(top, baseSha, paths);
  const [baseTree, tipTree] = (await gitOut(['rev-parse', `${baseSha}^{tree}`, ...(branchTip ? [`${branchTip}^{tree}`] : [])], top, failed('rev-parse'))).split('\n');
  const tipParents = branchTip ? await checkOurs(top, branchTip, baseSha, request) : [];
  if (tree === baseTree) return { base, baseSha, branch: request.branch, commit: null, outcome: 'unchanged', paths };
  if (branchTip && tipTree === tree && tipParents[0] === baseSha) return { base, baseSha, branch: request.branch, commit: branchTip, outcome: 'same', paths };

  const message = `${request.subject}\n\n${request.body.trim()}\n\n${RETRAIN_TRAILER}: ${request.model}\n`;
  const commit = await gitOut([...(await defaultIdentity(top)), 'commit-tree', tree, '-p', baseSha, '-m', message], top, failed('commit-tree'));
  const lease = `--force-with-lease=${branchRef}:${branchTip ?? ''}`;
  const push = await runGit([...auth, 'push', '--porcelain', '--no-verify', lease, request.remote, `${commit}:${branchRef}`], top, noPrompt());
  if (push.exitCode !== 0) throw pushFailure(push, request);
  return { base, baseSha, branch: request.branch, commit, outcome: 'pushed', paths };
}

/**
 * `-c` options that send the token as actions/checkout does (basic auth, user x-access-token) to an
 * https remote's origin for this one command. The empty value first drops a header actions/checkout
 * persisted for the same origin (its job token), so only this token is sent; nothing is written
 * to the git config.
 */
export function authArgs(url: string, token: string | undefined, mask?: (secret: string) => void): string[] {
  if (!token || !/^https?:\/\//i.test(url)) return [];
  const origin = new URL(url).origin;
  const header = Buffer.from(`x-access-token:${token}`).toString('base64');
  mask?.(header);
  return ['-c', `http.${origin}/.extraheader=`, '-c', `http.${origin}/.extraheader=AUTHORIZATION: basic ${header}`];
}

/** `refs/heads/<name>`, when git accepts it as a branch name. */
async function checkBranchName(name: string, cwd: string): Promise<string> {
  const ref = `refs/heads/${name}`;
  const check = await runGit(['check-ref-format', ref], cwd);
  if (check.exitCode !== 0 || name.startsWith('-')) throw new InputError(`branch \`${name}\` is not a valid git branch name (git check-ref-format)`);
  return ref;
}

/** The branch the remote's HEAD points at (GitHub: the default branch). */
async function remoteDefaultBranch(cwd: string, remote: string, auth: string[]): Promise<string> {
  const result = await runGit([...auth, 'ls-remote', '--symref', remote, 'HEAD'], cwd, noPrompt());
  if (result.exitCode !== 0) throw remoteFailure('git ls-remote', remote, result);
  const match = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(result.stdout);
  if (!match) throw new InputError(`remote \`${remote}\` names no default branch (HEAD): give \`base\``);
  return match[1];
}

async function remoteTips(cwd: string, remote: string, auth: string[], refs: string[]): Promise<Map<string, string>> {
  const result = await runGit([...auth, 'ls-remote', remote, ...refs], cwd, noPrompt());
  if (result.exitCode !== 0) throw remoteFailure('git ls-remote', remote, result);
  const tips = new Map<string, string>();
  for (const line of result.stdout.split('\n').filter(Boolean)) {
    const [sha, ref] = line.split('\t');
    if (refs.includes(ref)) tips.set(ref, sha);
  }
  return tips;
}

/** Fetches the refs' commits (into FETCH_HEAD only: no local branch or remote-tracking ref changes). */
async function fetchTips(cwd: string, remote: string, auth: string[], refs: string[]): Promise<void> {
  const result = await runGit([...auth, 'fetch', '--quiet', '--no-tags', '--no-recurse-submodules', remote, ...refs], cwd, noPrompt());
  if (result.exitCode !== 0) throw remoteFailure('git fetch', remote, result);
}

/** Refuses a branch tip mlgate did not make for this model on this base's history; answers its parents. */
async function checkOurs(cwd: string, tip: string, baseSha: string, request: RetrainCommitRequest): Promise<string[]> {
  const [parentList, trailers = ''] = (await gitOut(['log', '-1', `--format=%P%x01%(trailers:key=${RETRAIN_TRAILER},valueonly,separator=%x00)`, tip], cwd, failed('log'))).split('\x01');
  const parents = parentList.split(' ').filter(Boolean);
  const why = !trailers.split('\0').map((v) => v.trim()).includes(request.model) ? `its tip ${tip.slice(0, 12)} was not made by mlgate for model \`${request.model}\` (no \`${RETRAIN_TRAILER}: ${request.model}\` trailer)`
    : parents.length !== 1 ? `its tip ${tip.slice(0, 12)} is a merge`
      : (await runGit(['merge-base', '--is-ancestor', parents[0], baseSha], cwd)).exitCode !== 0 ? `its tip ${tip.slice(0, 12)} sits on commits that are not in the base branch`
        : undefined;
  if (why) {
    throw new InputError(`branch \`${request.branch}\` on remote \`${request.remote}\`: ${why}. mlgate never overwrites what it did not make: merge or close the work on it and delete the branch, or give another \`branch\``);
  }
  return parents;
}

/** The base's tree with the files added or replaced, written through a temporary index. */
async function treeWith(cwd: string, baseSha: string, paths: string[]): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'mlgate-propose-'));
  try {
    const env = childEnvironment({ GIT_INDEX_FILE: join(folder, 'index') });
    await gitOut(['read-tree', baseSha], cwd, failed('read-tree'), { env });
    // Paths on standard input, one a line (a model folder may list more than a command line holds);
    // hash-object applies the path's filters (Git LFS's clean filter makes the pointer), as git add would.
    if (paths.some((path) => /[\n\r\0]/.test(path))) throw new InputError(`files: a file name holds a line break, which git's path lists cannot carry: rename it`);
    const shas = (await gitOut(['hash-object', '-w', '--stdin-paths'], cwd, failed('hash-object'), { env, input: `${paths.join('\n')}\n` })).split('\n');
    const entries = paths.map((path, i) => `${(statSync(join(cwd, path)).mode & 0o111) !== 0 ? '100755' : '100644'} ${shas[i]}\t${path}`);
    await gitOut(['update-index', '--add', '-z', '--index-info'], cwd, failed('update-index'), { env, input: `${entries.join('\0')}\0` });
    return await gitOut(['write-tree'], cwd, failed('write-tree'), { env });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Repository-relative, `/`-separated paths of the files named: a file, every file under a folder,
 * or what a glob matches. Each must exist and lie inside the repository (not in `.git`).
 */
export function expandFiles(entries: readonly string[], cwd: string, top: string): string[] {
  if (entries.length === 0) throw new InputError('`files` is empty: name the retrained files to propose (params, metrics, run record, model files)');
  const found = new Set<string>();
  for (const entry of entries) {
    const matches = /[*?[]/.test(entry) ? globSync(entry, { cwd }).map((m) => resolve(cwd, m)) : [resolve(cwd, entry)];
    if (matches.length === 0) throw new InputError(`files: \`${entry}\` matches no file`);
    for (const match of matches) {
      const stat = statSync(match, { throwIfNoEntry: false });
      if (!stat) throw new InputError(`files: \`${entry}\` not found`);
      for (const file of stat.isDirectory() ? filesUnder(match) : [match]) {
        const path = relative(top, file);
        if (path === '' || path.startsWith('..') || isAbsolute(path)) throw new InputError(`files: \`${entry}\` is outside the repository ${top}`);
        const posix = path.split(sep).join('/');
        if (posix === '.git' || posix.startsWith('.git/')) throw new InputError(`files: \`${entry}\` is inside .git`);
        found.add(posix);
      }
    }
  }
  if (found.size === 0) throw new InputError(`files: ${entries.join(', ')} hold no file`);
  return [...found].sort();
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * GitHub's Actions bot as author and committer (`-c user.name/user.email`) when git has no
 * identity configured (a fresh runner). A configured identity, or `GIT_AUTHOR_*`/`GIT_COMMITTER_*`
 * variables (which git ranks above config), are kept.
 */
async function defaultIdentity(cwd: string): Promise<string[]> {
  const configured = (await runGit(['config', '--get-regexp', '^user\\.(name|email)$'], cwd)).stdout.split('\n')
    .map((line) => /^user\.(name|email) (.*\S.*)$/i.exec(line)?.[1]?.toLowerCase()).filter(Boolean);
  return [
    ...(configured.includes('name') ? [] : ['-c', `user.name=${BOT_IDENTITY.name}`]),
    ...(configured.includes('email') ? [] : ['-c', `user.email=${BOT_IDENTITY.email}`]),
  ];
}

function pushFailure(push: GitResult, request: RetrainCommitRequest): Error {
  const text = `${push.stdout}\n${push.stderr}`;
  if (/stale info|\[rejected\]|fetch first|non-fast-forward/i.test(text)) {
    return new InputError(`branch \`${request.branch}\` changed on remote \`${request.remote}\` while mlgate prepared its commit (someone pushed): nothing was overwritten; run again`);
  }
  if (/\b403\b|permission to .* denied|not allowed|write access/i.test(text)) {
    return new InputError(`the token may not push to \`${request.remote}\`: give the job \`permissions: contents: write\` (${firstLine(push.stderr)})`);
  }
  return remoteFailure('git push', request.remote, push);
}

function remoteFailure(command: string, remote: string, result: GitResult): ExternalServiceError {
  return new ExternalServiceError({ service: 'git', call: command, request: `${command} ${remote}`, status: undefined, detail: firstLine(result.stderr), retries: 0 });
}

/** A failed local git command: git itself or the repository is broken, not the user's input. */
function failed(command: string) {
  return (result: GitResult) => new Error(`git ${command} failed (exit ${result.exitCode}): ${firstLine(result.stderr)}`);
}

async function gitOut(args: string[], cwd: string, error: (result: GitResult) => Error, options: { env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<string> {
  const result = await runGit(args, cwd, options);
  if (result.exitCode !== 0) throw error(result);
  return result.stdout.trim();
}

function firstLine(text: string): string {
  return text.trim().split('\n').filter((line) => !/^hint:/.test(line))[0] || 'no message';
}
