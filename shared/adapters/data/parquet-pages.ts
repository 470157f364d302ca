import { gunzipSync, zstdDecompressSync } from 'node:zlib';
import { compressors } from 'hyparquet-compressors';

/**
 * The page level of a Parquet column chunk, for `parquet-typed-columns.ts`: page headers (Thrift
 * compact protocol), decompression and the RLE/bit-packed hybrid encoding of levels and dictionary
 * indices. hyparquet parses the file's metadata; its page readers are not exported, and they
 * decode into JS values (a row's value per array slot), which is what the typed path avoids.
 * See https://parquet.apache.org/docs/file-format/ and parquet.thrift.
 */

/** A layout this decoder does not read (the caller falls back to hyparquet, which reads more). */
export class UnsupportedParquetLayout extends Error {}

export interface PageHeader {
  type: 'DATA_PAGE' | 'DICTIONARY_PAGE' | 'DATA_PAGE_V2' | 'OTHER';
  uncompressedSize: number;
  compressedSize: number;
  /** Values in the page, nulls included (data pages); entries (dictionary pages). */
  numValues: number;
  encoding: number;
  /** DATA_PAGE: the definition levels' encoding. */
  definitionEncoding: number;
  /** DATA_PAGE_V2: rows, nulls, the levels' byte lengths, whether the values are compressed. */
  numNulls: number;
  numRows: number;
  definitionBytes: number;
  repetitionBytes: number;
  isCompressed: boolean;
}

export const ENCODING = { PLAIN: 0, PLAIN_DICTIONARY: 2, RLE: 3, DELTA_BINARY_PACKED: 5, DELTA_LENGTH_BYTE_ARRAY: 6, RLE_DICTIONARY: 8, BYTE_STREAM_SPLIT: 9 } as const;
const PAGE_TYPES = ['DATA_PAGE', 'OTHER', 'DICTIONARY_PAGE', 'DATA_PAGE_V2'] as const;

/** A cursor over bytes. */
export interface Cursor {
  bytes: Uint8Array;
  offset: number;
}

/** Reads one page header at the cursor, leaving it at the page's data. */
export function readPageHeader(cursor: Cursor): PageHeader {
  const fields = readStruct(cursor);
  const type = PAGE_TYPES[fields.get(1) as number] ?? 'OTHER';
  const header: PageHeader = {
    type,
    uncompressedSize: fields.get(2) as number,
    compressedSize: fields.get(3) as number,
    numValues: 0, encoding: 0, definitionEncoding: ENCODING.RLE,
    numNulls: 0, numRows: 0, definitionBytes: 0, repetitionBytes: 0, isCompressed: true,
  };
  if (type === 'DATA_PAGE') {
    const page = fields.get(5) as Map<number, unknown>;
    header.numValues = page.get(1) as number;
    header.encoding = page.get(2) as number;
    header.definitionEncoding = page.get(3) as number;
  } else if (type === 'DICTIONARY_PAGE') {
    const page = fields.get(7) as Map<number, unknown>;
    header.numValues = page.get(1) as number;
    header.encoding = page.get(2) as number;
  } else if (type === 'DATA_PAGE_V2') {
    const page = fields.get(8) as Map<number, unknown>;
    header.numValues = page.get(1) as number;
    header.numNulls = page.get(2) as number;
    header.numRows = page.get(3) as number;
    header.encoding = page.get(4) as number;
    header.definitionBytes = page.get(5) as number;
    header.repetitionBytes = page.get(6) as number;
    header.isCompressed = (page.get(7) as boolean | undefined) ?? true;
  }
  if (!(header.compressedSize >= 0) || !(header.uncompressedSize >= 0) || !(header.numValues >= 0)) throw new Error('a page header without sizes');
  return header;
}

// Thrift compact protocol: a struct is fields (a byte: id delta << 4 | type) up to a 0 byte.
function readStruct(cursor: Cursor): Map<number, unknown> {
  const fields = new Map<number, unknown>();
  let id = 0;
  for (;;) {
    const byte = readByte(cursor);
    const type = byte & 0x0f;
    if (type === 0) return fields;
    const delta = byte >> 4;
    id = delta === 0 ? zigzag(readVarint(cursor)) : id + delta;
    fields.set(id, readValue(cursor, type));
  }
}

