import { randomBytes } from 'node:crypto';
import { appendFile, copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../errors.js';
import { CHECKSUMS_FILE, formatChecksums, verifyFiles } from './checksums.js';
import { preparePublishFiles, sameContent, storedFiles } from './publish-files.js';
import { fetchVerified } from './staged-fetch.js';
import { checkModelName, checkStageName, compareVersions, normaliseVersion, stageTag, versionTag } from './names.js';
import type {
  FetchResult, ModelRegistry, PromoteRequest, PublishRequest, PublishResult, StageEvent, VersionRecord, VersionSelector,
} from '../../core/registry/model-registry.js';

const RECORD_FILE = '.version.json';
const EVENTS_FILE = 'events.jsonl';

/**
 * The registry as a folder, for laptops and for runs with no GitHub account:
 *
 *     <root>/<model, `/` written as `~`>/v<version>/<files…, SHA256SUMS>
 *     <root>/<model>/events.jsonl        one stage event a line, append-only
 *
 * A version appears by renaming a fully written and re-verified staging folder into place, so a
 * crash leaves either nothing or the whole version, never part of one.
 */
export class LocalRegistry implements ModelRegistry {
  readonly description: string;

  constructor(private readonly root: string) {
    this.description = `local registry at ${root}`;
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
      const record: VersionRecord = { model, version, tag: versionTag(model, version), files: incoming, published_at: new Date().toISOString() };
      await writeFile(join(staging, RECORD_FILE), JSON.stringify(record, null, 2));
      try {
        await rename(staging, finalDir);
      } catch (error) {
        // Another publisher won the race: the version is theirs; ours must say whether it agrees.
        const winner = await this.readVersion(model, version);
        if (!winner) throw error;
        return { version: winner, outcome: sameContent(winner.files, incoming) };
      }
      return { version: record, outcome: 'created' };
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
    const history = await this.stageHistory(model);
    const number = history.length + 1;
    const event: StageEvent = {
      model, stage, version, number, tag: stageTag(model, stage, number), action: 'assign',
      at: new Date().toISOString(), by: request.by ?? null, note: request.note ?? null, run_url: request.runUrl ?? null,
    };
    await appendFile(join(this.modelDir(model), EVENTS_FILE), `${JSON.stringify(event)}\n`);
    return event;
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
    await fetchVerified(directory, record, this.description, async (name, destination) => {
      try {
        await copyFile(join(source, name), destination);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
    });
    return { version: record, directory, files: record.files };
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
    let text: string;
    try {
      text = await readFile(join(this.modelDir(model), EVENTS_FILE), 'utf8');
    } catch {
      return [];
    }
    return text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as StageEvent);
  }

  async readDocument(model: string, version: string, name: string): Promise<string | undefined> {
    const record = await this.readVersion(checkModelName(model), normaliseVersion(version));
    if (!record?.files.some((f) => f.name === name)) return undefined;
    return readFile(join(this.versionDir(record.model, record.version), name), 'utf8');
  }

  private modelDir(model: string): string {
    return join(this.root, model.replaceAll('/', '~'));
  }

  private versionDir(model: string, version: string): string {
    return join(this.modelDir(model), `v${version}`);
  }

  private async readVersion(model: string, version: string): Promise<VersionRecord | undefined> {
    try {
      return JSON.parse(await readFile(join(this.versionDir(model, version), RECORD_FILE), 'utf8')) as VersionRecord;
    } catch {
      return undefined;
    }
  }

}
