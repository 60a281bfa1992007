import fs from 'node:fs';
import type { Command } from 'commander';
import { computeWaves, readUnits } from '../../modules/rollout/index.js';
import { describeDialect } from '../../platform/files/csv-reader.js';
import { CliFailure, printJson } from '../output.js';

interface WavesCliOptions {
  units: string;
  groups: string;
  exclude?: string;
  idColumn: string;
  columns?: string;
  seed: string;
  balanceColumn?: string;
  method: string;
  json?: boolean;
}

const list = (value?: string) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function integerOption(name: string, value: string, minimum: number): number {
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < minimum) {
    throw new CliFailure(
      `--${name} debe ser un número entero mayor o igual que ${minimum} (se recibió «${value}»).`,
      2,
    );
  }
  return Number(value);
}

export function registerRolloutCommands(program: Command): void {
  const rollout = program
    .command('rollout')
    .description('Instalación del modelo: pilotos y olas de regiones');
  rollout
    .command('waves')
    .description(
      'Divide las unidades en K olas de tamaños que difieren a lo más en uno, cada una tan diversa como sea posible ' +
        '(anticlustering: máxima suma de distancias euclidianas dentro de cada ola, columnas estandarizadas con varianza poblacional)',
    )
    .requiredOption('--units <csv>', 'CSV con una columna de identificador y columnas numéricas')
    .requiredOption('--groups <K>', 'número de olas')
    .option(
      '--exclude <codes>',
      'identificadores a dejar fuera, separados por coma (p. ej. pilotos ya instalados)',
    )
    .option('--id-column <name>', 'columna de identificador', 'iso_code')
    .option('--columns <a,b,c>', 'columnas a usar (por omisión, todas las numéricas salvo el identificador)')
    .option('--seed <S>', 'semilla de los reinicios aleatorios (mismo resultado con la misma semilla)', '1')
    .option(
      '--balance-column <name>',
      'columna categórica a repartir por igual entre las olas (p. ej. macrozone)',
    )
    .option('--method <method>', 'auto | exact | exchange (auto: exacto si es factible)', 'auto')
    .option('--json', 'salida JSON: {"groups": [[ids…]…], "objective": n, …}')
    .action((options: WavesCliOptions) => {
      const groups = integerOption('groups', options.groups, 1);
      const seed = integerOption('seed', options.seed, 0);
      if (!['auto', 'exact', 'exchange'].includes(options.method)) {
        throw new CliFailure(`--method debe ser auto, exact o exchange (se recibió «${options.method}»).`, 2);
      }
      let text: Buffer;
      try {
        text = fs.readFileSync(options.units);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no existe' : 'no se puede leer';
        throw new CliFailure(`El archivo de unidades ${options.units} ${reason}.`, 2);
      }
      const table = readUnits(text, options.units, {
        idColumn: options.idColumn,
        columns: list(options.columns),
        exclude: list(options.exclude),
        balanceColumn: options.balanceColumn,
      });
      const started = performance.now();
      const result = computeWaves(table, {
        groups,
        seed,
        method: options.method as 'auto' | 'exact' | 'exchange',
      });
      const milliseconds = Math.round(performance.now() - started);
      if (options.json) {
        printJson({ ...result, milliseconds });
        return;
      }
      const lines = result.groups.map(
        (members, index) => `Ola ${index + 1} (${members.length}): ${members.join(', ')}`,
      );
      process.stdout.write(
        `${lines.join('\n')}\n` +
          `Diversidad (suma de distancias dentro de las olas): ${result.objective.toFixed(4)}` +
          ` (${result.exact ? 'óptimo exacto' : 'método de intercambio con reinicios'}; ` +
          `una división al azar logra en promedio ${result.randomObjective.toFixed(4)})\n` +
          `Columnas: ${result.columns.join(', ')}` +
          (result.constantColumns.length
            ? ` (constantes, sin efecto: ${result.constantColumns.join(', ')})`
            : '') +
          (table.dialect ? `\nArchivo leído como CSV con ${describeDialect(table.dialect)}` : '') +
          `\n${milliseconds} ms\n`,
      );
    });
}
