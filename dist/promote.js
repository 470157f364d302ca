import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-6ESFKMXW.js";
import "./chunks/chunk-V6S52LBH.js";
import "./chunks/chunk-EYLNEILO.js";
import "./chunks/chunk-JIWL6CAY.js";
import "./chunks/chunk-25JDCVKZ.js";
import "./chunks/chunk-XBCGTNKV.js";
import "./chunks/chunk-Z5DBCWVG.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-3EG222HV.js";
import "./chunks/chunk-7FHBNQW2.js";

// actions/promote/main.ts
await run();
