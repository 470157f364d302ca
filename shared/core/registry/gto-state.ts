import { InputError } from '../../errors.js';
import { compareSemVer } from './semver.js';

/**
 * A model's registry state computed from its git tags exactly as GTO (iterative/gto) computes it,
 * so `mlgate resolve` and `gto show` / `gto which` name the same versions. Pure: the caller lists
 * the tags (and parses their names); this decides what they mean.
 *
 * The rules, each with the GTO function it mirrors:
 * - Lightweight tags are ignored (`gto/tag.py` `find`: "remove lightweight tags").
 * - An event's time is its tagger date (`tag.py` `parse_tag`, `created_at=tag.tag_datetime`).
 *   Events are ordered by time; GTO breaks ties only by list order, an accident of its
 *   implementation, so ties are broken here by GTO's event priority (`base.py`: deprecation 2,
 *   registration 3, deregistration 4, assignment 5, unassignment 6, i.e. a removal counts as later
 *   than the addition it cancels, which is what `VStage.is_active` yields for a tie) and then by
 *   the event number `#N` (which only grows). Git stores tagger dates in seconds, so two mlgate
 *   promotions within a second are told apart by their numbers.
 * - A version is registered by `m@vX.Y.Z` on a commit; it is active when its latest direct event
 *   is a registration (`base.py` `Version.is_active`), so `m@vX.Y.Z!` deregisters it.
 * - A stage tag finds its version through the commit it points at: the version registered on that
 *   commit (`tag.py` `index_tag` → `Artifact.find_version(commit_hexsha=…)`); two versions on one
 *   commit are an error (`ManyVersions`); a commit without a version is a version named by the
 *   commit's SHA (GTO's `create_new=True`), listed as unregistered. mlgate's own `version:` trailer
 *   is only a cross-check: a tag whose trailer names another version is an error naming the tag.
 * - A stage is active per (version, stage) pair: the pair's latest event is an assignment
 *   (`VStage.is_active`), so unassigning v1.2.0 brings back the version assigned before it.
 * - The current version of a stage is the active pair (of an active version) whose latest
 *   assignment is newest (`Artifact.get_vstages(sort=Timestamp, versions_per_stage=1)`, the default
 *   of `gto show`); `bySemVer` is the greatest SemVer among them (`--sort semver`, `gto which`).
 * - A model is deprecated when its latest event of any kind is `m@deprecated`
 *   (`Artifact.is_active`); `gto show` then hides it.
 * - The latest version is the greatest SemVer among registered, not deregistered versions
 *   (`Artifact.get_latest_version(registered_only=True)`), not the newest.
 */

export type GtoAction = 'register' | 'deregister' | 'assign' | 'unassign' | 'deprecate';

/** One tag of the model, as read from git: its parsed name and its tag object. */
export interface GtoTagEvent {
  tag: string;
  action: GtoAction;
  /** The version a register/deregister tag names (without `v`). */
  version?: string;
  /** The stage an assign/unassign tag names. */
  stage?: string;
  /** GTO's `#N`, or null for a simple tag. */
  number: number | null;
  /** False for a lightweight tag (then `date`, `message` and `tagger` are null). */
  annotated: boolean;
  /** The commit the tag points at (peeled). */
  commit: string;
  /** The tagger date, ISO 8601. */
  date: string | null;
  message: string | null;
  tagger: string | null;
}

export interface GtoVersion {
  /** The SemVer (without `v`), or the commit SHA for a commit that carries stages but no version tag. */
  version: string;
  commit: string;
  /** False for a commit-named version (stage tags without a version tag, GTO's non-explicit version). */
  registered: boolean;
  deregistered: boolean;
  /** The registering tag, and its tagger date. */
  tag: string | null;
  registered_at: string | null;
}

export interface GtoStageEvent {
  tag: string;
  stage: string;
  version: string;
  commit: string;
  number: number | null;
  action: 'assign' | 'unassign';
  at: string;
  tagger: string | null;
  message: string;
}

export interface GtoStage {
  /** The version `gto show` shows (latest assignment by time). */
  current: string;
  /** The greatest SemVer among the active ones (`gto show --sort semver`, `gto which`). */
  bySemVer: string;
  /** Every version the stage is active for, newest assignment first. */
  active: string[];
}

export interface GtoModelState {
  /** Registered (and commit-named) versions, SemVer ascending, commit-named ones last. */
  versions: GtoVersion[];
  deprecated: boolean;
  /** The deprecating tag, when `deprecated`. */
  deprecatedBy: string | null;
  stages: Record<string, GtoStage>;
  /** Greatest SemVer among registered, not deregistered versions. */
  latest: string | null;
  /** Every stage event GTO reads, in GTO's order. */
  history: GtoStageEvent[];
  /** Tags GTO does not read (lightweight), for a warning. */
  ignored: string[];
}

const PRIORITY: Record<GtoAction, number> = { deprecate: 2, register: 3, deregister: 4, assign: 5, unassign: 6 };

type Annotated = GtoTagEvent & { date: string; message: string };

/** GTO's event order: tagger time, then priority, then `#N` (see the file comment). */
export function compareEvents(a: GtoTagEvent, b: GtoTagEvent): number {
  return (Date.parse(a.date ?? '') - Date.parse(b.date ?? '')) || (PRIORITY[a.action] - PRIORITY[b.action]) || ((a.number ?? 0) - (b.number ?? 0)) || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
}

