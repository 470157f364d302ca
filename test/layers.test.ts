import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/run-action.js';

// The layer rule in eslint.config.js, exercised on imports a careless change would add.
describe('layer boundaries (eslint)', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const problems = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: `${ROOT}/${filePath}` });
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-properties').map((m) => m.message);
  };

  it.each([
    ['shared/core/drift/leak.ts', "import { openGateway } from '../../adapters/github/gateway/index.js';\nexport const x = openGateway;\n", /inner layer/],
    ['shared/core/stats/leak.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", /the core is pure/],
    ['shared/core/gate/leak.ts', "import { driftSection } from '../../render/pr-report.js';\nexport const x = driftSection;\n", /inner layer/],
    ['shared/render/leak.ts', "import { COMMANDS } from '../commands/catalog.js';\nexport const x = COMMANDS;\n", /inner layer/],
    ['shared/adapters/data/leak.ts', "import { runCli } from '../../../cli/run.js';\nexport const x = runCli;\n", /inner layer/],
    ['shared/commands/leak.ts', "import { runActionDoor } from '../../actions/door.js';\nexport const x = runActionDoor;\n", /inner layer/],
    ['shared/commands/leak.ts', 'export const token = process.env.GITHUB_TOKEN;\n', /RunEnvironment/],
  ])('refuses %s: %s', async (file, code, message) => {
    const found = await problems(file, code);
    expect(found.length, found.join('\n')).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });

  it('allows imports inward', async () => {
    expect(await problems('shared/commands/fine.ts', "import { ksTwoSample } from '../core/stats/ks-two-sample.js';\nexport const x = ksTwoSample;\n")).toEqual([]);
    expect(await problems('shared/render/fine.ts', "import { formatNumber } from '../core/format-number.js';\nexport const x = formatNumber;\n")).toEqual([]);
  });
});
