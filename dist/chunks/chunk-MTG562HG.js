import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  decodeNumber
} from "./chunk-D7INEA7H.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/adapters/codecs/json-shape.ts
var ShapeMismatch = class extends Error {
  constructor(path, problem) {
    super(`${path ? `\`${path}\`` : "the top level"} ${problem}`);
    this.path = path;
    this.problem = problem;
    this.name = "ShapeMismatch";
  }
  path;
  problem;
};
function decodeShape(shape, value, source, hint) {
  try {
    return shape(value, "");
  } catch (error) {
    if (!(error instanceof ShapeMismatch)) throw error;
    const topLevel = !/[.[]/.test(error.path);
    throw new InputError(`${source}: ${error.message}${hint && topLevel ? ` \u2014 ${hint}` : ""}`);
  }
}
var number = (value, at) => {
  const decoded = decodeNumber(value);
  if (decoded === void 0) throw new ShapeMismatch(at, `is ${describe(value)}, expected a number`);
  return decoded;
};
var count = (value, at) => {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw new ShapeMismatch(at, `is ${describe(value)}, expected a whole number \u2265 0`);
  return value;
};
var string = (value, at) => {
  if (typeof value !== "string") throw new ShapeMismatch(at, `is ${describe(value)}, expected a string`);
  return value;
};
var boolean = (value, at) => {
  if (typeof value !== "boolean") throw new ShapeMismatch(at, `is ${describe(value)}, expected true or false`);
  return value;
};
function oneOf(values) {
  return (value, at) => {
    if (!values.includes(value)) {
      const shown = typeof value === "string" ? JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}\u2026` : value) : describe(value);
      throw new ShapeMismatch(at, `is ${shown}, expected one of ${values.join(", ")}`);
    }
    return value;
  };
}
function allMembers(members) {
  return Object.keys(members);
}
function nullable(shape) {
  return (value, at) => {
    if (value === null) return null;
    try {
      return shape(value, at);
    } catch (error) {
      if (error instanceof ShapeMismatch && error.path === at) throw new ShapeMismatch(at, `${error.problem} or null`);
      throw error;
    }
  };
}
function list(item) {
  return (value, at) => {
    if (!Array.isArray(value)) throw new ShapeMismatch(at, `is ${describe(value)}, expected a list`);
    return value.map((element, index) => item(element, `${at}[${index}]`));
  };
}
function pair(item) {
  return (value, at) => {
    if (!Array.isArray(value) || value.length !== 2) throw new ShapeMismatch(at, `is ${describe(value)}, expected a list of two`);
    return [item(value[0], `${at}[0]`), item(value[1], `${at}[1]`)];
  };
}
function record(item) {
  return (value, at) => {
    return Object.fromEntries(Object.entries(objectOf(value, at)).map(([key, field]) => [key, item(field, child(at, key))]));
  };
}
function optional(shape, fallback) {
  return fallback ? { optional: shape, fallback } : { optional: shape };
}
function object(fields) {
  return (value, at) => {
    const input = objectOf(value, at);
    const output = { ...input };
    for (const [key, field] of Object.entries(fields)) {
      const raw = Object.hasOwn(input, key) ? input[key] : void 0;
      if (typeof field === "function") output[key] = field(raw, child(at, key));
      else if (raw !== void 0) output[key] = field.optional(raw, child(at, key));
      else if (field.fallback) output[key] = field.fallback();
    }
    return output;
  };
}
function objectOf(value, at) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ShapeMismatch(at, `is ${describe(value)}, expected an object`);
  return value;
}
function child(at, key) {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return at ? `${at}.${key}` : key;
  return `${at}[${JSON.stringify(key)}]`;
}
function describe(value) {
  if (value === void 0) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "a string";
  return String(value);
}

export {
  ShapeMismatch,
  decodeShape,
  number,
  count,
  string,
  boolean,
  oneOf,
  allMembers,
  nullable,
  list,
  pair,
  record,
  optional,
  object
};