export function gtoModelState(model: string, tags: readonly GtoTagEvent[]): GtoModelState {
  const ignored = tags.filter((t) => !t.annotated).map((t) => t.tag).sort();
  const events = tags.filter((t): t is Annotated => t.annotated && t.date !== null && t.message !== null).sort(compareEvents);

  const versions = new Map<string, GtoVersion & { lastDirect: GtoAction }>();
  for (const event of events) {
    if (event.action !== 'register' && event.action !== 'deregister') continue;
    const version = event.version!;
    const known = versions.get(version);
    if (known) {
      known.lastDirect = event.action;
      known.deregistered = event.action === 'deregister';
      continue;
    }
    versions.set(version, {
      version, commit: event.commit, registered: event.action === 'register', deregistered: event.action === 'deregister',
      tag: event.action === 'register' ? event.tag : null, registered_at: event.action === 'register' ? event.date : null, lastDirect: event.action,
    });
  }

  const byCommit = new Map<string, string[]>();
  for (const v of versions.values()) byCommit.set(v.commit, [...(byCommit.get(v.commit) ?? []), v.version]);
  const commitNamed = new Map<string, GtoVersion>();
  const versionAt = (event: Annotated): string => {
    const found = byCommit.get(event.commit) ?? [];
    if (found.length > 1) {
      throw new InputError(`${event.tag}: commit ${event.commit.slice(0, 12)} carries ${found.map((v) => `${model}@v${v}`).join(' and ')}; GTO allows one version of a model per commit`);
    }
    const recorded = trailerValue(event.message, 'version');
    if (found.length === 1) {
      if (recorded !== undefined && recorded.replace(/^v/, '') !== found[0]) {
        throw new InputError(`${event.tag}: its message says version ${recorded}, but the commit it points at (${event.commit.slice(0, 12)}) is ${model}@v${found[0]}; GTO goes by the commit`);
      }
      return found[0];
    }
    if (recorded !== undefined) {
      throw new InputError(`${event.tag}: its message says version ${recorded}, but no version of ${model} is registered on the commit it points at (${event.commit.slice(0, 12)})`);
    }
    if (!commitNamed.has(event.commit)) {
      commitNamed.set(event.commit, { version: event.commit, commit: event.commit, registered: false, deregistered: false, tag: null, registered_at: null });
    }
    return event.commit;
  };

  const history: GtoStageEvent[] = [];
  // Per (version, stage): the latest event, and the latest assignment (its time is the pair's).
  const pairs = new Map<string, { stage: string; version: string; last: Annotated; lastAssign: Annotated | null }>();
  for (const event of events) {
    if (event.action !== 'assign' && event.action !== 'unassign') continue;
    const version = versionAt(event);
    const stage = event.stage!;
    history.push({
      tag: event.tag, stage, version, commit: event.commit, number: event.number, action: event.action,
      at: event.date, tagger: event.tagger, message: event.message,
    });
    const key = `${version}\u0000${stage}`;
    const pair = pairs.get(key) ?? { stage, version, last: event, lastAssign: null };
    pair.last = event;
    if (event.action === 'assign') pair.lastAssign = event;
    pairs.set(key, pair);
  }

  const activeVersion = (version: string) => {
    const v = versions.get(version);
    return v ? v.lastDirect === 'register' : commitNamed.has(version);
  };
  const stages: Record<string, GtoStage> = {};
  const activePairs = [...pairs.values()]
    .filter((p) => p.last.action === 'assign' && activeVersion(p.version))
    .sort((a, b) => compareEvents(b.lastAssign!, a.lastAssign!));
  for (const pair of activePairs) {
    const entry = stages[pair.stage] ?? { current: pair.version, bySemVer: pair.version, active: [] };
    entry.active.push(pair.version);
    if (compareVersionNames(pair.version, entry.bySemVer) > 0) entry.bySemVer = pair.version;
    stages[pair.stage] = entry;
  }

  const last = events.at(-1);
  const deprecatedBy = last?.action === 'deprecate' ? last.tag : null;
  const listed = [...versions.values()].map(({ lastDirect: _, ...v }) => v);
  const registered = listed.filter((v) => v.registered && !v.deregistered).map((v) => v.version).sort(compareSemVer);
  return {
    versions: [...listed.sort((a, b) => compareSemVer(a.version, b.version)), ...[...commitNamed.values()].sort((a, b) => (a.version < b.version ? -1 : 1))],
    deprecated: deprecatedBy !== null,
    deprecatedBy,
    stages,
    latest: registered.at(-1) ?? null,
    history,
    ignored,
  };
}

/** GTO's `sort_versions`: SemVer names above commit-named ones. */
function compareVersionNames(a: string, b: string): number {
  const semA = !/^[0-9a-f]{40}$/.test(a);
  const semB = !/^[0-9a-f]{40}$/.test(b);
  if (semA && semB) return compareSemVer(a, b);
  if (semA !== semB) return semA ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `key: value` lines after a tag message's first paragraph (mlgate's trailers: version, by, note, run, run_id). */
export function messageTrailers(message: string): Record<string, string> {
  const fields: Record<string, string> = {};
  const blank = message.indexOf('\n\n');
  if (blank < 0) return fields;
  for (const line of message.slice(blank + 2).split('\n')) {
    const match = /^([a-z_]+): (.*)$/.exec(line.trim());
    if (match) fields[match[1]] = match[2];
  }
  return fields;
}

function trailerValue(message: string, key: string): string | undefined {
  return messageTrailers(message)[key];
}
