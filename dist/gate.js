import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runActionDoor
} from "./chunks/chunk-SHN4CERL.js";
import "./chunks/chunk-Z7V7QWTA.js";

// mlgate-action:gate
await runActionDoor("gate", new URL("../", import.meta.url));
