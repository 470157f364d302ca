import { Ajv2020 } from 'ajv/dist/2020.js';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEnvironment } from '../../../../shared/adapters/environment.js';
import { buildLineage } from '../../../../shared/commands/build-lineage.js';
import { GITHUB_HOSTED_BUILDER_ID, lineageStatement, MLGATE_BUILD_TYPE, MLGATE_CLI_BUILDER_ID, SELF_HOSTED_BUILDER_ID, type InTotoStatement } from '../../../../shared/core/lineage/in-toto.js';
import type { LineageRecord } from '../../../../shared/core/lineage/record.js';
import { isRfc3339DateTime } from '../../../../shared/adapters/codecs/validate-lineage.js';
import { ACTIONS_ENV, EXAMPLE, exampleRun, type ExampleRun } from '../../commands/example-lineage.js';

const statementSchema = JSON.parse(readFileSync(new URL('./in-toto-slsa-v1.schema.json', import.meta.url), 'utf8'));
// strictRequired off: `anyOf: [{ required: ['uri'] }, …]` names properties declared beside it, as JSON Schema allows.
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
ajv.addFormat('date-time', { type: 'string', validate: isRfc3339DateTime });
const validStatement = ajv.compile(statementSchema);
const schemaErrors = (value: unknown) => (validStatement(value) ? [] : validStatement.errors!.map((e) => `${e.instancePath} ${e.message}`));

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let run: ExampleRun;
let statement: InTotoStatement;
beforeAll(async () => {
  run = await exampleRun();
  statement = lineageStatement(run.lineage);
});

