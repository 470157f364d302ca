import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  runActionDoor
} from "./chunks/chunk-3EEMOH5O.js";
import "./chunks/chunk-FWSIEKQR.js";
import "./chunks/chunk-M57OX73E.js";
import "./chunks/chunk-F2ENZWQM.js";
import "./chunks/chunk-J52ODL6G.js";
import "./chunks/chunk-VJ4UBBLQ.js";

// mlgate-action:lineage
await runActionDoor("lineage", new URL("../", import.meta.url));
