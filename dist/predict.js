import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runActionDoor
} from "./chunks/chunk-CTLJTVR6.js";
import "./chunks/chunk-PDWEPRLY.js";
import "./chunks/chunk-VAW255BS.js";
import "./chunks/chunk-VFITSFVK.js";

// mlgate-action:predict
await runActionDoor("predict", new URL("../", import.meta.url));
