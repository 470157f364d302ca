import { basename } from 'node:path';
import { digestFile, digestText } from '../util/digest.js';
import { readCsvTable } from '../data/table.js';
import type { DriftReport } from '../drift/drift-report.js';
import type { EvaluationResult } from '../metrics/evaluate.js';
import type { Verdict } from '../gate/gate.js';
import { codeProvenance, type LineageRecord } from './record.js';

export interface LineageInputs {
  model: string;
  version: string;
  files: string[];
  /** Data files the model was trained on or evaluated with. */
  data?: string[];
  parameters?: Record<string, unknown>;
  evaluation?: EvaluationResult;
  /** The predictions file the evaluation read: its digest pins the evaluation set. */
  evaluationSet?: string;
  drift?: DriftReport;
  parent?: { version: string; verdict: Verdict | null } | null;
  command?: string | null;
  toolVersion: string;
}

export async function buildLineage(inputs: LineageInputs): Promise<LineageRecord> {
  const subjects = [];
  for (const path of inputs.files) subjects.push({ name: basename(path), ...(await digestFile(path)) });
  const data = [];
  for (const path of inputs.data ?? []) {
    const digest = await digestFile(path);
    let rows: number | null = null;
    let fingerprint: string | null = null;
    if (path.endsWith('.csv')) {
      const table = readCsvTable(path);
      rows = table.rowCount;
      // Column names in order: a renamed, added or dropped column changes the fingerprint.
      fingerprint = digestText(table.columns.join('\u0000'));
    }
    data.push({ name: basename(path), uri: path, sha256: digest.sha256, rows, schema_fingerprint: fingerprint });
  }
  return {
    schema: 'mlgate-lineage/1',
    model: inputs.model,
    version: inputs.version,
    subjects,
    code: codeProvenance(),
    data,
    parameters: inputs.parameters ?? {},
    metrics: {
      values: inputs.evaluation?.metrics ?? {},
      ...(inputs.evaluation ? { intervals: inputs.evaluation.intervals } : {}),
      evaluation_set_sha256: inputs.evaluationSet ? (await digestFile(inputs.evaluationSet)).sha256 : null,
    },
    parent: inputs.parent ?? null,
    drift: inputs.drift ? { dataset_drifted: inputs.drift.dataset_drifted, share_drifted: inputs.drift.share_drifted } : null,
    environment: {
      runner_os: process.env.RUNNER_OS ?? null,
      node: process.version,
      command: inputs.command ?? null,
      tool: `mlgate ${inputs.toolVersion}`,
    },
    created_at: new Date().toISOString(),
  };
}
