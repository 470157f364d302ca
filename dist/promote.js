import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-BKE6VKQS.js";
import "./chunks/chunk-D22NIFRY.js";
import "./chunks/chunk-64EFECVI.js";
import "./chunks/chunk-EHFW3X3Q.js";
import "./chunks/chunk-ZQHQSS2B.js";
import "./chunks/chunk-SSMCLX7T.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-BNUHOKKP.js";
import "./chunks/chunk-SNU7CSHK.js";

// actions/promote/main.ts
await run();
