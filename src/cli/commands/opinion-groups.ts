import fs from 'node:fs';
import type { Command } from 'commander';
import {
  computeOpinionGroups,
  opinionGroupsReport,
  readPolisModeratedOut,
  readPolisVotesCsv,
  VotesFileError,
} from '../../modules/consultations/index.js';
import { CliFailure, printJson } from '../output.js';

export function registerOpinionGroupCommands(program: Command): void {
  program
    .command('opinion-groups')
    .description(
      'Grupos de opinión como los calcula Pol.is, desde su exportación participants-votes.csv (participant, group-id, …, una columna por comentario con 1/-1/0/vacío)',
    )
    .argument('<participants-votes.csv>', 'exportación de datos abiertos de Pol.is, en UTF-8')
    .option(
      '--comments <comments.csv>',
      'comments.csv de la misma exportación: deja fuera los comentarios moderados',
    )
    .option('--groups <k>', 'número fijo de grupos (si falta, se elige por silueta entre 2 y 5)')
    .option('--json', 'salida JSON: {"groups", "representative", "consensus", "divisive"}')
    .action((file: string, options: { comments?: string; groups?: string; json?: boolean }) => {
      let groups: number | undefined;
      if (options.groups !== undefined) {
        if (
          !/^\d+$/.test(options.groups.trim()) ||
          Number(options.groups) < 1 ||
          Number(options.groups) > 20
        ) {
          throw new CliFailure(`--groups: «${options.groups}» debe ser un entero entre 1 y 20.`, 2);
        }
        groups = Number(options.groups);
      }
      const votes = parseFile(file, (bytes) => readPolisVotesCsv(bytes, file));
      const moderated = options.comments
        ? parseFile(options.comments, (bytes) => readPolisModeratedOut(bytes, options.comments as string))
        : new Set<string>();
      const excluded = new Set<number>();
      votes.statementIds.forEach((id, index) => {
        if (moderated.has(id)) excluded.add(index);
      });
      const result = computeOpinionGroups(votes.matrix, { excluded, groups });
      const report = opinionGroupsReport(result, votes.participantIds, votes.statementIds);
      if (options.json) {
        printJson(report);
        return;
      }
      process.stdout.write(
        `${votes.participantIds.length} participantes, ${votes.statementIds.length} comentarios; ${result.grouped.length} con votos suficientes en ${report.groups.length} grupos.\n`,
      );
      for (const group of report.groups) {
        process.stdout.write(`\nGrupo ${group.group_id + 1}: ${group.participant_ids.length} personas\n`);
        for (const item of report.representative[String(group.group_id)] ?? []) {
          process.stdout.write(
            `  ${item.direction === 'agree' ? 'de acuerdo' : 'en desacuerdo'} con ${item.statement_id}: ${Math.round(item.group_share * 100)} % del grupo, ${Math.round(item.rest_share * 100)} % del resto${item.significant ? '' : ' (no significativo)'}\n`,
          );
        }
      }
      process.stdout.write(
        `\nConsenso: ${report.consensus.map((item) => `${item.statement_id} (${item.direction === 'agree' ? 'de acuerdo' : 'en desacuerdo'})`).join(', ') || 'ninguno'}\n`,
      );
      process.stdout.write(
        `Dividen: ${report.divisive.map((item) => item.statement_id).join(', ') || 'ninguno'}\n`,
      );
    });
}

function parseFile<T>(file: string, read: (bytes: Buffer) => T): T {
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
  try {
    return read(bytes);
  } catch (error) {
    if (error instanceof VotesFileError) throw new CliFailure(error.message, 2);
    throw error;
  }
}
