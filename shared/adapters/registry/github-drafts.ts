import { InputError } from '../../errors.js';
import { NO_AUTOMATIC_RETRY, type GitHubClient, type GitHubGateway } from '../github/gateway/index.js';

export type Release = Awaited<ReturnType<GitHubClient['rest']['repos']['getRelease']>>['data'];

export interface DraftOptions {
  gateway: GitHubGateway;
  owner: string;
  repo: string;
  /** Who is publishing: the workflow run's URL in Actions (a re-run attempt keeps it); user and host for the CLI. No blanks. */
  run: string;
  /** Another run's draft with no activity for this long is taken as abandoned and adopted. */
  quietMs: number;
  /** How often a run waiting for another run's publish looks again. */
  pollMs: number;
  log: (message: string) => void;
}

export interface DraftSpec {
  commit: string;
  /** The release body (the model card); the run's marker is appended. */
  body: string;
  prerelease: boolean;
}

/** The draft to publish through, or the release another run published meanwhile. */
export type Claim =
  | { kind: 'draft'; release: Release; resumed: boolean }
  | { kind: 'published'; release: Release; by: string | null };

// The run that made a draft is written into its body as an HTML comment (invisible on GitHub):
// drafts are matched to runs by it, and a draft without it was not made by mlgate.
const MARKER = /<!-- mlgate-publish-run: (\S+) -->\s*$/;

export function withRunMarker(body: string, run: string): string {
  return `${body.replace(MARKER, '').trimEnd()}\n\n<!-- mlgate-publish-run: ${run} -->\n`;
}

export function runOf(release: Pick<Release, 'body'>): string | null {
  return MARKER.exec(release.body ?? '')?.[1] ?? null;
}

/**
 * Drafts of one version's release, shared safely between runs that publish it. GitHub lets any
 * number of drafts carry the same tag name and has no lock, so the rules are:
 *
 * - a run resumes its own draft (a re-run of a failed attempt finishes it);
 * - two runs that each made a draft at the same moment keep the older one (lower id): the newer
 *   run deletes the draft it made itself and waits;
 * - a run that finds another run's draft waits for that run to publish, then compares contents
 *   ("already published by run …"); when the draft shows no activity (no asset created or
 *   finished) for `quietMs`, its run is taken as dead and the draft is adopted;
 * - a draft mlgate did not make (no marker) is never touched: the publish stops and says so.
 */
export class ReleaseDrafts {
  constructor(private readonly options: DraftOptions) {}

  private get client(): GitHubClient {
    return this.options.gateway.client;
  }

  private get repoParams() {
    return { owner: this.options.owner, repo: this.options.repo };
  }

  async claim(tag: string, spec: DraftSpec, published: () => Promise<Release | undefined>): Promise<Claim> {
    for (;;) {
      const drafts = await this.draftsOf(tag);
      const foreign = drafts.find((d) => runOf(d) === null);
      if (foreign) {
        throw new InputError(`a draft release for ${tag} exists that mlgate did not make (release id ${foreign.id}); delete it on GitHub, or publish another version`);
      }
      const own = drafts.find((d) => runOf(d) === this.options.run);
      if (own) return { kind: 'draft', release: own, resumed: true };
      const other = drafts[0];
      if (!other) {
        const made = await this.create(tag, spec);
        // Another run made its draft first (it publishes, this run waits for it), or published
        // between this run's first look and its create: the draft just made is withdrawn.
        const earlier = (await this.draftsOf(tag)).some((d) => d.id < made.id);
        const release = earlier ? undefined : await published();
        if (!earlier && !release) return { kind: 'draft', release: made, resumed: false };
        await this.client.rest.repos.deleteRelease({ ...this.repoParams, release_id: made.id });
        if (release) return { kind: 'published', release, by: runOf(release) };
        continue;
      }
      const waited = await this.waitFor(tag, other, published);
      if (waited === 'gone') continue;
      if (waited !== 'quiet') return waited;
      this.options.log(`${tag}: adopting the draft left by ${runOf(other)} (no activity for ${Math.round(this.options.quietMs / 1000)} s)`);
      const { data: adopted } = await this.client.rest.repos.updateRelease({ ...this.repoParams, release_id: other.id, body: withRunMarker(other.body ?? '', this.options.run) });
      return { kind: 'draft', release: adopted, resumed: true };
    }
  }

  /** Waits until another run's draft is published (the release), deleted (`gone`) or abandoned (`quiet`). */
  private async waitFor(tag: string, draft: Release, published: () => Promise<Release | undefined>): Promise<Claim | 'gone' | 'quiet'> {
    this.options.log(`${tag}: ${runOf(draft)} is publishing this version; waiting for it (its draft counts as abandoned after ${Math.round(this.options.quietMs / 1000)} s without activity)`);
    for (let polls = 0; ; polls++) {
      if (polls > 0) await new Promise((done) => setTimeout(done, this.options.pollMs));
      const release = await published();
      if (release) return { kind: 'published', release, by: runOf(release) };
      const current = (await this.draftsOf(tag)).find((d) => d.id === draft.id);
      if (!current) {
        // Published between the two looks, or withdrawn by its run.
        const meanwhile = await published();
        return meanwhile ? { kind: 'published', release: meanwhile, by: runOf(meanwhile) } : 'gone';
      }
      if (Date.now() - (await this.lastActivity(current)) >= this.options.quietMs) return 'quiet';
    }
  }

  private async lastActivity(release: Release): Promise<number> {
    const assets = await this.client.paginate(this.client.rest.repos.listReleaseAssets, { ...this.repoParams, release_id: release.id, per_page: 100 });
    return Math.max(Date.parse(release.created_at), ...assets.flatMap((a) => [Date.parse(a.created_at), Date.parse(a.updated_at)]));
  }

  /** A new draft; when the answer is lost, the draft GitHub made for this run is adopted, never doubled. */
  private create(tag: string, spec: DraftSpec): Promise<Release> {
    return this.options.gateway.createOnce(
      async () => (await this.client.rest.repos.createRelease({
        ...this.repoParams, tag_name: tag, target_commitish: spec.commit, name: tag, draft: true,
        prerelease: spec.prerelease, make_latest: 'false', body: withRunMarker(spec.body, this.options.run), ...NO_AUTOMATIC_RETRY,
      })).data,
      async () => (await this.draftsOf(tag)).find((d) => runOf(d) === this.options.run),
    );
  }

  /** Drafts carrying the tag, oldest first. */
  private async draftsOf(tag: string): Promise<Release[]> {
    return (await this.all()).filter((r) => r.tag_name === tag).sort((a, b) => a.id - b.id);
  }

  /** Tag names that have a draft release: versions a publish has not finished. */
  async tags(): Promise<Set<string>> {
    return new Set((await this.all()).map((r) => r.tag_name));
  }

  /** Every draft release. Drafts are found only by listing (`/releases/tags/…` skips them). */
  private async all(): Promise<Release[]> {
    const drafts: Release[] = [];
    for await (const page of this.client.paginate.iterator(this.client.rest.repos.listReleases, { ...this.repoParams, per_page: 100 })) {
      drafts.push(...page.data.filter((r) => r.draft));
    }
    return drafts;
  }
}
