import { execFile } from 'node:child_process';
import { InputError } from '../../errors.js';

export interface GitResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Changed-file lists of 100,000 paths run to megabytes. */
const MAX_OUTPUT = 256 * 1024 * 1024;

/**
 * Runs `git <args>` in `cwd` without a shell; resolves with its exit code and output, rejects only
 * when git cannot start. `env` replaces the child's environment (see `childEnvironment`); `input`
 * is written to its standard input (path lists too long for a command line).
 */
export function runGit(args: readonly string[], cwd: string, options: { env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { cwd, maxBuffer: MAX_OUTPUT, encoding: 'utf8', ...(options.env ? { env: options.env } : {}) }, (error, stdout, stderr) => {
      const code = (error as { code?: unknown } | null)?.code;
      if (error && typeof code !== 'number') {
        reject(code === 'ENOENT' ? new InputError('git is not installed (mlgate plan and propose run the git command line)') : error);
        return;
      }
      resolve({ exitCode: typeof code === 'number' ? code : 0, stdout, stderr });
    });
    // A git that exits before reading all of it (a bad option) closes the pipe: its exit code tells.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input ?? '');
  });
}

/** The change a pull request makes: the files that differ between the merge base of `base` and HEAD, and HEAD. */
export interface BranchChange {
  /** The repository's top folder (the globs and the paths are relative to it). */
  root: string;
  mergeBase: string;
  /** Repository-relative paths, `/`-separated; a renamed file is listed under its old and its new path. */
  files: string[];
}

/**
 * Lists the files changed since `base` forked off: `git merge-base <base> HEAD`, then
 * `git diff --name-only -z --no-renames <merge-base> HEAD` (without rename detection a rename is a
 * deletion and an addition, so both paths count). When the base or the merge base is not in the
 * clone (actions/checkout fetches a single commit by default), the error says how to fetch it,
 * rather than planning nothing.
 */
export async function changedSince(base: string, cwd: string): Promise<BranchChange> {
  const top = await runGit(['rev-parse', '--show-toplevel'], cwd);
  if (top.exitCode !== 0) throw new InputError(`${cwd} is not inside a git repository: mlgate plan compares commits (${firstLine(top.stderr)})`);
  const root = top.stdout.trim();
  const shallow = (await runGit(['rev-parse', '--is-shallow-repository'], root)).stdout.trim() === 'true';
  const fetchHint = shallow
    ? 'this clone is shallow: check out the whole history (actions/checkout with `fetch-depth: 0`, or `git fetch --unshallow`)'
    : 'fetch it (`git fetch origin <branch>`; in Actions, actions/checkout with `fetch-depth: 0`)';
  const baseCommit = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${base}^{commit}`], root);
  if (baseCommit.exitCode !== 0) throw new InputError(`base \`${base}\` is not a commit in this clone: ${fetchHint}`);
  const head = await runGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], root);
  if (head.exitCode !== 0) throw new InputError(`${root}: HEAD is not a commit (an empty repository?)`);
  const mergeBase = await runGit(['merge-base', baseCommit.stdout.trim(), head.stdout.trim()], root);
  if (mergeBase.exitCode !== 0) {
    throw new InputError(shallow
      ? `no merge base of \`${base}\` and HEAD in this shallow clone: ${fetchHint}`
      : `\`${base}\` and HEAD share no history (no merge base): give the branch the change was made from as the base`);
  }
  const commit = mergeBase.stdout.trim();
  const diff = await runGit(['-c', 'core.quotePath=false', 'diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', commit, head.stdout.trim(), '--'], root);
  if (diff.exitCode !== 0) throw new InputError(`git diff ${commit} HEAD failed: ${firstLine(diff.stderr)}`);
  return { root, mergeBase: commit, files: diff.stdout.split('\0').filter((path) => path !== '') };
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] || 'no message';
}
