import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  require__
} from "./chunk-OPEBT25N.js";
import {
  parseJson,
  readJsonText,
  toJson,
  writeFileAtomic
} from "./chunk-D7INEA7H.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";
import {
  __toESM
} from "./chunk-VJ4UBBLQ.js";

// shared/adapters/codecs/json-file.ts
function jsonFileCodec(format) {
  const decode = (text, source) => {
    const value = parseJson(text, source, format.what);
    try {
      format.schema?.(value, source);
    } catch (schemaError) {
      try {
        format.decode(value, source);
      } catch (decodeError) {
        if (decodeError instanceof InputError) throw decodeError;
      }
      throw schemaError;
    }
    return format.decode(value, source);
  };
  const encode = format.encode ?? ((value) => toJson(value));
  return {
    encode,
    decode,
    read: (path) => decode(readJsonText(path, format.what), path),
    write: (path, value) => writeFileAtomic(path, encode(value))
  };
}

// shared/adapters/codecs/json-schema.ts
var import__ = __toESM(require__(), 1);
function schemaChecker(schema, invalid, configure) {
  let compiled;
  return (value, source) => {
    if (!compiled) {
      const ajv = new import__.Ajv2020({ allErrors: false, strict: true, verbose: true });
      configure?.(ajv);
      compiled = ajv.compile(schema);
    }
    if (!compiled(value)) throw new InputError(`${source}: ${oneLine(describeError(compiled.errors ?? [], invalid))}`);
  };
}
function describeError(errors, invalid) {
  if (errors.length === 0) return invalid;
  const first = errors[0];
  const path = first.instancePath || "/";
  const alternatives = errors.find((e) => e.keyword === "anyOf" && e.instancePath === first.instancePath);
  if (alternatives) {
    const branches = errors.filter((e) => e.keyword !== "anyOf" && e.instancePath === first.instancePath).map(message);
    return `${path} ${[...new Set(branches)].join(", or ")}${got(first.data)}`;
  }
  if (first.propertyName !== void 0) return `${join(first.instancePath, first.propertyName.length > 40 ? `${first.propertyName.slice(0, 37)}\u2026` : first.propertyName)}: the name ${message(first)}`;
  switch (first.keyword) {
    case "required":
      return `${join(first.instancePath, first.params.missingProperty)} is required`;
    case "additionalProperties":
      return `${join(first.instancePath, first.params.additionalProperty)} is not a known field`;
    default:
      return `${path} ${message(first)}${got(first.data)}`;
  }
}
function message(error) {
  switch (error.keyword) {
    case "const":
      return `must be ${JSON.stringify(error.params.allowedValue)}`;
    case "enum":
      return `must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "format":
      return `must be an RFC 3339 ${error.params.format} (e.g. 2025-01-31T12:00:00Z)`;
    case "pattern": {
      const description = error.parentSchema?.description;
      return `${error.message ?? "is not valid"}${description ? ` \u2014 ${description.replace(/\.$/, "")}` : ""}`;
    }
    default:
      return error.message ?? "is not valid";
  }
}
function join(pointer, property) {
  return `${pointer}/${property.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
function got(data) {
  if (data === void 0 || typeof data === "object" && data !== null) return "";
  const text = JSON.stringify(data);
  return ` (got ${text.length > 80 ? `${text.slice(0, 77)}\u2026` : text})`;
}
function oneLine(text) {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export {
  jsonFileCodec,
  schemaChecker
};
