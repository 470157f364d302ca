/**
 * The emulated repository's data, in memory. Tests read and write it directly: seed pull requests
 * and comments, inspect what a client posted, tamper with asset bytes.
 *
 * Stored objects are kept in the exact JSON shape GitHub returns (so a test can compare them with
 * what a client received), except where GitHub computes a field on the fly (a release's `assets`,
 * a check run's `pull_requests`) or where bytes are involved (`StoredAsset.bytes`).
 *
 * Ids come from one counter shared by every kind of object, so they increase across kinds.
 * Timestamps are ISO 8601 strings with second precision, as GitHub sends them.
 */
import { createHash } from 'node:crypto';
import { commitShape, fakeSha, isoNow, nodeId, repositoryShape, simpleUser } from './shapes.js';
import type { Commit, GitHubObject, GitSignature, Identity, RepoInfo, Urls } from './shapes.js';

export type { Commit, GitHubObject, GitSignature, Identity, Urls };

/** An issue comment, as `GET /repos/{o}/{r}/issues/comments/{id}` returns it. */
export interface IssueComment extends GitHubObject {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: GitHubObject & { login: string; id: number; type: string };
  created_at: string;
  updated_at: string;
  author_association: string;
}

/** A label, as `GET /repos/{o}/{r}/labels/{name}` returns it. */
export interface Label extends GitHubObject {
  id: number;
  name: string;
  description: string | null;
  color: string;
}

/** A plain issue, as `GET /repos/{o}/{r}/issues/{n}` returns it. Mutate freely in tests. */
export interface Issue extends GitHubObject {
  id: number;
  number: number;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'reopened' | null;
  title: string;
  body: string | null;
  user: GitHubObject & { login: string; id: number; type: string };
  labels: Label[];
  html_url: string;
  comments: number;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A pull request, as `GET /repos/{o}/{r}/pulls/{n}` returns it. Mutate freely in tests. */
export interface PullRequest extends GitHubObject {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
  draft: boolean;
  merged: boolean;
  merged_at: string | null;
  closed_at: string | null;
  user: GitHubObject & { login: string };
  head: { label: string; ref: string; sha: string; repo: GitHubObject; user: GitHubObject };
  base: { label: string; ref: string; sha: string; repo: GitHubObject; user: GitHubObject };
  created_at: string;
  updated_at: string;
}

export interface PullRequestSeed {
  number: number;
  head: {
    sha: string;
    ref: string;
    /** For a pull request from a fork: the fork's owner (and name; default: the same name). */
    repo?: { owner: string; name?: string };
  };
  base: { sha: string; ref: string };
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  draft?: boolean;
  merged?: boolean;
  /** Default: `octocat`. */
  user?: Identity;
  labels?: string[];
}

/** A check run, as `GET /repos/{o}/{r}/check-runs/{id}` returns it (`pull_requests` is computed). */
export interface CheckRun extends GitHubObject {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  started_at: string | null;
  completed_at: string | null;
  details_url: string | null;
  external_id: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations_count: number; annotations_url: string };
}

/** A commit status and the commit it was set on (`status` is what the API returns). */
export interface CommitStatusRecord {
  sha: string;
  status: GitHubObject & { id: number; state: string; context: string; description: string | null; target_url: string | null };
}

/** A release without its `assets` (rendered from `EmulatorState.assets` on output). */
export interface Release extends GitHubObject {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  created_at: string;
  published_at: string | null;
  updated_at: string | null;
}

/** A release asset: the API's JSON plus the stored bytes (tamper with `bytes` to test digests). */
export interface StoredAsset {
  releaseId: number;
  bytes: Buffer;
  data: GitHubObject & {
    id: number;
    name: string;
    label: string | null;
    state: 'uploaded' | 'open';
    content_type: string;
    size: number;
    digest: string | null;
    download_count: number;
    created_at: string;
    updated_at: string;
  };
}

/** An annotated tag object (`POST /git/tags`), as `GET /git/tags/{sha}` returns it. */
export interface GitTag extends GitHubObject {
  sha: string;
  url: string;
  tag: string;
  message: string;
  tagger: { name: string; email: string; date: string };
  object: { sha: string; type: string; url: string };
}

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string;
  message: string;
  [key: string]: unknown;
}

export const GITHUB_ACTIONS_BOT: Identity = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const OCTOCAT: Identity = { login: 'octocat', id: 583231, type: 'User' };

