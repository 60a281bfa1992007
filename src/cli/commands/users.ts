import type { Command } from 'commander';
import { addStaff, findStaffByEmail, newStaffSchema, resetSecondFactor } from '../../modules/staff/index.js';
import { withContext } from '../context.js';
import { CliFailure, cliConfig, cliParseOptions } from '../output.js';

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('Cuentas del equipo');
  user
    .command('add')
    .description('Crea una cuenta del equipo (national, regional o facilitator)')
    .requiredOption('--email <email>', 'correo de la persona')
    .requiredOption('--role <role>', 'national | regional | facilitator')
    .option('--name <name>', 'nombre visible')
    .option('--region <codes>', 'regiones separadas por coma, p. ej. CL-BI,CL-NB', '')
    .option('--password <password>', 'contraseña (o variable MINGA_PASSWORD; mínimo 10 caracteres)')
    .action(
      async (options: { email: string; role: string; name?: string; region: string; password?: string }) => {
        const parsed = newStaffSchema.safeParse(
          {
            email: options.email,
            role: options.role,
            name: options.name ?? options.email.split('@')[0],
            regions: options.region ? options.region.split(',').map((code) => code.trim().toUpperCase()) : [],
            password: options.password ?? cliConfig()?.MINGA_PASSWORD,
          },
          cliParseOptions(),
        );
        if (!parsed.success) {
          const lines = parsed.error.issues.map(
            (issue) => `  --${issue.path.join('.') || 'opción'}: ${issue.message}`,
          );
          throw new CliFailure(`No se creó la cuenta:\n${lines.join('\n')}`, 2);
        }
        const created = await withContext((ctx) => addStaff(ctx, null, parsed.data));
        process.stdout.write(`Cuenta creada: ${created.email} (${created.role}) #${created.id}\n`);
      },
    );
  user
    .command('reset-second-factor')
    .description('Quita el segundo factor (TOTP) de una cuenta que perdió su teléfono; queda en la auditoría')
    .requiredOption('--email <email>', 'correo de la cuenta')
    .action(async (options: { email: string }) => {
      const done = await withContext(async (ctx) => {
        const account = await findStaffByEmail(ctx.db, options.email.trim().toLowerCase());
        if (!account) throw new CliFailure(`No hay una cuenta con el correo ${options.email}.`, 2);
        return resetSecondFactor(ctx, account.id);
      });
      process.stdout.write(
        done
          ? `Segundo factor quitado de ${options.email}: en su próximo ingreso se le pedirá configurarlo de nuevo si su rol lo exige.\n`
          : `${options.email} no tenía segundo factor; nada cambió.\n`,
      );
    });
}
