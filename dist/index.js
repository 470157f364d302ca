import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runRootAction
} from "./chunks/chunk-O6INP4SK.js";
import "./chunks/chunk-RRDCMKB4.js";

// mlgate-action:(root)
await runRootAction(new URL("../", import.meta.url));