/**
 * A workflow run's artifact: `data` is the REST `artifact` shape; `signedUrl` mints the blob URL
 * `GET …/artifacts/{id}/zip` redirects to (the artifact's storage lives outside the REST API).
 */
export interface WorkflowArtifact {
  runId: number;
  data: {
    id: number; node_id: string; name: string; size_in_bytes: number; url: string; archive_download_url: string;
    expired: boolean; created_at: string; expires_at: string; updated_at: string; digest: string | null;
    workflow_run: { id: number; repository_id: number; head_repository_id: number; head_branch: string; head_sha: string };
  };
  signedUrl(): string;
}

export class EmulatorState {
  readonly owner: string;
  readonly repo: string;
  readonly urls: Urls;
  readonly repoInfo: RepoInfo;
  defaultBranch = 'main';
  /**
   * The repository's "immutable releases" setting. When on, a release becomes immutable when it
   * is published: its assets and tag are frozen and its tag name can never be reused.
   */
  immutableReleases = false;
  /** Plain issues (pull requests are issues too and need no entry here). */
  readonly issues = new Map<number, Issue>();
  /** The repository's labels by name (GitHub matches label names case-insensitively). */
  readonly labels = new Map<string, Label>();
  readonly pullRequests = new Map<number, PullRequest>();
  /** Comments per issue/pull-request number, oldest first. */
  readonly comments = new Map<number, IssueComment[]>();
  readonly checkRuns: CheckRun[] = [];
  /** Annotations per check run id, in the order they were sent. */
  readonly annotations = new Map<number, CheckAnnotation[]>();
  /** Check suite id per head SHA (GitHub groups a commit's check runs from one app in a suite). */
  readonly checkSuites = new Map<string, number>();
  readonly statuses: CommitStatusRecord[] = [];
  /** Releases in creation order. */
  readonly releases: Release[] = [];
  readonly assets = new Map<number, StoredAsset>();
  /** Workflow-run artifacts as the REST API lists them (the Actions results service adds them when finalized). */
  readonly workflowArtifacts: WorkflowArtifact[] = [];
  /** Full ref name (`refs/heads/main`, `refs/tags/v1`) → SHA (a commit or an annotated tag object). */
  readonly refs = new Map<string, string>();
  /** Annotated tag objects by SHA. */
  readonly tags = new Map<string, GitTag>();
  readonly commits = new Map<string, Commit>();
  /**
   * Files written by a commit (path → bytes, `null` for a deletion), for `GET /contents/{path}`.
   * A commit sees what it and its first-parent ancestors wrote, the nearest write winning.
   */
  readonly files = new Map<string, Map<string, Buffer | null>>();
  /** Tag names of deleted immutable releases: GitHub never lets them be used again. */
  readonly retiredTags = new Set<string>();
  /** Per-token primary rate-limit counters (`used` requests in the window ending at `reset`). */
  readonly rateLimits = new Map<string, { used: number; reset: number }>();
  /** The author_association GitHub reports for each login (default: NONE). */
  readonly authorAssociation = new Map<string, string>([['octocat', 'OWNER'], ['mallory', 'CONTRIBUTOR']]);
  private lastId = 1000;

  constructor(owner: string, repo: string, urls: Urls) {
    this.owner = owner;
    this.repo = repo;
    this.urls = urls;
    this.repoInfo = { owner, repo, id: 654321098, ownerId: 1_234_567, defaultBranch: this.defaultBranch, createdAt: '2024-01-15T09:00:00Z' };
    const initial = this.addCommit({ message: 'Initial commit', parents: [] });
    this.refs.set(`refs/heads/${this.defaultBranch}`, initial.sha);
  }

  nextId(): number {
    return ++this.lastId;
  }

  get repoApiUrl(): string {
    return `${this.urls.api}/repos/${this.owner}/${this.repo}`;
  }

  get repoWebUrl(): string {
    return `${this.urls.web}/${this.owner}/${this.repo}`;
  }

  /** The `repository` object embedded in pull requests and elsewhere. */
  repository(): GitHubObject {
    return repositoryShape({ ...this.repoInfo, defaultBranch: this.defaultBranch }, this.urls);
  }

  user(identity: Identity): GitHubObject & { login: string; id: number; type: string } {
    return simpleUser(identity, this.urls) as GitHubObject & { login: string; id: number; type: string };
  }

