import * as core from '@actions/core';
import { drift } from '../../shared/commands/drift.js';
import { driftSection } from '../../shared/report/pr-report.js';
import { toJson, writeFileAtomic } from '../../shared/util/files.js';
import { runAction } from '../runtime.js';

export function run(): Promise<void> {
  return runAction('drift', async (inputs) => {
    const report = drift({
      reference: inputs.string('reference'), current: inputs.string('current'), method: inputs.string('method'),
      threshold: inputs.number('threshold'), columns: inputs.list('columns'), exclude: inputs.list('exclude'),
      correction: inputs.string('correction'), driftShare: inputs.number('drift-share'), criticalColumns: inputs.list('critical-columns'),
      columnMethods: inputs.pairs('column-methods'),
    });
    const output = inputs.string('output');
    writeFileAtomic(output, toJson(report));
    core.setOutput('drift-json', output);
    core.setOutput('dataset-drifted', String(report.dataset_drifted));
    core.setOutput('share-drifted', String(report.share_drifted));
    core.setOutput('drifted-columns', JSON.stringify(report.columns.filter((c) => c.drifted).map((c) => c.name)));
    await core.summary.addRaw(driftSection(report)).addEOL().write();
  });
}
