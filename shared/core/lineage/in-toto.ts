import type { LineageRecord } from './record.js';

/**
 * The lineage record as an in-toto Statement v1 carrying a SLSA Provenance v1 predicate
 * (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md,
 * https://slsa.dev/spec/v1.0/provenance), so a published version can be signed with GitHub's
 * artifact attestations (see schemas/README.md) and verified with `gh attestation verify`.
 *
 * The statement is derived, never stored instead of lineage.json: lineage.json keeps what SLSA has
 * no place for (metrics, drift, the parent's verdict).
 */

export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';

/**
 * mlgate's build type: "train and evaluate a model, then publish it as a registry version".
 * What the parameters mean (the SLSA spec asks each build type to document this):
 *
 * - `externalParameters` — what the user chose: `workflow` (the top-level workflow that ran, as
 *   GitHub's own build type records it: `{ ref, repository, path }`, e.g. `refs/heads/main`,
 *   `https://github.com/o/r`, `.github/workflows/train.yml`; absent outside GitHub Actions),
 *   `model` and `version` (the registry version published), `parameters` (training parameters,
 *   free-form), `data` (the data inputs as given: `{ name, path }` for a local file, `{ name, uri }`
 *   for a URI; their digests are in `resolvedDependencies`), and `parent` (the version this one was
 *   compared with, or `null`).
 * - `internalParameters` — the environment the record was made in: `runner_os`, `node`,
 *   `runner_environment`, `command` (the training command), `tool` and `tools` (tool name →
 *   version), as in lineage.json's `environment`.
 * - `resolvedDependencies` — the source commit (`digest.gitCommit`; `uri`
 *   `git+<server>/<owner>/<repo>@<ref>` as GitHub's own build type writes it), every data file
 *   (`digest.sha256`, with `rows` and `schema_fingerprint` as annotations), and the evaluation set
 *   the metrics came from (`name: "evaluation-set"`, `digest.sha256`).
 * - `runDetails.builder.id` — the platform that ran the job, as GitHub's own build type names it:
 *   `https://github.com/actions/runner/github-hosted` on GitHub-hosted runners,
 *   `https://github.com/actions/runner/self-hosted` on any other runner (also when the runner did
 *   not say: a claim of a hosted runner needs its word); `MLGATE_CLI_BUILDER_ID` outside GitHub
 *   Actions. The workflow is not the builder (that would overstate what GitHub vouches for): it is
 *   an external parameter. `builder.version.mlgate` is mlgate's version.
 * - `runDetails.metadata` — `invocationId` is the run's URL with its attempt
 *   (`…/actions/runs/<id>/attempts/<n>`), `startedOn` when training started (if known),
 *   `finishedOn` the lineage record's `created_at`.
 */
export const MLGATE_BUILD_TYPE = 'https://mlgate.dev/training/v1';

/** The builder outside GitHub Actions: the mlgate CLI on someone's machine (trust it accordingly). */
export const MLGATE_CLI_BUILDER_ID = 'https://mlgate.dev/builders/cli';

/** GitHub Actions runners as SLSA builders, as `actions/attest-build-provenance` names them (on every server). */
export const GITHUB_HOSTED_BUILDER_ID = 'https://github.com/actions/runner/github-hosted';
export const SELF_HOSTED_BUILDER_ID = 'https://github.com/actions/runner/self-hosted';

/** A set of digests of one artifact: algorithm → lower-case hex (`gitCommit` for git objects). */
export type DigestSet = Record<string, string>;

/** in-toto ResourceDescriptor: at least one of `uri`, `digest` or `content` is set. */
export interface ResourceDescriptor {
  uri?: string;
  digest?: DigestSet;
  name?: string;
  downloadLocation?: string;
  mediaType?: string;
  annotations?: Record<string, unknown>;
}

export interface SlsaProvenanceV1 {
  buildDefinition: {
    buildType: string;
    externalParameters: Record<string, unknown>;
    internalParameters?: Record<string, unknown>;
    resolvedDependencies?: ResourceDescriptor[];
  };
  runDetails: {
    builder: { id: string; version?: Record<string, string>; builderDependencies?: ResourceDescriptor[] };
    metadata?: { invocationId?: string; startedOn?: string; finishedOn?: string };
    byproducts?: ResourceDescriptor[];
  };
}

export interface InTotoStatement {
  _type: typeof IN_TOTO_STATEMENT_V1;
  subject: { name: string; digest: { sha256: string } }[];
  predicateType: typeof SLSA_PROVENANCE_V1;
  predicate: SlsaProvenanceV1;
}

