import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runActionDoor
} from "./chunks/chunk-GRNIH274.js";
import "./chunks/chunk-QYS7JG4B.js";
import "./chunks/chunk-VAW255BS.js";
import "./chunks/chunk-VFITSFVK.js";

// mlgate-action:promote
await runActionDoor("promote", new URL("../", import.meta.url));
