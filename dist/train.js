import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-ZLDSMPP6.js";
import "./chunks/chunk-V6S52LBH.js";
import "./chunks/chunk-DZQEYZQ5.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-3EG222HV.js";
import "./chunks/chunk-7FHBNQW2.js";

// actions/train/main.ts
await run();
