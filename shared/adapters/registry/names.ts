import { InputError } from '../../errors.js';

/**
 * Model, version and stage names, and the git tags that record them, in GTO's grammar
 * (iterative/gto `gto/constants.py`, `gto/tag.py`), so a repository managed by mlgate reads the
 * same in GTO and vice versa:
 *
 * - version:           `<model>@v<semver>`
 * - stage assignment:  `<model>#<stage>#<n>`   (n counts every event of the model, not per stage)
 * - stage unassignment `<model>#<stage>!#<n>`
 */

// GTO's name rule: letters, digits, `-`, `_` and `/` (namespaces), starting and ending alphanumeric.
const MODEL_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9\-/_]*[a-zA-Z0-9])?$/;
const STAGE_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9\-_]*[a-zA-Z0-9])?$/;
// SemVer 2.0.0 (semver.org's regular expression, without a leading `v`).
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function checkModelName(name: string): string {
  if (!MODEL_NAME.test(name)) {
    throw new InputError(`model name \`${name}\` is not valid: use letters, digits, \`-\`, \`_\` and \`/\` for namespaces, starting and ending with a letter or digit`);
  }
  // GTO's pattern allows what git refuses in a ref name (`a//b`), and `.lock` is reserved by git.
  if (name.includes('//') || name.split('/').some((part) => part.endsWith('.lock'))) {
    throw new InputError(`model name \`${name}\` is not a valid git tag name (no \`//\`)`);
  }
  return name;
}

export function checkStageName(stage: string): string {
  if (!STAGE_NAME.test(stage)) {
    throw new InputError(`stage name \`${stage}\` is not valid: use letters, digits, \`-\` and \`_\`, starting and ending with a letter or digit`);
  }
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

export function versionTag(model: string, version: string): string {
  return `${checkModelName(model)}@v${normaliseVersion(version)}`;
}

export function stageTag(model: string, stage: string, eventNumber: number, unassign = false): string {
  return `${checkModelName(model)}#${checkStageName(stage)}${unassign ? '!' : ''}#${eventNumber}`;
}

export type ParsedTag =
  | { kind: 'version'; model: string; version: string }
  | { kind: 'stage'; model: string; stage: string; unassign: boolean; eventNumber: number | null };

/** Reads a tag in GTO's grammar, or `undefined` for tags that are not registry events. */
export function parseTag(tag: string): ParsedTag | undefined {
  const version = /^(.+)@v(.+)$/.exec(tag);
  if (version && MODEL_NAME.test(version[1]) && SEMVER.test(version[2])) {
    return { kind: 'version', model: version[1], version: version[2] };
  }
  const stage = /^(.+?)#([^#!]+)(!?)(?:#(\d+))?$/.exec(tag);
  if (stage && MODEL_NAME.test(stage[1]) && STAGE_NAME.test(stage[2])) {
    return { kind: 'stage', model: stage[1], stage: stage[2], unassign: stage[3] === '!', eventNumber: stage[4] ? Number(stage[4]) : null };
  }
  return undefined;
}

/** SemVer 2 precedence (numeric core, then pre-release identifiers; build metadata ignored). */
export function compareVersions(a: string, b: string): number {
  const [coreA, preA] = splitVersion(a);
  const [coreB, preB] = splitVersion(b);
  for (let i = 0; i < 3; i++) if (coreA[i] !== coreB[i]) return coreA[i] - coreB[i];
  if (preA.length === 0 || preB.length === 0) return preB.length - preA.length;
  for (let i = 0; i < Math.min(preA.length, preB.length); i++) {
    const [x, y] = [preA[i], preB[i]];
    if (x === y) continue;
    const [nx, ny] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return preA.length - preB.length;
}

function splitVersion(version: string): [number[], string[]] {
  const withoutBuild = version.split('+')[0];
  const dash = withoutBuild.indexOf('-');
  const core = (dash < 0 ? withoutBuild : withoutBuild.slice(0, dash)).split('.').map(Number);
  const pre = dash < 0 ? [] : withoutBuild.slice(dash + 1).split('.');
  return [core, pre];
}

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
