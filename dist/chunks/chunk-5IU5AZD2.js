import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

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

export {
  InputError,
  GateFailedError,
  VerificationError,
  isExpectedError,
  messageOf,
  writeFileAtomic,
  toJson,
  readJsonFile
};
