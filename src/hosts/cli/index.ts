#!/usr/bin/env node
// The `aifactory` executable: the real process streams around main().
import { main } from './main.js';
import { pipeWriter } from './pipe.js';

const code = await main(process.argv.slice(2), {
  stdout: pipeWriter(process.stdout),
  stderr: pipeWriter(process.stderr),
  color: process.stdout.isTTY === true,
  cwd: process.cwd(),
});
process.exitCode = code;
