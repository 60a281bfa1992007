import type { Command } from 'commander';
import { eraseParticipant, exportParticipant } from '../../modules/privacy/index.js';
import { withContext } from '../context.js';
import { CliFailure, printJson } from '../output.js';

function participantId(value: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1)
    throw new CliFailure(`«${value}» no es un identificador de participante válido.`, 2);
  return id;
}

export function registerParticipantCommands(program: Command): void {
  const participant = program.command('participant').description('Derechos de las personas sobre sus datos');
  participant
    .command('export <id>')
    .description('Imprime en JSON todo lo guardado sobre una persona participante')
    .action(async (id: string) => {
      printJson(await withContext((ctx) => exportParticipant(ctx, null, participantId(id))));
    });
  participant
    .command('erase <id>')
    .description('Borra los datos personales de una persona; conserva conteos, ideas y votos anónimos')
    .action(async (id: string) => {
      const result = await withContext((ctx) => eraseParticipant(ctx, null, participantId(id)));
      process.stdout.write(
        result.already
          ? `La persona ${id} ya había sido borrada (${result.erasedAt}).\n`
          : `Datos personales de la persona ${id} borrados.\n`,
      );
    });
}
