import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-I53ETURQ.js";
import "./chunks/chunk-QEIFWK4A.js";
import "./chunks/chunk-2NHPS3IX.js";
import "./chunks/chunk-5EETC4KI.js";
import "./chunks/chunk-OJIPRLB7.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-K5S34ETX.js";
import "./chunks/chunk-DU2PGXJ4.js";
import "./chunks/chunk-YXNJ2XLT.js";

// actions/train/main.ts
await run();
