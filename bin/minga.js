#!/usr/bin/env node
// The `minga` command: the compiled CLI (dist/node, rebuilt first when its sources changed), the
// same code the server runs. Compiled, every command starts in well under a second; through tsx
// it took seconds.
import { pathToFileURL } from 'node:url';
import { ensureServerBuild } from '../scripts/server-build.mjs';

const out = await ensureServerBuild();
await import(pathToFileURL(`${out}/cli/main.js`).href);
