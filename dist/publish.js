import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-Z72JG4IY.js";
import "./chunks/chunk-2EB2PY7R.js";
import "./chunks/chunk-II6A35FP.js";
import "./chunks/chunk-LNBY6ER7.js";
import "./chunks/chunk-YYSU5QOS.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-T25FW554.js";
import "./chunks/chunk-K7MCQCRW.js";

// actions/publish/main.ts
await run();
