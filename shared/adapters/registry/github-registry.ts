import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { ExternalServiceError, InputError, VerificationError } from '../../errors.js';
import { NO_AUTOMATIC_RETRY, statusOf, type GitHubClient, type GitHubGateway } from '../github/gateway/index.js';
import { CHECKSUMS_FILE, formatChecksums, parseChecksums } from './checksums.js';
import { digestText } from '../files/digest.js';
import { auditTag, auditTagPrefix, checkModelName, checkStageName, compareVersions, normaliseVersion, parseAuditTag, parseTag, stageTag, tagPrefix, versionTag, type ParsedTag } from './names.js';
import { auditTagMessage, decodeAuditTagMessage } from '../codecs/audit-json.js';
import type { AuditKind, AuditRecord, AuditTrail } from '../../core/registry/audit.js';
import { checkStageAllowed, GTO_CONFIG_FILE, parseGtoConfig, type GtoConfig } from '../../core/registry/gto-config.js';
import { gtoModelState, messageTrailers, type GtoAction, type GtoModelState, type GtoStageEvent, type GtoTagEvent, type GtoVersion } from '../../core/registry/gto-state.js';
import { preparePublishFiles, sameContent, storedFiles, type PreparedFile } from './publish-files.js';
import { fetchVerified } from './staged-fetch.js';
import { ReleaseDrafts, withRunMarker, type Release } from './github-drafts.js';
import { githubAssetName } from './release-asset-names.js';
import { AUDIT_READ_LIMIT } from '../../core/registry/model-registry.js';
import type {
  FetchResult, ModelRegistry, PromoteRequest, PublishRequest, PublishResult, StageEvent, StoredFile, VersionRecord, VersionSelector,
} from '../../core/registry/model-registry.js';

/** GitHub refuses release assets of 2 GiB; stay below 2,000,000,000 bytes. */
export const ASSET_LIMIT = 2_000_000_000;

export interface GitHubRegistryOptions {
  gateway: GitHubGateway;
  owner: string;
  repo: string;
  /** The commit a new version's tag points at (GITHUB_SHA in Actions). */
  commit: string | null;
  /** Who tags are made by (the tagger's name). */
  actor: string | null;
  /** Where small assets (documents, SHA256SUMS) are downloaded to be read (RUNNER_TEMP in Actions). */
  tempDir: string;
  /** Who publishes: the workflow run's URL in Actions; default this user on this machine (a re-run resumes its draft). */
  run?: string;
  /** Waiting for another run publishing the same version: its draft counts as abandoned after this long without activity (default 10 min), looked at this often (default 5 s). */
  draftQuietMs?: number;
  draftPollMs?: number;
  log?: (message: string) => void;
}

type Asset = Release['assets'][number];

/**
 * The registry on GitHub itself, in GTO's conventions so GTO reads it too:
 * - a version is an **annotated** tag `<model>@v<semver>` on the training commit, plus a release of
 *   that tag whose assets are the model files, lineage.json, metrics.json, MODEL_CARD.md and
 *   SHA256SUMS (the card is also the release body);
 * - a stage assignment is an annotated tag `<model>#<stage>#<n>` on the same commit, whose message
 *   records who, why and which run (GTO keeps history in tags the same way).
 *
 * Publishing is draft → upload → re-read and verify every asset's size and digest → tag → publish,
 * so a failure anywhere leaves a draft (never a published release with missing assets), and a
 * re-run resumes it. Nothing is changed after publishing, so immutable releases work.
 * Resolving a stage reads a handful of refs and objects, never every release: the number of API
 * calls does not grow with the number of models.
 */
export class GitHubRegistry implements ModelRegistry {
  readonly description: string;

  private readonly run: string;
  private readonly drafts: ReleaseDrafts;

  constructor(private readonly options: GitHubRegistryOptions) {
    this.description = `GitHub releases of ${options.owner}/${options.repo}`;
    this.run = options.run ?? localRun();
    this.drafts = new ReleaseDrafts({
      gateway: options.gateway, owner: options.owner, repo: options.repo, run: this.run,
      quietMs: options.draftQuietMs ?? 600_000, pollMs: options.draftPollMs ?? 5_000, log: options.log ?? (() => undefined),
    });
  }

  private get client(): GitHubClient {
    return this.options.gateway.client;
  }

