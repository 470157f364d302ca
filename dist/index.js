import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runRootAction
} from "./chunks/chunk-HBH5AWU3.js";
import "./chunks/chunk-ZNLHPNUJ.js";

// mlgate-action:(root)
await runRootAction(new URL("../", import.meta.url));
