/**
 * GitHub's official OpenAPI description (`@octokit/openapi`, api.github.com), used to route the
 * emulator's requests and to validate every request and response it sees.
 *
 * The description is OpenAPI 3.0, whose schema dialect is close to, but not, JSON Schema. Ajv is
 * given a converted copy of `components.schemas`:
 * - `nullable: true` becomes `null` added to `type` (and to `enum`); without a `type` (a `oneOf`
 *   or `allOf` that may be null) the schema becomes `anyOf: [schema, {type: 'null'}]`;
 * - annotations and vendor keywords (`example`, `x-github`, `discriminator`, …) are dropped;
 * - `$ref: '#/components/schemas/x'` is made absolute so inline operation schemas can use it.
 * Formats: `date-time` (RFC 3339) and `uri` (absolute URL) are checked; every other format the
 * description uses (`int64`, `email`, `uri-template`, `binary`, …) is accepted unchecked.
 *
 * Nothing is compiled at load time: a validator is compiled the first time an operation's request
 * or response is checked, and cached for the life of the process (shared by all emulators).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const COMPONENTS_ID = 'https://api.github.com/openapi.json';

/** Keys that carry documentation or vendor extensions, not constraints. */
const DROPPED_KEYS = new Set(['example', 'examples', 'description', 'discriminator', 'externalDocs', 'xml', 'deprecated', 'title']);

export interface ParameterDef {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonObject;
}

export interface OperationDef {
  method: string;
  /** The path template as the description spells it: `/repos/{owner}/{repo}/pulls/{pull_number}`. */
  template: string;
  operationId: string;
  /** The operation's page on docs.github.com, used as `documentation_url` in error bodies. */
  docsUrl: string;
  parameters: ParameterDef[];
  requestBody?: { required: boolean; content: Record<string, { schema?: JsonObject }> };
  responses: Record<string, { content?: Record<string, { schema?: JsonObject }> }>;
  /** Set when the operation lives on another origin (uploads.github.com). */
  serverUrl?: string;
}

interface CompiledPath {
  template: string;
  regex: RegExp;
  names: string[];
  literalSegments: number;
  multiSegment: number;
}

export interface RouteMatch {
  operation: OperationDef;
  pathParams: Record<string, string>;
}

/** One validation outcome: human-readable mismatches (empty when valid) and coerced values. */
export interface ParamCheck {
  errors: string[];
  /** Query/path values after coercion to their schema types (integers as numbers). */
  values: Record<string, unknown>;
}

export class OpenApiDescription {
  readonly paths: Record<string, Record<string, JsonObject>>;
  private readonly components: JsonObject;
  private readonly compiledPaths: CompiledPath[];
  private readonly operations = new Map<string, OperationDef>();
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly ajv: Ajv;
  private readonly paramAjv: Ajv;

  constructor(document: JsonObject) {
    this.paths = document.paths as unknown as Record<string, Record<string, JsonObject>>;
    this.components = document.components as JsonObject;
    const formats = new Set<string>();
    const schemas = convertSchema(this.components.schemas, formats) as JsonObject;
    const formatOptions = formatTable(formats);
    const common = { strict: false, allErrors: true, validateSchema: false, formats: formatOptions } as const;
    this.ajv = new Ajv({ ...common });
    this.ajv.addSchema({ $id: COMPONENTS_ID, components: { schemas } }, undefined, undefined, false);
    this.paramAjv = new Ajv({ ...common, coerceTypes: true, useDefaults: false });
    this.paramAjv.addSchema({ $id: COMPONENTS_ID, components: { schemas } }, undefined, undefined, false);
    this.compiledPaths = Object.entries(this.paths).map(([template, item]) => compilePath(template, item, (n) => this.resolve(n)));
    // Literal segments win over parameters (`/releases/latest` over `/releases/{release_id}`),
    // single-segment parameters over multi-segment ones.
    this.compiledPaths.sort((a, b) => b.literalSegments - a.literalSegments || a.multiSegment - b.multiSegment);
  }

  /** Finds the operation for a method and a raw (still percent-encoded) URL path. */
  match(method: string, rawPath: string): RouteMatch | undefined {
    const lower = method.toLowerCase();
    for (const path of this.compiledPaths) {
      if (!this.paths[path.template][lower]) continue;
      const m = path.regex.exec(rawPath);
      if (!m) continue;
      const pathParams: Record<string, string> = {};
      let decodable = true;
      path.names.forEach((name, i) => {
        try {
          pathParams[name] = decodeURIComponent(m[i + 1]);
        } catch {
          decodable = false;
        }
      });
      if (!decodable) continue;
      return { operation: this.operation(lower, path.template), pathParams };
    }
    return undefined;
  }

