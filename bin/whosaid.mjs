#!/usr/bin/env node
// Launcher for `npx whosaid`: the CLI is TypeScript, so register tsx and load it.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