  private get repoParams() {
    return { owner: this.options.owner, repo: this.options.repo };
  }

  async publish(request: PublishRequest): Promise<PublishResult> {
    const model = checkModelName(request.model);
    const version = normaliseVersion(request.version);
    const tag = versionTag(model, version);
    const files = await preparePublishFiles(request, ASSET_LIMIT);
    const incoming = storedFiles(files);
    const checksums = formatChecksums(incoming);
    const all: PreparedFile[] = [...files, { name: CHECKSUMS_FILE, sha256: digestText(checksums), size: Buffer.byteLength(checksums), source: { text: checksums } }];

    const problem = all.map((f) => [f.name, githubAssetName(f.name)]).find(([name, safe]) => name !== safe);
    if (problem) throw new InputError(`${problem[0]}: GitHub would store this file as \`${problem[1]}\` (release asset names keep only letters, digits, \`.\`, \`-\`, \`_\` and \`+\`); rename it, e.g. to \`${problem[1]}\`, before publishing`);

    const published = await this.publishedRelease(tag);
    if (published) return { version: await this.versionRecord(model, version, published), outcome: sameContent(await this.storedFiles(published, tag), incoming) };

    const commit = this.options.commit;
    if (!commit) throw new InputError('cannot tell which commit the version belongs to: set GITHUB_SHA (Actions sets it) or run inside a git checkout');
    await this.checkOneVersionPerCommit(model, version, commit);
    const body = releaseBody(request.documents?.['MODEL_CARD.md'] ?? `${tag}`);
    const prerelease = version.includes('-');
    const claim = await this.drafts.claim(tag, { commit, body, prerelease }, () => this.publishedRelease(tag));
    if (claim.kind === 'published') {
      // Another run published this version while this one waited: same content is success.
      const outcome = sameContent(await this.storedFiles(claim.release, tag), incoming);
      return { version: await this.versionRecord(model, version, claim.release), outcome, note: `already published by ${claim.by ?? 'another run'}` };
    }
    const release = claim.release;
    await this.uploadMissing(release, all);
    await this.verifyAssets(release.id, all, tag);
    await this.ensureVersionTag(tag, commit, `Registering artifact ${model} with version v${version}`);
    // The body is written again so a resumed draft carries this run's card, not the first run's.
    // Model releases never take the repository's "Latest" (`/releases/latest` belongs to the application).
    const { data: final } = await this.client.rest.repos.updateRelease({
      ...this.repoParams, release_id: release.id, draft: false, tag_name: tag, prerelease, make_latest: 'false', body: withRunMarker(body, this.run),
    });
    return { version: await this.versionRecord(model, version, final, incoming), outcome: claim.resumed ? 'completed' : 'created' };
  }

  async promote(request: PromoteRequest): Promise<StageEvent> {
    const model = checkModelName(request.model);
    const stage = checkStageName(request.stage);
    const version = normaliseVersion(request.version);
    const config = await this.gtoConfig();
    if (config) checkStageAllowed(config.config, stage, config.where);
    const state = await this.modelState(model);
    if (state.deprecated) throw new InputError(`${model} is deprecated (tag ${state.deprecatedBy}); publish a new version to use it again`);
    const entry = state.versions.find((v) => v.registered && v.version === version);
    if (!entry && state.ignored.includes(versionTag(model, version))) {
      throw new InputError(`${versionTag(model, version)} is a lightweight tag, which GTO does not read; replace it with an annotated one (\`git tag -a\`) or publish with mlgate, which makes annotated tags`);
    }
    if (!entry) throw new InputError(`${model}@v${version} is not published in the ${this.description}; publish it before promoting it`);
    if (entry.deregistered) throw new InputError(`${model}@v${version} is deregistered (tag ${versionTag(model, version)}!); publish a new version instead`);
    const tag = versionTag(model, version);
    if (!(await this.publishedRelease(tag)) && (await this.drafts.tags()).has(tag)) {
      throw new InputError(`${tag}: its release is a draft: re-run publish to finish it before promoting it`);
    }
    const runId = request.runId ?? PROCESS_RUN_ID;
    const trailer = [
      request.by ? `by: ${oneLine(request.by)}` : null,
      request.note ? `note: ${oneLine(request.note)}` : null,
      request.runUrl ? `run: ${oneLine(request.runUrl)}` : null,
      `run_id: ${oneLine(runId)}`,
      `version: ${version}`,
    ].filter((line): line is string => line !== null);
    const event = (await this.adoptedAssignment(model, state, stage, version, runId))
      ?? await this.appendStageEvent(model, stage, version, entry.commit, 'assign',
        `Assigning stage ${stage} to artifact ${model} version v${version}\n\n${trailer.join('\n')}\n`, request);
    // A rollback: GTO keeps every (version, stage) assignment active until it is unassigned, and
    // `gto show --sort semver` / `gto which` show the greatest active SemVer. Unassigning the newer
    // versions this one replaces makes every GTO view agree with mlgate.
    const registered = new Map(state.versions.filter((v) => v.registered).map((v) => [v.version, v]));
    for (const newer of state.stages[stage]?.active.filter((v) => v !== version && registered.has(v) && compareVersions(v, version) > 0) ?? []) {
      const { commit } = registered.get(newer)!;
      await this.appendStageEvent(model, stage, newer, commit, 'unassign',
        `Unassigning stage '${stage}' to artifact '${model}' version 'v${newer}'\n\n${[...trailer.filter((l) => !l.startsWith('version: ')), `replaced_by: ${version}`, `version: ${newer}`].join('\n')}\n`, request);
    }
    return event;
  }

