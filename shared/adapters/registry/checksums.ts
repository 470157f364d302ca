import { join } from 'node:path';
import { InputError, VerificationError } from '../../errors.js';
import { digestFile } from '../files/digest.js';

export const CHECKSUMS_FILE = 'SHA256SUMS';

/**
 * `SHA256SUMS` in GNU coreutils' format (`<hex>  <name>`, one file a line), so
 * `sha256sum -c SHA256SUMS` verifies a downloaded release by hand.
 */
export function formatChecksums(entries: { name: string; sha256: string }[]): string {
  return [...entries]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((e) => `${e.sha256}  ${e.name}\n`)
    .join('');
}

export function parseChecksums(text: string, source: string): Map<string, string> {
  const sums = new Map<string, string>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match) throw new InputError(`${source}: line ${index + 1} is not \`<sha256>  <file name>\``);
    sums.set(match[2], match[1]);
  });
  return sums;
}

/**
 * Re-reads files in `folder` and refuses the first whose SHA-256 (or, where given, size) differs
 * from what is expected: the one byte-level check behind both registry backends' fetch and the
 * local backend's publish. `against` says where the expectation comes from, for the message.
 */
export async function verifyFiles(folder: string, expected: { name: string; sha256: string; size?: number }[], label: string, against: string): Promise<void> {
  for (const file of expected) {
    const actual = await digestFile(join(folder, file.name));
    if (actual.sha256 !== file.sha256) {
      throw new VerificationError(`${label}: ${file.name} does not match ${against} (expected ${file.sha256}, got ${actual.sha256}); nothing was written`);
    }
    if (file.size !== undefined && file.size >= 0 && actual.size !== file.size) {
      throw new VerificationError(`${label}: ${file.name} is ${actual.size} bytes, ${file.size} recorded; nothing was written`);
    }
  }
}
