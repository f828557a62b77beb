#!/usr/bin/env node
// Launcher for `npx whosaid`: the CLI is TypeScript, so register tsx and load it.
import { register } from 'tsx/esm/api';

register();
const { runProgram } = await import('../src/cli/main.ts');
await runProgram(process.argv.slice(2));
