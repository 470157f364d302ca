import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary folder and a writer of named text files in it (each returns its path). */
export function scratchFolder(prefix: string): { dir: string; file: (name: string, text: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return {
    dir,
    file: (name, text) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    },
  };
}
