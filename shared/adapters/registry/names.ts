import { InputError } from '../../errors.js';

/**
 * Model, version and stage names, and the git tags that record them, in GTO's grammar
 * (iterative/gto `gto/constants.py` `tag_re`, `gto/tag.py` `name_tag`/`parse_name`), so a
 * repository managed by mlgate reads the same in GTO and vice versa. Every event may carry the
 * counter `#N` (GTO's default; N counts every event of the model, not per stage) or not (`--simple`):
 *
 * - register:    `<model>@v<semver>`     deregister: `<model>@v<semver>!`
 * - assign:      `<model>#<stage>`        unassign:   `<model>#<stage>!`
 * - deprecate:   `<model>@deprecated`
 *
 * A nested artifact `dir:name` (GTO's `fullname`) is written `dir=name` in tags. GTO's patterns
 * allow names git refuses as refs (`a//b`, `a/.x`, `x.lock`); those are refused here too.
 */

// GTO's `name`: letters, digits, `-`, `_` and `/`, starting and ending alphanumeric. Stages too.
const NAME = '[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?';
// GTO's `dirname` of a nested artifact (`dir:name`).
const DIRNAME = '[a-zA-Z0-9\\-_./]+';
const NAME_RE = new RegExp(`^${NAME}$`);
const FULLNAME_RE = new RegExp(`^(?:${DIRNAME}:)?${NAME}$`);
// SemVer 2.0.0 (semver.org's regular expression, without a leading `v`).
const SEMVER_SOURCE =
  '(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-(?:(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+(?:[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?';
const SEMVER = new RegExp(`^${SEMVER_SOURCE}$`);
// GTO's `tag_re`, with the artifact in its tag spelling (`dir=name`).
const TAG_RE = new RegExp(
  `^(?<artifact>(?:${DIRNAME}=)?${NAME})(?:(?:#(?<stage>${NAME})|@v(?<version>${SEMVER_SOURCE}))(?<cancel>!?)|@(?<special>deprecated|created))(?:#(?<counter>[0-9]+))?$`,
);