  async resolve(model: string, selector: VersionSelector): Promise<VersionRecord> {
    checkModelName(model);
    const state = await this.modelState(model);
    if (state.deprecated && !('version' in selector)) throw new InputError(`${model} is deprecated (tag ${state.deprecatedBy}); GTO no longer shows it`);
    let version: string;
    if ('version' in selector) {
      version = normaliseVersion(selector.version);
      const entry = state.versions.find((v) => v.version === version);
      if (entry?.deregistered) throw new InputError(`${model}@v${version} is deregistered (tag ${versionTag(model, version)}!)`);
    } else if ('stage' in selector) {
      const stage = checkStageName(selector.stage);
      const current = state.stages[stage]?.current;
      if (!current) throw new InputError(`${model} has no version in stage \`${stage}\``);
      const entry = state.versions.find((v) => v.version === current)!;
      if (!entry.registered) {
        throw new InputError(`${model}'s stage \`${stage}\` is on commit ${current.slice(0, 12)}, which has no version tag ${model}@v…; register a version on that commit`);
      }
      version = current;
    } else {
      if (!state.latest) throw new InputError(`${model} has no published version in the ${this.description}`);
      version = state.latest;
    }
    const tag = versionTag(model, version);
    const release = await this.publishedRelease(tag);
    if (release) return this.versionRecord(model, version, release);
    const entry = state.versions.find((v) => v.registered && v.version === version);
    if (!entry) throw new InputError(`${model}@v${version} is not published in the ${this.description}`);
    if ((await this.drafts.tags()).has(tag)) throw new InputError(`${tag}: its release is a draft: re-run publish to finish it`);
    return tagOnlyRecord(model, entry);
  }

  async fetchVersion(model: string, selector: VersionSelector, directory: string): Promise<FetchResult> {
    const record = await this.resolve(model, selector);
    const release = await this.publishedRelease(record.tag);
    if (!release) throw new InputError(`${record.tag} is registered by its git tag alone (GTO) and has no release assets to fetch; publish it with mlgate to attach files`);
    // The version is what SHA256SUMS lists; other assets on the release (added by hand) are not
    // verified, so they are neither fetched nor listed. GitHub's own digest, where it has one, is checked too.
    const listed = await this.storedFiles(release, record.tag);
    const expected = listed.map(({ name, size }) => {
      const digest = release.assets.find((a) => a.name === name)?.digest?.replace(/^sha256:/, '') ?? '';
      return { name, sha256: digest, size };
    });
    const files = await fetchVerified(directory, { ...record, files: expected }, 'release', async (name, destination) => {
      const asset = release.assets.find((a) => a.name === name);
      if (!asset) return false;
      await this.download(asset, destination);
      return true;
    });
    return { version: { ...record, files }, directory, files };
  }