export function lineageStatement(lineage: LineageRecord): InTotoStatement {
  const server = serverOf(lineage.code.run_url);
  const metadata: NonNullable<SlsaProvenanceV1['runDetails']['metadata']> = {};
  const invocation = invocationId(lineage.code);
  if (invocation) metadata.invocationId = invocation;
  if (lineage.started_at) metadata.startedOn = lineage.started_at;
  metadata.finishedOn = lineage.created_at;
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: lineage.subjects.map((s) => ({ name: s.name, digest: { sha256: s.sha256 } })),
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: MLGATE_BUILD_TYPE,
        externalParameters: {
          ...workflowParameter(lineage.code.workflow, server),
          model: lineage.model,
          version: lineage.version,
          parameters: lineage.parameters,
          data: lineage.data.map((d) => ({ name: d.name, ...dataLocation(d) })),
          parent: lineage.parent?.version ?? null,
        },
        internalParameters: { ...lineage.environment },
        resolvedDependencies: resolvedDependencies(lineage, server),
      },
      runDetails: {
        builder: { id: builderId(lineage), version: { mlgate: mlgateVersion(lineage.environment) } },
        metadata,
      },
    },
  };
}

function resolvedDependencies(lineage: LineageRecord, server: string): ResourceDescriptor[] {
  const dependencies: ResourceDescriptor[] = [];
  const { repository, commit, ref } = lineage.code;
  if (commit) {
    dependencies.push(repository
      ? { uri: `git+${server}/${repository}${ref ? `@${ref}` : ''}`, digest: { gitCommit: commit } }
      : { name: 'source', digest: { gitCommit: commit } });
  }
  for (const d of lineage.data) {
    const annotations: Record<string, unknown> = {};
    if (d.rows !== null) annotations.rows = d.rows;
    if (d.schema_fingerprint !== null) annotations.schema_fingerprint = d.schema_fingerprint;
    // `uri` is a URI; a local path (the usual case) is the descriptor's name instead.
    const location = dataLocation(d);
    dependencies.push({
      ...('uri' in location ? { name: d.name, uri: location.uri } : { name: location.path }),
      digest: { sha256: d.sha256 },
      ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    });
  }
  if (lineage.metrics.evaluation_set_sha256) {
    dependencies.push({ name: 'evaluation-set', digest: { sha256: lineage.metrics.evaluation_set_sha256 } });
  }
  return dependencies;
}

/**
 * The platform that ran the job. The runner's `RUNNER_ENVIRONMENT` says hosted or self-hosted; a
 * run in Actions without it (an old runner) is taken as self-hosted, the claim that trusts less.
 */
function builderId(lineage: LineageRecord): string {
  const runner = lineage.environment.runner_environment;
  if (runner === 'github-hosted') return GITHUB_HOSTED_BUILDER_ID;
  if (runner || lineage.code.run_url) return SELF_HOSTED_BUILDER_ID;
  return MLGATE_CLI_BUILDER_ID;
}

/** `GITHUB_WORKFLOW_REF` (`owner/repo/.github/workflows/x.yml@ref`) as GitHub's build type's `workflow` parameter. */
function workflowParameter(workflow: string | null, server: string): { workflow?: { ref: string; repository: string; path: string } } {
  const match = workflow ? /^([^/\s]+\/[^/\s]+)\/(\.github\/workflows\/[^@\s]+)@(\S+)$/.exec(workflow) : null;
  return match ? { workflow: { ref: match[3], repository: `${server}/${match[1]}`, path: match[2] } } : {};
}

/** Where a data file was: a URI as `uri`, anything else (a path, also from older records' `uri`) as `path`. */
function dataLocation(d: LineageRecord['data'][number]): { uri: string } | { path: string } {
  const given = d.path ?? d.uri ?? d.name;
  return d.path === undefined && isUri(given) ? { uri: given } : { path: given };
}

function invocationId(code: LineageRecord['code']): string | undefined {
  if (!code.run_url) return undefined;
  return code.run_attempt ? `${code.run_url}/attempts/${code.run_attempt}` : code.run_url;
}

function serverOf(runUrl: string | null): string {
  if (runUrl) {
    try {
      return new URL(runUrl).origin;
    } catch {
      // fall through: the record's URL is not parseable, GitHub.com is the only server we can assume
    }
  }
  return 'https://github.com';
}

function mlgateVersion(environment: LineageRecord['environment']): string {
  return environment.tools?.mlgate ?? environment.tool.replace(/^mlgate\s+/, '');
}

/** A scheme of two or more characters: `C:\data.csv` is a Windows path, not a URI. */
function isUri(text: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(text);
}
