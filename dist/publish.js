import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-DPOWAZMH.js";
import "./chunks/chunk-2U4LSEDN.js";
import "./chunks/chunk-LMJCERID.js";
import "./chunks/chunk-PPQS6PNO.js";
import "./chunks/chunk-ROR2KIK5.js";
import "./chunks/chunk-KOCVPDUK.js";
import "./chunks/chunk-RLRZG3RK.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-23P4Q5AA.js";
import "./chunks/chunk-5EETC4KI.js";
import "./chunks/chunk-XUJFDJB6.js";
import "./chunks/chunk-KFCK2SSB.js";

// actions/publish/main.ts
await run();
