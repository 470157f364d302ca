import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-6CEAZ46P.js";
import "./chunks/chunk-QIQF4GVS.js";
import "./chunks/chunk-LNBY6ER7.js";
import "./chunks/chunk-YYSU5QOS.js";
import "./chunks/chunk-K7MCQCRW.js";

// actions/gate/main.ts
await run();
