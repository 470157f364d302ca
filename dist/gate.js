import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-U6GF6U7U.js";
import "./chunks/chunk-D22NIFRY.js";
import "./chunks/chunk-EHFR6B32.js";
import "./chunks/chunk-64EFECVI.js";
import "./chunks/chunk-ZQHQSS2B.js";
import "./chunks/chunk-SSMCLX7T.js";
import "./chunks/chunk-SNU7CSHK.js";

// actions/gate/main.ts
await run();