  /** Adds a commit (its SHA is derived from its content unless given). */
  addCommit(input: { sha?: string; parents?: string[]; message?: string; author?: GitSignature }): Commit {
    const date = input.author?.date ?? isoNow();
    const signature = input.author ?? { name: 'Octo Cat', email: 'octocat@github.com', date };
    const parents = input.parents ?? [];
    const message = input.message ?? 'Update model';
    const sha = input.sha ?? fakeSha('commit', parents.join(','), message, this.commits.size, date);
    const commit: Commit = { sha, parents, message, author: signature, committer: signature, tree: fakeSha('tree', sha) };
    this.commits.set(sha, commit);
    return commit;
  }

  /** Writes (or, with `null`, deletes) a file in a commit; see `files`. */
  setFile(commitSha: string, path: string, content: string | Buffer | null): void {
    const written = this.files.get(commitSha) ?? new Map<string, Buffer | null>();
    written.set(path, content === null ? null : Buffer.from(content));
    this.files.set(commitSha, written);
  }

  /** The files a commit sees: its own writes over its first-parent ancestors'. */
  treeOf(commitSha: string): Map<string, Buffer> {
    const chain: string[] = [];
    for (let sha: string | undefined = commitSha; sha && !chain.includes(sha); sha = this.commits.get(sha)?.parents[0]) chain.push(sha);
    const tree = new Map<string, Buffer>();
    for (const sha of chain.reverse()) {
      for (const [path, content] of this.files.get(sha) ?? []) {
        if (content === null) tree.delete(path);
        else tree.set(path, content);
      }
    }
    return tree;
  }

  commitJson(commit: Commit): GitHubObject {
    return commitShape(commit, this.repoInfo, this.urls);
  }

