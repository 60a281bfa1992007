import type { Command } from 'commander';
import { registerDatabaseCommands } from './database.js';
import { registerResultCommands } from './results.js';
import { registerUserCommands } from './users.js';

/** Every CLI command group; a feature adds one line here and its file beside this one. */
export function registerCommands(program: Command): void {
  registerDatabaseCommands(program);
  registerUserCommands(program);
  registerResultCommands(program);
}
