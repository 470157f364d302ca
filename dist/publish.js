import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-C7X6ZIOY.js";
import "./chunks/chunk-QPGU5FGQ.js";
import "./chunks/chunk-76M3UDKT.js";
import "./chunks/chunk-BH5YI76D.js";
import "./chunks/chunk-XI2POHK6.js";
import "./chunks/chunk-FGJC63PX.js";
import "./chunks/chunk-W5IIHW3G.js";
import "./chunks/chunk-BWRBVZFN.js";

// actions/publish/main.ts
await run();
