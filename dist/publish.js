import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-UIO2DZZF.js";
import "./chunks/chunk-QEIFWK4A.js";
import "./chunks/chunk-W4X2UAYK.js";
import "./chunks/chunk-6QIVNHGU.js";
import "./chunks/chunk-5BMFNFVZ.js";
import "./chunks/chunk-DG5B6IJN.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-K5S34ETX.js";
import "./chunks/chunk-DU2PGXJ4.js";
import "./chunks/chunk-YXNJ2XLT.js";

// actions/publish/main.ts
await run();
