import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-L4C776W2.js";
import "./chunks/chunk-QPGU5FGQ.js";
import "./chunks/chunk-FSXOTKN2.js";
import "./chunks/chunk-HW5EUPYD.js";
import "./chunks/chunk-BH5YI76D.js";
import "./chunks/chunk-XI2POHK6.js";
import "./chunks/chunk-BWRBVZFN.js";

// actions/gate/main.ts
await run();
