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

// shared/codecs/json.ts
function toJson(value) {
  return `${JSON.stringify(value, (_key, v) => typeof v === "number" && !Number.isFinite(v) ? String(v) : v, 2)}
`;
}
function decodeNumber(value) {
  if (typeof value === "number") return value;
  if (value === "Infinity") return Infinity;
  if (value === "-Infinity") return -Infinity;
  if (value === "NaN") return NaN;
  return void 0;
}
function parseJson(text, source, what) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${source}: ${what} is not valid JSON (${error.message})`);
  }
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
var MAX_JSON_BYTES = 64 * 1024 * 1024;
function readJsonText(path, what) {
  try {
    if (statSync(path).size > MAX_JSON_BYTES) throw new InputError(`${path}: ${what} is larger than ${MAX_JSON_BYTES / 1024 / 1024} MiB; refusing to read it`);
    return readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${what} not found`);
  }
}
function readJsonFile(path, what) {
  return parseJson(readJsonText(path, what), path, what);
}

// shared/data/decimal.ts
function parseDecimal(cell) {
  const text = cell.trim();
  if (DECIMAL.test(text)) return Number(text);
  return INFINITIES.get(text.toLowerCase());
}
var DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
var INFINITIES = /* @__PURE__ */ new Map([
  ["inf", Infinity],
  ["+inf", Infinity],
  ["-inf", -Infinity],
  ["infinity", Infinity],
  ["+infinity", Infinity],
  ["-infinity", -Infinity]
]);

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
  parseDecimal,
  toJson,
  decodeNumber,
  parseJson,
  writeFileAtomic,
  readJsonText,
  readJsonFile
};
