import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, copyFile, mkdir, open, readdir, readFile, rename, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../../errors.js';
import { decodeVersionRecord, encodeVersionRecord, type LocalVersionRecord } from '../codecs/version-record-json.js';
import { CHECKSUMS_FILE, formatChecksums, verifyFiles } from './checksums.js';
import { preparePublishFiles, sameContent, storedFiles } from './publish-files.js';
import { fetchVerified } from './staged-fetch.js';
import { checkModelName, checkStageName, compareVersions, normaliseVersion, stageTag, versionTag } from './names.js';
import { decodeAuditRecord, encodeAuditRecord } from '../codecs/audit-json.js';
import type { AuditKind, AuditRecord, AuditTrail, StoredAuditRecord } from '../../core/registry/audit.js';
import { AUDIT_READ_LIMIT } from '../../core/registry/model-registry.js';
import type {
  FetchResult, ModelRegistry, PromoteRequest, PublishRequest, PublishResult, StageEvent, VersionRecord, VersionSelector,
} from '../../core/registry/model-registry.js';

const RECORD_FILE = '.version.json';
const EVENTS_FILE = 'events.jsonl';
const LOCK_FILE = 'events.lock';
const AUDIT_FILE = 'audit.jsonl';
/** How long a promotion waits for another to finish, and when a lock is taken for a crashed holder's. */
const LOCK_WAIT_MS = 10_000;
const LOCK_STALE_MS = 30_000;

/** Where the registry reports what it tolerated (a torn last event); the doors pass their log. */
export type Warn = (message: string) => void;

export interface LocalRegistryOptions {
  /**
   * The commit a new version is published on (null: none, no one-version-per-commit check).
   * Default: HEAD of the git work tree holding the store (`workTreeHead`).
   */
  commit?: () => string | null;
}

/**
 * The registry as a folder, for laptops and for runs with no GitHub account:
 *
 *     <root>/<model, `/` written as `~`>/v<version>/<files…, SHA256SUMS>
 *     <root>/<model>/events.jsonl        one stage event a line, append-only
 *     <root>/<model>/audit.jsonl         one audit record a line (monitoring, A/B decisions), append-only
 *     <root>/<model>/events.lock         held (created with O_EXCL) while an event is numbered and appended
 *
 * A version appears by renaming a fully written and re-verified staging folder into place, so a
 * crash leaves either nothing or the whole version, never part of one.
 *
 * As the GitHub backend (and GTO) allow one version of a model per commit, so does this one when
 * the store is inside a git work tree: each version records the commit HEAD was on (`commit` in
 * `.version.json`), and a second version of the model on that commit is refused. The commit is the
 * store's work tree's, not GITHUB_SHA: the store is where the versions live, as the repository's
 * tags are for the GitHub backend, and in a workflow whose checkout holds the store the two are
 * the same commit. A store outside any work tree (a shared folder, a temporary one) has no commit
 * to tie versions to: no check. Versions recorded before the field existed are not counted.
 */
export class LocalRegistry implements ModelRegistry {
  readonly description: string;

  private readonly commitOf: () => string | null;

  constructor(private readonly root: string, private readonly warn: Warn = () => undefined, options: LocalRegistryOptions = {}) {
    this.description = `local registry at ${root}`;
    this.commitOf = options.commit ?? (() => workTreeHead(root));
  }

