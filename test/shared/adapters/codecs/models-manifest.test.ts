import { describe, expect, it } from 'vitest';
import { parseModelManifest } from '../../../../shared/adapters/codecs/models-manifest.js';

const read = (text: string) => parseModelManifest(text, '.mlgate.yml');

describe('the model manifest (.mlgate.yml models)', () => {
  it('reads names, paths, blocking (default true) and the inputs passed on, leaving the policy keys alone', () => {
    const manifest = read([
      'metrics: { roc_auc: { max_drop: 0.01 } }',
      'models:',
      '  - name: churn',
      "    paths: ['models/churn/**', 'features/customer/*.sql']",
      '    with: { data: data/churn.csv, task: binary, resamples: 500 }',
      '  - name: team-a/fraud',
      '    paths: [models/fraud/**]',
      '    blocking: false',
    ].join('\n'));
    expect(manifest.models).toEqual([
      { name: 'churn', paths: ['models/churn/**', 'features/customer/*.sql'], blocking: true, with: { data: 'data/churn.csv', task: 'binary', resamples: 500 } },
      { name: 'team-a/fraud', paths: ['models/fraud/**'], blocking: false, with: {} },
    ]);
  });

  it('names the file, line and key of a schema error', () => {
    const text = ['models:', '  - name: churn', '    paths: [models/churn/**]', '  - name: fraud', '    paths: []'].join('\n');
    expect(() => read(text)).toThrow(/^\.mlgate\.yml:5: models\[1\]\.paths must NOT have fewer than 1 items$/);
    expect(() => read('models:\n  - name: churn\n    path: [x/**]\n')).toThrow(/^\.mlgate\.yml:2: models\[0\] needs `paths`$/);
    expect(() => read('models:\n  - name: churn\n    paths: [x/**]\n    inputs: {}\n')).toThrow(/^\.mlgate\.yml:2: models\[0\] has an unknown key `inputs`.*put your own inputs under `with`/);
    expect(() => read('models:\n  - name: churn\n    paths: [x/**]\n    with:\n      model: other\n')).toThrow(/^\.mlgate\.yml:5: models\[0\]\.with has a key `model`/);
    expect(() => read('models:\n  - name: churn\n    paths: [/abs/**]\n')).toThrow(/^\.mlgate\.yml:3: models\[0\]\.paths\[0\] must be a glob relative to the repository root/);
    expect(() => read('models:\n  - name: churn\n    paths: [x/**]\n    blocking: maybe\n')).toThrow(/^\.mlgate\.yml:4: models\[0\]\.blocking must be boolean$/);
  });

  it('refuses two models of one name, naming both lines', () => {
    const text = ['models:', '  - name: churn', '    paths: [a/**]', '  - name: fraud', '    paths: [b/**]', '  - name: churn', '    paths: [c/**]'].join('\n');
    expect(() => read(text)).toThrow('.mlgate.yml:6: models[2].name: `churn` is already the name of models[0] (line 2); model names must be unique');
  });

  it('refuses names the registry refuses', () => {
    expect(() => read('models:\n  - name: -churn\n    paths: [a/**]\n')).toThrow(/^\.mlgate\.yml:2: models\[0\]\.name must be a model name/);
    expect(() => read('models:\n  - name: a//b\n    paths: [a/**]\n')).toThrow(/^\.mlgate\.yml:2: models\[0\]\.name: model name `a\/\/b` is not a valid git tag name/);
  });

  it('says what is missing when there is no models list, and names the line of a YAML error', () => {
    expect(() => read('metrics: {}\n')).toThrow(/^\.mlgate\.yml: no `models` list/);
    expect(() => read('models:\n  - name: churn\n    paths: [a/**\n')).toThrow(/^\.mlgate\.yml:\d+: not valid YAML/);
    expect(() => read('models:\n  - name: a\n    name: b\n    paths: [a/**]\n')).toThrow(/^\.mlgate\.yml:3: not valid YAML: Map keys must be unique/);
  });
});