function readValue(cursor: Cursor, type: number): unknown {
  switch (type) {
    case 1: return true;
    case 2: return false;
    case 3: return readByte(cursor);
    case 4:
    case 5: return zigzag(readVarint(cursor));
    case 6: return readVarint64(cursor);
    case 7: cursor.offset += 8; return undefined;
    case 8: {
      const length = readVarint(cursor);
      cursor.offset += length;
      return undefined;
    }
    case 9:
    case 10: {
      const head = readByte(cursor);
      const size = head >> 4 === 15 ? readVarint(cursor) : head >> 4;
      const element = head & 0x0f;
      // Booleans in a list are one byte each.
      for (let i = 0; i < size; i++) {
        if (element === 1 || element === 2) readByte(cursor);
        else readValue(cursor, element);
      }
      return undefined;
    }
    case 11: {
      const size = readVarint(cursor);
      if (size === 0) return undefined;
      const kinds = readByte(cursor);
      for (let i = 0; i < size; i++) {
        readValue(cursor, kinds >> 4);
        readValue(cursor, kinds & 0x0f);
      }
      return undefined;
    }
    case 12: return readStruct(cursor);
    default: throw new Error(`unknown Thrift type ${type} in a page header`);
  }
}

function readByte(cursor: Cursor): number {
  if (cursor.offset >= cursor.bytes.length) throw new Error('a page header runs past its column chunk');
  return cursor.bytes[cursor.offset++];
}

export function readVarint(cursor: Cursor): number {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = readByte(cursor);
    result += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return result;
    shift += 7;
    if (shift > 49) throw new Error('a varint too long');
  }
}

function readVarint64(cursor: Cursor): number {
  // Only statistics hold i64 in a page header; they are skipped, so their precision is moot.
  const value = readVarint(cursor);
  return value % 2 === 1 ? -(value + 1) / 2 : value / 2;
}

function zigzag(value: number): number {
  return value % 2 === 1 ? -(value + 1) / 2 : value / 2;
}

/** A page's bytes decompressed with the chunk's codec (gzip and zstd through Node's zlib, the rest through hyparquet-compressors). */
export function decompress(bytes: Uint8Array, codec: string, size: number): Uint8Array {
  if (codec === 'UNCOMPRESSED') return bytes;
  let out: Uint8Array;
  if (codec === 'GZIP') {
    out = gunzipSync(bytes);
  } else if (codec === 'ZSTD') {
    // Node's own zstd (native) rather than hyparquet-compressors' fzstd (JavaScript): reading a
    // 1M × 20 zstd file took 1.6 s of user CPU rather than 3.3 s.
    out = zstdDecompressSync(bytes);
  } else {
    const codecs = compressors as Record<string, ((input: Uint8Array, outputLength: number) => Uint8Array) | undefined>;
    const codecFunction = codecs[codec];
    if (!codecFunction) throw new UnsupportedParquetLayout(`codec ${codec}`);
    out = codecFunction(bytes, size);
  }
  if (out.length !== size) throw new Error(`a ${codec} page decompressed to ${out.length} bytes, its header says ${size}`);
  return out;
}

/**
 * Decodes `count` values of the RLE/bit-packed hybrid encoding (`width` bits each) from the
 * cursor into `output` from `start`, stopping at `end` (bytes). Bit-packed runs come in groups
 * of 8 and may hold padding past `count`: it is dropped.
 */
export function readHybrid(cursor: Cursor, width: number, count: number, output: Uint32Array | Uint8Array, end: number): void {
  const bytes = cursor.bytes;
  const valueBytes = (width + 7) >> 3;
  const mask = width === 32 ? 0xffffffff : (1 << width) - 1;
  let seen = 0;
  while (seen < count) {
    if (cursor.offset >= end) throw new Error('RLE/bit-packed data ends early');
    const header = readVarint(cursor);
    if (header % 2 === 0) {
      const run = Math.min(header / 2, count - seen);
      let value = 0;
      for (let b = 0; b < valueBytes; b++) value += bytes[cursor.offset + b] * 2 ** (8 * b);
      cursor.offset += valueBytes;
      if (value > mask) throw new Error('an RLE value wider than its bit width');
      output.fill(value, seen, seen + run);
      seen += run;
    } else {
      const groups = (header - 1) / 2;
      const values = groups * 8;
      const take = Math.min(values, count - seen);
      let offset = cursor.offset;
      // Little-endian bit order: value i starts at bit i·width. Up to 24 bits the pending bits fit
      // a 32-bit integer; wider values (dictionaries past 16 million entries) go through doubles.
      let buffer = 0;
      let bits = 0;
      if (width <= 24) {
        for (let i = 0; i < take; i++) {
          while (bits < width) {
            buffer |= (bytes[offset++] ?? 0) << bits;
            bits += 8;
          }
          output[seen + i] = buffer & mask;
          buffer >>>= width;
          bits -= width;
        }
      } else {
        for (let i = 0; i < take; i++) {
          while (bits < width) {
            buffer += (bytes[offset++] ?? 0) * 2 ** bits;
            bits += 8;
          }
          output[seen + i] = buffer % 2 ** width;
          buffer = Math.floor(buffer / 2 ** width);
          bits -= width;
        }
      }
      cursor.offset += groups * width;
      seen += take;
    }
  }
}

