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
 * - `externalParameters` — what the user chose: `model` and `version` (the registry version
 *   published), `parameters` (training parameters, free-form), `data` (the data inputs as given:
 *   `{ name, uri }`, their digests are in `resolvedDependencies`), and `parent` (the version this
 *   one was compared with, or `null`).
 * - `internalParameters` — the environment the record was made in: `runner_os`, `node`,
 *   `command` (the training command), `tool` and `tools` (tool name → version), as in
 *   lineage.json's `environment`.
 * - `resolvedDependencies` — the source commit (`digest.gitCommit`; `uri`
 *   `git+<server>/<owner>/<repo>@<ref>` as GitHub's own build type writes it), every data file
 *   (`digest.sha256`, with `rows` and `schema_fingerprint` as annotations), and the evaluation set
 *   the metrics came from (`name: "evaluation-set"`, `digest.sha256`).
 * - `runDetails.builder.id` — the workflow file that ran, as `<server>/<GITHUB_WORKFLOW_REF>`, or
 *   `MLGATE_CLI_BUILDER_ID` outside GitHub Actions; `builder.version.mlgate` is mlgate's version.
 * - `runDetails.metadata` — `invocationId` is the run's URL with its attempt
 *   (`…/actions/runs/<id>/attempts/<n>`), `startedOn` when training started (if known),
 *   `finishedOn` the lineage record's `created_at`.
 */
export const MLGATE_BUILD_TYPE = 'https://mlgate.dev/training/v1';

/** The builder outside GitHub Actions: the mlgate CLI on someone's machine (trust it accordingly). */
export const MLGATE_CLI_BUILDER_ID = 'https://mlgate.dev/builders/cli';

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
          model: lineage.model,
          version: lineage.version,
          parameters: lineage.parameters,
          data: lineage.data.map((d) => ({ name: d.name, uri: d.uri })),
          parent: lineage.parent?.version ?? null,
        },
        internalParameters: { ...lineage.environment },
        resolvedDependencies: resolvedDependencies(lineage, server),
      },
      runDetails: {
        builder: { id: builderId(lineage.code.workflow, server), version: { mlgate: mlgateVersion(lineage.environment) } },
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
    dependencies.push({
      ...(isUri(d.uri) ? { name: d.name, uri: d.uri } : { name: d.uri }),
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
 * A reusable or top-level workflow is the trusted builder in SLSA's GitHub model; its identity is
 * the workflow file at a ref, written as a URL. A workflow name alone (runners without
 * GITHUB_WORKFLOW_REF) identifies nothing, so it falls back to the CLI builder.
 */
function builderId(workflow: string | null, server: string): string {
  if (workflow && /^[^/\s]+\/[^/\s]+\/\.github\/workflows\/[^@\s]+@\S+$/.test(workflow)) return `${server}/${workflow}`;
  return MLGATE_CLI_BUILDER_ID;
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
