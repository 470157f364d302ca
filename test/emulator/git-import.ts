import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    const entries = git('ls-tree', '-r', '-z', sha).split('\0').filter(Boolean).map((line) => {
      const [info, path] = line.split('\t');
      return { blob: info.split(' ')[2], path, type: info.split(' ')[1] };
    }).filter((e) => e.type === 'blob');
    if (entries.length === 0) continue;
    // Every file of the commit in one `git cat-file --batch`: `<sha> blob <size>\n<bytes>\n` each.
    const batch = execFileSync('git', ['cat-file', '--batch'], { cwd: dir, input: `${entries.map((e) => e.blob).join('\n')}\n`, maxBuffer: 256 * 1024 * 1024 });
    let at = 0;
    for (const entry of entries) {
      const headerEnd = batch.indexOf(10, at);
      const size = Number(batch.subarray(at, headerEnd).toString('utf8').split(' ')[2]);
      state.setFile(sha, entry.path, batch.subarray(headerEnd + 1, headerEnd + 1 + size));
      at = headerEnd + 1 + size + 1;
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

/**
 * The repository's refs as stored: every loose ref file's path and content, and packed-refs. Read
 * without starting git (the emulator checks it before every request); any change to a ref
 * changes it, and git itself is asked only then.
 */
function refFiles(dir: string): string {
  const gitDir = existsSync(join(dir, '.git')) ? join(dir, '.git') : dir;
  const parts: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else parts.push(`${path}\0${readFileSync(path, 'utf8')}`);
    }
  };
  walk(join(gitDir, 'refs'));
  if (existsSync(join(gitDir, 'packed-refs'))) parts.push(readFileSync(join(gitDir, 'packed-refs'), 'utf8'));
  return parts.join('\n');
}

/** What `syncGitRemote` imported last time, per emulator state. */
const synced = new WeakMap<EmulatorState, { refs: string; names: Set<string> }>();

/**
 * Keeps the emulator in step with a local git repository that stands for the GitHub repository's
 * git side (a bare repository tests push to with the git CLI): when its refs changed since the last
 * call, new commits and files are imported, refs set, refs deleted there deleted here, and each
 * open pull request's head SHA follows its branch, as a push moves it on GitHub. No git process
 * runs when nothing changed (see `refFiles`). `startEmulator({ gitRemote })` calls it before every
 * API request.
 */
export function syncGitRemote(state: EmulatorState, dir: string): void {
  const listing = refFiles(dir);
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
