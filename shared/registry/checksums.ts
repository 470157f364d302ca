import { InputError } from '../errors.js';

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
