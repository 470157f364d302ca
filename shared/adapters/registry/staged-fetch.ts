import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, VerificationError } from '../../errors.js';
import { CHECKSUMS_FILE, parseChecksums, verifyFiles } from './checksums.js';
import { fileNameProblem } from './names.js';
import type { StoredFile, VersionRecord } from '../../core/registry/model-registry.js';

/**
 * Copies or downloads one stored file of a version to `destination`; false when the store has no
 * file of that name. The only part of a fetch that differs between registry backends.
 */
export type ObtainFile = (name: string, destination: string) => Promise<boolean>;

/**
 * Fetches a version into `directory`, verified the same way for every backend, all or nothing:
 * 1. `SHA256SUMS`, then every file it lists, are obtained into a hidden staging folder;
 * 2. every staged file must have its SHA-256 in `SHA256SUMS` (re-read from disk, so a short write
 *    is caught as surely as a tampered store);
 * 3. the version's record must agree with `SHA256SUMS`: each recorded file listed, with the same
 *    digest (where the backend knows one) and size;
 * 4. `lineage.json`, when present, must name the same digests for its subjects.
 * Only then are the files and `SHA256SUMS` (for `sha256sum -c` by hand) moved into place.
 * `store` names the backend in messages (`local registry at …`).
 */
export async function fetchVerified(directory: string, version: VersionRecord, store: string, obtain: ObtainFile): Promise<StoredFile[]> {
  const refuse = (problem: string) => new VerificationError(`${version.tag}: ${problem}; nothing was written`);
  let verified: StoredFile[] = [];
  await fetchAllOrNothing(directory, async (staging) => {
    if (!(await obtain(CHECKSUMS_FILE, join(staging, CHECKSUMS_FILE)))) throw refuse(`${CHECKSUMS_FILE} is missing from the ${store}`);
    const sums = parseChecksums(await readFile(join(staging, CHECKSUMS_FILE), 'utf8'), `${version.tag}/${CHECKSUMS_FILE}`);
    for (const name of sums.keys()) {
      // Names come from a file in the store: never let one write outside the staging folder.
      if (name === CHECKSUMS_FILE || fileNameProblem(name)) throw refuse(`${CHECKSUMS_FILE} lists ${JSON.stringify(name)}, which is not a plain file name`);
      if (!(await obtain(name, join(staging, name)))) throw refuse(`${name} is listed in ${CHECKSUMS_FILE} but missing from the ${store}`);
    }
    const recorded = new Map(version.files.map((file) => [file.name, file]));
    for (const file of version.files) {
      const listed = sums.get(file.name);
      if (listed === undefined) throw refuse(`${file.name} belongs to the version but is not listed in ${CHECKSUMS_FILE}`);
      if (file.sha256 && file.sha256 !== listed) throw refuse(`${file.name} is recorded with SHA-256 ${file.sha256} but listed with ${listed} in ${CHECKSUMS_FILE}`);
    }
    const expected = [...sums].map(([name, sha256]) => ({ name, sha256, size: recorded.get(name)?.size }));
    await verifyFiles(staging, expected, version.tag, `its SHA-256 in ${CHECKSUMS_FILE}`);
    await checkLineageSubjects(staging, sums, refuse);
    verified = await Promise.all([...sums].map(async ([name, sha256]) => ({ name, sha256, size: (await stat(join(staging, name))).size })));
    return [...sums.keys(), CHECKSUMS_FILE];
  });
  // What was verified, and only that: an asset the store holds beside SHA256SUMS is neither fetched nor listed.
  return verified;
}

/**
 * The subjects `lineage.json` names (what an attestation signs) must be the files `SHA256SUMS`
 * lists, with the same digests and, where the subject has one, the size of the file fetched. A
 * record without `subjects` names nothing to compare; one whose `subjects` is not a list of
 * `{name, sha256}` cannot vouch for anything and is refused like a digest that disagrees.
 */
async function checkLineageSubjects(folder: string, sums: Map<string, string>, refuse: (problem: string) => Error): Promise<void> {
  if (!sums.has('lineage.json')) return;
  let lineage: unknown;
  try {
    lineage = JSON.parse(await readFile(join(folder, 'lineage.json'), 'utf8'));
  } catch {
    throw refuse('lineage.json is not valid JSON');
  }
  if (typeof lineage !== 'object' || lineage === null || Array.isArray(lineage)) throw refuse('lineage.json is not a JSON object');
  const subjects = (lineage as { subjects?: unknown }).subjects;
  if (subjects === undefined) return;
  if (!Array.isArray(subjects)) throw refuse('`subjects` in lineage.json is not a list');
  for (const [index, entry] of subjects.entries()) {
    const subject = entry as { name?: unknown; sha256?: unknown; size?: unknown } | null;
    if (typeof subject !== 'object' || subject === null || typeof subject.name !== 'string' || typeof subject.sha256 !== 'string') {
      throw refuse(`\`subjects[${index}]\` in lineage.json has no name and SHA-256`);
    }
    const name = JSON.stringify(subject.name).slice(1, -1); // as written, on one line
    if (sums.get(subject.name) !== subject.sha256) {
      throw refuse(`${name} has SHA-256 ${sums.get(subject.name) ?? 'none'} in ${CHECKSUMS_FILE} but ${JSON.stringify(subject.sha256).slice(1, -1)} in lineage.json`);
    }
    if (typeof subject.size === 'number') {
      const size = (await stat(join(folder, subject.name))).size;
      if (size !== subject.size) throw refuse(`${name} is ${size} bytes, ${subject.size} in lineage.json`);
    }
  }
}

/**
 * Fills `directory` all or nothing: `fill` writes and verifies files in a hidden staging folder
 * inside it and returns their names; only then are they moved into place. On any failure the
 * staging folder is removed, and so is `directory` if this call created it, so a refused fetch
 * leaves the output folder as it was (absent, or with only what was there before).
 */
async function fetchAllOrNothing(directory: string, fill: (staging: string) => Promise<string[]>): Promise<void> {
  const createdDirectory = !(await exists(directory));
  await mkdir(directory, { recursive: true });
  const staging = join(directory, `.mlgate-fetch-${randomBytes(6).toString('hex')}`);
  await mkdir(staging);
  const moved: string[] = [];
  try {
    const names = await fill(staging);
    for (const name of names) {
      const destination = join(directory, name);
      // Never replace what the folder already holds: a refused fetch must leave it as it was.
      if (await exists(destination)) throw new InputError(`${directory} already holds ${name}; fetch into an empty or new folder`);
    }
    try {
      for (const name of names) {
        await rename(join(staging, name), join(directory, name));
        moved.push(name);
      }
    } catch (error) {
      await Promise.all(moved.map((name) => rm(join(directory, name), { force: true })));
      throw error;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
    // rmdir only succeeds on an empty folder: after a success the fetched files keep it.
    if (createdDirectory) await rmdir(directory).catch(() => undefined);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
