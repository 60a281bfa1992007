// `node scripts/ensure-server-build.mjs [--force]`: compiles the server to dist/node when stale
// (see server-build.mjs).
import { ensureServerBuild } from './server-build.mjs';

await ensureServerBuild({ force: process.argv.includes('--force') });
