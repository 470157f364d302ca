import * as core from '@actions/core';
import { evaluate } from '../../shared/commands/evaluate.js';
import { metricsSection } from '../../shared/report/pr-report.js';
import { toJson, writeFileAtomic } from '../../shared/util/files.js';
import { runAction } from '../runtime.js';

export function run(): Promise<void> {
  return runAction('evaluate', async (inputs) => {
    const result = evaluate({
      predictions: inputs.string('predictions'), task: inputs.string('task'), baseline: inputs.optional('baseline'),
      positiveLabel: inputs.optional('positive-label'), resamples: inputs.integer('resamples'), seed: inputs.integer('seed'),
      columns: { yTrue: inputs.string('y-true'), yPred: inputs.string('y-pred'), yScore: inputs.string('y-score'), id: inputs.string('id-column') },
    });
    const output = inputs.string('output');
    writeFileAtomic(output, toJson(result));
    core.setOutput('evaluation-json', output);
    core.setOutput('metrics', JSON.stringify(result.metrics));
    await core.summary.addRaw(metricsSection(result)).addEOL().write();
  });
}
