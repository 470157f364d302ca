import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { ACTIONS, ROOT_ACTION } from '../../actions/catalog.js';
import { ROOT } from '../support/run-action.js';

const actionFiles = [join(ROOT, 'action.yml'), ...ACTIONS.map((a) => join(ROOT, 'actions', a.name, 'action.yml'))];

describe('action.yml files', () => {
  it.each(actionFiles)('%s validates with @actions/workflow-parser, declares node24 and points at a committed bundle', (path) => {
    const content = readFileSync(path, 'utf8');
    const result = parseAction({ name: path, content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const spec = parse(content);
    expect(spec.runs.using).toBe('node24');
    expect(existsSync(resolve(dirname(path), spec.runs.main))).toBe(true);
    for (const [name, input] of Object.entries(spec.inputs as Record<string, { description?: string; default?: string; required?: boolean }>)) {
      expect(input.description, `${path}: input ${name}`).toBeTruthy();
      if (!input.required) expect(input.default, `${path}: input ${name} default`).toBeDefined();
    }
    for (const [name, output] of Object.entries(spec.outputs as Record<string, { description?: string }>)) expect(output.description, `${path}: output ${name}`).toBeTruthy();
    for (const shared of ['github-token', 'working-directory']) expect(spec.inputs).toHaveProperty(shared);
  });

  it('match the catalog they are generated from (run `npm run build` after editing actions/catalog.ts)', () => {
    for (const spec of [...ACTIONS, ROOT_ACTION]) {
      const path = spec === ROOT_ACTION ? join(ROOT, 'action.yml') : join(ROOT, 'actions', spec.name, 'action.yml');
      const yaml = parse(readFileSync(path, 'utf8'));
      expect(Object.keys(yaml.inputs)).toEqual(Object.keys(spec.inputs));
      expect(Object.keys(yaml.outputs)).toEqual(Object.keys(spec.outputs));
    }
  });
});

describe('workflows', () => {
  const folder = join(ROOT, '.github', 'workflows');
  it.each(readdirSync(folder).filter((f) => f.endsWith('.yml')))('%s validates with @actions/workflow-parser', (file) => {
    const result = parseWorkflow({ name: file, content: readFileSync(join(folder, file), 'utf8') }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });
});

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  it('documents every input and output of every action', () => {
    for (const spec of ACTIONS) {
      for (const name of [...Object.keys(spec.inputs), ...Object.keys(spec.outputs)]) expect(readme, `${spec.name}: ${name}`).toContain(`\`${name}\``);
    }
  });
  it('shows the demo and test commands that .ci/run uses', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm test');
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toContain('npm test');
  });
});
