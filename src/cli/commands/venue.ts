import fs from 'node:fs';
import type { Command } from 'commander';
import { checkoutDialogue, exportDialogue, importExport, openCheckout } from '../../modules/venue/index.js';
import { formatBytes, uploadLimits } from '../../platform/files/limits.js';
import { withContext } from '../context.js';
import { CliFailure, cliLocale } from '../output.js';

const say = (es: string, en: string) => process.stdout.write(`${cliLocale() === 'en' ? en : es}\n`);

/** A venue file's bytes, refused before reading past the size limit. */
function readBounded(file: string): Uint8Array {
  const en = cliLocale() === 'en';
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new CliFailure(en ? `No such file: ${file}` : `No existe el archivo ${file}`, 2);
  }
  const limit = uploadLimits.venueBytes;
  if (size > limit)
    throw new CliFailure(
      en
        ? `${file} is larger than the maximum of ${formatBytes(limit)} for a venue file.`
        : `${file} supera el máximo de ${formatBytes(limit)} de un archivo de diálogo en terreno.`,
    );
  return new Uint8Array(fs.readFileSync(file));
}

function parseId(text: string): number {
  if (!/^\d{1,10}$/.test(text) || Number(text) < 1 || Number(text) > 2 ** 31 - 1)
    throw new CliFailure(
      cliLocale() === 'en' ? `Not a dialogue id: ${text}` : `No es un número de diálogo: ${text}`,
      2,
    );
  return Number(text);
}

/** Writes next to the target and renames, so a half-written file never stands under its name. */
function writeFile(file: string, text: string) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text, { mode: 0o600 });
  fs.renameSync(temporary, file);
}

/** `minga dialogue checkout|open|export|import`: the venue kit. */
export function registerVenueCommands(program: Command): void {
  const dialogue = program
    .command('dialogue')
    .description('Diálogos en terreno: retirar, abrir en el portátil, exportar e importar de vuelta');

  dialogue
    .command('checkout <id> <file>')
    .description('En el almacén nacional: escribe el archivo firmado para realizar el diálogo en un portátil')
    .option(
      '--account <email>',
      'una cuenta más que podrá entrar en el portátil (además de los facilitadores)',
    )
    .action(async (id: string, file: string, options: { account?: string }) => {
      const out = await withContext((ctx) =>
        checkoutDialogue(ctx, null, parseId(id), { accountEmail: options.account }),
      );
      writeFile(file, out.text);
      say(
        `Retiro ${out.checkoutId} escrito en ${file}. Ábrelo en el portátil con «minga dialogue open ${file}». El archivo trae las cuentas de los facilitadores: guárdalo como una contraseña.`,
        `Checkout ${out.checkoutId} written to ${file}. Open it on the laptop with "minga dialogue open ${file}". The file carries the facilitators' accounts: keep it like a password.`,
      );
    });

  dialogue
    .command('open <file>')
    .description(
      'En el portátil: instala el diálogo de un archivo de retiro (y sus cuentas y organizaciones)',
    )
    .action(async (file: string) => {
      const bytes = readBounded(file);
      const opened = await withContext((ctx) => openCheckout(ctx, bytes, cliLocale()));
      if (opened.alreadyOpened)
        say(
          `Ya abierto: el diálogo «${opened.title}» es el ${opened.dialogueId} de este portátil. No cambió nada.`,
          `Already open: dialogue "${opened.title}" is number ${opened.dialogueId} on this laptop. Nothing changed.`,
        );
      else if (!opened.accounts.length)
        say(
          `Diálogo «${opened.title}» abierto como ${opened.dialogueId}. El archivo no trae cuentas: crea una con «minga user add» o en la página de inicio.`,
          `Dialogue "${opened.title}" opened as ${opened.dialogueId}. The file carries no accounts: create one with "minga user add" or on the home page.`,
        );
      else
        say(
          `Diálogo «${opened.title}» abierto como ${opened.dialogueId}. Pueden entrar: ${opened.accounts.join(', ')} (con su contraseña de siempre). Al terminar: «minga dialogue export ${opened.dialogueId} <archivo>».`,
          `Dialogue "${opened.title}" opened as ${opened.dialogueId}. These may sign in: ${opened.accounts.join(', ')} (with their usual password). When done: "minga dialogue export ${opened.dialogueId} <file>".`,
        );
    });

  dialogue
    .command('export <id> <file>')
    .description(
      'En el portátil: escribe el diálogo completo, firmado, para importarlo en el almacén nacional',
    )
    .action(async (id: string, file: string) => {
      const out = await withContext((ctx) => exportDialogue(ctx, parseId(id)));
      writeFile(file, out.text);
      const c = out.counts;
      say(
        `Exportado en ${file}: ${c.participants} participantes, ${c.ideas} ideas, ${c.votes} filas de votos, ${c.evaluations} evaluaciones, ${c.events} eventos. Impórtalo en el almacén nacional con «minga dialogue import ${file}».`,
        `Exported to ${file}: ${c.participants} participants, ${c.ideas} ideas, ${c.votes} vote rows, ${c.evaluations} evaluations, ${c.events} events. Import it on the national store with "minga dialogue import ${file}".`,
      );
    });

  dialogue
    .command('import <file>')
    .description('En el almacén nacional: importa la exportación de un portátil, todo o nada, una sola vez')
    .action(async (file: string) => {
      const bytes = readBounded(file);
      const s = await withContext((ctx) => importExport(ctx, null, bytes, cliLocale()));
      if (s.alreadyImported)
        say(
          `Ya importado (${s.importedAt}): el diálogo ${s.dialogueId} ya tiene este archivo. No cambió nada.`,
          `Already imported (${s.importedAt}): dialogue ${s.dialogueId} already holds this file. Nothing changed.`,
        );
      else
        say(
          `Importado en el diálogo ${s.dialogueId}: ${s.participants} participantes, ${s.ideas} ideas, ${s.merges} fusiones, ${s.votes} filas de votos, ${s.evaluations} evaluaciones, ${s.events} eventos; organizaciones: ${s.organizationsMatched} reconocidas por nombre, ${s.organizationsAdded} nuevas.`,
          `Imported into dialogue ${s.dialogueId}: ${s.participants} participants, ${s.ideas} ideas, ${s.merges} merges, ${s.votes} vote rows, ${s.evaluations} evaluations, ${s.events} events; organisations: ${s.organizationsMatched} matched by name, ${s.organizationsAdded} new.`,
        );
    });
}
