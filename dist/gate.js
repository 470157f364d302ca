import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-FS4ND7LC.js";
import "./chunks/chunk-QEIFWK4A.js";
import "./chunks/chunk-GRQKYZYI.js";
import "./chunks/chunk-MALSSYKJ.js";
import "./chunks/chunk-6QIVNHGU.js";
import "./chunks/chunk-5BMFNFVZ.js";
import "./chunks/chunk-DG5B6IJN.js";
import "./chunks/chunk-DU2PGXJ4.js";
import "./chunks/chunk-YXNJ2XLT.js";

// actions/gate/main.ts
await run();