describe('lineageStatement', () => {
  it('is an in-toto Statement v1 with a SLSA Provenance v1 predicate (required fields, spelt as the specs spell them)', () => {
    expect(schemaErrors(statement)).toEqual([]);
    // The statement is what gets signed: it must survive JSON unchanged.
    expect(JSON.parse(JSON.stringify(statement))).toEqual(statement);
  });

  it('has the published files as subjects, with the digests of the files themselves', () => {
    expect(statement.subject).toEqual(run.lineage.subjects.map((s) => ({ name: s.name, digest: { sha256: s.sha256 } })));
    expect(statement.subject.map((s) => s.digest.sha256)).toEqual(run.files.map(sha256));
  });

  it('describes the build: mlgate training, the user’s parameters, the environment', () => {
    const definition = statement.predicate.buildDefinition;
    expect(definition.buildType).toBe(MLGATE_BUILD_TYPE);
    expect(definition.externalParameters).toEqual({
      workflow: { ref: 'refs/pull/7/merge', repository: 'https://github.com/octo-org/churn', path: '.github/workflows/train.yml' },
      model: 'team/breast-cancer', version: '1.1.0', parameters: run.lineage.parameters,
      data: [{ name: 'train.csv', path: EXAMPLE('train.csv') }, { name: 'holdout.csv', path: EXAMPLE('holdout.csv') }],
      parent: '1.0.0',
    });
    expect(definition.internalParameters).toEqual(run.lineage.environment);
  });

  it('resolves the source commit, each data file and the evaluation set by digest', () => {
    expect(statement.predicate.buildDefinition.resolvedDependencies).toEqual([
      { uri: 'git+https://github.com/octo-org/churn@refs/pull/7/merge', digest: { gitCommit: ACTIONS_ENV.GITHUB_SHA } },
      { name: EXAMPLE('train.csv'), digest: { sha256: sha256(EXAMPLE('train.csv')) }, annotations: { rows: 398, schema_fingerprint: run.lineage.data[0].schema_fingerprint } },
      { name: EXAMPLE('holdout.csv'), digest: { sha256: sha256(EXAMPLE('holdout.csv')) }, annotations: { rows: 171, schema_fingerprint: run.lineage.data[1].schema_fingerprint } },
      { name: 'evaluation-set', digest: { sha256: sha256(run.predictions) } },
    ]);
  });

  it('names the hosted runner platform as the builder (as GitHub\'s build type does) and the run attempt as the invocation', () => {
    expect(statement.predicate.runDetails).toEqual({
      builder: { id: GITHUB_HOSTED_BUILDER_ID, version: { mlgate: '0.1.0' } },
      metadata: {
        invocationId: 'https://github.com/octo-org/churn/actions/runs/123456789/attempts/2',
        startedOn: '2025-01-31T12:00:00.000Z',
        finishedOn: run.lineage.created_at,
      },
    });
  });

  it('uses the server of the run for GitHub Enterprise', async () => {
    const lineage = await buildLineage({
      model: 'm', version: '1.0.0', files: run.files, toolVersion: '0.1.0',
      environment: readEnvironment({ ...ACTIONS_ENV, GITHUB_SERVER_URL: 'https://ghe.example.com' }),
    });
    const enterprise = lineageStatement(lineage);
    expect(enterprise.predicate.runDetails.builder.id).toBe(GITHUB_HOSTED_BUILDER_ID);
    expect(enterprise.predicate.buildDefinition.externalParameters.workflow).toEqual({ ref: 'refs/pull/7/merge', repository: 'https://ghe.example.com/octo-org/churn', path: '.github/workflows/train.yml' });
    expect(enterprise.predicate.buildDefinition.resolvedDependencies![0].uri).toBe('git+https://ghe.example.com/octo-org/churn@refs/pull/7/merge');
    expect(schemaErrors(enterprise)).toEqual([]);
  });

  it('outside GitHub Actions: the CLI builds, no invocation, the source known only by its commit', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'mlgate-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' }).trim();
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'start');
    const local = lineageStatement(await buildLineage({ model: 'm', version: '1.0.0', files: run.files, toolVersion: '0.1.0', environment: readEnvironment({}), cwd: repo }));
    expect(local.predicate.runDetails.builder.id).toBe(MLGATE_CLI_BUILDER_ID);
    expect(local.predicate.runDetails.metadata).toEqual({ finishedOn: expect.any(String) });
    expect(local.predicate.buildDefinition.resolvedDependencies).toEqual([{ name: 'source', digest: { gitCommit: git('rev-parse', 'HEAD') } }]);
    expect(schemaErrors(local)).toEqual([]);
  });

  it('with no commit at all, has no source dependency', async () => {
    const lineage = await buildLineage({ model: 'm', version: '1.0.0', files: run.files, toolVersion: '0.1.0', environment: readEnvironment({}), cwd: mkdtempSync(join(tmpdir(), 'mlgate-nogit-')) });
    expect(lineage.code.commit).toBeNull();
    const statementWithoutCode = lineageStatement(lineage);
    expect(statementWithoutCode.predicate.buildDefinition.resolvedDependencies).toEqual([]);
    expect(schemaErrors(statementWithoutCode)).toEqual([]);
  });

  it('keeps a data URI as its uri and reads an older record\'s path in `uri` as a path; a workflow known only by name is no parameter', () => {
    const lineage: LineageRecord = structuredClone(run.lineage);
    delete lineage.data[0].path;
    lineage.data[0].uri = 's3://bucket/train.csv';
    delete lineage.data[1].path;
    lineage.data[1].uri = 'data/holdout.csv';
    lineage.code.workflow = 'Train';
    const s = lineageStatement(lineage);
    expect(s.predicate.buildDefinition.resolvedDependencies![1]).toMatchObject({ name: 'train.csv', uri: 's3://bucket/train.csv' });
    expect(s.predicate.buildDefinition.resolvedDependencies![2]).toMatchObject({ name: 'data/holdout.csv' });
    expect(s.predicate.buildDefinition.externalParameters.data).toEqual([{ name: 'train.csv', uri: 's3://bucket/train.csv' }, { name: 'holdout.csv', path: 'data/holdout.csv' }]);
    expect(s.predicate.buildDefinition.externalParameters).not.toHaveProperty('workflow');
    expect(s.predicate.runDetails.builder.id).toBe(GITHUB_HOSTED_BUILDER_ID);
    expect(schemaErrors(s)).toEqual([]);
  });

  it('every data uri of the statement is a URI', () => {
    const uris = [...(statement.predicate.buildDefinition.externalParameters.data as { uri?: string }[]).map((d) => d.uri), ...statement.predicate.buildDefinition.resolvedDependencies!.map((d) => d.uri)];
    for (const uri of uris.filter((u) => u !== undefined)) expect(uri).toMatch(/^[a-z][a-z0-9+.-]+:/i);
  });

  it('names a self-hosted runner, or a run whose runner did not say, as self-hosted', async () => {
    const { RUNNER_ENVIRONMENT: _, ...unsaid } = ACTIONS_ENV;
    for (const env of [{ ...ACTIONS_ENV, RUNNER_ENVIRONMENT: 'self-hosted' }, unsaid]) {
      const lineage = await buildLineage({ model: 'm', version: '1.0.0', files: run.files, toolVersion: '0.1.0', environment: readEnvironment(env) });
      const s = lineageStatement(lineage);
      expect(s.predicate.runDetails.builder.id).toBe(SELF_HOSTED_BUILDER_ID);
      expect(schemaErrors(s)).toEqual([]);
    }
  });
});

describe('the statement schema used as the oracle', () => {
  it('rejects misspelt SLSA fields, subjects without digests and dependencies without uri or digest', () => {
    const broken = structuredClone(statement) as unknown as { predicate: { buildDefinition: Record<string, unknown> }; subject: Record<string, unknown>[] };
    broken.predicate.buildDefinition.externalParameter = {};
    delete broken.subject[0].digest;
    expect(schemaErrors(broken)).toEqual(expect.arrayContaining(['/predicate/buildDefinition must NOT have additional properties', '/subject/0 must have required property \'digest\'']));
    const noDigest = structuredClone(statement);
    noDigest.predicate.buildDefinition.resolvedDependencies!.push({ name: 'orphan' });
    expect(schemaErrors(noDigest).length).toBeGreaterThan(0);
    const badTime = structuredClone(statement);
    badTime.predicate.runDetails.metadata!.finishedOn = 'today';
    expect(schemaErrors(badTime)).toEqual(['/predicate/runDetails/metadata/finishedOn must match format "date-time"']);
  });
});
