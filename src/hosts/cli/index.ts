#!/usr/bin/env node
// The `aifactory` executable: the real process streams around main().
import { main } from './main.js';

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true,
  cwd: process.cwd(),
});
process.exitCode = code;
