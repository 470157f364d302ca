import { describe, expect, it } from 'vitest';
import { planModels } from '../../../../shared/core/models/plan.js';

const models = [
  { name: 'churn', paths: ['models/churn/**', 'features/{customer,billing}/*.sql'], with: { data: 'data/churn.csv' } },
  { name: 'fraud', paths: ['models/fraud/**', '!models/fraud/**/*.md'] },
  { name: 'ranker', paths: ['**/ranker_?.py', 'shared/ranking.py'] },
  { name: 'dotfiles', paths: ['models/dot/**'] },
];
const picked = (files: string[]) => planModels(models, files, false).matrix.include.map((e) => e.model);

describe('planModels', () => {
  it('picks the models whose paths match a changed file, in manifest order, with their inputs in the entry', () => {
    const plan = planModels(models, ['models/fraud/train.py', 'models/churn/sub/deep/x.py'], false);
    expect(plan.matrix).toEqual({ include: [{ model: 'churn', data: 'data/churn.csv' }, { model: 'fraud' }] });
    expect(plan.any).toBe(true);
    expect(plan.touched).toEqual({ churn: ['models/churn/sub/deep/x.py'], fraud: ['models/fraud/train.py'] });
  });

  it('follows bash glob semantics: * within a segment, ** across, ? one character, braces, dotfiles included', () => {
    expect(picked(['features/customer/a.sql'])).toEqual(['churn']);
    expect(picked(['features/billing/a.sql'])).toEqual(['churn']);
    expect(picked(['features/customer/deeper/a.sql'])).toEqual([]);
    expect(picked(['features/other/a.sql'])).toEqual([]);
    expect(picked(['a/b/ranker_1.py'])).toEqual(['ranker']);
    expect(picked(['ranker_1.py'])).toEqual(['ranker']);
    expect(picked(['a/ranker_12.py'])).toEqual([]);
    expect(picked(['shared/ranking.py'])).toEqual(['ranker']);
    expect(picked(['shared/ranking.pyc'])).toEqual([]);
    expect(picked(['models/dot/.dvc/config'])).toEqual(['dotfiles']);
    expect(picked(['models/churnX/a.py'])).toEqual([]);
  });

  it('leaves out files a !pattern excludes', () => {
    expect(picked(['models/fraud/docs/README.md'])).toEqual([]);
    expect(picked(['models/fraud/docs/README.md', 'models/fraud/x.py'])).toEqual(['fraud']);
  });

  it('plans every model when the manifest changed, and an empty matrix when nothing matches', () => {
    expect(planModels(models, ['.mlgate.yml'], true).matrix.include.map((e) => e.model)).toEqual(['churn', 'fraud', 'ranker', 'dotfiles']);
    expect(planModels(models, ['README.md'], false)).toMatchObject({ matrix: { include: [] }, any: false });
  });

  it('matches 1,000 models against 10,000 files the same as testing every glob', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ name: `m${i}`, paths: [`models/m${i}/**`, `features/f${i % 50}/*.sql`] }));
    const files = Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? `features/f${i % 60}/q${i}.sql` : `other/${i}.txt`));
    files.push('models/m17/a.py', 'models/m999/b/c.py');
    const plan = planModels(many, files, false).matrix.include.map((e) => e.model);
    const expected = many.filter((m, i) => m.name === 'm17' || m.name === 'm999' || files.some((f) => f.startsWith(`features/f${i % 50}/`))).map((m) => m.name);
    expect(plan).toEqual(expected);
  });
});
