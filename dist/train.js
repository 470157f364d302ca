import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runActionDoor
} from "./chunks/chunk-SHN4CERL.js";
import "./chunks/chunk-Z7V7QWTA.js";

// mlgate-action:train
await runActionDoor("train", new URL("../", import.meta.url));
