import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/commands/options.ts
var DOORS = ["cli", "action"];
function takes(option, door) {
  return (option.doors ?? DOORS).includes(door);
}
function isSwitchChoice(option) {
  return option.kind === "choice" && option.choices.includes("true") && option.choices.includes("false");
}
function defaultFor(option, door) {
  return typeof option.default === "string" ? option.default : option.default?.[door];
}
function isExpressionDefault(text) {
  return text !== void 0 && text.includes("${{");
}
function runTimeDefault(option, door) {
  const fallback = defaultFor(option, door);
  return isExpressionDefault(fallback) ? void 0 : fallback;
}
function optionLabel(name, door) {
  return door === "cli" ? `--${name}` : `input \`${name}\``;
}
function readOptionValues(specs, door, raw) {
  const values = {};
  for (const [name, option] of Object.entries(specs)) {
    const given = takes(option, door) ? raw(name)?.trim() : void 0;
    const text = given === void 0 || given === "" ? runTimeDefault(option, door) : given;
    if ((text === void 0 || text === "") && option.required && takes(option, door)) {
      throw new InputError(`${optionLabel(name, door)} is required (${option.description})`);
    }
    values[name] = parseValue(option, text === "" ? void 0 : text, optionLabel(name, door));
  }
  return values;
}
function parseValue(option, text, label) {
  if (option.kind === "boolean") return text === void 0 ? false : parseBoolean(text, label);
  if (text === void 0) return void 0;
  switch (option.kind) {
    case "text":
    case "path":
      return text;
    case "list":
      return listItems(text);
    case "pairs":
      return parsePairs(text, label);
    case "json":
      return parseJsonObject(text, label);
    case "number":
    case "integer":
      return parseNumber(text, label, option.kind === "integer");
    case "choice":
      if (isSwitchChoice(option) && BOOLEAN_SPELLINGS.has(text)) return BOOLEAN_SPELLINGS.get(text);
      if (option.choices.includes(text)) return text;
      if (option.aliases && Object.hasOwn(option.aliases, text)) return option.aliases[text];
      if (option.refusals && Object.hasOwn(option.refusals, text)) throw new InputError(`${label}: ${option.refusals[text]}`);
      throw new InputError(`${label} must be one of ${option.choices.join(", ")}, got \`${text}\``);
  }
}
function listItems(text) {
  const items = text.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "");
  return items.length > 0 ? items : void 0;
}
var BOOLEAN_SPELLINGS = new Map(["true", "True", "TRUE", "false", "False", "FALSE"].map((text) => [text, text.toLowerCase()]));
function parseBoolean(text, label) {
  if (["true", "True", "TRUE"].includes(text)) return true;
  if (["false", "False", "FALSE"].includes(text)) return false;
  throw new InputError(`${label} must be true or false, got \`${text}\``);
}
function parsePairs(text, label) {
  const items = listItems(text);
  if (!items) return void 0;
  const pairs = {};
  for (const item of items) {
    const at = item.indexOf("=");
    if (at <= 0 || at === item.length - 1) throw new InputError(`${label} takes key=value pairs, got \`${item}\``);
    const key = item.slice(0, at).trim();
    if (key in pairs) throw new InputError(`${label} names \`${key}\` twice`);
    pairs[key] = item.slice(at + 1).trim();
  }
  return pairs;
}
var MAX_JSON_DEPTH = 32;
function parseJsonObject(text, label) {
  const excerpt = text.length > 80 ? `${text.slice(0, 80)}\u2026` : text;
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(`${label} must be a JSON object, e.g. '{"C": 0.5}', got \`${excerpt}\``);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InputError(`${label} must be a JSON object, got \`${excerpt}\``);
  if (jsonDepth(value) > MAX_JSON_DEPTH) throw new InputError(`${label} nests deeper than ${MAX_JSON_DEPTH} levels`);
  return value;
}
function jsonDepth(root) {
  let deepest = 0;
  const stack = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}
var DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
var DECIMAL_INTEGER = /^\+?\d+$/;
function parseNumber(text, label, integer) {
  const trimmed = text.trim();
  if (integer && !DECIMAL_INTEGER.test(trimmed)) throw new InputError(`${label} must be a non-negative integer, got \`${text}\``);
  if (!DECIMAL.test(trimmed)) throw new InputError(`${label} must be a number, got \`${text}\``);
  const value = Number(trimmed);
  if (!Number.isFinite(value)) throw new InputError(`${label} must be a number, got \`${text}\``);
  if (integer && (!Number.isInteger(value) || value < 0)) throw new InputError(`${label} must be a non-negative integer, got \`${text}\``);
  return value;
}

export {
  takes,
  isSwitchChoice,
  defaultFor,
  optionLabel,
  readOptionValues,
  parseJsonObject
};
