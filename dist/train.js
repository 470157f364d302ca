import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-3ZT2BFTQ.js";
import "./chunks/chunk-QMIATY5L.js";
import "./chunks/chunk-GMTNBPQS.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-QQ6HSRDX.js";
import "./chunks/chunk-MZBOEMN4.js";

// actions/train/main.ts
await run();
