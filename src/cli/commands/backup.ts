import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { backupStore, restoreStore } from '../../modules/backup/index.js';
import { loadConfig } from '../../platform/config.js';
import { withContext } from '../context.js';

export function registerBackupCommands(program: Command): void {
  program
    .command('backup <file>')
    .description('Respaldo en línea del almacén SQLite (consistente aunque el servidor esté funcionando)')
    .action(async (file: string) => {
      const bar = new SingleBar({
        format: 'Respaldo [{bar}] {percentage}% | {value}/{total} páginas',
        stream: process.stderr,
      });
      let started = false;
      const result = await withContext((ctx) =>
        backupStore(ctx, file, (done, total) => {
          if (!started) {
            bar.start(total, 0);
            started = true;
          }
          bar.update(done);
        }),
      );
      if (started) bar.stop();
      process.stdout.write(`Respaldo escrito en ${result.file} (${result.bytes} bytes).\n`);
    });

  program
    .command('restore <file>')
    .description('Restaura el almacén SQLite desde un respaldo (detén el servidor antes)')
    .action(async (file: string) => {
      const result = restoreStore(loadConfig(), file);
      process.stdout.write(`Almacén restaurado en ${result.file}. El anterior quedó como .before-restore.\n`);
    });
}
