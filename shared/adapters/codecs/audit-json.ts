import schema from '../../../schemas/audit.schema.json' with { type: 'json' };
import { InputError } from '../../errors.js';
import { AUDIT_RECORD_LIMIT, auditHeadline, type AuditRecord } from '../../core/registry/audit.js';
import { schemaChecker } from './json-schema.js';
import { decodeNumber, parseJson } from './json.js';
import { isRfc3339DateTime } from './validate-lineage.js';

const checkSchema = schemaChecker(schema, 'is not an mlgate audit record', (ajv) => ajv.addFormat('date-time', { type: 'string', validate: isRfc3339DateTime }));

/**
 * An audit record as one line of JSON (a `audit.jsonl` line, the body of an audit tag's message),
 * with `toJson`'s convention for non-finite numbers. A record over `AUDIT_RECORD_LIMIT` bytes is a
 * bug: the builders in `core/registry/audit.ts` bound every list and text.
 */
export function encodeAuditRecord(record: AuditRecord): string {
  const line = JSON.stringify(record, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
  if (Buffer.byteLength(line) > AUDIT_RECORD_LIMIT) throw new Error(`audit record of ${record.model} is ${Buffer.byteLength(line)} bytes, over ${AUDIT_RECORD_LIMIT}`);
  return line;
}

/** One line of JSON as a record; `source` names it in errors (`audit.jsonl:3`, a tag name). */
export function decodeAuditRecord(text: string, source: string): AuditRecord {
  if (Buffer.byteLength(text) > AUDIT_RECORD_LIMIT) throw new InputError(`${source}: audit record longer than ${AUDIT_RECORD_LIMIT} bytes`);
  const value = parseJson(text, source, 'audit record');
  checkSchema(value, source);
  return revive(value) as AuditRecord;
}

/**
 * An audit tag's message: the headline (what `git tag -n` shows), a blank line, the record.
 * The reader takes the record after the first blank line, so the headline is free text.
 */
export function auditTagMessage(record: AuditRecord): string {
  return `${auditHeadline(record).replace(/\s+/g, ' ')}\n\n${encodeAuditRecord(record)}\n`;
}

export function decodeAuditTagMessage(message: string, tag: string): AuditRecord {
  const blank = message.indexOf('\n\n');
  if (blank < 0) throw new InputError(`${tag}: the tag's message holds no audit record (expected a headline, a blank line and the record's JSON)`);
  return decodeAuditRecord(message.slice(blank + 2).trim(), `${tag} (tag message)`);
}

/** The schema puts numbers only in `figures`, under these keys; text fields stay text. */
const NUMBERS = new Set(['effect', 'interval', 'p_value', 'share_drifted']);

function revive(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => revive(v, key));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v, k)]));
  if (typeof value === 'string' && NUMBERS.has(key)) return decodeNumber(value) ?? value;
  return value;
}
