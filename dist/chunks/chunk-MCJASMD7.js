import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  isRfc3339DateTime
} from "./chunk-SPGCF4JI.js";
import {
  jsonFileCodec,
  schemaChecker
} from "./chunk-SXEGRXJM.js";

// schemas/run-record.schema.json
var run_record_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://mlgate.dev/schemas/run-record/1.schema.json",
  title: "mlgate run record (the `run-record` output of train in command mode)",
  description: "What `mlgate train --command \u2026` records about one run of the user's training command: the command, its flattened parameters, the digest of every dependency and output file, the metrics it wrote, exit code, timings, peak memory and tool versions, and the run cache entry. A run cache hit restores the record of the run that did the work, byte for byte. `publish --run-record` reads it into the lineage record. TypeScript shape: `RunRecord` in shared/core/train/run-record.ts.",
  type: "object",
  additionalProperties: false,
  required: ["schema_version", "command", "working_directory", "params", "deps", "outputs", "metrics", "exit_code", "started_at", "finished_at", "wall_seconds", "peak_rss_bytes", "tools", "cache", "run"],
  properties: {
    schema_version: { const: 1 },
    command: { description: "The command as given, run with `bash -e -o pipefail -c`.", type: "string", minLength: 1 },
    working_directory: { description: "Relative to the workspace when inside it, else absolute.", type: "string" },
    params: { $ref: "#/$defs/flat", description: "The parameters file flattened with dots (nested keys joined, lists kept), keys sorted." },
    deps: { $ref: "#/$defs/files", description: "Every dependency file (folders walked), sorted by path." },
    outputs: { $ref: "#/$defs/files", description: "Every output file (folders walked), sorted by path." },
    metrics: { $ref: "#/$defs/flat", description: "The metrics file flattened with dots." },
    exit_code: { type: "integer" },
    started_at: { type: "string", format: "date-time" },
    finished_at: { type: "string", format: "date-time" },
    wall_seconds: { type: "number", minimum: 0 },
    peak_rss_bytes: { description: "Peak resident memory of the whole process tree, sampled every 100 ms from /proc; null where /proc is not available.", type: ["integer", "null"], minimum: 0 },
    tools: {
      type: "object",
      additionalProperties: false,
      required: ["node", "mlgate", "bash"],
      properties: {
        node: { type: "string" },
        mlgate: { type: "string" },
        bash: { type: ["string", "null"] },
        python: { type: "string" }
      }
    },
    cache: {
      type: "object",
      additionalProperties: false,
      required: ["key", "hit", "reused_from_run"],
      properties: {
        key: { description: "The run cache key (SHA-256, hex); null with the cache off.", type: ["string", "null"], pattern: "^[0-9a-f]{64}$" },
        hit: { type: "boolean" },
        reused_from_run: { type: ["string", "null"] }
      }
    },
    run: {
      description: "The workflow run that ran the command; null outside GitHub Actions.",
      oneOf: [
        { type: "null" },
        {
          type: "object",
          additionalProperties: false,
          required: ["id", "url"],
          properties: { id: { type: "string", minLength: 1 }, url: { type: ["string", "null"] } }
        }
      ]
    }
  },
  $defs: {
    flat: {
      type: "object",
      additionalProperties: { not: { type: "object", minProperties: 1 } }
    },
    files: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path", "sha256", "size"],
        properties: {
          path: { description: "Relative to the working directory, `/` separators.", type: "string", minLength: 1 },
          sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
          size: { type: "integer", minimum: 0 }
        }
      }
    }
  }
};

// shared/adapters/codecs/run-record-json.ts
var runRecordCodec = jsonFileCodec({
  what: "run record",
  schema: schemaChecker(run_record_schema_default, "is not a valid run record", (ajv) => ajv.addFormat("date-time", { type: "string", validate: isRfc3339DateTime })),
  decode: (value) => value
});

export {
  runRecordCodec
};
