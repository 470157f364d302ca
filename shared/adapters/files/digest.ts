import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

export interface FileDigest {
  sha256: string;
  size: number;
}

/** SHA-256 of a file, streamed so large models are never held in memory. */
export async function digestFile(path: string): Promise<FileDigest> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { sha256: hash.digest('hex'), size: (await stat(path)).size };
}

export function digestText(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}
