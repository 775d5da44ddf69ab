// Every CLI sub-command, in the order `aifactory --help` lists them. One import and one entry per command.
import type { CliCommand } from '../command.js';
import { emulatorCommand } from './emulator.js';

export const commands: CliCommand[] = [emulatorCommand];
