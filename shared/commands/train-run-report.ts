import type { CommandContext } from './command.js';
import type { TrainCommandResult } from './train-command.js';
import { trainRunMarkdown } from '../render/train-run.js';

/** The result document of train in command mode (the CLI's stdout, the `result-json` output). */
export function trainCommandDocument(result: TrainCommandResult): object {
  return { cache_hit: result.cache_hit, reused_from: result.reused_from, run_record: result.run_record, metrics_json: result.metrics_json, record: result.record };
}

export function trainRunSummary(result: TrainCommandResult): string {
  return trainRunMarkdown(result.record, result.cache_hit);
}

/**
 * The seam for the artifact upload of train's outputs, metrics and run record (`artifact` input):
 * the workflow-artifact upload is added with the artifact download (`@actions/artifact`, see the
 * gateway's artifact module). Until then nothing is uploaded and the artifact id is null, so the
 * `artifact-id` output stays empty rather than naming an artifact that does not exist.
 */
export async function uploadRunArtifact(_name: string, _root: string, _paths: string[], _context: CommandContext): Promise<string | null> {
  return null;
}
