import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-RCSXAHH6.js";
import "./chunks/chunk-O4REL7FX.js";
import "./chunks/chunk-FB63VRRM.js";
import "./chunks/chunk-IXZKARFN.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-7P42ETQJ.js";
import "./chunks/chunk-5IU5AZD2.js";
import "./chunks/chunk-VJ4UBBLQ.js";

// actions/train/main.ts
await run();