  async publish(request: PublishRequest): Promise<PublishResult> {
    const model = checkModelName(request.model);
    const version = normaliseVersion(request.version);
    if (request.files.length === 0) throw new InputError('publish needs at least one model file');
    const prepared = await preparePublishFiles(request);
    const incoming = storedFiles(prepared);
    const finalDir = this.versionDir(model, version);
    const existing = await this.readVersion(model, version);
    if (existing) return { version: existing, outcome: sameContent(existing.files, incoming) };
    const commit = this.commitOf();

    const staging = join(this.modelDir(model), `.staging-v${version}-${randomBytes(6).toString('hex')}`);
    await mkdir(staging, { recursive: true });
    try {
      for (const file of prepared) {
        if ('path' in file.source) await copyFile(file.source.path, join(staging, file.name));
        else await writeFile(join(staging, file.name), file.source.text);
      }
      await writeFile(join(staging, CHECKSUMS_FILE), formatChecksums(incoming));
      // Re-read what landed: a short write or a full disk shows up here, before the version exists.
      await verifyFiles(staging, incoming, 'staged copy', 'its recorded SHA-256');
      const record: LocalVersionRecord = { model, version, tag: versionTag(model, version), files: incoming, published_at: new Date().toISOString(), commit };
      await writeFile(join(staging, RECORD_FILE), encodeVersionRecord(record));
      // Checked and made visible under the model's lock, so two publishers of other versions on
      // one commit cannot both pass the check.
      return await this.withEventLock(model, async (): Promise<PublishResult> => {
        if (commit) await this.checkOneVersionPerCommit(model, version, commit);
        try {
          await rename(staging, finalDir);
        } catch (error) {
          // Another publisher won the race: the version is theirs; ours must say whether it agrees.
          const winner = await this.readVersion(model, version);
          if (!winner) throw error;
          return { version: winner, outcome: sameContent(winner.files, incoming) };
        }
        return { version: publicRecord(record), outcome: 'created' };
      });
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  async promote(request: PromoteRequest): Promise<StageEvent> {
    const model = checkModelName(request.model);
    const stage = checkStageName(request.stage);
    const version = normaliseVersion(request.version);
    if (!(await this.readVersion(model, version))) {
      throw new InputError(`${model}@v${version} is not published in the ${this.description}; publish it before promoting it`);
    }
    // Numbering reads the log and appends to it: two promotions in between would take one number.
    return this.withEventLock(model, async () => {
      const { events, validLength, torn } = await this.readEvents(model);
      // A torn last line is a write that never finished: cut it off, or our line would be glued to it.
      if (torn) await truncate(join(this.modelDir(model), EVENTS_FILE), validLength);
      const number = events.length + 1;
      const event: StageEvent = {
        model, stage, version, number, tag: stageTag(model, stage, number), action: 'assign',
        at: new Date().toISOString(), by: request.by ?? null, note: request.note ?? null, run_url: request.runUrl ?? null,
      };
      await appendFile(join(this.modelDir(model), EVENTS_FILE), `${JSON.stringify(event)}\n`);
      return event;
    });
  }

  /**
   * Runs `work` holding the model's event lock: a file created with O_EXCL (`wx`), which only one
   * process can create, also across machines sharing the folder. A lock older than
   * LOCK_STALE_MS belongs to a process that died holding it, and is taken over.
   */
  private async withEventLock<T>(model: string, work: () => Promise<T>): Promise<T> {
    await mkdir(this.modelDir(model), { recursive: true });
    const lock = join(this.modelDir(model), LOCK_FILE);
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        const handle = await open(lock, 'wx');
        await handle.writeFile(`${process.pid} ${new Date().toISOString()}\n`);
        await handle.close();
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
        if (age > LOCK_STALE_MS) {
          await rm(lock, { force: true });
          continue;
        }
        if (Date.now() > deadline) {
          throw new InputError(`${lock}: another promotion or publish has held this lock for ${Math.round(age / 1000)} s; retry, or delete the file if no promotion is running`);
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(200, 10 * 2 ** Math.min(attempt, 5)) + Math.random() * 10));
      }
    }
    try {
      return await work();
    } finally {
      await rm(lock, { force: true });
    }
  }

  async resolve(model: string, selector: VersionSelector): Promise<VersionRecord> {
    checkModelName(model);
    if ('version' in selector) {
      const version = normaliseVersion(selector.version);
      const record = await this.readVersion(model, version);
      if (!record) throw new InputError(`${model}@v${version} is not in the ${this.description}`);
      return record;
    }
    if ('stage' in selector) {
      const stage = checkStageName(selector.stage);
      // The latest assignment wins (by time, as `gto show`), so a rollback is promoting an older version again.
      const current = (await this.stageHistory(model)).filter((e) => e.stage === stage).at(-1);
      if (!current || current.action === 'unassign') throw new InputError(`${model} has no version in stage \`${stage}\``);
      return this.resolve(model, { version: current.version });
    }
    const all = await this.versions(model);
    if (all.length === 0) throw new InputError(`${model} has no published version in the ${this.description}`);
    return all.at(-1)!;
  }

  async fetchVersion(model: string, selector: VersionSelector, directory: string): Promise<FetchResult> {
    const record = await this.resolve(model, selector);
    const source = this.versionDir(record.model, record.version);
    const files = await fetchVerified(directory, record, this.description, async (name, destination) => {
      try {
        await copyFile(join(source, name), destination);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
    });
    return { version: { ...record, files }, directory, files };
  }


  async versions(model: string): Promise<VersionRecord[]> {
    checkModelName(model);
    let entries: string[];
    try {
      entries = await readdir(this.modelDir(model));
    } catch {
      return [];
    }
    const records: VersionRecord[] = [];
    for (const entry of entries) {
      if (!entry.startsWith('v')) continue;
      const record = await this.readVersion(model, entry.slice(1));
      if (record) records.push(record);
    }
    return records.sort((a, b) => compareVersions(a.version, b.version));
  }

  async stageHistory(model: string): Promise<StageEvent[]> {
    checkModelName(model);
    return (await this.readEvents(model)).events;
  }

  /**
   * The event log, read tolerantly where a crash can leave damage and strictly elsewhere: a last
   * line that does not parse is a write cut short (ignored, with a warning); any other bad line is
   * damage nobody can repair by guessing, an error naming the file and the line.
   * `validLength` is the byte length of the log without the torn line.
   */
  private async readEvents(model: string): Promise<{ events: StageEvent[]; validLength: number; torn: boolean }> {
    const file = join(this.modelDir(model), EVENTS_FILE);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { events: [], validLength: 0, torn: false };
      throw error;
    }
    const lines = text.split('\n');
    const last = lines.findLastIndex((line) => line.trim() !== '');
    const events: StageEvent[] = [];
    let validLength = 0;
    for (let i = 0; i <= last; i++) {
      const line = lines[i];
      if (line.trim() !== '') {
        const event = parseEvent(line, model);
        if (!event) {
          if (i === last) {
            this.warn(`${file}: line ${i + 1} is cut short (a promotion interrupted while writing); ignored`);
            return { events, validLength, torn: true };
          }
          throw new InputError(`${file}: line ${i + 1} is not a stage event (the log is damaged); repair or remove that line`);
        }
        events.push(event);
      }
      validLength += Buffer.byteLength(line) + 1;
    }
    return { events, validLength: Buffer.byteLength(text), torn: false };
  }

  /**
   * Appends one line to `<model>/audit.jsonl` under the model's lock; the file is never rewritten.
   * A last line cut short by a crash is left as it is (the next line starts on a line of its own),
   * so the damage stays where a reader reports it rather than being repaired by guessing.
   */
  async appendAudit(record: AuditRecord): Promise<string> {
    const model = checkModelName(record.model);
    if (record.version !== null && !(await this.readVersion(model, normaliseVersion(record.version)))) {
      throw new InputError(`${model}@v${record.version} is not in the ${this.description}: no audit record can hang off it`);
    }
    const line = encodeAuditRecord(record);
    return this.withEventLock(model, async () => {
      const file = join(this.modelDir(model), AUDIT_FILE);
      const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? '' : Promise.reject(error)));
      const torn = text !== '' && !text.endsWith('\n');
      await appendFile(file, `${torn ? '\n' : ''}${line}\n`);
      const lines = text === '' ? 0 : text.split('\n').length - (torn ? 0 : 1);
      return `${file}:${lines + 1}`;
    });
  }

  /** Every line of `audit.jsonl` is read; a line that is not a record of this model is an error naming `file:line`. */
  async auditTrail(model: string, options: { kind?: AuditKind; limit?: number } = {}): Promise<AuditTrail> {
    checkModelName(model);
    const file = join(this.modelDir(model), AUDIT_FILE);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], more: 0 };
      throw error;
    }
    const records: StoredAuditRecord[] = [];
    text.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      const where = `${file}:${index + 1}`;
      const record = decodeAuditRecord(line, where);
      if (record.model !== model) throw new InputError(`${where}: a record of ${record.model}, not ${model}; move it to that model's audit.jsonl`);
      if (options.kind === undefined || record.kind === options.kind) records.push({ ...record, stored_as: where });
    });
    // Appended in time order; newest first, as the GitHub backend lists them.
    records.reverse();
    const limit = options.limit ?? AUDIT_READ_LIMIT;
    return { records: records.slice(0, limit), more: Math.max(0, records.length - limit) };
  }

  async readDocument(model: string, version: string, name: string): Promise<string | undefined> {
    const record = await this.readVersion(checkModelName(model), normaliseVersion(version));
    if (!record?.files.some((f) => f.name === name)) return undefined;
    return readFile(join(this.versionDir(record.model, record.version), name), 'utf8');
  }

  private modelDir(model: string): string {
    // A nested GTO artifact `dir:name` is `dir=name` in tags; `:` is no file-name character on Windows.
    return join(this.root, model.replaceAll('/', '~').replaceAll(':', '='));
  }

  private versionDir(model: string, version: string): string {
    return join(this.modelDir(model), `v${version}`);
  }

  /**
   * GTO finds a stage's version through the commit both tags point at, so it allows one version of
   * a model per commit; the message is the GitHub backend's.
   */
  private async checkOneVersionPerCommit(model: string, version: string, commit: string): Promise<void> {
    for (const entry of await readdir(this.modelDir(model)).catch(() => [] as string[])) {
      if (!entry.startsWith('v') || entry === `v${version}`) continue;
      const other = await this.readRecord(model, entry.slice(1));
      if (other?.commit === commit) {
        throw new InputError(`${model}@v${other.version} is already registered on commit ${commit.slice(0, 12)}; GTO allows one version of a model per commit — commit the change (e.g. its parameters) before publishing v${version}`);
      }
    }
  }

  private async readVersion(model: string, version: string): Promise<VersionRecord | undefined> {
    const record = await this.readRecord(model, version);
    return record && publicRecord(record);
  }

  private async readRecord(model: string, version: string): Promise<LocalVersionRecord | undefined> {
    const file = join(this.versionDir(model, version), RECORD_FILE);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return undefined;
    }
    return decodeVersionRecord(text, file, model, version);
  }

}

