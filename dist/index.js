import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runRootAction
} from "./chunks/chunk-XBO5P2FV.js";
import "./chunks/chunk-GXTKH5RM.js";
import "./chunks/chunk-VAW255BS.js";
import "./chunks/chunk-VFITSFVK.js";

// mlgate-action:(root)
await runRootAction(new URL("../", import.meta.url));
