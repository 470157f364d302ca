import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runActionDoor
} from "./chunks/chunk-GJZVN7YJ.js";
import "./chunks/chunk-DHOZJUZU.js";
import "./chunks/chunk-UYQ5DZGH.js";
import "./chunks/chunk-F2ENZWQM.js";
import "./chunks/chunk-J52ODL6G.js";
import "./chunks/chunk-VJ4UBBLQ.js";

// mlgate-action:plan
await runActionDoor("plan", new URL("../", import.meta.url));
