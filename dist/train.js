import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-YTJWZD4Q.js";
import "./chunks/chunk-WITFOXDB.js";
import "./chunks/chunk-ZQ6Q5GFQ.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-DSEQPBSD.js";
import "./chunks/chunk-KLYIWCWM.js";

// actions/train/main.ts
await run();
