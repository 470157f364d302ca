import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-FBVWTLLP.js";
import "./chunks/chunk-QEIFWK4A.js";
import "./chunks/chunk-G5WXKSW6.js";
import "./chunks/chunk-5BMFNFVZ.js";
import "./chunks/chunk-DG5B6IJN.js";
import "./chunks/chunk-OJIPRLB7.js";
import "./chunks/chunk-K5S34ETX.js";
import "./chunks/chunk-DU2PGXJ4.js";
import "./chunks/chunk-YXNJ2XLT.js";

// actions/evaluate/main.ts
await run();
