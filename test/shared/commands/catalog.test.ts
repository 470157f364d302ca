import { describe, expect, it } from 'vitest';
import { ACTION_OPTIONS, COMMANDS, findCommand, hasDoor } from '../../../shared/commands/catalog.js';
import { METHOD_NAMES } from '../../../shared/core/drift/methods.js';
import { CORRECTIONS } from '../../../shared/core/drift/correction.js';
import { TASKS } from '../../../shared/core/metrics/index.js';
import { MODEL_TYPES } from '../../../shared/core/train/model.js';
import { defaultFor, readOptionValues, type OptionSpec } from '../../../shared/commands/options.js';
import { commandHelp } from '../../../cli/help.js';
import { actionDocument } from '../../../actions/metadata.js';

const options = (name: string) => findCommand(name).options as Record<string, OptionSpec>;

describe('the command catalog', () => {
  it('takes its choices from the code\'s own lists', () => {
    expect(options('drift').method).toMatchObject({ choices: ['auto', ...METHOD_NAMES] });
    expect(options('drift').correction).toMatchObject({ choices: CORRECTIONS });
    expect(options('evaluate').task).toMatchObject({ choices: TASKS });
    expect(options('train').algorithm).toMatchObject({ choices: MODEL_TYPES });
  });

  it('names one thing one way across commands', () => {
    // `model` is a registry model name wherever it appears; the trainer's kind is `algorithm`.
    for (const command of COMMANDS) {
      const model = (command.options as Record<string, OptionSpec>).model;
      if (model) expect(model.description, command.name).toMatch(/^Model name/);
    }
    const idColumns = COMMANDS.flatMap((c) => Object.keys(c.options)).filter((name) => /^id/.test(name));
    expect(new Set(idColumns)).toEqual(new Set(['id-column']));
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s: every option is documented, readable with its defaults, and shown by both doors that take it', (_name, command) => {
    for (const [name, option] of Object.entries(command.options as Record<string, OptionSpec>)) {
      expect(option.description, name).toMatch(/\.$/);
      expect(name in ACTION_OPTIONS, `${name} shadows an option every action takes`).toBe(false);
      if (option.kind === 'choice' && defaultFor(option, 'cli')) expect(option.choices).toContain(defaultFor(option, 'cli'));
    }
    const required = Object.fromEntries(Object.entries(command.options as Record<string, OptionSpec>).filter(([, o]) => o.required).map(([n, o]) => [n, o.kind === 'choice' ? o.choices[0] : '1']));
    for (const door of ['cli', 'action'] as const) expect(() => readOptionValues(command.options, door, (n) => required[n])).not.toThrow();
    if (hasDoor(command, 'cli')) {
      const help = commandHelp(command);
      for (const [name, option] of Object.entries(command.options as Record<string, OptionSpec>)) expect(help.includes(`--${name}`), name).toBe((option.doors ?? ['cli']).includes('cli'));
    }
    if (hasDoor(command, 'action')) {
      const inputs = actionDocument(command).inputs;
      for (const [name, option] of Object.entries(command.options as Record<string, OptionSpec>)) expect(name in inputs, name).toBe((option.doors ?? ['action']).includes('action'));
      expect(Object.keys(command.outputs).length).toBeGreaterThan(0);
    }
  });
});
