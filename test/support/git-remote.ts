import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A person's identity for the commits tests make themselves (mlgate's own commits bring theirs). */
export const TEST_IDENTITY = { GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.com', GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ada@example.com' };

/** Runs git in `cwd` as the test's person; its output, trimmed. */
export function testGit(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...TEST_IDENTITY } }).trim();
}

/**
 * A bare repository at `<dir>/remote.git` whose `main` holds one commit of `files` (path → text),
 * and a clone of it at `clone` — a stand-in for a GitHub repository and the runner's checkout.
 */
export function bareRemoteWithClone(dir: string, clone: string, files: Record<string, string>): { remote: string } {
  const remote = join(dir, 'remote.git');
  testGit(dir, 'init', '-q', '--bare', '-b', 'main', remote);
  testGit(dir, 'clone', '-q', remote, clone);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(clone, path)), { recursive: true });
    writeFileSync(join(clone, path), text);
  }
  testGit(clone, 'add', '.');
  testGit(clone, 'commit', '-q', '-m', 'initial');
  testGit(clone, 'push', '-q', 'origin', 'HEAD:refs/heads/main');
  return { remote };
}
