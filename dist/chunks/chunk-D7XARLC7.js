import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/core/registry/semver.ts
function compareSemVer(a, b) {
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
function splitVersion(version) {
  const withoutBuild = version.split("+")[0];
  const dash = withoutBuild.indexOf("-");
  const core = (dash < 0 ? withoutBuild : withoutBuild.slice(0, dash)).split(".").map(Number);
  const pre = dash < 0 ? [] : withoutBuild.slice(dash + 1).split(".");
  return [core, pre];
}

// shared/adapters/registry/names.ts
var NAME = "[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?";
var DIRNAME = "[a-zA-Z0-9\\-_./]+";
var NAME_RE = new RegExp(`^${NAME}$`);
var FULLNAME_RE = new RegExp(`^(?:${DIRNAME}:)?${NAME}$`);
var SEMVER_SOURCE = "(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-(?:(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+(?:[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?";
var SEMVER = new RegExp(`^${SEMVER_SOURCE}$`);
var TAG_RE = new RegExp(
  `^(?<artifact>(?:${DIRNAME}=)?${NAME})(?:(?:#(?<stage>${NAME})|@v(?<version>${SEMVER_SOURCE}))(?<cancel>!?)|@(?<special>deprecated|created))(?:#(?<counter>[0-9]+))?$`
);
function gitRefProblem(name) {
  if (name.includes("//")) return "has `//`";
  if (name.includes("..")) return "has `..`";
  if (name.split("/").some((part) => part.startsWith(".") || part.endsWith(".lock") || part.endsWith("."))) return "has a path part that starts with `.` or ends with `.` or `.lock`";
  return void 0;
}
function checkModelName(name) {
  if (!FULLNAME_RE.test(name)) {
    throw new InputError(`model name \`${name}\` is not valid: use letters, digits, \`-\`, \`_\` and \`/\` for namespaces, starting and ending with a letter or digit (a nested GTO artifact is \`dir:name\`)`);
  }
  const problem = gitRefProblem(name);
  if (problem) throw new InputError(`model name \`${name}\` is not a valid git tag name: it ${problem}`);
  return name;
}
function checkStageName(stage) {
  if (!NAME_RE.test(stage)) {
    throw new InputError(`stage name \`${stage}\` is not valid: use letters, digits, \`-\`, \`_\` and \`/\`, starting and ending with a letter or digit`);
  }
  if (stage.includes("//")) throw new InputError(`stage name \`${stage}\` is not a valid git tag name: it has \`//\``);
  return stage;
}
function normaliseVersion(version) {
  const bare = version.startsWith("v") ? version.slice(1) : version;
  if (!SEMVER.test(bare)) {
    throw new InputError(`version \`${version}\` is not a semantic version (e.g. 1.4.0 or v1.4.0-rc.1)`);
  }
  return bare;
}
function modelInTag(model) {
  return checkModelName(model).replaceAll(":", "=");
}
function versionTag(model, version) {
  return `${modelInTag(model)}@v${normaliseVersion(version)}`;
}
function stageTag(model, stage, eventNumber, unassign = false) {
  return `${modelInTag(model)}#${checkStageName(stage)}${unassign ? "!" : ""}#${eventNumber}`;
}
function tagPrefix(model) {
  return modelInTag(model);
}
function parseTag(tag) {
  const match = TAG_RE.exec(tag);
  if (!match?.groups) return void 0;
  const { artifact, stage, version, cancel, special, counter } = match.groups;
  const model = artifact.replaceAll("=", ":");
  const eventNumber = counter === void 0 ? null : Number(counter);
  if (version !== void 0) return { kind: "version", model, version, deregister: cancel === "!", eventNumber };
  if (stage !== void 0) return { kind: "stage", model, stage, unassign: cancel === "!", eventNumber };
  if (special === "deprecated") return { kind: "deprecate", model, eventNumber };
  return void 0;
}
function fileNameProblem(name) {
  if (name === "" || name.trim() !== name) return "is empty or has leading or trailing blanks";
  if (name.startsWith(".")) return "starts with `.` (hidden, or `..`)";
  if (/[/\\:]/.test(name)) return "holds a path separator";
  if (/[\u0000-\u001f\u007f]/.test(name)) return "holds a control character";
  if (name.length > 255) return "is longer than 255 characters";
  return void 0;
}
var AUDIT_TAG_ROOT = "mlgate-audit";
function auditTag(model, kind, at, collision = 1) {
  const time = at.toISOString().replace(/\.\d+Z$/, "Z").replace(/[-:]/g, "");
  return `${auditTagPrefix(model)}${kind}/${time}${collision > 1 ? `-${collision}` : ""}`;
}
function auditTagPrefix(model) {
  return `${AUDIT_TAG_ROOT}/${modelInTag(model)}/`;
}
var AUDIT_TAG_RE = /^mlgate-audit\/(?<model>.+)\/(?<kind>monitor|abtest)\/(?<time>\d{8}T\d{6}Z)(?:-(?<n>[1-9]\d*))?$/;
function parseAuditTag(tag) {
  const match = AUDIT_TAG_RE.exec(tag);
  if (!match?.groups) return void 0;
  const model = match.groups.model.replaceAll("=", ":");
  if (!FULLNAME_RE.test(model) || gitRefProblem(model)) return void 0;
  return { model, kind: match.groups.kind, time: match.groups.time, collision: match.groups.n === void 0 ? 1 : Number(match.groups.n) };
}

export {
  compareSemVer,
  checkModelName,
  checkStageName,
  normaliseVersion,
  versionTag,
  stageTag,
  tagPrefix,
  parseTag,
  fileNameProblem,
  auditTag,
  auditTagPrefix,
  parseAuditTag
};
