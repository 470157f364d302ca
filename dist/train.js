import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-G5SQKP6I.js";
import "./chunks/chunk-2EB2PY7R.js";
import "./chunks/chunk-Y5OVN5VZ.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-T25FW554.js";
import "./chunks/chunk-K7MCQCRW.js";

// actions/train/main.ts
await run();
