import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineCommand, type CommandOutcome } from '../../../shared/commands/command.js';
import { readOptionValues, type Door, type OptionSpecs, type OptionValues } from '../../../shared/commands/options.js';

const specs = {
  file: { kind: 'path', required: true, description: 'a file' },
  name: { kind: 'text', description: 'a name' },
  columns: { kind: 'list', description: 'columns' },
  methods: { kind: 'pairs', description: 'overrides' },
  params: { kind: 'json', default: '{}', description: 'parameters' },
  share: { kind: 'number', default: '0.5', description: 'a share' },
  resamples: { kind: 'integer', description: 'a count' },
  comment: { kind: 'boolean', default: { action: 'true', cli: 'false' }, description: 'post' },
  format: { kind: 'choice', choices: ['json', 'markdown'], default: 'json', doors: ['cli'], description: 'format' },
  matrix: { kind: 'text', default: { action: 'expr' }, doors: ['action'], description: 'matrix' },
} as const satisfies OptionSpecs;

const read = (door: Door, raw: Record<string, string>) => readOptionValues(specs, door, (name) => raw[name]);

describe('one option reader for both doors', () => {
  it('reads every kind the same way from a CLI flag and an action input', () => {
    const raw = { file: 'data.csv', name: ' churn ', columns: 'a, b\nc,,', methods: 'a=psi, b = ks', params: '{"C": 0.5}', share: '0.25', resamples: '10', comment: 'true' };
    const cli = read('cli', raw);
    const action = read('action', raw);
    const { format: _f, matrix: _m, ...shared } = cli;
    expect(action).toMatchObject(shared);
    expect(cli).toMatchObject({ file: 'data.csv', name: 'churn', columns: ['a', 'b', 'c'], methods: { a: 'psi', b: 'ks' }, params: { C: 0.5 }, share: 0.25, resamples: 10, comment: true });
  });

  it('applies each door\'s default, and a door that does not take an option sees its default', () => {
    expect(read('cli', { file: 'f' })).toMatchObject({ comment: false, format: 'json', matrix: undefined, params: {}, share: 0.5, columns: undefined, resamples: undefined });
    expect(read('action', { file: 'f', format: 'markdown' })).toMatchObject({ comment: true, format: 'json', matrix: 'expr' });
    expect(read('action', { file: 'f', share: '' }).share).toBe(0.5); // the root action passes '' for every input it was not given
  });

  it('never substitutes an expression default: the runner expands it from action.yml, and an empty input is not given', () => {
    const expressions = {
      token: { kind: 'text', default: '${{ github.token }}', description: 'token' },
      matrix: { kind: 'text', doors: ['action'], default: '${{ toJSON(matrix) }}', description: 'matrix' },
    } as const satisfies OptionSpecs;
    // A fork's run: the secret behind `github-token` is empty, and so is any input left blank.
    expect(readOptionValues(expressions, 'action', () => '')).toEqual({ token: undefined, matrix: undefined });
    expect(readOptionValues(expressions, 'action', () => undefined)).toEqual({ token: undefined, matrix: undefined });
    expect(readOptionValues(expressions, 'cli', () => undefined)).toEqual({ token: undefined, matrix: undefined });
    expect(readOptionValues(expressions, 'action', (name) => (name === 'token' ? 'ghs_x' : '{"os":"linux"}'))).toEqual({ token: 'ghs_x', matrix: '{"os":"linux"}' });
  });

  it('reads a switch choice (true|false|required) with the spellings a boolean takes', () => {
    const switches = { comment: { kind: 'choice', choices: ['true', 'false', 'required'], default: { action: 'true', cli: 'false' }, description: 'post' } } as const satisfies OptionSpecs;
    const value = (door: Door, text: string | undefined) => readOptionValues(switches, door, () => text).comment;
    expect([value('action', 'True'), value('action', 'FALSE'), value('action', 'required'), value('action', ''), value('cli', undefined)]).toEqual(['true', 'false', 'required', 'true', 'false']);
    expect(() => value('action', 'yes')).toThrow('input `comment` must be one of true, false, required, got `yes`');
  });

  it.each([
    ['cli', {}, '--file is required (a file)'],
    ['action', {}, 'input `file` is required (a file)'],
    ['cli', { file: 'f', share: 'half' }, '--share must be a number, got `half`'],
    ['action', { file: 'f', resamples: '1.5' }, 'input `resamples` must be a non-negative integer, got `1.5`'],
    ['action', { file: 'f', resamples: '-1' }, 'input `resamples` must be a non-negative integer, got `-1`'],
    ['cli', { file: 'f', resamples: '0x10' }, '--resamples must be a non-negative integer, got `0x10`'],
    ['cli', { file: 'f', resamples: '1e3' }, '--resamples must be a non-negative integer, got `1e3`'],
    ['cli', { file: 'f', share: '0b1' }, '--share must be a number, got `0b1`'],
    ['action', { file: 'f', comment: 'yes' }, 'input `comment` must be true or false, got `yes`'],
    ['cli', { file: 'f', methods: 'a' }, '--methods takes key=value pairs, got `a`'],
    ['cli', { file: 'f', methods: 'a=psi,a=ks' }, '--methods names `a` twice'],
    ['action', { file: 'f', params: '[1]' }, 'input `params` must be a JSON object, got `[1]`'],
    ['cli', { file: 'f', format: 'html' }, '--format must be one of json, markdown, got `html`'],
  ] as const)('%s %j: %s', (door, raw, message) => {
    expect(() => read(door, raw)).toThrow(message);
  });

  it('never reads a list item with a separator or blank in it', () => {
    fc.assert(fc.property(fc.array(fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && !/[,\n]/.test(s)), { minLength: 1 }), (items) => {
      const values = read('action', { file: 'f', columns: items.join(',') });
      expect(values.columns).toEqual(items.map((item) => item.trim()));
    }));
  });

  it('types options from their specs: a misspelt option or output name does not compile (tsc runs in CI)', () => {
    const options = { 'id-column': { kind: 'text', default: 'id', description: 'id' } } as const satisfies OptionSpecs;
    const use = (o: OptionValues<typeof options>): CommandOutcome<'done'> => {
      const id: string = o['id-column'];
      // @ts-expect-error -- a misspelt option
      expect(o['id-colum']).toBeUndefined();
      // @ts-expect-error -- a misspelt output
      return { outputs: { don: id } };
    };
    expect(use(readOptionValues(options, 'cli', () => undefined))).toEqual({ outputs: { don: 'id' } });
    expect(defineCommand({ name: 'x', icon: 'x', summary: 'x', options, outputs: { done: 'd' }, run: async (o) => ({ outputs: { done: o['id-column'] } }) }).name).toBe('x');
  });
});
