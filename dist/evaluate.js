import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-PXMKGYP7.js";
import "./chunks/chunk-QPGU5FGQ.js";
import "./chunks/chunk-HZZRUDII.js";
import "./chunks/chunk-TNW6XXW4.js";
import "./chunks/chunk-XI2POHK6.js";
import "./chunks/chunk-GSDHXXZL.js";
import "./chunks/chunk-W5IIHW3G.js";
import "./chunks/chunk-BWRBVZFN.js";

// actions/evaluate/main.ts
await run();
