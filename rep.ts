import { buildReport } from './src/modules/reports/service.js';
import { closeContext, createContext } from './src/platform/boot.js';
import { loadConfig } from './src/platform/config.js';
const ctx = await createContext(loadConfig({ MINGA_DATA_DIR: '/tmp/bstore', LOG_LEVEL: 'silent' }));
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  await buildReport(ctx, { regions: null });
  const n = performance.now() - t;
  t = performance.now();
  await buildReport(ctx, { regions: null, region: 'CL-BI' });
  console.log('national', Math.round(n), 'region', Math.round(performance.now() - t));
}
await closeContext(ctx);
