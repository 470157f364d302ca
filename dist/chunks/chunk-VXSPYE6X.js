import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// shared/errors.ts
var InputError = class extends Error {
  exitCode = 2;
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
var GateFailedError = class extends Error {
  exitCode = 1;
  constructor(message) {
    super(message);
    this.name = "GateFailedError";
  }
};
var VerificationError = class extends Error {
  exitCode = 1;
  constructor(message) {
    super(message);
    this.name = "VerificationError";
  }
};
function isExpectedError(error) {
  return error instanceof InputError || error instanceof GateFailedError || error instanceof VerificationError;
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// shared/util/files.ts
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
function writeFileAtomic(path, content) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
function toJson(value) {
  return `${JSON.stringify(value, (_key, v) => typeof v === "number" && !Number.isFinite(v) ? String(v) : v, 2)}
`;
}
var MAX_JSON_BYTES = 64 * 1024 * 1024;
function readJsonFile(path, what) {
  let text;
  try {
    if (statSync(path).size > MAX_JSON_BYTES) throw new InputError(`${path}: ${what} is larger than ${MAX_JSON_BYTES / 1024 / 1024} MiB; refusing to read it`);
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${what} not found`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: ${what} is not valid JSON (${error.message})`);
  }
}

// shared/environment.ts
function readEnvironment(env) {
  const get = (name) => {
    const value = env[name]?.trim();
    return value ? value : null;
  };
  const serverUrl = url("GITHUB_SERVER_URL", get("GITHUB_SERVER_URL") ?? "https://github.com");
  const apiUrl = url("GITHUB_API_URL", get("GITHUB_API_URL") ?? defaultApiUrl(serverUrl));
  const repository = repositoryOf(get("GITHUB_REPOSITORY"));
  const runId = get("GITHUB_RUN_ID");
  return {
    repository,
    serverUrl,
    apiUrl,
    runId,
    runAttempt: get("GITHUB_RUN_ATTEMPT"),
    runUrl: repository && runId ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : null,
    sha: get("GITHUB_SHA"),
    ref: get("GITHUB_REF"),
    baseRef: get("GITHUB_BASE_REF"),
    actor: get("GITHUB_ACTOR") ?? get("USER"),
    workflow: get("GITHUB_WORKFLOW"),
    workflowRef: get("GITHUB_WORKFLOW_REF"),
    job: get("GITHUB_JOB"),
    eventName: get("GITHUB_EVENT_NAME"),
    eventPath: get("GITHUB_EVENT_PATH"),
    workspace: get("GITHUB_WORKSPACE"),
    runnerTemp: get("RUNNER_TEMP"),
    runnerOs: get("RUNNER_OS"),
    // Not trimmed away: a token is used as given.
    token: env.GITHUB_TOKEN ? env.GITHUB_TOKEN : null,
    api: {
      timeoutMs: milliseconds("MLGATE_API_TIMEOUT_MS", get("MLGATE_API_TIMEOUT_MS"), 1),
      writeIntervalMs: milliseconds("MLGATE_API_WRITE_INTERVAL_MS", get("MLGATE_API_WRITE_INTERVAL_MS"), 0)
    }
  };
}
function currentEnvironment() {
  return readEnvironment(process.env);
}
function defaultApiUrl(serverUrl) {
  const { protocol, host, hostname } = new URL(serverUrl);
  if (hostname === "github.com") return "https://api.github.com";
  if (hostname.endsWith(".ghe.com")) return `${protocol}//api.${host}`;
  return `${serverUrl}/api/v3`;
}
function url(name, value) {
  try {
    new URL(value);
  } catch {
    throw new InputError(`${name} \`${value}\` is not a URL (e.g. https://github.com)`);
  }
  return value.replace(/\/+$/, "");
}
function repositoryOf(value) {
  if (value === null) return null;
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value);
  if (!match) throw new InputError(`GITHUB_REPOSITORY \`${value}\` is not owner/name`);
  return { owner: match[1], repo: match[2] };
}
function milliseconds(name, value, minimum) {
  if (value === null) return null;
  const number = Number(value);
  if (!Number.isFinite(number) || number < minimum) {
    throw new InputError(`${name} must be a number of milliseconds${minimum > 0 ? " above 0" : ", 0 or more"}, got \`${value}\``);
  }
  return number;
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  InputError,
  GateFailedError,
  VerificationError,
  isExpectedError,
  messageOf,
  writeFileAtomic,
  toJson,
  readJsonFile,
  currentEnvironment
};
