import fs from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { discoverThemes, IdeasFileError, readIdeasCsv } from '../../modules/synthesis/index.js';
import { describeDialect } from '../../platform/files/csv-reader.js';
import { CliFailure, printJson } from '../output.js';

// Where each stage sits on the one progress bar (per cent at its start and end).
const stageSpan: Record<string, [number, number]> = {
  texto: [0, 30],
  reducción: [30, 50],
  'eligiendo k': [50, 85],
  agrupación: [85, 100],
};

export function registerThemeCommands(program: Command): void {
  program
    .command('themes')
    .description(
      'Agrupa ideas en temas (CSV con idea_id, text y opcional dots), en este equipo, sin servicios externos',
    )
    .argument('<ideas.csv>', 'archivo CSV en UTF-8')
    .option('--k <n>', 'número de temas (si falta, se elige solo y se explica cómo)')
    .option('--seed <s>', 'semilla: la misma semilla da los mismos temas', '1')
    .option('--json', 'salida JSON: {"themes": [...]}')
    .action((file: string, options: { k?: string; seed: string; json?: boolean }) => {
      const k = options.k === undefined ? undefined : positiveInteger(options.k, '--k');
      const seed = integer(options.seed, '--seed');
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliFailure(
          code === 'ENOENT'
            ? `${file}: no existe ese archivo.`
            : `${file}: no se pudo leer (${code ?? String(error)}).`,
          2,
        );
      }
      let ideas: ReturnType<typeof readIdeasCsv>;
      try {
        // What the reader detected goes to stderr, so a JSON on stdout stays clean.
        ideas = readIdeasCsv(bytes, file, (dialect) => {
          if (dialect.delimiter !== ',' || dialect.encoding !== 'utf-8')
            process.stderr.write(`${file}: leído como CSV con ${describeDialect(dialect)}\n`);
        });
      } catch (error) {
        if (error instanceof IdeasFileError) throw new CliFailure(error.message, 2);
        throw error;
      }
      if (k !== undefined && k > ideas.length) {
        throw new CliFailure(`--k: pediste ${k} temas, pero el archivo tiene solo ${ideas.length} ideas.`, 2);
      }
      const bar =
        ideas.length >= 2000
          ? new cliProgress.SingleBar(
              { stream: process.stderr, format: 'Temas [{bar}] {percentage}% · {stage}', hideCursor: true },
              cliProgress.Presets.shades_classic,
            )
          : null;
      bar?.start(100, 0, { stage: 'texto' });
      const result = discoverThemes(ideas, {
        k,
        seed,
        onProgress: (stage, done, total) => {
          const [from, to] = stageSpan[stage] ?? [0, 100];
          bar?.update(Math.round(from + ((to - from) * done) / Math.max(total, 1)), { stage });
        },
      });
      bar?.stop();
      process.stderr.write(`Temas: ${result.kChoice}.\n`);
      const themes = result.themes
        .filter((theme) => theme.members.length > 0)
        .sort(
          (a, b) => b.dots - a.dots || b.members.length - a.members.length || a.label.localeCompare(b.label),
        )
        .map((theme, index) => ({
          theme_id: index + 1,
          label: theme.label,
          keywords: theme.keywords,
          idea_ids: theme.members.map((member) => ideas[member].id),
          dots: theme.dots,
        }));
      if (options.json) {
        printJson({ themes });
        return;
      }
      for (const theme of themes) {
        process.stdout.write(
          `${theme.theme_id}. ${theme.label} — ${theme.idea_ids.length} ideas, ${theme.dots} puntos\n   ${theme.keywords.join(', ')}\n`,
        );
      }
    });
}

function integer(value: string, option: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new CliFailure(`${option}: «${value}» no es un número entero.`, 2);
  return Number(value);
}

function positiveInteger(value: string, option: string): number {
  const parsed = integer(value, option);
  if (parsed < 1) throw new CliFailure(`${option}: debe ser 1 o más (recibí ${value}).`, 2);
  return parsed;
}
