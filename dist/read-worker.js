import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  tableTransferList
} from "./chunks/chunk-CN6YNUXG.js";
import {
  readTypedTable
} from "./chunks/chunk-UW7ZVLLG.js";
import "./chunks/chunk-BQ2LCHCP.js";
import "./chunks/chunk-RRUY6MUO.js";
import "./chunks/chunk-VSN6A6DC.js";
import "./chunks/chunk-LIJ2O53S.js";
import "./chunks/chunk-VI54XDHW.js";
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
