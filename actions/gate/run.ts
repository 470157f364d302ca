import * as core from '@actions/core';
import { GateFailedError } from '../../shared/errors.js';
import { gate } from '../../shared/commands/gate.js';
import { toJson, writeFileAtomic } from '../../shared/util/files.js';
import { runAction } from '../runtime.js';

export function run(): Promise<void> {
  return runAction('gate', async (inputs) => {
    const report = gate({
      evaluation: inputs.optional('evaluation'), drift: inputs.optional('drift'), policy: inputs.optional('policy'), title: inputs.string('title'),
    });
    const output = inputs.string('output');
    const markdownPath = output.replace(/\.json$/, '') + '.md';
    writeFileAtomic(output, toJson(report));
    writeFileAtomic(markdownPath, report.markdown);
    core.setOutput('verdict', report.verdict);
    core.setOutput('report-json', output);
    core.setOutput('report-markdown', markdownPath);
    await core.summary.addRaw(report.markdown).addEOL().write();
    if (report.verdict === 'fail') {
      const reasons = report.checks.filter((c) => c.status === 'fail').map((c) => `${c.subject}: ${c.message}`);
      throw new GateFailedError(`mlgate gate: verdict fail — ${reasons.join('; ')}`);
    }
    for (const check of report.checks.filter((c) => c.status === 'warn')) core.warning(`${check.subject}: ${check.message}`);
  });
}
