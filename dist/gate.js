import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-ODPGMD3Z.js";
import "./chunks/chunk-V6S52LBH.js";
import "./chunks/chunk-BXYHUIGO.js";
import "./chunks/chunk-EYLNEILO.js";
import "./chunks/chunk-25JDCVKZ.js";
import "./chunks/chunk-XBCGTNKV.js";
import "./chunks/chunk-Z5DBCWVG.js";
import "./chunks/chunk-7FHBNQW2.js";

// actions/gate/main.ts
await run();
