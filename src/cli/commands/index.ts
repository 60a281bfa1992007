import type { Command } from 'commander';
import { registerBackupCommands } from './backup.js';
import { registerDatabaseCommands } from './database.js';
import { registerKarabirrdtCommands } from './karabirrdt.js';
import { registerOpinionGroupCommands } from './opinion-groups.js';
import { registerParticipantCommands } from './participants.js';
import { registerResultCommands } from './results.js';
import { registerRolloutCommands } from './rollout.js';
import { registerThemeCommands } from './themes.js';
import { registerUserCommands } from './users.js';
import { registerVenueCommands } from './venue.js';

/** Every CLI command group; a feature adds one line here and its file beside this one. */
export function registerCommands(program: Command): void {
  registerDatabaseCommands(program);
  registerUserCommands(program);
  registerBackupCommands(program);
  registerParticipantCommands(program);
  registerThemeCommands(program);
  registerKarabirrdtCommands(program);
  registerRolloutCommands(program);
  registerResultCommands(program);
  registerVenueCommands(program);
  registerOpinionGroupCommands(program);
}