/** Why git refuses `name` as a ref component path (git check-ref-format), or undefined. */
function gitRefProblem(name: string): string | undefined {
  if (name.includes('//')) return 'has `//`';
  if (name.includes('..')) return 'has `..`';
  if (name.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock') || part.endsWith('.'))) return 'has a path part that starts with `.` or ends with `.` or `.lock`';
  return undefined;
}

export function checkModelName(name: string): string {
  if (!FULLNAME_RE.test(name)) {
    throw new InputError(`model name \`${name}\` is not valid: use letters, digits, \`-\`, \`_\` and \`/\` for namespaces, starting and ending with a letter or digit (a nested GTO artifact is \`dir:name\`)`);
  }
  const problem = gitRefProblem(name);
  if (problem) throw new InputError(`model name \`${name}\` is not a valid git tag name: it ${problem}`);
  return name;
}

export function checkStageName(stage: string): string {
  if (!NAME_RE.test(stage)) {
    throw new InputError(`stage name \`${stage}\` is not valid: use letters, digits, \`-\`, \`_\` and \`/\`, starting and ending with a letter or digit`);
  }
  if (stage.includes('//')) throw new InputError(`stage name \`${stage}\` is not a valid git tag name: it has \`//\``);
  return stage;
}

/** Accepts `1.2.3` or `v1.2.3`; returns the version without the `v`. */
export function normaliseVersion(version: string): string {
  const bare = version.startsWith('v') ? version.slice(1) : version;
  if (!SEMVER.test(bare)) {
    throw new InputError(`version \`${version}\` is not a semantic version (e.g. 1.4.0 or v1.4.0-rc.1)`);
  }
  return bare;
}

/** GTO's `name_to_tag`: a nested artifact `dir:name` is `dir=name` in tags. */
function modelInTag(model: string): string {
  return checkModelName(model).replaceAll(':', '=');
}

export function versionTag(model: string, version: string): string {
  return `${modelInTag(model)}@v${normaliseVersion(version)}`;
}

export function stageTag(model: string, stage: string, eventNumber: number, unassign = false): string {
  return `${modelInTag(model)}#${checkStageName(stage)}${unassign ? '!' : ''}#${eventNumber}`;
}

/** The prefix every tag of the model starts with, before `@` or `#` (for listing refs). */
export function tagPrefix(model: string): string {
  return modelInTag(model);
}

export type ParsedTag =
  | { kind: 'version'; model: string; version: string; deregister: boolean; eventNumber: number | null }
  | { kind: 'stage'; model: string; stage: string; unassign: boolean; eventNumber: number | null }
  | { kind: 'deprecate'; model: string; eventNumber: number | null };

/**
 * Reads a tag in GTO's grammar (`parse_name`), or `undefined` for tags that are not registry
 * events. `<model>@created` matches GTO's pattern but GTO gives it no action (and no command makes
 * it), so it is not an event here either. Names git refuses as refs never reach a repository.
 */
export function parseTag(tag: string): ParsedTag | undefined {
  const match = TAG_RE.exec(tag);
  if (!match?.groups) return undefined;
  const { artifact, stage, version, cancel, special, counter } = match.groups;
  const model = artifact.replaceAll('=', ':');
  const eventNumber = counter === undefined ? null : Number(counter);
  if (version !== undefined) return { kind: 'version', model, version, deregister: cancel === '!', eventNumber };
  if (stage !== undefined) return { kind: 'stage', model, stage, unassign: cancel === '!', eventNumber };
  if (special === 'deprecated') return { kind: 'deprecate', model, eventNumber };
  return undefined;
}

/** SemVer 2 precedence (numeric core, then pre-release identifiers; build metadata ignored). */
export { compareSemVer as compareVersions } from '../../core/registry/semver.js';

/**
 * Why `name` cannot be a stored file's name, or `undefined` when it can. Names read from a store
 * (`SHA256SUMS`, a version record, a release's assets) become paths on fetch: one path segment,
 * no `..`, no separator of any platform, no control character (NUL ends a path in C), not hidden.
 */
export function fileNameProblem(name: string): string | undefined {
  if (name === '' || name.trim() !== name) return 'is empty or has leading or trailing blanks';
  if (name.startsWith('.')) return 'starts with `.` (hidden, or `..`)';
  if (/[/\\:]/.test(name)) return 'holds a path separator';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'holds a control character';
  if (name.length > 255) return 'is longer than 255 characters';
  return undefined;
}

/** Every audit tag starts with this (see `auditTag`). */
export const AUDIT_TAG_ROOT = 'mlgate-audit';

/**
 * The tag of one audit event: `mlgate-audit/<model in tag spelling>/<kind>/<UTC time>[-n]`, the time
 * as `20261130T104111Z` (git refuses `:` in refs) and `-n` (2, 3, …) when that second is taken.
 * GTO never reads it as an event: every GTO event has `@` or `#` after the artifact (`tag_re`),
 * and neither a model name nor this grammar has either, so `parseTag` (GTO's grammar) returns
 * undefined for it. Names sort by time, so the newest is the greatest name.
 */
export function auditTag(model: string, kind: string, at: Date, collision = 1): string {
  const time = at.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
  return `${auditTagPrefix(model)}${kind}/${time}${collision > 1 ? `-${collision}` : ''}`;
}

/** The prefix every audit tag of the model starts with (it also prefixes `<model>/<sub>`'s: check with `parseAuditTag`). */
export function auditTagPrefix(model: string): string {
  return `${AUDIT_TAG_ROOT}/${modelInTag(model)}/`;
}

const AUDIT_TAG_RE = /^mlgate-audit\/(?<model>.+)\/(?<kind>monitor|abtest)\/(?<time>\d{8}T\d{6}Z)(?:-(?<n>[1-9]\d*))?$/;

/** Reads an audit tag's name (from the end: a model name may hold `/`), or undefined. */
export function parseAuditTag(tag: string): { model: string; kind: 'monitor' | 'abtest'; time: string; collision: number } | undefined {
  const match = AUDIT_TAG_RE.exec(tag);
  if (!match?.groups) return undefined;
  const model = match.groups.model.replaceAll('=', ':');
  if (!FULLNAME_RE.test(model) || gitRefProblem(model)) return undefined;
  return { model, kind: match.groups.kind as 'monitor' | 'abtest', time: match.groups.time, collision: match.groups.n === undefined ? 1 : Number(match.groups.n) };
}
