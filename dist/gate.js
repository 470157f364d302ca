import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-PUR6FGRW.js";
import "./chunks/chunk-2EB2PY7R.js";
import "./chunks/chunk-LNBY6ER7.js";
import "./chunks/chunk-YYSU5QOS.js";
import "./chunks/chunk-K7MCQCRW.js";

// actions/gate/main.ts
await run();
