import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../../errors.js';

/** The policy files the gate reads from the repository root when no policy is given, in this order. */
export const POLICY_FILE_NAMES = ['.mlgate.yml', '.mlgate.yaml'] as const;

/**
 * The repository root the policy file is looked up in: the Actions workspace (GITHUB_WORKSPACE)
 * when set, else the git top level of `cwd`, else `cwd` itself (not a git work tree).
 */
export function repositoryRoot(cwd: string, workspace: string | null): string {
  if (workspace) return resolve(workspace);
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (top) return top;
  } catch {
    // not a git work tree (or no git): the working directory is the root
  }
  return resolve(cwd);
}

/** `.mlgate.yml` or `.mlgate.yaml` in `root`, or undefined; both at once is refused (which one counts would be a guess). */
export function findPolicyFile(root: string): string | undefined {
  const found = POLICY_FILE_NAMES.map((name) => join(root, name)).filter((path) => existsSync(path));
  if (found.length > 1) throw new InputError(`${found.join(' and ')}: two policy files; keep one`);
  return found[0];
}
