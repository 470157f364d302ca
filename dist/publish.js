import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-6S3FF7MC.js";
import "./chunks/chunk-O4REL7FX.js";
import "./chunks/chunk-FB63VRRM.js";
import "./chunks/chunk-WJVBP6UV.js";
import "./chunks/chunk-R553FPOC.js";
import "./chunks/chunk-NCTLN5ER.js";
import "./chunks/chunk-C2KN6SKI.js";
import "./chunks/chunk-SBZVX73G.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-7P42ETQJ.js";
import "./chunks/chunk-5IU5AZD2.js";
import "./chunks/chunk-VJ4UBBLQ.js";

// actions/publish/main.ts
await run();