  /** The operation object for `method` (any case) and a path template, resolved. */
  operation(method: string, template: string): OperationDef {
    const lower = method.toLowerCase();
    const key = `${lower} ${template}`;
    const cached = this.operations.get(key);
    if (cached) return cached;
    const raw = this.paths[template]?.[lower];
    if (!raw) throw new Error(`no operation ${method.toUpperCase()} ${template} in the OpenAPI description`);
    const parameters = ((raw.parameters as JsonObject[] | undefined) ?? []).map((p) => {
      const param = this.resolve(p);
      return {
        name: param.name as string,
        in: param.in as ParameterDef['in'],
        required: param.required === true,
        schema: convertSchema(param.schema ?? {}, new Set()) as JsonObject,
      };
    });
    const responses: OperationDef['responses'] = {};
    for (const [status, response] of Object.entries((raw.responses as JsonObject) ?? {})) {
      responses[status] = this.resolve(response as JsonObject) as OperationDef['responses'][string];
    }
    const servers = raw.servers as { url: string }[] | undefined;
    const op: OperationDef = {
      method: lower.toUpperCase(),
      template,
      operationId: raw.operationId as string,
      docsUrl: ((raw.externalDocs as JsonObject | undefined)?.url as string | undefined) ?? 'https://docs.github.com/rest',
      parameters,
      requestBody: raw.requestBody ? (this.resolve(raw.requestBody as JsonObject) as OperationDef['requestBody']) : undefined,
      responses,
      serverUrl: servers?.[0]?.url,
    };
    this.operations.set(key, op);
    return op;
  }

  /** Validates path and query parameters together (values arrive as strings and are coerced). */
  checkParameters(op: OperationDef, pathParams: Record<string, string>, query: Record<string, string>): ParamCheck {
    const validate = this.compileCached(`${op.method} ${op.template} params`, () => {
      const sub = (where: 'path' | 'query') => {
        const list = op.parameters.filter((p) => p.in === where);
        return {
          type: 'object',
          properties: Object.fromEntries(list.map((p) => [p.name, p.schema])),
          required: list.filter((p) => p.required).map((p) => p.name),
        };
      };
      return { type: 'object', properties: { path: sub('path'), query: sub('query') } };
    }, this.paramAjv);
    const data = { path: { ...pathParams }, query: { ...query } } as { path: Record<string, unknown>; query: Record<string, unknown> };
    const errors: string[] = [];
    if (!validate(data)) {
      for (const e of validate.errors ?? []) {
        const [, where, name, ...rest] = e.instancePath.split('/');
        const missing = e.keyword === 'required' ? ` ${(e.params as { missingProperty: string }).missingProperty}` : '';
        const label = where === 'path' ? 'path parameter' : 'query parameter';
        const at = name ? ` ${decodePointer(name)}${rest.length ? '/' + rest.join('/') : ''}` : missing;
        errors.push(`${label}${at}: ${e.message}`);
      }
    }
    return { errors: dedupe(errors), values: { ...data.path, ...data.query } };
  }

  /** Validates a parsed JSON request body; `undefined` means "no body". Returns raw Ajv errors. */
  checkRequestBody(op: OperationDef, body: unknown): ErrorObject[] {
    const rb = op.requestBody;
    if (!rb) return [];
    const schema = rb.content['application/json']?.schema;
    if (body === undefined) {
      return rb.required ? [{ instancePath: '', keyword: 'required', params: {}, schemaPath: '#', message: 'a request body is required' }] : [];
    }
    if (!schema) return [];
    const validate = this.compileCached(`${op.method} ${op.template} body`, () => absolutize(schema));
    return validate(body) ? [] : [...(validate.errors ?? [])];
  }

