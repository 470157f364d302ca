import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  formatOf,
  readTypedTable
} from "./chunk-UW7ZVLLG.js";
import {
  InputError
} from "./chunk-VI54XDHW.js";

// shared/adapters/data/read-in-worker.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
async function readTablesInParallel(paths, options, sizeOf) {
  const worker = readWorkerUrl();
  if (!worker || !paths.every(isTextFile) || sizeOf(paths[0]) + sizeOf(paths[1]) < parallelBytes) {
    const first = await readTypedTable(paths[0], options[0]);
    return [first, await readTypedTable(paths[1], options[1])];
  }
  const second = readInWorker(worker, paths[1], options[1]);
  const [a, b] = await Promise.allSettled([readTypedTable(paths[0], options[0]), second]);
  if (a.status === "rejected") throw a.reason;
  if (b.status === "rejected") throw b.reason;
  return [a.value, b.value];
}
var PARALLEL_BYTES = 16 * 1024 * 1024;
function isTextFile(path) {
  try {
    return formatOf(path).format !== "parquet";
  } catch {
    return false;
  }
}
var workerUrlOverride = null;
var parallelBytes = PARALLEL_BYTES;
function readWorkerUrl() {
  if (workerUrlOverride !== null) return workerUrlOverride;
  const here = import.meta.url;
  if (!here.endsWith(".js")) return void 0;
  const url = new URL(new URL(".", here).pathname.endsWith("/chunks/") ? "../read-worker.js" : "./read-worker.js", here);
  return existsSync(fileURLToPath(url)) ? url : void 0;
}
function readInWorker(url, path, options) {
  const { onProgress, ...rest } = options;
  const request = { path, options: rest, progress: onProgress !== void 0 };
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: request });
    let settled = false;
    const settle = (outcome) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.on("message", (answer) => {
      if ("progress" in answer) return onProgress?.(answer.progress.bytes, answer.progress.total, answer.progress.rows);
      if ("table" in answer) return settle(() => resolve(answer.table));
      settle(() => reject(errorOf(answer.error)));
    });
    worker.on("error", (error) => settle(() => reject(new Error(`reading ${path} in a worker thread failed: ${error.message}`, { cause: error }))));
    worker.on("exit", (code) => settle(() => reject(new Error(`reading ${path}: the worker thread exited (code ${code}) without an answer`))));
  });
}
function errorOf(error) {
  if (error.name === "InputError") return new InputError(error.message);
  const bug = new Error(error.message);
  bug.name = error.name;
  if (error.stack) bug.stack = error.stack;
  return bug;
}
function tableTransferList(table) {
  const buffers = /* @__PURE__ */ new Set();
  for (const column of table.typed.values()) {
    for (const array of [column.numbers, column.tokenCodes, column.text?.codes]) {
      if (array && array.buffer instanceof ArrayBuffer && array.buffer.byteLength > 0) buffers.add(array.buffer);
    }
  }
  return [...buffers];
}

export {
  readTablesInParallel,
  tableTransferList
};
