import { execFileSync } from 'node:child_process';
import type { EmulatorState } from './state.js';

/**
 * Loads a real git repository's commits, tags and committed files into the emulator, so a test can
 * build a repository with git itself (`git tag -a` with `GIT_COMMITTER_DATE` for tagger dates, as
 * GTO does) and read it through the API: commits with their parents, `refs/tags/*` (annotated
 * tags as tag objects with tagger, date and message; lightweight tags pointing at the commit),
 * the branches, and the files of each commit (for `GET /contents/{path}`).
 */
export function importGitRepository(state: EmulatorState, dir: string): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  for (const line of git('rev-list', '--all', '--parents', '--reverse', '--topo-order').split('\n').filter(Boolean)) {
    const [sha, ...parents] = line.split(' ');
    state.addCommit({ sha, parents, message: git('log', '-1', '--format=%B', sha) });
    for (const path of git('ls-tree', '-r', '--name-only', sha).split('\n').filter(Boolean)) {
      state.setFile(sha, path, execFileSync('git', ['show', `${sha}:${path}`], { cwd: dir }));
    }
  }
  const records = git('for-each-ref', '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(*objectname)%00%(taggername)%00%(taggeremail)%00%(taggerdate:iso-strict)%00%(contents)%1e', 'refs/heads', 'refs/tags');
  for (const record of records.split('\u001e').map((r) => r.replace(/^\n/, '')).filter(Boolean)) {
    const [ref, type, sha, target, name, email, date, message] = record.split('\u0000');
    state.refs.set(ref, sha);
    if (type !== 'tag') continue;
    state.tags.set(sha, {
      sha, url: `${state.repoApiUrl}/git/tags/${sha}`, node_id: `TAG_${sha.slice(0, 12)}`, tag: ref.replace(/^refs\/tags\//, ''), message,
      tagger: { name, email: email.replace(/^<|>$/g, ''), date: new Date(date).toISOString().replace('.000Z', 'Z') },
      object: { sha: target, type: 'commit', url: `${state.repoApiUrl}/git/commits/${target}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    });
  }
}
