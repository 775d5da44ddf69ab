// Every CLI sub-command, in the order `aifactory --help` lists them. One import and one entry per command.
import type { CliCommand } from '../command.js';
import { applyCommand } from './apply.js';
import { catalogCommand } from './catalog.js';
import { demoCommand } from './demo.js';
import { emulatorCommand } from './emulator.js';
import { graphCommand } from './graph.js';
import { importCommand } from './import.js';
import { namesCommand } from './names.js';
import { planCommand } from './plan.js';
import { validateCommand } from './validate.js';

export const commands: CliCommand[] = [
  validateCommand,
  planCommand,
  applyCommand,
  graphCommand,
  namesCommand,
  catalogCommand,
  emulatorCommand,
  demoCommand,
  importCommand,
];