/**
 * BYTE_STREAM_SPLIT values (`size` bytes each) back in PLAIN order: byte k of value i is at
 * k·count + i.
 */
export function unsplitBytes(cursor: Cursor, count: number, size: number): Uint8Array {
  const bytes = cursor.bytes;
  const start = cursor.offset;
  if (start + count * size > bytes.length) throw new Error('a page holds fewer values than its header says');
  const out = new Uint8Array(count * size);
  for (let k = 0; k < size; k++) {
    const stream = start + k * count;
    for (let i = 0; i < count; i++) out[i * size + k] = bytes[stream + i];
  }
  cursor.offset = start + count * size;
  return out;
}

/**
 * DELTA_BINARY_PACKED integers: a header (block size, miniblocks per block, value count, first
 * value), then blocks of a minimum delta and miniblocks of bit-packed deltas above it. The sums
 * wrap at the type's width as the writer's did: INT32 through `| 0`, INT64 through BigInt.
 */
export function deltaBinaryPacked(cursor: Cursor, count: number, int64: boolean): Float64Array {
  const out = new Float64Array(count);
  const blockSize = readVarint(cursor);
  const miniblocks = readVarint(cursor);
  const total = readVarint(cursor);
  if (total < count) throw new Error(`a DELTA_BINARY_PACKED page holds ${total} values, its page header says ${count}`);
  if (miniblocks === 0 || blockSize % miniblocks !== 0) throw new Error('a DELTA_BINARY_PACKED header without miniblocks');
  const perMiniblock = blockSize / miniblocks;
  const bytes = cursor.bytes;
  let previous = zigzagBig(readVarintBig(cursor));
  let previous32 = Number(BigInt.asIntN(32, previous));
  if (count > 0) out[0] = int64 ? Number(previous) : previous32;
  let seen = 1;
  while (seen < count) {
    const minDelta = zigzagBig(readVarintBig(cursor));
    const minDelta32 = Number(BigInt.asIntN(32, minDelta));
    const widths = bytes.subarray(cursor.offset, cursor.offset + miniblocks);
    cursor.offset += miniblocks;
    for (let m = 0; m < miniblocks && seen < count; m++) {
      const width = widths[m];
      if (width > (int64 ? 64 : 32)) throw new Error(`a delta bit width of ${width}`);
      const take = Math.min(perMiniblock, count - seen);
      let bit = cursor.offset * 8;
      for (let i = 0; i < take; i++) {
        if (int64) {
          previous = BigInt.asIntN(64, previous + minDelta + bitsAt(bytes, bit, width));
          out[seen + i] = Number(previous);
        } else {
          previous32 = (previous32 + minDelta32 + smallBitsAt(bytes, bit, width)) | 0;
          out[seen + i] = previous32;
        }
        bit += width;
      }
      cursor.offset += (perMiniblock * width) / 8;
      seen += take;
    }
  }
  return out;
}

/** `width` ≤ 32 bits from bit `bit` of `bytes`, little-endian bit order, as a number. */
function smallBitsAt(bytes: Uint8Array, bit: number, width: number): number {
  let value = 0;
  let got = 0;
  let at = bit;
  while (got < width) {
    const byte = bytes[at >> 3];
    if (byte === undefined) throw new Error('delta-encoded values run past their page');
    const shift = at & 7;
    const n = Math.min(8 - shift, width - got);
    value += ((byte >> shift) & ((1 << n) - 1)) * 2 ** got;
    got += n;
    at += n;
  }
  return value;
}

/** `width` ≤ 64 bits from bit `bit` of `bytes`, little-endian bit order: two halves of at most 32 bits. */
function bitsAt(bytes: Uint8Array, bit: number, width: number): bigint {
  if (width <= 32) return BigInt(smallBitsAt(bytes, bit, width));
  return BigInt(smallBitsAt(bytes, bit, 32)) | (BigInt(smallBitsAt(bytes, bit + 32, width - 32)) << 32n);
}

function readVarintBig(cursor: Cursor): bigint {
  let result = 0n;
  let shift = 0n;
  for (;;) {
    const byte = readByte(cursor);
    result |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return result;
    shift += 7n;
    if (shift > 70n) throw new Error('a varint too long');
  }
}

function zigzagBig(value: bigint): bigint {
  return (value >> 1n) ^ -(value & 1n);
}
