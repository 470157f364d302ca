import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-FE2WRAD5.js";
import "./chunks/chunk-QEIFWK4A.js";
import "./chunks/chunk-VR3GFWDW.js";
import "./chunks/chunk-MALSSYKJ.js";
import "./chunks/chunk-LVHPGOEI.js";
import "./chunks/chunk-XKZDGCIH.js";
import "./chunks/chunk-DG5B6IJN.js";
import "./chunks/chunk-YXNJ2XLT.js";

// actions/gate/main.ts
await run();
