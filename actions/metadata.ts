import { ACTION_OPTIONS, COMMANDS, hasDoor } from '../shared/commands/catalog.js';
import type { AnyCommand } from '../shared/commands/command.js';
import { defaultFor, isExpressionDefault, takes, type OptionSpec } from '../shared/commands/options.js';

/** The content of an `action.yml`, as plain data (the build writes it as YAML). */
export interface ActionDocument {
  name: string;
  description: string;
  author: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: 'node24'; main: string };
}

export function actionCommands(): AnyCommand[] {
  return COMMANDS.filter((command) => hasDoor(command, 'action'));
}

/** `actions/<name>/action.yml`: the command's action inputs, then the inputs every action takes. */
export function actionDocument(command: AnyCommand): ActionDocument {
  return {
    name: `mlgate ${command.name}`,
    description: command.summary,
    author: 'mlgate',
    branding: { icon: command.icon, color: 'purple' },
    inputs: Object.fromEntries(actionInputs(command).map(([name, option]) => [name, input(option, defaultFor(option, 'action'))])),
    outputs: Object.fromEntries(Object.entries(command.outputs as Record<string, string>).map(([name, description]) => [name, { description }])),
    runs: { using: 'node24', main: `../../dist/${command.name}.js` },
  };
}

/**
 * The root `action.yml`: `command` picks the command; every command's inputs are accepted. Their
 * defaults differ between commands, so the root declares none (the door applies the command's
 * own), except runner expressions such as the matrix entry, which only the runner can evaluate.
 */
export function rootActionDocument(): ActionDocument {
  const commands = actionCommands();
  const inputs: ActionDocument['inputs'] = {
    command: { description: `Which command to run: ${commands.map((c) => c.name).join(', ')}.`, required: true },
  };
  for (const command of commands) {
    for (const [name, option] of actionInputs(command)) {
      if (name in inputs || name in ACTION_OPTIONS) continue;
      const fallback = defaultFor(option, 'action');
      inputs[name] = isExpressionDefault(fallback)
        ? input(option, fallback)
        : { description: `${option.description}${fallback ? ` (default depends on the command; for \`${command.name}\`: \`${fallback}\`)` : ''}`, required: false, default: '' };
    }
  }
  for (const [name, option] of Object.entries(ACTION_OPTIONS)) inputs[name] = input(option, option.default);
  const outputs: ActionDocument['outputs'] = {};
  for (const command of commands) {
    for (const [name, description] of Object.entries(command.outputs as Record<string, string>)) {
      outputs[name] = { description: outputs[name] ? `${outputs[name].description}; (${command.name}) ${description}` : `(${command.name}) ${description}` };
    }
  }
  return {
    name: 'mlgate', author: 'mlgate', branding: { icon: 'git-pull-request', color: 'purple' },
    description: 'MLOps in pull requests: train, evaluate against the baseline, check drift, gate the merge, publish to a model registry.',
    inputs, outputs, runs: { using: 'node24', main: 'dist/index.js' },
  };
}

export function actionInputs(command: AnyCommand): [string, OptionSpec][] {
  return [
    ...Object.entries(command.options as Record<string, OptionSpec>).filter(([, o]) => takes(o, 'action')),
    ...Object.entries(ACTION_OPTIONS),
  ];
}

function input(option: OptionSpec, fallback: string | undefined): ActionDocument['inputs'][string] {
  const description = option.kind === 'choice' ? `${option.description} One of: ${option.choices.join(', ')}.` : option.description;
  return option.required ? { description, required: true } : { description, required: false, default: fallback ?? '' };
}
