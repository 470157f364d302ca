import * as core from '@actions/core';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ACTION_OPTIONS, COMMANDS, findCommand, hasDoor } from '../shared/commands/catalog.js';
import { throttledProgress, type AnyCommand } from '../shared/commands/command.js';
import { readOptionValues } from '../shared/commands/options.js';
import { currentEnvironment } from '../shared/adapters/environment.js';
import { InputError, TrainingFailedError, asInputError, isExpectedError, messageOf } from '../shared/errors.js';
import { writeFileAtomic } from '../shared/adapters/files/files.js';
import { logLine, logLines } from '../shared/core/log-line.js';

/**
 * Runs a command as a GitHub Action, the same way for every command: the token is masked, relative
 * paths resolve from `working-directory`, inputs are read through the catalog, the result goes to
 * the step's outputs, output file and job summary; input errors fail the step with their one-line
 * message, a failed gate with its verdict, and anything else is reported as a bug with its stack.
 */
export async function runActionDoor(name: string, packageRoot: URL): Promise<void> {
  try {
    const command = findCommand(name);
    if (!hasDoor(command, 'action')) throw new InputError(`\`${name}\` is a command-line command only (npx mlgate ${name})`);
    const common = readOptionValues(ACTION_OPTIONS, 'action', (input) => core.getInput(input));
    if (common['github-token']) core.setSecret(common['github-token']);
    const environment = currentEnvironment();
    const workingDirectory = resolve(environment.workspace ?? process.cwd(), common['working-directory']);
    if (!statSync(workingDirectory, { throwIfNoEntry: false })?.isDirectory()) throw new InputError(`input \`working-directory\`: ${common['working-directory']}: not found or not a directory`);
    process.chdir(workingDirectory);
    const values = readOptionValues(command.options, 'action', (input) => core.getInput(input));
    // Every message may quote data (labels, column and file names): one inert line each, never a runner command.
    const log = {
      info: (m: string) => core.info(logLine(m)), warning: (m: string) => core.warning(logLine(m)),
      // A line every 5 seconds: the step log is read after the fact, not redrawn.
      progress: throttledProgress(5000, (m: string) => core.info(logLine(m))),
      mask: (secret: string) => core.setSecret(secret),
    };
    const outcome = await command.run(values, { door: 'action', log, token: common['github-token'] || undefined, environment, packageRoot });
    const output = (values as { output?: string }).output;
    if (outcome.document !== undefined && output) writeFileAtomic(output, outcome.document);
    for (const [key, value] of Object.entries(outcome.outputs ?? {})) core.setOutput(key, outputValue(command, key, value));
    if (outcome.summary) await core.summary.addRaw(outcome.summary).addEOL().write();
    if (outcome.failure) core.setFailed(logLine(`mlgate ${name}: ${outcome.failure}`));
  } catch (thrown) {
    const error = asInputError(thrown);
    // A failed training command quotes its last output lines: kept as lines (the annotation shows them), each made inert.
    if (isExpectedError(error)) core.setFailed(error instanceof TrainingFailedError ? logLines(error.message) : logLine(error.message));
    else core.setFailed(logLines(`mlgate ${name}: internal error: ${logLine(messageOf(error))}${error instanceof Error && error.stack ? `\n${error.stack}` : ''}`));
  }
}

/**
 * A path output as an absolute path: the command ran in `working-directory`, while a later step
 * (`actions/attest`'s `predicate-path`, `upload-artifact`'s `path`) resolves from the workspace.
 */
function outputValue(command: AnyCommand, key: string, value: string | undefined): string {
  if (value === undefined || value === '') return '';
  return command.pathOutputs?.includes(key) ? resolve(value) : value;
}

/** The root action: its `command` input picks the command; the code is the same as the per-command actions'. */
export async function runRootAction(packageRoot: URL): Promise<void> {
  const name = core.getInput('command').trim();
  const names = COMMANDS.filter((c) => hasDoor(c, 'action')).map((c) => c.name);
  if (names.includes(name)) await runActionDoor(name, packageRoot);
  else core.setFailed(`input \`command\` must be one of ${names.join(', ')}, got \`${name}\``);
}
