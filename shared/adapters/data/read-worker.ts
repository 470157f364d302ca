// The body of a worker thread that reads one data file into typed columns (see
// `read-in-worker.ts`): its own bundle entry (`dist/read-worker.js`, see scripts/build.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { readTypedTable, type ReadTypedOptions } from './read-typed-table.js';
import { tableTransferList, type WorkerRead, type WorkerAnswer } from './read-in-worker.js';

const port = parentPort!;
const { path, options, progress } = workerData as WorkerRead;
const post = (answer: WorkerAnswer, transfer: ArrayBuffer[] = []) => port.postMessage(answer, transfer);
try {
  const read: ReadTypedOptions = { ...options, ...(progress ? { onProgress: (bytes, total, rows) => post({ progress: { bytes, total, rows } }) } : {}) };
  const table = await readTypedTable(path, read);
  // Transferred, not copied: the columns' buffers move to the main thread.
  post({ table }, tableTransferList(table));
} catch (error) {
  const failure = error instanceof Error ? error : new Error(String(error));
  post({ error: { name: failure.name, message: failure.message, stack: failure.stack } });
}
