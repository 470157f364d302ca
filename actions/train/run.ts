import * as core from '@actions/core';
import { train } from '../../shared/commands/train.js';
import { toJson } from '../../shared/util/files.js';
import { runAction } from '../runtime.js';

export function run(): Promise<void> {
  return runAction('train', async (inputs) => {
    const result = await train({
      data: inputs.string('data'), target: inputs.string('target'), model: inputs.string('model'), params: inputs.json('params'),
      test: inputs.optional('test'), idColumn: inputs.string('id-column'), exclude: inputs.list('exclude'), out: inputs.string('out'),
    });
    core.setOutput('model-path', result.model_path);
    core.setOutput('predictions-path', result.predictions_path ?? '');
    core.setOutput('task', result.task);
    core.setOutput('result-json', toJson(result));
    core.info(`trained ${result.params.model} on ${result.rows.train} rows (${result.task}: ${result.classes.join(', ')})`);
  });
}
