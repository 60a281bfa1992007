import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import {
  exportPackage,
  folderSource,
  formatProblem,
  importPackage,
  PackageRefused,
  packageFiles,
  problemText,
} from '../../modules/datapackage/index.js';
import { loadDemo } from '../../modules/demo/index.js';
import { reportFor, summarySentence } from '../../modules/reports/index.js';
import { withContext } from '../context.js';
import { CliFailure, cliLocale, printJson } from '../output.js';

/** `minga import`, `minga export`, `minga report`, `minga demo`. */
export function registerResultCommands(program: Command): void {
  program
    .command('import <folder>')
    .description('Importa un paquete de datos de Minga (carpeta de CSV, ver FORMAT.md): todo o nada')
    .action(async (folder: string) => {
      if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory())
        throw new CliFailure(
          cliLocale() === 'en' ? `No such folder: ${folder}` : `No existe la carpeta ${folder}`,
          2,
        );
      const locale = cliLocale();
      const source = folderSource(folder);
      const totalBytes = packageFiles.reduce((sum, file) => sum + source.size(file), 0);
      const bar = progressBar(locale === 'en' ? 'importing' : 'importando', totalBytes);
      let read = 0;
      try {
        const summary = await withContext((ctx) =>
          importPackage(ctx, source, {
            locale,
            onProgress: (_file, bytes) => {
              read += bytes;
              bar?.update(read);
            },
          }),
        );
        bar?.stop();
        process.stdout.write(
          locale === 'en'
            ? `Imported: ${summary.dialogues} dialogues, ${summary.organizations} organisations, ${summary.participants} participants, ${summary.ideas} ideas, ${summary.votes} vote rows, ${summary.evaluations} evaluations.\n`
            : `Importado: ${summary.dialogues} diálogos, ${summary.organizations} organizaciones, ${summary.participants} participantes, ${summary.ideas} ideas, ${summary.votes} filas de votos, ${summary.evaluations} evaluaciones.\n`,
        );
      } catch (error) {
        bar?.stop();
        if (!(error instanceof PackageRefused)) throw error;
        const lines = error.problems.map(formatProblem);
        if (error.total > error.problems.length)
          lines.push(problemText('more', locale, { count: error.total - error.problems.length }));
        const head =
          locale === 'en'
            ? `The package was not imported (${error.total} problems); nothing was stored:`
            : `El paquete no se importó (${error.total} problemas); no se guardó nada:`;
        throw new CliFailure(`${head}\n${lines.join('\n')}`, 1);
      }
    });

  program
    .command('export <folder>')
    .description('Exporta todo lo guardado como paquete de datos de Minga (carpeta de CSV)')
    .action(async (folder: string) => {
      const bar = progressBar('exportando', 1);
      const summary = await withContext((ctx) =>
        exportPackage(ctx, path.resolve(folder), {
          onProgress: (done, total) => {
            bar?.setTotal(total);
            bar?.update(done);
          },
        }),
      );
      bar?.stop();
      process.stdout.write(
        `Exportado en ${folder}: ${summary.dialogues} diálogos, ${summary.participants} participantes, ${summary.ideas} ideas, ${summary.votes} filas de votos.\n`,
      );
    });

  program
    .command('report')
    .description('Informe de resultados (FORMAT.md): nacional, de una región o de un diálogo')
    .option('--json', 'imprime el informe en JSON')
    .option('--region <code>', 'solo una región, p. ej. CL-BI')
    .option('--dialogue <id>', 'solo un diálogo (id de Minga)')
    .action(async (options: { json?: boolean; region?: string; dialogue?: string }) => {
      const dialogueId = options.dialogue === undefined ? undefined : Number(options.dialogue);
      if (dialogueId !== undefined && !(Number.isInteger(dialogueId) && dialogueId > 0))
        throw new CliFailure(`--dialogue debe ser un número de diálogo, no «${options.dialogue}»`, 2);
      const report = await withContext((ctx) =>
        reportFor(ctx, { regions: null, region: options.region?.toUpperCase(), dialogueId }),
      );
      if (options.json) printJson(report);
      else process.stdout.write(`${summarySentence(report)}.\n`);
    });

  program
    .command('demo')
    .description('Carga los datos de demostración (16 diálogos, uno por región) en una instalación vacía')
    .action(async () => {
      const summary = await withContext((ctx) => loadDemo(ctx, null, cliLocale()));
      process.stdout.write(
        `Datos de demostración cargados: ${summary.dialogues} diálogos, ${summary.participants} participantes, ${summary.ideas} ideas.\n`,
      );
    });
}

function progressBar(label: string, total: number) {
  if (!process.stderr.isTTY) return null;
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}%`, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(1, total), 0);
  return bar;
}
