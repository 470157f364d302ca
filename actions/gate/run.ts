import * as core from '@actions/core';
import { uploadReportArtifact } from '../../shared/github/report-artifact.js';
import { GateFailedError } from '../../shared/errors.js';
import { gate } from '../../shared/commands/gate.js';
import { COMMENT_LIMIT } from '../../shared/github/sticky-comment.js';
import { postReport } from '../../shared/github/post-report.js';
import { currentEnvironment } from '../../shared/environment.js';
import { toJson, writeFileAtomic } from '../../shared/util/files.js';
import { runAction } from '../runtime.js';

// Room for the hidden marker and a line of slack under GitHub's comment limit.
const COMMENT_BUDGET = COMMENT_LIMIT - 512;

export function run(): Promise<void> {
  return runAction('gate', async (inputs) => {
    const comment = inputs.boolean('comment');
    const checkRun = inputs.boolean('check-run');
    const runUrl = currentEnvironment().runUrl;
    const report = gate({
      evaluation: inputs.optional('evaluation'), drift: inputs.optional('drift'), policy: inputs.optional('policy'), title: inputs.string('title'),
      commentLimit: COMMENT_BUDGET, fullReportAt: runUrl ? `the job summary of ${runUrl}` : 'the job summary',
    });
    const output = inputs.string('output');
    const markdownPath = output.replace(/\.json$/, '') + '.md';
    writeFileAtomic(output, toJson(report));
    writeFileAtomic(markdownPath, report.markdown);
    core.setOutput('verdict', report.verdict);
    core.setOutput('report-json', output);
    core.setOutput('report-markdown', markdownPath);
    // The full report always goes to the job summary: push runs and fork pull requests show it too.
    await core.summary.addRaw(report.markdown).addEOL().write();

    if (comment || checkRun) {
      const token = inputs.string('github-token');
      if (!token) {
        core.warning('no github-token: the report is in the job summary only');
      } else {
        const pullRequest = inputs.integer('pull-request');
        const matrix = inputs.string('matrix');
        const posted = await postReport(report, {
          token, comment, checkRun, checkName: inputs.string('check-name'), title: `${inputs.string('title')}: ${report.verdict}`,
          ...(pullRequest ? { pullRequest } : {}),
          ...(inputs.optional('comment-author') ? { commentAuthor: inputs.string('comment-author') } : {}),
          ...(inputs.optional('comment-key') ? { key: inputs.string('comment-key') } : {}),
          ...(matrix && matrix !== 'null' ? { matrixKey: matrix } : {}),
          log: { info: core.info, warning: core.warning },
        });
        core.setOutput('comment-url', posted.comment?.url ?? '');
        core.setOutput('check-run-url', posted.check?.kind === 'check-run' ? posted.check.url : '');
        if (posted.comment) core.info(`comment ${posted.comment.action}: ${posted.comment.url}`);
        for (const reason of posted.skipped) core.warning(reason);
        const artifact = inputs.optional('report-artifact');
        if (posted.readOnly && artifact) await handOnReport(artifact, [output, markdownPath, inputs.optional('evaluation'), inputs.optional('drift')]);
      }
    }
    if (report.verdict === 'fail') {
      const reasons = report.checks.filter((c) => c.status === 'fail').map((c) => `${c.subject}: ${c.message}`);
      throw new GateFailedError(`mlgate gate: verdict fail — ${reasons.join('; ')}`);
    }
    for (const check of report.checks.filter((c) => c.status === 'warn')) core.warning(`${check.subject}: ${check.message}`);
  });
}


/** Uploads the report and its inputs so a trusted workflow_run job can post them; a failure only warns. */
async function handOnReport(name: string, paths: (string | undefined)[]): Promise<void> {
  try {
    const uploaded = await uploadReportArtifact(name, paths.filter((path): path is string => path !== undefined));
    core.setOutput('artifact-id', uploaded.id === undefined ? '' : String(uploaded.id));
    core.info(`uploaded the report as artifact \`${name}\` (${uploaded.size ?? '?'} bytes) for a workflow_run job to post`);
  } catch (error) {
    core.warning(`could not upload the report artifact \`${name}\`: ${(error as Error).message}`);
  }
}
