import { execFileSync } from 'node:child_process';
import type { EmulatorState } from './state.js';

/**
 * Loads a real git repository's commits, tags and committed files into the emulator, so a test can
 * build a repository with git itself (`git tag -a` with `GIT_COMMITTER_DATE` for tagger dates, as
 * GTO does) and read it through the API: commits with their parents, `refs/tags/*` (annotated
 * tags as tag objects with tagger, date and message; lightweight tags pointing at the commit),
 * the branches, and the files of each commit (for `GET /contents/{path}`).
 */
export function importGitRepository(state: EmulatorState, dir: string, known: ReadonlySet<string> = new Set()): Set<string> {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const refs = new Set<string>();
  for (const line of git('rev-list', '--all', '--parents', '--reverse', '--topo-order').split('\n').filter(Boolean)) {
    const [sha, ...parents] = line.split(' ');
    if (known.has(sha)) continue;
    state.addCommit({ sha, parents, message: git('log', '-1', '--format=%B', sha) });
    for (const path of git('ls-tree', '-r', '--name-only', sha).split('\n').filter(Boolean)) {
      state.setFile(sha, path, execFileSync('git', ['show', `${sha}:${path}`], { cwd: dir }));
    }
  }
  const records = git('for-each-ref', '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(*objectname)%00%(taggername)%00%(taggeremail)%00%(taggerdate:iso-strict)%00%(contents)%1e', 'refs/heads', 'refs/tags');
  for (const record of records.split('\u001e').map((r) => r.replace(/^\n/, '')).filter(Boolean)) {
    const [ref, type, sha, target, name, email, date, message] = record.split('\u0000');
    state.refs.set(ref, sha);
    refs.add(ref);
    if (type !== 'tag') continue;
    state.tags.set(sha, {
      sha, url: `${state.repoApiUrl}/git/tags/${sha}`, node_id: `TAG_${sha.slice(0, 12)}`, tag: ref.replace(/^refs\/tags\//, ''), message,
      tagger: { name, email: email.replace(/^<|>$/g, ''), date: new Date(date).toISOString().replace('.000Z', 'Z') },
      object: { sha: target, type: 'commit', url: `${state.repoApiUrl}/git/commits/${target}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    });
  }
  return refs;
}

/** What `syncGitRemote` imported last time, per emulator state. */
const synced = new WeakMap<EmulatorState, { refs: string; names: Set<string> }>();

/**
 * Keeps the emulator in step with a local git repository that stands for the GitHub repository's
 * git side (a bare repository tests push to with the git CLI): when its refs changed since the last
 * call, new commits and files are imported, refs set, refs deleted there deleted here, and each
 * open pull request's head SHA follows its branch, as a push moves it on GitHub. One
 * `git for-each-ref` when nothing changed. `startEmulator({ gitRemote })` calls it before every
 * API request.
 */
export function syncGitRemote(state: EmulatorState, dir: string): void {
  const listing = execFileSync('git', ['for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads', 'refs/tags'], { cwd: dir, encoding: 'utf8' });
  const last = synced.get(state);
  if (last?.refs === listing) return;
  const names = importGitRepository(state, dir, new Set(state.commits.keys()));
  for (const name of last?.names ?? []) if (!names.has(name)) state.refs.delete(name);
  for (const pr of state.pullRequests.values()) {
    const tip = state.refs.get(`refs/heads/${pr.head.ref}`);
    if (pr.state === 'open' && tip && pr.head.label === `${state.owner}:${pr.head.ref}` && tip !== pr.head.sha) {
      pr.head.sha = tip;
      state.refs.set(`refs/pull/${pr.number}/head`, tip);
    }
  }
  synced.set(state, { refs: listing, names });
}
