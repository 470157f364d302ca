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
    outputs: Object.fromEntries(Object.entries(command.outputs as Record<string, string>).map(([name, description]) => [name, { description: outputDescription(command, name, description) }])),
    runs: { using: 'node24', main: `../../dist/${command.name}.js` },
  };
}

/**
 * The root `action.yml`: `command` picks the command; every command's inputs are accepted. An
 * input several commands take means something else for each (`out`, `output`, `model`), so its
 * description lists, per command, that command's own description and default. The root declares
 * no defaults (the door applies the command's own), except runner expressions such as the matrix
 * entry, which only the runner can evaluate.
 */
export function rootActionDocument(): ActionDocument {
  const commands = actionCommands();
  const inputs: ActionDocument['inputs'] = {
    command: { description: `Which command to run: ${commands.map((c) => c.name).join(', ')}.`, required: true },
  };
  const takers = new Map<string, { command: AnyCommand; option: OptionSpec }[]>();
  for (const command of commands) {
    for (const [name, option] of actionInputs(command)) {
      if (name in ACTION_OPTIONS) continue;
      takers.set(name, [...(takers.get(name) ?? []), { command, option }]);
    }
  }
  for (const [name, uses] of takers) {
    const expression = uses.map(({ option }) => defaultFor(option, 'action')).find(isExpressionDefault);
    inputs[name] = {
      description: uses.map(({ command, option }) => rootInputLine(command, option)).join('\n'),
      required: false,
      default: expression ?? '',
    };
  }
  for (const [name, option] of Object.entries(ACTION_OPTIONS)) inputs[name] = input(option, option.default);
  const outputs: ActionDocument['outputs'] = {};
  for (const command of commands) {
    for (const [name, text] of Object.entries(command.outputs as Record<string, string>)) {
      const line = `(${command.name}) ${outputDescription(command, name, text)}`;
      outputs[name] = { description: outputs[name] ? `${outputs[name].description}\n${line}` : line };
    }
  }
  return {
    name: 'mlgate', author: 'mlgate', branding: { icon: 'git-pull-request', color: 'purple' },
    description: 'MLOps in pull requests: train, evaluate against the baseline, check drift, gate the merge, publish to a model registry.',
    inputs, outputs, runs: { using: 'node24', main: 'dist/index.js' },
  };
}

/**
 * One command's line in a root input's description: `(train) <its description> Default: \`x\`.`,
 * with the description and default its own `actions/<command>/action.yml` declares.
 */
export function rootInputLine(command: AnyCommand, option: OptionSpec): string {
  const own = input(option, defaultFor(option, 'action'));
  // An expression default is the root input's own default too (and the parser reads `${{` in a description as one).
  const fallback = own.required ? ' Required.' : own.default && !isExpressionDefault(own.default) ? ` Default: \`${own.default}\`.` : '';
  return `(${command.name}) ${own.description}${fallback}`;
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

/** Path outputs say that they are absolute (the door resolves them from `working-directory`). */
export function outputDescription(command: AnyCommand, name: string, description: string): string {
  return command.pathOutputs?.includes(name) ? `${description} An absolute path.` : description;
}
