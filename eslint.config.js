import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The engine's layers, inner to outer. A layer may import from the layers listed before it
// (type-only imports included: a type that an inner layer needs belongs in that layer).
//   core      shared/core/      pure: statistics, metrics, drift, gate, training, lineage records
//   render    shared/render/    markdown, HTML, mermaid from core results
//   adapters  shared/adapters/  files, data readers, codecs, registry backends, environment, GitHub
//   commands  shared/commands/  use cases and the command catalog
//   doors     actions/, cli/    translate a CLI call or an action step into a command
const OUTER = {
  core: ['render', 'adapters', 'commands', 'doors'],
  render: ['adapters', 'commands', 'doors'],
  adapters: ['commands', 'doors'],
  commands: ['doors'],
};
const FOLDERS = { render: 'render', adapters: 'adapters', commands: 'commands', doors: ['actions', 'cli'] };
const patternsFor = (layer) => OUTER[layer].flatMap((outer) => [FOLDERS[outer]].flat()).map((folder) => `**/${folder}/**`);
// Nothing in the core touches the outside world: no files, processes, network or environment.
const IO_MODULES = ['node:fs', 'node:fs/promises', 'node:child_process', 'node:net', 'node:http', 'node:https', 'node:os', '@actions/*', '@octokit/*', 'csv-parse', 'csv-parse/*'];

const boundary = (layer, extra = []) => ({
  files: [`shared/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: patternsFor(layer), message: `shared/${layer} is an inner layer: it may not import from an outer one (see the layer list in eslint.config.js).` },
        ...(extra.length ? [{ group: extra, message: 'the core is pure: files, processes, network and GitHub belong in shared/adapters.' }] : []),
      ],
    }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.mlgate/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  boundary('core', IO_MODULES),
  boundary('render', IO_MODULES),
  boundary('adapters'),
  boundary('commands'),
  {
    // Only the run environment reads process.env (a door-independent, testable RunEnvironment).
    files: ['shared/**/*.ts'],
    ignores: ['shared/adapters/environment.ts'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'read the RunEnvironment (shared/adapters/environment.ts) instead' }] },
  },
);
