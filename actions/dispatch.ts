import * as core from '@actions/core';
import { ACTIONS } from './catalog.js';
import { run as train } from './train/run.js';
import { run as evaluate } from './evaluate/run.js';
import { run as drift } from './drift/run.js';
import { run as gate } from './gate/run.js';
import { run as publish } from './publish/run.js';
import { run as promote } from './promote/run.js';

/** The root action: the `command` input picks which action runs; the code is the same. */
const RUNNERS: Record<string, () => Promise<void>> = { train, evaluate, drift, gate, publish, promote };

const command = core.getInput('command').trim();
const runner = RUNNERS[command];
if (runner) await runner();
else core.setFailed(`input \`command\` must be one of ${ACTIONS.map((a) => a.name).join(', ')}, got \`${command}\``);
