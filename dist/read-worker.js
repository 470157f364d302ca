import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  readTypedTable,
  tableTransferList
} from "./chunks/chunk-M57OX73E.js";
import "./chunks/chunk-VJ4UBBLQ.js";

// shared/adapters/data/read-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
var { path, options, progress } = workerData;
var post = (answer, transfer = []) => port.postMessage(answer, transfer);
try {
  const read = { ...options, ...progress ? { onProgress: (bytes, total, rows) => post({ progress: { bytes, total, rows } }) } : {} };
  const table = await readTypedTable(path, read);
  post({ table }, tableTransferList(table));
} catch (error) {
  const failure = error instanceof Error ? error : new Error(String(error));
  post({ error: { name: failure.name, message: failure.message, stack: failure.stack } });
}