  /**
   * Validates a response. Success and redirect statuses must be declared by the operation (or
   * `default`); error statuses GitHub can send from any endpoint (401, 403, 404, 422, 5xx…) are
   * accepted when undeclared, their body then checked against GitHub's generic error schemas.
   */
  checkResponse(op: OperationDef, status: number, body: unknown): string[] {
    const declared = op.responses[String(status)] ?? op.responses.default;
    const prefix = `response ${status}`;
    if (!declared) {
      if (status < 400) return [`${prefix}: status not declared by the operation`];
      return this.checkGenericError(status, body).map((m) => `${prefix} body: ${m}`);
    }
    const content = declared.content;
    if (!content) {
      if (status >= 400 && body !== undefined) return this.checkGenericError(status, body).map((m) => `${prefix} body: ${m}`);
      return body === undefined ? [] : [`${prefix}: the operation declares no body, one was sent`];
    }
    const media = content['application/json'] ?? Object.values(content)[0];
    if (!media?.schema) return [];
    if (body === undefined) return [`${prefix}: the operation declares a body, none was sent`];
    const validate = this.compileCached(`${op.method} ${op.template} ${status}`, () => absolutize(media.schema as JsonObject));
    if (validate(body)) return [];
    return formatAjvErrors(validate.errors ?? []).map((m) => `${prefix} body: ${m}`);
  }

  private checkGenericError(status: number, body: unknown): string[] {
    const name = status === 422 ? 'validation-error' : 'basic-error';
    const validate = this.compileCached(`generic ${name}`, () => ({ $ref: `${COMPONENTS_ID}#/components/schemas/${name}` }));
    return validate(body) ? [] : formatAjvErrors(validate.errors ?? []);
  }

  private compileCached(key: string, schema: () => object, ajv: Ajv = this.ajv): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = ajv.compile(schema());
      this.validators.set(key, validate);
    }
    return validate;
  }

  private resolve(node: JsonObject): JsonObject {
    let current = node;
    for (let depth = 0; typeof current.$ref === 'string' && depth < 10; depth++) {
      const parts = (current.$ref as string).replace(/^#\//, '').split('/').map(decodePointer);
      let target: Json = { components: this.components };
      for (const part of parts) target = (target as JsonObject)[part];
      current = target as JsonObject;
    }
    return current;
  }
}

let cached: OpenApiDescription | undefined;

/** Parses the description once per process (about 150 ms for 13 MB). */
export function loadDescription(): OpenApiDescription {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    cached = new OpenApiDescription(JSON.parse(readFileSync(file, 'utf8')) as JsonObject);
  }
  return cached;
}

/** Ajv errors as "<json pointer> <message>", one string per error, duplicates removed. */
export function formatAjvErrors(errors: ErrorObject[]): string[] {
  return dedupe(
    errors.map((e) => {
      const where = e.instancePath ? `${e.instancePath} ` : '';
      const extra = e.keyword === 'enum' ? ` ${JSON.stringify((e.params as { allowedValues: unknown }).allowedValues)}` : '';
      const add = e.keyword === 'additionalProperties' ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'` : '';
      return `${where}${e.message ?? e.keyword}${extra}${add}`;
    }),
  ).slice(0, 8);
}

/**
 * The message GitHub puts after "Invalid request.\n\n" for a schema failure. GitHub's wording
 * (observed): `"body" wasn't supplied.`, `"text" is not a permitted key.`,
 * `For 'properties/state', "x" is not a member of ["a", "b"].`,
 * `Only 65535 characters are allowed; 70000 were supplied.`
 */
export function githubValidationMessage(errors: ErrorObject[], data: unknown): string {
  const lines = errors.slice(0, 5).map((e) => {
    const params = e.params as Record<string, unknown>;
    const value = valueAt(data, e.instancePath);
    const path = e.instancePath.split('/').filter(Boolean).map(decodePointer);
    const field = path.length ? `properties/${path.join('/')}` : 'data';
    switch (e.keyword) {
      case 'required':
        return `"${String(params.missingProperty)}" wasn't supplied.`;
      case 'additionalProperties':
        return `"${String(params.additionalProperty)}" is not a permitted key.`;
      case 'maxLength':
        return `Only ${String(params.limit)} characters are allowed; ${String((value as string).length)} were supplied.`;
      case 'maxItems':
        return `Only ${String(params.limit)} elements are allowed; ${String((value as unknown[]).length)} were supplied.`;
      case 'enum':
        return `For '${field}', ${JSON.stringify(value)} is not a member of ${JSON.stringify(params.allowedValues)}.`;
      case 'type':
        return `For '${field}', ${JSON.stringify(value)} is not ${article(String(params.type))}.`;
      default:
        return `For '${field}', ${JSON.stringify(value)} ${e.message ?? 'is invalid'}.`;
    }
  });
  return dedupe(lines).join('\n');
}

