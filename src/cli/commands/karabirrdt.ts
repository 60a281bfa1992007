import fs from 'node:fs';
import type { Command } from 'commander';
import { checkPlanFile, importPlan } from '../../modules/karabirrdt/index.js';
import { withContext } from '../context.js';
import { CliFailure } from '../output.js';

/** Reads a plan file; a JSON syntax error is reported as `file:line: column: problem`. */
function readPlanFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliFailure(
      `${file}: no se pudo leer (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      2,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? text.length);
    const before = text.slice(0, position).split('\n');
    throw new CliFailure(
      `${file}:${before.length}: ${before[before.length - 1].length + 1}: JSON no válido (${message})`,
      2,
    );
  }
}

function explain(file: string, issues: Array<{ path: string; message: string }>): never {
  const lines = issues.slice(0, 50).map((issue) => `${file}: ${issue.path}: ${issue.message}`);
  if (issues.length > 50) lines.push(`… y ${issues.length - 50} problemas más`);
  throw new CliFailure(
    `El archivo del plan no es válido (${issues.length} problemas); no se guardó nada:\n${lines.join('\n')}`,
    2,
  );
}

export function registerKarabirrdtCommands(program: Command): void {
  const plan = program.command('plan').description('Planificación Karabirrdt');
  plan
    .command('check <file>')
    .description('Valida un archivo de plan (JSON exportado) sin guardar nada')
    .action((file: string) => {
      const { issues } = checkPlanFile(readPlanFile(file));
      if (issues.length) explain(file, issues);
      process.stdout.write(`${file}: válido\n`);
    });
  plan
    .command('import <file>')
    .description('Crea un plan a partir de un archivo JSON exportado; si no es válido no guarda nada')
    .action(async (file: string) => {
      const raw = readPlanFile(file);
      const { issues } = checkPlanFile(raw);
      if (issues.length) explain(file, issues);
      const created = await withContext((ctx) => importPlan(ctx, null, raw));
      process.stdout.write(
        `Plan importado: #${created.id} «${created.title}» (${created.tasks} tareas, ${created.threads} hilos)\n`,
      );
    });
}