  /**
   * An annotated tag and its ref written straight into the state (no API traffic): for seeding a
   * repository that already holds many models.
   */
  addAnnotatedTag(tag: string, objectSha: string, message = `${tag}\n`): string {
    const sha = createHash('sha1').update(`tag ${tag} ${objectSha} ${this.nextId()}`).digest('hex');
    this.tags.set(sha, {
      sha, url: `${this.repoApiUrl}/git/tags/${sha}`, node_id: `TAG_${sha.slice(0, 12)}`, tag, message,
      tagger: { name: 'seed', email: 'seed@example.com', date: '2026-01-01T00:00:00Z' },
      object: { sha: objectSha, type: 'commit', url: `${this.repoApiUrl}/git/commits/${objectSha}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    });
    this.refs.set(`refs/tags/${tag}`, sha);
    return sha;
  }

  /**
   * Adds a plain issue (what the create endpoint does; also for seeding): the next free number
   * shared with pull requests unless given, labels created when missing, author octocat by default.
   */
  addIssue(input: { number?: number; title?: string; body?: string | null; labels?: string[]; user?: Identity }): Issue {
    const number = input.number ?? Math.max(0, ...this.issues.keys(), ...this.pullRequests.keys()) + 1;
    const id = this.nextId();
    const now = isoNow();
    const api = `${this.repoApiUrl}/issues/${number}`;
    const issue: Issue = {
      id,
      node_id: nodeId('I', id),
      url: api,
      repository_url: this.repoApiUrl,
      labels_url: `${api}/labels{/name}`,
      comments_url: `${api}/comments`,
      events_url: `${api}/events`,
      html_url: `${this.repoWebUrl}/issues/${number}`,
      number,
      state: 'open',
      state_reason: null,
      title: input.title ?? `Issue ${number}`,
      body: input.body ?? null,
      user: this.user(input.user ?? OCTOCAT),
      labels: (input.labels ?? []).map((name) => this.label(name)),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: 0,
      closed_at: null,
      created_at: now,
      updated_at: now,
      author_association: this.associationOf((input.user ?? OCTOCAT).login),
    };
    this.issues.set(number, issue);
    return issue;
  }

  /** The label named `name` (any case), created (grey, no description) when missing. */
  label(name: string, fields: { color?: string; description?: string | null } = {}): Label {
    const existing = this.labels.get(name.toLowerCase());
    if (existing) return existing;
    const id = this.nextId();
    const label: Label = {
      id, node_id: nodeId('LA', id), url: `${this.repoApiUrl}/labels/${encodeURIComponent(name)}`, name,
      description: fields.description ?? null, color: fields.color ?? 'ededed', default: false,
    };
    this.labels.set(name.toLowerCase(), label);
    return label;
  }

  issueExists(number: number): boolean {
    return this.issues.has(number) || this.pullRequests.has(number);
  }

  /**
   * Seeds a pull request. Missing commits are created (`base.sha` as a root commit, `head.sha` as
   * its child) and the head branch ref is set when the head lives in this repository.
   */
  addPullRequest(seed: PullRequestSeed): PullRequest {
    if (!this.commits.has(seed.base.sha)) this.addCommit({ sha: seed.base.sha, parents: [], message: `Base of #${seed.number}` });
    if (!this.commits.has(seed.head.sha)) this.addCommit({ sha: seed.head.sha, parents: [seed.base.sha], message: `Head of #${seed.number}` });
    if (!this.refs.has(`refs/heads/${seed.base.ref}`)) this.refs.set(`refs/heads/${seed.base.ref}`, seed.base.sha);
    const fork = seed.head.repo && seed.head.repo.owner !== this.owner;
    if (!fork && !this.refs.has(`refs/heads/${seed.head.ref}`)) this.refs.set(`refs/heads/${seed.head.ref}`, seed.head.sha);
    this.refs.set(`refs/pull/${seed.number}/head`, seed.head.sha);

    const id = this.nextId();
    const now = isoNow();
    const author = seed.user ?? OCTOCAT;
    const api = `${this.repoApiUrl}/pulls/${seed.number}`;
    const issueApi = `${this.repoApiUrl}/issues/${seed.number}`;
    const html = `${this.repoWebUrl}/pull/${seed.number}`;
    const baseRepo = this.repository();
    const ownerUser = this.user({ login: this.owner, id: this.repoInfo.ownerId, type: 'User' });
    const headOwner = fork ? seed.head.repo!.owner : this.owner;
    const headUser = fork ? this.user({ login: headOwner, id: 7_000_000 + seed.number, type: 'User' }) : ownerUser;
    const headRepo = fork
      ? {
          ...repositoryShape(
            { ...this.repoInfo, owner: headOwner, repo: seed.head.repo!.name ?? this.repo, id: this.repoInfo.id + seed.number, ownerId: headUser.id },
            this.urls,
          ),
          fork: true,
        }
      : baseRepo;
    const merged = seed.merged ?? false;
    const state = merged ? 'closed' : (seed.state ?? 'open');
    const link = (href: string) => ({ href });
    const pr: PullRequest = {
      url: api,
      id,
      node_id: nodeId('PR', id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issueApi,
      commits_url: `${api}/commits`,
      review_comments_url: `${api}/comments`,
      review_comment_url: `${this.repoApiUrl}/pulls/comments{/number}`,
      comments_url: `${issueApi}/comments`,
      statuses_url: `${this.repoApiUrl}/statuses/${seed.head.sha}`,
      number: seed.number,
      state,
      locked: false,
      title: seed.title ?? `Pull request #${seed.number}`,
      user: this.user(author),
      body: seed.body === undefined ? null : seed.body,
      labels: (seed.labels ?? []).map((name, i) => ({
        id: 5_000_000 + i,
        node_id: nodeId('LA', 5_000_000 + i),
        url: `${this.repoApiUrl}/labels/${encodeURIComponent(name)}`,
        name,
        // GitHub sends null for a label without a description, but the
        // pull-request-simple schema in the OpenAPI description says string: send one so list
        // responses validate.
        description: '',
        color: 'ededed',
        default: false,
      })),
      milestone: null,
      active_lock_reason: null,
      created_at: now,
      updated_at: now,
      closed_at: state === 'closed' ? now : null,
      merged_at: merged ? now : null,
      merge_commit_sha: merged ? fakeSha('merge', seed.number) : null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: { label: `${headOwner}:${seed.head.ref}`, ref: seed.head.ref, sha: seed.head.sha, user: headUser, repo: headRepo },
      base: { label: `${this.owner}:${seed.base.ref}`, ref: seed.base.ref, sha: seed.base.sha, user: ownerUser, repo: baseRepo },
      _links: {
        self: link(api),
        html: link(html),
        issue: link(issueApi),
        comments: link(`${issueApi}/comments`),
        review_comments: link(`${api}/comments`),
        review_comment: link(`${this.repoApiUrl}/pulls/comments{/number}`),
        commits: link(`${api}/commits`),
        statuses: link(`${this.repoApiUrl}/statuses/${seed.head.sha}`),
      },
      author_association: this.associationOf(author.login),
      auto_merge: null,
      draft: seed.draft ?? false,
      merged,
      mergeable: merged ? null : true,
      rebaseable: merged ? null : true,
      mergeable_state: merged ? 'unknown' : 'clean',
      merged_by: merged ? this.user(OCTOCAT) : null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 10,
      deletions: 2,
      changed_files: 1,
    };
    this.pullRequests.set(seed.number, pr);
    return pr;
  }

  associationOf(login: string): string {
    return this.authorAssociation.get(login) ?? 'NONE';
  }

  /** Adds a comment as `author` (what the create endpoint does; also for seeding). */
  addComment(issueNumber: number, body: string, author: Identity): IssueComment {
    const id = this.nextId();
    const now = isoNow();
    const kind = this.pullRequests.has(issueNumber) ? 'pull' : 'issues';
    const comment: IssueComment = {
      id,
      node_id: nodeId('IC', id),
      url: `${this.repoApiUrl}/issues/comments/${id}`,
      html_url: `${this.repoWebUrl}/${kind}/${issueNumber}#issuecomment-${id}`,
      issue_url: `${this.repoApiUrl}/issues/${issueNumber}`,
      body,
      user: this.user(author),
      created_at: now,
      updated_at: now,
      author_association: this.associationOf(author.login),
      performed_via_github_app: null,
      reactions: {
        url: `${this.repoApiUrl}/issues/comments/${id}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
    };
    const list = this.comments.get(issueNumber) ?? [];
    list.push(comment);
    this.comments.set(issueNumber, list);
    const pr = this.pullRequests.get(issueNumber);
    if (pr) pr.comments = list.length;
    const issue = this.issues.get(issueNumber);
    if (issue) issue.comments = list.length;
    return comment;
  }

  findComment(id: number): { issueNumber: number; comment: IssueComment; index: number } | undefined {
    for (const [issueNumber, list] of this.comments) {
      const index = list.findIndex((c) => c.id === id);
      if (index >= 0) return { issueNumber, comment: list[index], index };
    }
    return undefined;
  }

  /**
   * Resolves a commit-ish as GitHub's API does: a full or abbreviated (≥ 7 hex) commit SHA, a
   * branch, a tag (annotated tags are peeled), or a qualified ref (`heads/x`, `refs/tags/y`).
   */
  resolveCommit(commitish: string): Commit | undefined {
    const direct = this.commits.get(commitish);
    if (direct) return direct;
    const candidates = commitish.startsWith('refs/')
      ? [commitish]
      : [`refs/heads/${commitish}`, `refs/tags/${commitish}`, `refs/${commitish}`];
    for (const name of candidates) {
      const sha = this.refs.get(name);
      if (sha) return this.peel(sha);
    }
    if (/^[0-9a-f]{7,39}$/i.test(commitish)) {
      const matches = [...this.commits.keys()].filter((sha) => sha.startsWith(commitish.toLowerCase()));
      if (matches.length === 1) return this.commits.get(matches[0]);
    }
    return undefined;
  }

  /** Follows annotated tag objects down to a commit. */
  peel(sha: string): Commit | undefined {
    let current = sha;
    for (let depth = 0; depth < 10; depth++) {
      const tag = this.tags.get(current);
      if (!tag) return this.commits.get(current);
      current = tag.object.sha;
    }
    return undefined;
  }

  /** The type of the object a SHA names (`commit`, `tag`), or undefined when it does not exist. */
  objectType(sha: string): 'commit' | 'tag' | undefined {
    if (this.commits.has(sha)) return 'commit';
    if (this.tags.has(sha)) return 'tag';
    return undefined;
  }

  /** Every commit reachable from `sha` (itself included) with its distance, breadth first. */
  ancestors(sha: string): Map<string, number> {
    const seen = new Map<string, number>([[sha, 0]]);
    const queue = [sha];
    while (queue.length) {
      const current = queue.shift()!;
      for (const parent of this.commits.get(current)?.parents ?? []) {
        if (!seen.has(parent)) {
          seen.set(parent, seen.get(current)! + 1);
          queue.push(parent);
        }
      }
    }
    return seen;
  }

  /** The best common ancestor of two commits (the one nearest to `head`), as `git merge-base`. */
  mergeBase(base: string, head: string): string | undefined {
    const fromBase = this.ancestors(base);
    let best: { sha: string; distance: number } | undefined;
    for (const [sha, distance] of this.ancestors(head)) {
      if (fromBase.has(sha) && (!best || distance < best.distance)) best = { sha, distance };
    }
    return best?.sha;
  }

  /** The release's JSON as the API returns it (with its assets). */
  releaseJson(release: Release): GitHubObject {
    const assets = [...this.assets.values()].filter((a) => a.releaseId === release.id).map((a) => ({ ...a.data }));
    return { ...release, assets };
  }
}