function article(type: string): string {
  const t = type.split(',')[0];
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  for (const part of pointer.split('/').filter(Boolean).map(decodePointer)) {
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  }
  return v;
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

function decodePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Parameters marked `x-multi-segment` may contain `/` (a ref such as `heads/feature-a`). */
function compilePath(template: string, item: Record<string, JsonObject>, resolve: (n: JsonObject) => JsonObject): CompiledPath {
  const multi = new Set<string>();
  for (const op of Object.values(item)) {
    for (const p of (op.parameters as JsonObject[] | undefined) ?? []) {
      const param = resolve(p);
      if (param['x-multi-segment'] === true) multi.add(param.name as string);
    }
  }
  const names: string[] = [];
  let literalSegments = 0;
  let multiSegment = 0;
  const source = template
    .split('/')
    .map((segment) => {
      if (!segment.includes('{')) {
        if (segment) literalSegments++;
        return escapeRegex(segment);
      }
      return segment
        .split(/(\{[^}]+\})/)
        .map((piece) => {
          const m = /^\{([^}]+)\}$/.exec(piece);
          if (!m) return escapeRegex(piece);
          names.push(m[1]);
          if (multi.has(m[1])) {
            multiSegment++;
            return '(.+)';
          }
          return '([^/]+)';
        })
        .join('');
    })
    .join('/');
  return { template, regex: new RegExp(`^${source}/?$`), names, literalSegments, multiSegment };
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** OpenAPI 3.0 schema → JSON Schema for Ajv (see the file comment). Collects format names. */
function convertSchema(node: Json | undefined, formats: Set<string>): Json {
  if (Array.isArray(node)) return node.map((n) => convertSchema(n, formats));
  if (node === null || typeof node !== 'object') return node ?? {};
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-') || DROPPED_KEYS.has(key) || key === 'nullable') continue;
    if (key === 'properties' || key === 'patternProperties' || key === 'definitions') {
      // A map from names to schemas: keep every name (a property may be called `description`).
      out[key] = Object.fromEntries(Object.entries(value as JsonObject).map(([k, v]) => [k, convertSchema(v, formats)]));
    } else if (key === 'enum' || key === 'required' || key === 'default' || key === 'const') {
      out[key] = value;
    } else if (key === '$ref' && typeof value === 'string') {
      out[key] = value.startsWith('#/components/') ? COMPONENTS_ID + value : value;
    } else if (key === 'format' && typeof value === 'string') {
      formats.add(value);
      out[key] = value;
    } else {
      out[key] = convertSchema(value, formats);
    }
  }
  // GitHub's `discriminator` picks the branch of a `oneOf` whose branches overlap (a private-user
  // is also a valid public-user), so `oneOf` alone would reject valid data. Each mapping becomes an
  // if/then on the discriminating property; the branches stay as an `anyOf`. The `if` holds for
  // objects only: JSON Schema's `properties`/`required` pass any non-object, and `contents/{path}`
  // answers a folder as an array (its mapping names `array`, which no object's `type` matches).
  const discriminator = node.discriminator as JsonObject | undefined;
  if (discriminator && Array.isArray(out.oneOf)) {
    const prop = discriminator.propertyName as string;
    const mapping = (discriminator.mapping as Record<string, string> | undefined) ?? {};
    out.anyOf = out.oneOf;
    delete out.oneOf;
    const rules = Object.entries(mapping).map(([value, ref]) => ({
      if: { type: 'object', properties: { [prop]: { const: value } }, required: [prop] },
      then: { $ref: ref.startsWith('#/components/') ? COMPONENTS_ID + ref : ref },
    }));
    if (rules.length) out.allOf = [...((out.allOf as Json[] | undefined) ?? []), ...rules];
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else if (out.type === undefined) {
      return { anyOf: [out, { type: 'null' }] };
    }
  }
  return out;
}

/** Inline operation schemas are converted on first use; their refs point into the components. */
function absolutize(schema: JsonObject): object {
  return convertSchema(schema, new Set()) as object;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function formatTable(names: Set<string>): Record<string, true | RegExp | ((s: string) => boolean)> {
  const table: Record<string, true | RegExp | ((s: string) => boolean)> = {};
  for (const name of names) table[name] = true;
  // Used only in inline request bodies (pulls/create's head_repo), which the component scan misses.
  table['repo.nwo'] = true;
  table['date-time'] = (s: string) => DATE_TIME.test(s) && !Number.isNaN(Date.parse(s));
  table.uri = (s: string) => {
    try {
      return /^[a-z][a-z0-9+.-]*:/i.test(s) && Boolean(new URL(s));
    } catch {
      return false;
    }
  };
  return table;
}
