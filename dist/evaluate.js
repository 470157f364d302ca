import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-5CSM74TY.js";
import "./chunks/chunk-QMIATY5L.js";
import "./chunks/chunk-ITK6M5VQ.js";
import "./chunks/chunk-TNW6XXW4.js";
import "./chunks/chunk-72ANLO3C.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-QQ6HSRDX.js";
import "./chunks/chunk-MZBOEMN4.js";

// actions/evaluate/main.ts
await run();
