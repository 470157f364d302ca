import * as core from '@actions/core';
import { InputError } from '../../shared/errors.js';
import { promote } from '../../shared/commands/registry.js';
import { readRunContext } from '../../shared/github/context.js';
import { parseTag } from '../../shared/registry/names.js';
import { runAction } from '../runtime.js';

export function run(): Promise<void> {
  return runAction('promote', async (inputs) => {
    let model = inputs.optional('model');
    let version = inputs.optional('version');
    if (!model || !version) {
      // `release: published` or a pushed version tag names the version: promote exactly that.
      const tag = readRunContext().tag;
      const parsed = tag ? parseTag(tag) : undefined;
      if (parsed?.kind !== 'version') {
        throw new InputError(`inputs \`model\` and \`version\` are required unless the event is a release or push of a version tag (<model>@v<semver>)${tag ? `; the event's tag \`${tag}\` is not one` : ''}`);
      }
      model ??= parsed.model;
      version ??= parsed.version;
    }
    const event = await promote({
      model, version, stage: inputs.string('stage'), store: inputs.string('store'), token: inputs.string('github-token'),
      ...(inputs.optional('note') ? { note: inputs.string('note') } : {}),
    });
    core.setOutput('stage-tag', event.tag);
    core.setOutput('model', event.model);
    core.setOutput('version', event.version);
    core.info(`${event.tag}: ${event.model} v${event.version} is now in ${event.stage}`);
  });
}
