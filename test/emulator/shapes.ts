/**
 * Builders for the objects GitHub embeds in its responses (users, repositories, commits), with
 * every property the OpenAPI schemas require. URLs follow GitHub's layout: `url` fields point at
 * the emulator's API origin, `html_url` fields at https://github.com.
 */
import { createHash } from 'node:crypto';

export interface Identity {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface Urls {
  /** The API origin, e.g. http://127.0.0.1:4321 (what GITHUB_API_URL is set to). */
  api: string;
  /** The uploads origin (uploads.github.com's stand-in). */
  uploads: string;
  /** Where `html_url` fields point. */
  web: string;
}

export type GitHubObject = Record<string, unknown>;

/** GitHub's node ids are opaque base64 strings with a type prefix (`IC_kwDO…`). */
export function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64').replace(/=+$/, '')}`;
}

/** GitHub's timestamps: ISO 8601, second precision, `Z`. */
export function isoNow(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function fakeSha(...parts: unknown[]): string {
  return createHash('sha1').update(parts.map(String).join('\u0000')).digest('hex');
}

export function simpleUser(identity: Identity, urls: Urls): GitHubObject {
  const api = `${urls.api}/users/${encodeURIComponent(identity.login)}`;
  const isBot = identity.type === 'Bot';
  return {
    login: identity.login,
    id: identity.id,
    node_id: nodeId(isBot ? 'BOT' : 'U', identity.id),
    avatar_url: isBot ? 'https://avatars.githubusercontent.com/in/15368?v=4' : `https://avatars.githubusercontent.com/u/${identity.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: isBot ? `${urls.web}/apps/${identity.login.replace(/\[bot\]$/, '')}` : `${urls.web}/${identity.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: identity.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** The `private-user` shape `GET /user` returns for the token's own account. */
export function privateUser(identity: Identity, urls: Urls): GitHubObject {
  return {
    ...simpleUser(identity, urls),
    user_view_type: 'private',
    name: identity.login,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2011-01-25T18:44:36Z',
    updated_at: '2026-01-01T00:00:00Z',
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
    plan: { name: 'free', space: 976562499, private_repos: 10000, collaborators: 0 },
  };
}

export interface RepoInfo {
  owner: string;
  repo: string;
  id: number;
  ownerId: number;
  defaultBranch: string;
  createdAt: string;
}

/** The `repository` shape (also satisfies `minimal-repository` and, with extras, `full-repository`). */
export function repositoryShape(info: RepoInfo, urls: Urls): GitHubObject {
  const full = `${info.owner}/${info.repo}`;
  const api = `${urls.api}/repos/${full}`;
  return {
    id: info.id,
    node_id: nodeId('R', info.id),
    name: info.repo,
    full_name: full,
    private: true,
    owner: simpleUser({ login: info.owner, id: info.ownerId, type: 'User' }, urls),
    html_url: `${urls.web}/${full}`,
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${full}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${full}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `https://github.com/${full}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: `https://github.com/${full}`,
    homepage: null,
    language: 'Python',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 108,
    default_branch: info.defaultBranch,
    open_issues_count: 0,
    open_issues: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'private',
    license: null,
    pushed_at: info.createdAt,
    created_at: info.createdAt,
    updated_at: info.createdAt,
    allow_forking: true,
    web_commit_signoff_required: false,
  };
}

/** `full-repository`, with the caller's `permissions`. */
export function fullRepositoryShape(info: RepoInfo, urls: Urls, push: boolean): GitHubObject {
  return {
    ...repositoryShape(info, urls),
    permissions: { admin: false, maintain: false, push, triage: push, pull: true },
    allow_rebase_merge: true,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    allow_update_branch: false,
    temp_clone_token: null,
    organization: simpleUser({ login: info.owner, id: info.ownerId, type: 'User' }, urls),
    network_count: 0,
    subscribers_count: 1,
  };
}

export interface GitSignature {
  name: string;
  email: string;
  /** ISO 8601. */
  date: string;
}

/** A commit of the emulated repository: enough for compare, merge bases and `GET /commits/{ref}`. */
export interface Commit {
  sha: string;
  /** Parent SHAs, first parent first. */
  parents: string[];
  message: string;
  author: GitSignature;
  committer: GitSignature;
  tree: string;
}

/** The `commit` shape (`GET /repos/{o}/{r}/commits/{ref}`, compare's commits). */
export function commitShape(commit: Commit, info: RepoInfo, urls: Urls): GitHubObject {
  const api = `${urls.api}/repos/${info.owner}/${info.repo}`;
  const web = `${urls.web}/${info.owner}/${info.repo}`;
  return {
    url: `${api}/commits/${commit.sha}`,
    sha: commit.sha,
    node_id: nodeId('C', commit.sha),
    html_url: `${web}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${commit.sha}`,
      author: { ...commit.author },
      committer: { ...commit.committer },
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
      verification: { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null },
    },
    author: null,
    committer: null,
    parents: commit.parents.map((sha) => ({ sha, url: `${api}/commits/${sha}`, html_url: `${web}/commit/${sha}` })),
  };
}
