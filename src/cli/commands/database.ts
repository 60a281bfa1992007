import type { Command } from 'commander';
import { withContext } from '../context.js';

export function registerDatabaseCommands(program: Command): void {
  const db = program.command('db').description('Base de datos');
  db.command('migrate')
    .description('Aplica las migraciones pendientes y carga las 16 regiones')
    .action(async () => {
      await withContext(async (ctx) => {
        process.stdout.write(`Base de datos al día (${ctx.dialect}).\n`);
      });
    });
}
