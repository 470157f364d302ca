import * as core from '@actions/core';
import { join } from 'node:path';
import { PROVENANCE_FILE, promote, publish } from '../../shared/commands/registry.js';
import { lineageStatement } from '../../shared/lineage/in-toto.js';
import { toJson, writeFileAtomic } from '../../shared/util/files.js';
import { runAction } from '../runtime.js';

export function run(): Promise<void> {
  return runAction('publish', async (inputs) => {
    const store = inputs.string('store');
    const model = inputs.string('model');
    const result = await publish({
      model, version: inputs.string('version'), files: inputs.list('files') ?? [], store,
      data: inputs.list('data'), params: inputs.json('params'), evaluation: inputs.optional('evaluation'), drift: inputs.optional('drift'),
      gateReport: inputs.optional('gate-report'), parent: inputs.optional('parent'), cardTemplate: inputs.optional('card-template'),
      command: 'mlgate publish (GitHub Action)', token: inputs.string('github-token'),
    });
    const out = inputs.string('out');
    const lineagePath = join(out, 'lineage.json');
    const provenancePath = join(out, PROVENANCE_FILE);
    writeFileAtomic(lineagePath, toJson(result.lineage));
    const statement = lineageStatement(result.lineage);
    const predicatePath = join(out, 'provenance.predicate.json');
    writeFileAtomic(provenancePath, toJson(statement));
    writeFileAtomic(predicatePath, toJson(statement.predicate));
    core.setOutput('predicate-path', predicatePath);
    core.setOutput('lineage-path', lineagePath);
    core.setOutput('provenance-path', provenancePath);
    core.setOutput('tag', result.version.tag);
    core.setOutput('outcome', result.outcome);
    const stage = inputs.optional('stage');
    if (stage) {
      const event = await promote({ model, version: result.version.version, stage, store, token: inputs.string('github-token') });
      core.setOutput('stage-tag', event.tag);
    }
    core.info(`${result.version.tag}: ${result.outcome}`);
  });
}