/** A stage event as the log must hold it, or `undefined`; its names are checked as promote checks them. */
function parseEvent(line: string, model: string): StageEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const event = value as Partial<StageEvent>;
  if (event.model !== model || typeof event.stage !== 'string' || typeof event.version !== 'string') return undefined;
  if (!Number.isSafeInteger(event.number) || (event.action !== 'assign' && event.action !== 'unassign')) return undefined;
  try {
    checkStageName(event.stage);
    normaliseVersion(event.version);
  } catch {
    return undefined;
  }
  return event as StageEvent;
}

/** The record as every backend returns it: the commit is the local store's own bookkeeping. */
function publicRecord(record: LocalVersionRecord): VersionRecord {
  const { model, version, tag, files, published_at } = record;
  return { model, version, tag, files, published_at };
}

/**
 * HEAD of the git work tree holding `folder` (or, before the store exists, its nearest existing
 * parent); null outside a work tree, in a repository without commits, or without git.
 */
export function workTreeHead(folder: string): string | null {
  let directory = resolve(folder);
  while (!existsSync(directory) && dirname(directory) !== directory) directory = dirname(directory);
  try {
    const [inside, head] = execFileSync('git', ['rev-parse', '--is-inside-work-tree', '--verify', 'HEAD'], {
      cwd: directory, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'],
    }).trim().split('\n');
    return inside === 'true' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head ?? '') ? head : null;
  } catch {
    return null;
  }
}
