import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-S32LKZDD.js";
import "./chunks/chunk-V6S52LBH.js";
import "./chunks/chunk-WZQR32S2.js";
import "./chunks/chunk-Z5DBCWVG.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-3EG222HV.js";
import "./chunks/chunk-7FHBNQW2.js";

// actions/drift/main.ts
await run();
