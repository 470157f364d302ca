import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runActionDoor
} from "./chunks/chunk-353O7ZIT.js";
import "./chunks/chunk-OLZSE4Z2.js";
import "./chunks/chunk-VAW255BS.js";
import "./chunks/chunk-VFITSFVK.js";

// mlgate-action:predict
await runActionDoor("predict", new URL("../", import.meta.url));
