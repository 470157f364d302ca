import schema from '../../../schemas/run-record.schema.json' with { type: 'json' };
import type { RunRecord } from '../../core/train/run-record.js';
import { jsonFileCodec } from './json-file.js';
import { schemaChecker } from './json-schema.js';
import { isRfc3339DateTime } from './validate-lineage.js';

/**
 * The run record file (`schemas/run-record.schema.json`). It may come from another workflow run
 * (an artifact, the run cache), so reading it checks it against the schema: a wrong field is an
 * `InputError` naming the file and the field as a JSON Pointer.
 */
export const runRecordCodec = jsonFileCodec<RunRecord>({
  what: 'run record',
  schema: schemaChecker(schema, 'is not a valid run record', (ajv) => ajv.addFormat('date-time', { type: 'string', validate: isRfc3339DateTime })),
  decode: (value) => value as RunRecord,
});
