import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-LEIC7QST.js";
import "./chunks/chunk-2U4LSEDN.js";
import "./chunks/chunk-SYWDTXFT.js";
import "./chunks/chunk-HYT3MNO7.js";
import "./chunks/chunk-ROR2KIK5.js";
import "./chunks/chunk-RLRZG3RK.js";
import "./chunks/chunk-23P4Q5AA.js";
import "./chunks/chunk-5EETC4KI.js";
import "./chunks/chunk-KFCK2SSB.js";

// actions/drift/main.ts
await run();
