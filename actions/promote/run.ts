import * as core from '@actions/core';
import { promote, promotionTarget } from '../../shared/commands/registry.js';
import { readRunContext } from '../../shared/github/context.js';
import { runAction } from '../runtime.js';

export function run(): Promise<void> {
  return runAction('promote', async (inputs) => {
    const target = promotionTarget({ model: inputs.optional('model'), version: inputs.optional('version') }, readRunContext().tag);
    const event = await promote({
      ...target, stage: inputs.string('stage'), store: inputs.string('store'), token: inputs.string('github-token'),
      ...(inputs.optional('note') ? { note: inputs.string('note') } : {}),
    });
    core.setOutput('stage-tag', event.tag);
    core.setOutput('model', event.model);
    core.setOutput('version', event.version);
    core.info(`${event.tag}: ${event.model} v${event.version} is now in ${event.stage}`);
  });
}
