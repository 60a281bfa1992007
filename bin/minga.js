#!/usr/bin/env node
// The `minga` command: runs the TypeScript CLI through tsx, the same code the server uses.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
