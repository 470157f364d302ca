import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/adapters/codecs/json.ts
function toJson(value) {
  return `${JSON.stringify(value, (_key, v) => typeof v === "number" && !Number.isFinite(v) ? String(v) : v, 2)}
`;
}
function toJsonInlineNumbers(value) {
  return `${inlineNumbers(value, "")}
`;
}
function inlineNumbers(value, indent) {
  if (typeof value === "number" && !Number.isFinite(value)) return JSON.stringify(String(value));
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every((v) => typeof v === "number")) {
      return value.every((v) => Number.isFinite(v)) ? JSON.stringify(value) : `[${value.map((v) => inlineNumbers(v, indent)).join(",")}]`;
    }
    const inner = `${indent}  `;
    return `[
${value.map((v) => `${inner}${v === void 0 || typeof v === "function" ? "null" : inlineNumbers(v, inner)}`).join(",\n")}
${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0 && typeof v !== "function");
    if (entries.length === 0) return "{}";
    const inner = `${indent}  `;
    return `{
${entries.map(([key, v]) => `${inner}${JSON.stringify(key)}: ${inlineNumbers(v, inner)}`).join(",\n")}
${indent}}`;
  }
  return JSON.stringify(value);
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

// shared/adapters/files/files.ts
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

export {
  toJson,
  toJsonInlineNumbers,
  decodeNumber,
  parseJson,
  writeFileAtomic,
  readJsonText,
  readJsonFile
};
