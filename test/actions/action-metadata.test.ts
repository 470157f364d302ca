import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { actionCommands, actionDocument, rootActionDocument } from '../../actions/metadata.js';
import { COMMANDS } from '../../shared/commands/catalog.js';
import { actionFiles as generatedActionFiles, readmeReference } from '../../scripts/generate.js';
import { ROOT } from '../support/run-action.js';

const actionFiles = [join(ROOT, 'action.yml'), ...actionCommands().map((a) => join(ROOT, 'actions', a.name, 'action.yml'))];

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

  it('are exactly what the catalog generates (run `npm run build` after editing shared/commands/catalog.ts)', () => {
    for (const [path, content] of Object.entries(generatedActionFiles())) expect(readFileSync(join(ROOT, path), 'utf8'), path).toBe(content);
    expect(Object.keys(rootActionDocument().inputs)).toEqual(expect.arrayContaining(actionCommands().flatMap((c) => Object.keys(actionDocument(c).inputs))));
  });
});

describe('the root action.yml', () => {
  const root = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string; default?: string }>; outputs: Record<string, { description: string }> };

  it('describes every input, per command, with that command\'s own description and default', () => {
    for (const command of actionCommands()) {
      const own = parse(readFileSync(join(ROOT, 'actions', command.name, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string; default?: string; required?: boolean }>; outputs: Record<string, { description: string }> };
      for (const [name, input] of Object.entries(own.inputs)) {
        if (name === 'github-token' || name === 'working-directory') {
          expect(root.inputs[name], name).toEqual(input);
          continue;
        }
        const lines = root.inputs[name].description.split('\n');
        const line = lines.find((l) => l.startsWith(`(${command.name}) `));
        const fallback = input.required ? ' Required.' : input.default && !input.default.includes('${{') ? ` Default: \`${input.default}\`.` : '';
        if (input.default?.includes('${{')) expect(root.inputs[name].default, name).toBe(input.default);
        expect(line, `${command.name}: ${name}`).toBe(`(${command.name}) ${input.description}${fallback}`);
      }
      for (const [name, output] of Object.entries(own.outputs)) {
        expect(root.outputs[name].description.split('\n'), `${command.name}: output ${name}`).toContain(`(${command.name}) ${output.description}`);
      }
    }
  });

  it('names no command for an input it does not take', () => {
    for (const [name, input] of Object.entries(root.inputs)) {
      if (name === 'command' || name === 'github-token' || name === 'working-directory') continue;
      for (const match of input.description.matchAll(/^\((\w+)\) /gm)) {
        const own = parse(readFileSync(join(ROOT, 'actions', match[1], 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
        expect(own.inputs, `${name} lists ${match[1]}`).toHaveProperty(name);
      }
    }
    expect(root.inputs.output.description).toContain('(gate) Where to write the gate report');
    expect(root.inputs.output.description).not.toMatch(/\(evaluate\)[^\n]*gate\.json/);
    expect(root.inputs.out.description).not.toMatch(/\(train\)[^\n]*mlgate-out\/publish/);
  });
});

describe('workflows', () => {
  const folder = join(ROOT, '.github', 'workflows');
  it.each(readdirSync(folder).filter((f) => f.endsWith('.yml')))('%s validates with @actions/workflow-parser', (file) => {
    const result = parseWorkflow({ name: file, content: readFileSync(join(folder, file), 'utf8') }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });
});

describe('the example and CI workflows', () => {
  const folder = join(ROOT, '.github', 'workflows');
  type Step = { uses?: string; with?: Record<string, unknown>; if?: string };
  type Workflow = { jobs: Record<string, { if?: string; steps: Step[]; permissions?: unknown }>; permissions?: Record<string, string> };
  const workflows = Object.fromEntries(readdirSync(folder).filter((f) => f.endsWith('.yml')).map((f) => [f, parse(readFileSync(join(folder, f), 'utf8')) as Workflow]));
  const steps = (file: string) => Object.values(workflows[file].jobs).flatMap((job) => job.steps);

  it('use the node24 majors of the artifact actions (upload-artifact v6+, download-artifact v7+)', () => {
    const uses = Object.keys(workflows).flatMap((file) => steps(file).map((step) => step.uses ?? '')).filter((u) => /^actions\/(upload|download)-artifact@/.test(u));
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const [, kind, major] = /^actions\/(upload|download)-artifact@v(\d+)/.exec(use)!;
      expect(Number(major), use).toBeGreaterThanOrEqual(kind === 'upload' ? 6 : 7);
    }
  });

  it('never upload an artifact under the gate\'s report artifact name', () => {
    for (const file of Object.keys(workflows)) {
      for (const step of steps(file).filter((s) => s.uses?.startsWith('actions/upload-artifact@'))) expect(String(step.with?.name), file).not.toMatch(/^mlgate-report/);
    }
  });

  it('promote only on a model version\'s release (`<model>@v<version>`)', () => {
    expect(workflows['example-release.yml'].jobs.promote.if).toContain("contains(github.event.release.tag_name, '@v')");
  });

  it('do not ask a read-only token to comment or create check runs', () => {
    for (const [file, workflow] of Object.entries(workflows)) {
      for (const job of Object.values(workflow.jobs)) {
        // A job's own permissions replace the workflow's.
        const permissions = (job.permissions ?? workflow.permissions) as Record<string, string> | undefined;
        if (permissions?.['pull-requests'] === 'write' || permissions?.checks === 'write') continue;
        for (const step of job.steps.filter((s) => /actions\/gate$/.test(s.uses ?? ''))) {
          expect(step.with, `${file}: gate`).toMatchObject({ comment: false, 'check-run': false });
        }
      }
    }
  });
});

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  it('holds the command reference the catalog generates, with every input and output', () => {
    expect(readme).toContain(readmeReference());
    for (const command of COMMANDS) {
      for (const name of [...Object.keys(command.options), ...Object.keys(command.outputs)]) expect(readme, `${command.name}: ${name}`).toContain(`\`${name}`);
    }
  });
  it('shows the demo and test commands that .ci/run uses', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm test');
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toContain('npm test');
  });
});