  /** Published versions, SemVer ascending: GTO-registered ones without a release have no files; deregistered ones and drafts are left out. */
  async versions(model: string): Promise<VersionRecord[]> {
    const state = await this.modelState(checkModelName(model));
    const records: VersionRecord[] = [];
    let drafts: Promise<Set<string>> | undefined;
    for (const entry of state.versions) {
      if (!entry.registered || entry.deregistered) continue;
      const tag = versionTag(model, entry.version);
      const release = await this.publishedRelease(tag);
      if (release) records.push(await this.versionRecord(model, entry.version, release));
      else if (!(await (drafts ??= this.drafts.tags())).has(tag)) records.push(tagOnlyRecord(model, entry));
    }
    return records;
  }

  /** Every stage event GTO reads, in GTO's order (tagger time, then priority, then number). */
  async stageHistory(model: string): Promise<StageEvent[]> {
    const state = await this.modelState(checkModelName(model));
    return state.history.map((event) => stageEventOf(model, event));
  }

  async readDocument(model: string, version: string, name: string): Promise<string | undefined> {
    const release = await this.publishedRelease(versionTag(model, version));
    const asset = release?.assets.find((a) => a.name === name);
    return asset ? this.readText(asset) : undefined;
  }


  /**
   * One annotated tag per event, `mlgate-audit/<model>/<kind>/<time>` (`auditTag`), on the commit of
   * the version it concerns (so `git tag --points-at` and the tag's target tie it to that version),
   * or on the run's commit when no version is known. The record is the tag's message. No release
   * is touched, so immutable releases keep their history growing. A name taken in the same second
   * (another run) moves to `-2`, `-3`, …; a lost answer is recovered as for stage tags (`createAnnotatedTag`).
   */
  async appendAudit(record: AuditRecord): Promise<string> {
    const model = checkModelName(record.model);
    let commit = this.options.commit;
    if (record.version !== null) {
      commit = (await this.versionCommit(model, normaliseVersion(record.version))) ?? null;
      if (!commit) throw new InputError(`${model}@v${record.version} is not published in the ${this.description}: no audit record can hang off it`);
    }
    if (!commit) throw new InputError('cannot tell which commit the audit record belongs to: give the version, or set GITHUB_SHA (Actions sets it)');
    const message = auditTagMessage(record);
    for (let collision = 1; collision <= 20; collision++) {
      const tag = auditTag(model, record.kind, new Date(record.at), collision);
      if (await this.createAnnotatedTag(tag, commit, message, record.at) === 'created') return tag;
    }
    throw new Error(`could not find a free audit tag name for ${model} at ${record.at} after 20 attempts`);
  }

  /**
   * The newest audit tags of the model: one paginated prefix listing (names only), then the tag
   * objects of the newest `limit` (8 at a time). A tag whose message is not a record of this model
   * is an error naming the tag: a history that cannot be read is not shown in part.
   */
  async auditTrail(model: string, options: { kind?: AuditKind; limit?: number } = {}): Promise<AuditTrail> {
    checkModelName(model);
    const limit = options.limit ?? AUDIT_READ_LIMIT;
    const refs = (await this.matchingTags(auditTagPrefix(model))).flatMap((ref) => {
      const name = parseAuditTag(ref.tag);
      return name && name.model === model && (options.kind === undefined || name.kind === options.kind) ? [{ ...ref, name }] : [];
    }).sort((a, b) => (a.name.time === b.name.time ? b.name.collision - a.name.collision : a.name.time < b.name.time ? 1 : -1));
    const chosen = refs.slice(0, limit);
    const records: AuditTrail['records'] = [];
    for (let i = 0; i < chosen.length; i += 8) {
      records.push(...await Promise.all(chosen.slice(i, i + 8).map(async (ref) => {
        if (ref.type !== 'tag') throw new InputError(`${ref.tag}: a lightweight tag carries no audit record; delete it, or make it annotated (\`git tag -a\`) with the record in its message`);
        const { data } = await this.client.rest.git.getTag({ ...this.repoParams, tag_sha: ref.sha });
        const record = decodeAuditTagMessage(data.message, ref.tag);
        if (record.model !== model || record.kind !== ref.name.kind) throw new InputError(`${ref.tag}: its record is a ${record.kind} record of ${record.model}, not what the tag name says`);
        return { ...record, stored_as: ref.tag };
      })));
    }
    return { records, more: refs.length - chosen.length };
  }


  // --- releases and assets ---

