import type { CommandContext } from './command.js';
import type { TrainCommandResult } from './train-command.js';
import { trainRunMarkdown } from '../render/train-run.js';
import { uploadModel } from './model-artifact.js';

/** The result document of train in command mode (the CLI's stdout, the `result-json` output). */
export function trainCommandDocument(result: TrainCommandResult): object {
  return { cache_hit: result.cache_hit, reused_from: result.reused_from, run_record: result.run_record, metrics_json: result.metrics_json, record: result.record };
}

export function trainRunSummary(result: TrainCommandResult): string {
  return trainRunMarkdown(result.record, result.cache_hit);
}

/**
 * Uploads train's outputs, metrics and run record (paths relative to `root`) as workflow artifact
 * `name`, for the evaluate job and a later publish run (`model-artifact`, `model-run-id`). Returns
 * the artifact id, or null when nothing was uploaded (GitHub Enterprise Server, or a failed upload:
 * one warning; training itself succeeded).
 */
export async function uploadRunArtifact(name: string, root: string, paths: string[], context: CommandContext): Promise<string | null> {
  const id = await uploadModel(name, root, paths, context);
  return id === null ? null : String(id);
}
