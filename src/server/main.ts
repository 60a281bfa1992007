import { closeContext, createContext } from '../modules/boot.js';
import { ConfigError, describeConfig, loadConfig } from '../platform/config.js';
import { listeningAddresses } from '../platform/http/lan.js';
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
  const bound = app.server.address();
  const port = typeof bound === 'object' && bound ? bound.port : config.PORT;
  const lan = listeningAddresses(typeof bound === 'object' && bound ? bound.address : config.HOST);
  app.log.info(describeConfig(config), `Minga escucha en http://localhost:${port}`);
  // The phones in the room cannot open localhost: every address they can use is printed.
  for (const address of lan) app.log.info(`En la red local (teléfonos): http://${address}:${port}`);
  if (config.PUBLIC_URL) app.log.info(`Enlaces y códigos QR usan PUBLIC_URL: ${config.PUBLIC_URL}`);
  else if (lan.length === 0)
    app.log.warn('Sin dirección de red local: los teléfonos no podrán entrar (revisa HOST y la red Wi-Fi)');
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Minga no pudo iniciar:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