  /** The published release of a tag (`GET /releases/tags/{tag}` never returns drafts). */
  private async publishedRelease(tag: string): Promise<Release | undefined> {
    try {
      return (await this.client.rest.repos.getReleaseByTag({ ...this.repoParams, tag })).data;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  private async uploadMissing(release: Release, files: PreparedFile[]): Promise<void> {
    const wanted = new Map(files.map((f) => [f.name, f]));
    for (const asset of await this.assetsOf(release.id)) {
      const file = wanted.get(asset.name);
      // Keep a finished asset with the right bytes; delete half-made uploads, stale and stray ones
      // (the draft is mlgate's own: its marker says so).
      if (file && isStored(asset, file)) {
        wanted.delete(asset.name);
        continue;
      }
      await this.client.rest.repos.deleteReleaseAsset({ ...this.repoParams, asset_id: asset.id });
    }
    for (const file of wanted.values()) {
      const source = 'path' in file.source ? { path: file.source.path, size: file.size } : file.source;
      try {
        await this.options.gateway.uploadReleaseAsset(release.upload_url, file.name, source, contentType(file.name));
      } catch (error) {
        // A retried upload whose first answer was lost meets its own asset (422 `already_exists`):
        // finished with the right bytes, it is the upload that was wanted.
        if (statusOf(error) !== 422 || !(await this.assetsOf(release.id)).some((a) => a.name === file.name && isStored(a, file))) throw error;
      }
    }
  }

  /** Re-reads the release's assets: every file present, finished, with the right size and digest. */
  private async verifyAssets(releaseId: number, files: PreparedFile[], tag: string): Promise<void> {
    const assets = await this.assetsOf(releaseId);
    for (const file of files) {
      const asset = assets.find((a) => a.name === file.name);
      if (!asset || asset.state !== 'uploaded') throw new VerificationError(`${tag}: ${file.name} did not finish uploading; the release stays a draft`);
      if (asset.size !== file.size) throw new VerificationError(`${tag}: ${file.name} is ${asset.size} bytes on GitHub, ${file.size} here; the release stays a draft`);
      // GitHub computes asset digests since June 2025; an older server sends null and is checked by size only.
      if (asset.digest && asset.digest !== `sha256:${file.sha256}`) throw new VerificationError(`${tag}: ${file.name} has digest ${asset.digest} on GitHub, sha256:${file.sha256} here; the release stays a draft`);
    }
  }

  /** Every asset of a release: a version may hold more files than one page (100) lists. */
  private async assetsOf(releaseId: number): Promise<Asset[]> {
    return this.client.paginate(this.client.rest.repos.listReleaseAssets, { ...this.repoParams, release_id: releaseId, per_page: 100 });
  }

  private async storedFiles(release: Release, tag: string): Promise<StoredFile[]> {
    const asset = release.assets.find((a) => a.name === CHECKSUMS_FILE);
    if (!asset) throw new InputError(`${tag} is published but has no ${CHECKSUMS_FILE}: not an mlgate release`);
    const sums = parseChecksums(await this.readText(asset), `${tag}/${CHECKSUMS_FILE}`);
    return [...sums].map(([name, sha256]) => ({ name, sha256, size: release.assets.find((a) => a.name === name)?.size ?? -1 }));
  }

  private async versionRecord(model: string, version: string, release: Release, files?: StoredFile[]): Promise<VersionRecord> {
    const listed = files ?? release.assets.filter((a) => a.name !== CHECKSUMS_FILE).map((a) => ({ name: a.name, sha256: a.digest?.replace(/^sha256:/, '') ?? '', size: a.size }));
    return { model, version, tag: versionTag(model, version), files: listed, published_at: release.published_at ?? release.created_at };
  }

  /** A small text asset (a document, SHA256SUMS), through a temporary file like every download. */
  private async readText(asset: Asset): Promise<string> {
    const folder = join(this.options.tempDir, `mlgate-doc-${randomBytes(6).toString('hex')}`);
    await mkdir(folder, { recursive: true });
    try {
      await this.download(asset, join(folder, 'asset'));
      return await readFile(join(folder, 'asset'), 'utf8');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  private async download(asset: Asset, path: string): Promise<void> {
    await this.options.gateway.downloadReleaseAsset(this.options.owner, this.options.repo, asset.id, path);
  }

  // --- tags ---

  private async versionRefs(model: string) {
    return (await this.matchingTags(`${tagPrefix(model)}@v`)).flatMap((r) => {
      const parsed = parseTag(r.tag);
      return parsed?.kind === 'version' && !parsed.deregister && parsed.model === model ? [{ ...r, version: parsed.version }] : [];
    });
  }

  /**
   * Every tag of the model as GTO reads it: two prefix listings (`m@…`, `m#…`), then the tag object
   * of each annotated one (its commit, tagger date and message). The number of calls grows with the
   * model's own events, never with the number of models or releases.
   */
  private async modelTags(model: string): Promise<(GtoTagEvent & { sha: string })[]> {
    const prefix = tagPrefix(model);
    const refs = [...await this.matchingTags(`${prefix}@`), ...await this.matchingTags(`${prefix}#`)];
    const parsed = refs.flatMap((ref) => {
      const name = parseTag(ref.tag);
      return name && name.model === model ? [{ ref, name }] : [];
    });
    const events: (GtoTagEvent & { sha: string })[] = [];
    for (let i = 0; i < parsed.length; i += 8) {
      events.push(...await Promise.all(parsed.slice(i, i + 8).map(async ({ ref, name }) => {
        const base = {
          tag: ref.tag, sha: ref.sha, number: name.eventNumber,
          action: actionOf(name),
          ...(name.kind === 'version' ? { version: name.version } : {}),
          ...(name.kind === 'stage' ? { stage: name.stage } : {}),
        };
        if (ref.type !== 'tag') return { ...base, annotated: false, commit: ref.sha, date: null, message: null, tagger: null };
        const { data } = await this.client.rest.git.getTag({ ...this.repoParams, tag_sha: ref.sha });
        return { ...base, annotated: true, commit: data.object.sha, date: data.tagger.date, message: data.message, tagger: data.tagger.name };
      })));
    }
    return events;
  }

  private async modelState(model: string): Promise<GtoModelState> {
    return gtoModelState(model, await this.modelTags(model));
  }

  /**
   * A re-run of the same promotion (the same workflow run, or a process that lost the answer and
   * was started again) finds its own assignment as the stage's latest event, carrying its run id,
   * and returns it instead of assigning twice.
   */
  private async adoptedAssignment(model: string, state: GtoModelState, stage: string, version: string, runId: string): Promise<StageEvent | undefined> {
    const last = state.history.filter((e) => e.stage === stage).at(-1);
    if (!last || last.action !== 'assign' || last.version !== version || messageTrailers(last.message).run_id !== runId) return undefined;
    return stageEventOf(model, last);
  }

  /**
   * Writes one stage tag with the next free event number. GTO's `#N` counts every tag of the model
   * that has a counter (`name_tag`), so the number comes from all of them. Concurrent promotions
   * read the same number: for the same stage the second ref exists (422) and the next number is
   * tried; for different stages both refs are made, so each writer re-reads the model's tags after
   * writing and, seeing another tag with its number, removes its own and tries again after a random
   * pause. Whoever checks last sees the other, so two tags never keep one number.
   */
  private async appendStageEvent(model: string, stage: string, version: string, commit: string, action: 'assign' | 'unassign', message: string, request: PromoteRequest): Promise<StageEvent> {
    const attempts = 8;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** attempt));
      const number = (await this.tagCounters(model)).reduce((max, t) => Math.max(max, t.number), 0) + 1;
      const tag = stageTag(model, stage, number, action === 'unassign');
      const at = new Date().toISOString();
      if (await this.createAnnotatedTag(tag, commit, message, at) === 'taken') continue;
      if ((await this.tagCounters(model)).some((t) => t.number === number && t.tag !== tag)) {
        await this.client.rest.git.deleteRef({ ...this.repoParams, ref: `tags/${tag}` });
        continue;
      }
      return { model, stage, version, number, tag, action, at, by: request.by ?? null, note: request.note ?? null, run_url: request.runUrl ?? null };
    }
    throw new Error(`could not find a free event number for ${model}#${stage} after ${attempts} attempts (concurrent promotions?)`);
  }

  /** The counters (`#N`) of every tag of the model, lightweight ones included (GTO's `name_tag` lists every tag). */
  private async tagCounters(model: string): Promise<{ tag: string; number: number }[]> {
    const prefix = tagPrefix(model);
    const refs = [...await this.matchingTags(`${prefix}@`), ...await this.matchingTags(`${prefix}#`)];
    return refs.flatMap((ref) => {
      const parsed = parseTag(ref.tag);
      return parsed && parsed.model === model && parsed.eventNumber !== null ? [{ tag: ref.tag, number: parsed.eventNumber }] : [];
    });
  }

  /**
   * An annotated tag (tag object, then ref: GTO reads annotated tags only, and a release published
   * on a missing tag would make a lightweight one), sent without the client's automatic retries: a
   * create whose answer is lost may have happened, and sending it again blindly would make a second
   * stage tag. After a lost answer or a 5xx, the ref is looked up first: pointing at this attempt's tag
   * object, it is adopted; pointing elsewhere, the number is taken; absent, the create is sent
   * again. A lost `POST /git/tags` leaves at most an unreferenced tag object, which nothing reads.
   */
  private async createAnnotatedTag(tag: string, commit: string, message: string, date: string): Promise<'created' | 'taken'> {
    const actor = this.options.actor ?? 'mlgate';
    const tagger = { name: actor, email: `${actor.replace(/[^A-Za-z0-9._-]/g, '')}@users.noreply.github.com`, date };
    const { gateway } = this.options;
    // Nothing reads a tag object no ref points at: a second one after a lost answer is harmless.
    const object = await gateway.createOnce(
      async () => (await this.client.rest.git.createTag({ ...this.repoParams, tag, message, object: commit, type: 'commit', tagger, ...NO_AUTOMATIC_RETRY })).data.sha,
      async () => undefined,
    );
    const outcome = async () => {
      const target = await this.refTarget(tag);
      return target === object ? 'created' : target !== undefined ? 'taken' : undefined;
    };
    try {
      return await gateway.createOnce(async () => {
        await this.client.rest.git.createRef({ ...this.repoParams, ref: `refs/tags/${tag}`, sha: object, ...NO_AUTOMATIC_RETRY });
        return 'created' as const;
      }, outcome);
    } catch (error) {
      // 422 "Reference already exists": another run took the number.
      if (statusOf(error) === 422) return (await outcome()) ?? Promise.reject(error);
      throw error;
    }
  }

  /** What `refs/tags/<tag>` points at, or undefined when there is no such ref. */
  private async refTarget(tag: string): Promise<string | undefined> {
    try {
      return (await this.client.rest.git.getRef({ ...this.repoParams, ref: `tags/${tag}` })).data.object.sha;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  /**
   * GTO's `.gto` (stages, types) as `gto assign` would read it: from the repository root of the
   * checkout the run is on. Through the contents API at the run's commit (GITHUB_SHA; the CLI's
   * HEAD), or the default branch without one or when GitHub does not know that commit (a local
   * commit not pushed yet), so a promotion needs no checkout. No file: no limits.
   */
  private async gtoConfig(): Promise<{ config: GtoConfig; where: string } | undefined> {
    let ref = this.options.commit ?? undefined;
    let data;
    for (;;) {
      try {
        data = (await this.client.rest.repos.getContent({ ...this.repoParams, path: GTO_CONFIG_FILE, ...(ref ? { ref } : {}) })).data;
        break;
      } catch (error) {
        // A local HEAD that was never pushed: GitHub does not know the commit; its default branch is the next best.
        if (ref && error instanceof ExternalServiceError && error.status === 404 && /No commit found/i.test(error.detail)) {
          ref = undefined;
          continue;
        }
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    }
    const where = `${GTO_CONFIG_FILE} (at ${ref ? ref.slice(0, 12) : 'the default branch'})`;
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) throw new InputError(`${where}: is not a file`);
    return { config: parseGtoConfig(Buffer.from(data.content, 'base64').toString('utf8'), where), where };
  }

  /** Tags with a prefix, in one paginated request: the registry never lists every release. */
  private async matchingTags(prefix: string): Promise<{ tag: string; sha: string; type: string }[]> {
    const refs = await this.client.paginate(this.client.rest.git.listMatchingRefs, { ...this.repoParams, ref: `tags/${prefix}`, per_page: 100 });
    return refs.map((r) => ({ tag: r.ref.replace(/^refs\/tags\//, ''), sha: r.object.sha, type: r.object.type }));
  }

  /** The commit a version tag points at (through its annotated tag object), or undefined. */
  private async versionCommit(model: string, version: string): Promise<string | undefined> {
    let ref;
    try {
      ref = (await this.client.rest.git.getRef({ ...this.repoParams, ref: `tags/${versionTag(model, version)}` })).data;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
    if (ref.object.type === 'commit') return ref.object.sha; // lightweight: GTO would ignore it
    return (await this.client.rest.git.getTag({ ...this.repoParams, tag_sha: ref.object.sha })).data.object.sha;
  }

  /**
   * GTO finds a stage's version through the commit both tags point at, so it allows one version of
   * a model per commit; a second one would make stage assignments on that commit ambiguous.
   */
  private async checkOneVersionPerCommit(model: string, version: string, commit: string): Promise<void> {
    for (const ref of await this.versionRefs(model)) {
      if (ref.version === version) continue;
      const target = ref.type === 'tag' ? (await this.client.rest.git.getTag({ ...this.repoParams, tag_sha: ref.sha })).data.object.sha : ref.sha;
      if (target === commit) {
        throw new InputError(`${model}@v${ref.version} is already registered on commit ${commit.slice(0, 12)}; GTO allows one version of a model per commit — commit the change (e.g. its parameters) before publishing v${version}`);
      }
    }
  }

  private async ensureVersionTag(tag: string, commit: string, message: string): Promise<void> {
    const parsed = parseTag(tag) as { model: string; version: string };
    const existing = await this.versionCommit(parsed.model, parsed.version);
    if (existing === commit) return;
    if (existing) throw new InputError(`tag ${tag} already exists on ${existing.slice(0, 12)}, not on ${commit.slice(0, 12)}`);
    // `taken` is a concurrent run's tag: fine on this commit (the same version), refused elsewhere.
    if (await this.createAnnotatedTag(tag, commit, `${message}\n`, new Date().toISOString()) === 'taken') {
      const target = await this.versionCommit(parsed.model, parsed.version);
      if (target !== commit) throw new InputError(`tag ${tag} was just made on ${target?.slice(0, 12) ?? 'another commit'} by another run, not on ${commit.slice(0, 12)}`);
    }
  }
}

/**
 * Stage tags carry the run that made them (`run_id:`), so a re-run can find its own work. In
 * Actions that is GITHUB_RUN_ID (the same for every attempt of a run); elsewhere one id per process.
 */
const PROCESS_RUN_ID = `local-${randomBytes(8).toString('hex')}`;

/** A version registered by its git tag alone (e.g. `gto register`): listed, with no files. */
function tagOnlyRecord(model: string, entry: GtoVersion): VersionRecord {
  return { model, version: entry.version, tag: versionTag(model, entry.version), files: [], published_at: entry.registered_at ?? '' };
}

function actionOf(name: ParsedTag): GtoAction {
  if (name.kind === 'version') return name.deregister ? 'deregister' : 'register';
  if (name.kind === 'stage') return name.unassign ? 'unassign' : 'assign';
  return 'deprecate';
}

function stageEventOf(model: string, event: GtoStageEvent): StageEvent {
  const fields = messageTrailers(event.message);
  return {
    model, stage: event.stage, version: event.version, number: event.number ?? 0, tag: event.tag, action: event.action,
    at: event.at, by: fields.by ?? event.tagger, note: fields.note ?? null, run_url: fields.run ?? null,
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function contentType(name: string): string {
  if (name.endsWith('.json')) return 'application/json';
  if (name.endsWith('.md')) return 'text/markdown; charset=utf-8';
  if (name === CHECKSUMS_FILE || name.endsWith('.txt')) return 'text/plain; charset=utf-8';
  return 'application/octet-stream';
}

function localRun(): string {
  let user = 'someone';
  try {
    user = userInfo().username;
  } catch {
    // no user name (a container without /etc/passwd entry): the host alone identifies the run
  }
  return `local:${user}@${hostname()}`.replace(/\s+/g, '_');
}

function isStored(asset: Asset, file: PreparedFile): boolean {
  return asset.state === 'uploaded' && asset.size === file.size && asset.digest === `sha256:${file.sha256}`;
}

/** GitHub's release body limit (125,000 characters); the card is an asset too, so a long one is cut here only. */
function releaseBody(card: string): string {
  return card.length <= 125_000 ? card : `${card.slice(0, 124_000)}\n\n…the full card is the MODEL_CARD.md asset.\n`;
}
