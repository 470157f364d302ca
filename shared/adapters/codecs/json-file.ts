import { readJsonText, writeFileAtomic } from '../files/files.js';
import { InputError } from '../../errors.js';
import { parseJson, toJson } from './json.js';

/**
 * One JSON file format: a writer, and a reader that inverts it exactly. Every format is read in
 * the same three steps: parse the text (an error names the file), check the value against the
 * format's JSON Schema when it has one (`schema`: the one place a schema check goes), then decode
 * it into the typed value (`decode`: checks what the schema does not, and turns the non-finite
 * strings of `toJson`'s convention back into numbers where the format has a number).
 */
export interface JsonFileFormat<T> {
  /** What the file is, in messages: `evaluation`, `drift report`. */
  what: string;
  schema?: (value: unknown, source: string) => void;
  decode: (value: unknown, source: string) => T;
  /** The file's text, when not `toJson` (the same JSON value, laid out otherwise). */
  encode?: (value: T) => string;
}

export interface JsonFileCodec<T> {
  /** The file's text (`toJson`, or the format's own `encode`). */
  encode(value: T): string;
  /** The value `encode` was given, from its text; `source` names the text in errors. */
  decode(text: string, source: string): T;
  read(path: string): T;
  /** Writes `encode(value)` atomically. */
  write(path: string, value: T): void;
}

export function jsonFileCodec<T>(format: JsonFileFormat<T>): JsonFileCodec<T> {
  const decode = (text: string, source: string): T => {
    const value = parseJson(text, source, format.what);
    try {
      format.schema?.(value, source);
    } catch (schemaError) {
      // The decoder's message says what was expected in the user's words (`metrics.accuracy` is a
      // string, expected a number); the schema's is kept for what only the schema checks (lengths,
      // bounds). A decoder not written to see unchecked values may fail otherwise: then the schema's.
      try {
        format.decode(value, source);
      } catch (decodeError) {
        if (decodeError instanceof InputError) throw decodeError;
      }
      throw schemaError;
    }
    return format.decode(value, source);
  };
  const encode = format.encode ?? ((value: T) => toJson(value));
  return {
    encode,
    decode,
    read: (path) => decode(readJsonText(path, format.what), path),
    write: (path, value) => writeFileAtomic(path, encode(value)),
  };
}
