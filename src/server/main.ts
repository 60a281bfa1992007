import { closeContext, createContext } from '../modules/boot.js';
import { ConfigError, describeConfig, loadConfig } from '../platform/config.js';
import { buildApp } from './app.js';

async function main() {
  const config = loadConfig();
  const ctx = await createContext(config);
  const app = await buildApp(ctx);
  const stop = async (signal: string) => {
    app.log.info({ signal }, 'cerrando');
    await app.close();
    await closeContext(ctx);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info(describeConfig(config), `Minga escucha en http://localhost:${config.PORT}`);
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Minga no pudo iniciar:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
