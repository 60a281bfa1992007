import { Command, CommanderError } from 'commander';
import { ConfigError } from '../platform/config.js';
import { isAppError } from '../platform/errors/index.js';
import { registerCommands } from './commands/index.js';
import { CliFailure, cliConfig, cliLocale } from './output.js';

const program = new Command('minga')
  .description('Minga: diálogos de innovación ciudadana, resultados y modelo de participación')
  .showHelpAfterError()
  .exitOverride();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportFailure(error);
}

function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode;
  if (error instanceof CliFailure) {
    process.stderr.write(`${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    return 78;
  }
  if (isAppError(error)) {
    process.stderr.write(`Error: ${error.messageIn(cliLocale())}\n`);
    for (const issue of error.issues) process.stderr.write(`  ${issue.path}: ${issue.message}\n`);
    return 1;
  }
  process.stderr.write(`Error inesperado: ${error instanceof Error ? error.message : String(error)}\n`);
  if (cliConfig()?.MINGA_DEBUG) console.error(error);
  return 70;
}
