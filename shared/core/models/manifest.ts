/** One model of a many-models repository, as `.mlgate.yml`'s `models` list describes it. */
export interface ModelEntry {
  /** Its registry name (GTO grammar), also the matrix entry's `model`. */
  name: string;
  /**
   * Globs relative to the repository root (see `planModels` for their grammar); a leading `!`
   * excludes what it matches.
   */
  paths: string[];
  /** Whether this model failing fails the aggregated gate (default true). */
  blocking?: boolean;
  /** Inputs its jobs need, copied into its matrix entry beside `model`. */
  with?: Record<string, unknown>;
}

export interface ModelManifest {
  models: Required<ModelEntry>[];
}
