import type { Kysely } from 'kysely';
import { withId } from '../index.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('roman', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('macrozone', 'text', (c) => c.notNull())
    .addColumn('population_2024', 'integer', (c) => c.notNull())
    .addColumn('population_15plus_2024', 'integer', (c) => c.notNull())
    .addColumn('rural_share_2024', 'real', (c) => c.notNull())
    .addColumn('labour_force_2024_thousands', 'real', (c) => c.notNull())
    .addColumn('participation_rate_2024', 'real', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('staff_users'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('es'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .execute();

  await db.schema
    .createTable('staff_user_regions')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addPrimaryKeyConstraint('staff_user_regions_pk', ['user_id', 'region_code'])
    .execute();

  await db.schema
    .createTable('staff_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('audit_log'))
    .addColumn('actor_user_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id']).execute();
  await db.schema.createIndex('audit_log_region').on('audit_log').columns(['region_code', 'id']).execute();

  await withId(db, db.schema.createTable('organizations'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('region_code', 'text', (c) => c.references('regions.code'))
    .addColumn('external_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('organizations_region')
    .on('organizations')
    .columns(['region_code', 'name'])
    .execute();

  await withId(db, db.schema.createTable('dialogues'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('venue', 'text')
    .addColumn('agenda', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('phase', 'text')
    .addColumn('dots_per_participant', 'integer', (c) => c.notNull())
    .addColumn('max_dots_per_idea', 'integer', (c) => c.notNull())
    .addColumn('join_code', 'text', (c) => c.notNull().unique())
    .addColumn('external_id', 'text')
    .addColumn('published_at', 'text')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dialogues_region').on('dialogues').columns(['region_code', 'date']).execute();

  await db.schema
    .createTable('dialogue_facilitators')
    .addColumn('dialogue_id', 'integer', (c) => c.notNull().references('dialogues.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('dialogue_facilitators_pk', ['dialogue_id', 'user_id'])
    .execute();

  await withId(db, db.schema.createTable('dialogue_tables'))
    .addColumn('dialogue_id', 'integer', (c) => c.notNull().references('dialogues.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('dialogue_tables_number', ['dialogue_id', 'number'])
    .execute();

  await withId(db, db.schema.createTable('dialogue_questions'))
    .addColumn('dialogue_id', 'integer', (c) => c.notNull().references('dialogues.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('participants'))
    .addColumn('dialogue_id', 'integer', (c) => c.notNull().references('dialogues.id').onDelete('cascade'))
    .addColumn('table_id', 'integer', (c) => c.references('dialogue_tables.id'))
    .addColumn('organization_id', 'integer', (c) => c.references('organizations.id'))
    .addColumn('name', 'text')
    .addColumn('email', 'text')
    .addColumn('sector', 'text')
    .addColumn('gender', 'text')
    .addColumn('age_band', 'text')
    .addColumn('consent_at', 'text')
    .addColumn('notify_consent_at', 'text')
    .addColumn('device_token_hash', 'text', (c) => c.unique())
    .addColumn('external_id', 'text')
    .addColumn('erased_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('participants_dialogue').on('participants').columns(['dialogue_id']).execute();
  await db.schema
    .createIndex('participants_organization')
    .on('participants')
    .columns(['organization_id'])
    .execute();

  await withId(db, db.schema.createTable('ideas'))
    .addColumn('dialogue_id', 'integer', (c) => c.notNull().references('dialogues.id').onDelete('cascade'))
    .addColumn('question_id', 'integer', (c) => c.references('dialogue_questions.id'))
    .addColumn('table_id', 'integer', (c) => c.references('dialogue_tables.id'))
    .addColumn('participant_id', 'integer', (c) => c.references('participants.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('hidden_reason', 'text')
    .addColumn('hidden_at', 'text')
    .addColumn('merged_into_id', 'integer', (c) => c.references('ideas.id'))
    .addColumn('client_key', 'text')
    .addColumn('external_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ideas_dialogue').on('ideas').columns(['dialogue_id', 'id']).execute();
  await db.schema.createIndex('ideas_participant').on('ideas').columns(['participant_id']).execute();
  await db.schema
    .createIndex('ideas_client_key')
    .on('ideas')
    .columns(['participant_id', 'client_key'])
    .unique()
    .execute();

  await withId(db, db.schema.createTable('idea_merges'))
    .addColumn('dialogue_id', 'integer', (c) => c.notNull().references('dialogues.id').onDelete('cascade'))
    .addColumn('source_idea_id', 'integer', (c) => c.notNull().references('ideas.id'))
    .addColumn('target_idea_id', 'integer', (c) => c.notNull().references('ideas.id'))
    .addColumn('merged_by', 'integer')
    .addColumn('merged_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .execute();

  await db.schema
    .createTable('votes')
    .addColumn('dialogue_id', 'integer', (c) => c.notNull().references('dialogues.id').onDelete('cascade'))
    .addColumn('participant_id', 'integer', (c) => c.notNull().references('participants.id'))
    .addColumn('idea_id', 'integer', (c) => c.notNull().references('ideas.id'))
    .addColumn('dots', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('votes_pk', ['participant_id', 'idea_id'])
    .execute();
  await db.schema
    .createIndex('votes_dialogue_idea')
    .on('votes')
    .columns(['dialogue_id', 'idea_id'])
    .execute();
  await db.schema.createIndex('votes_idea').on('votes').columns(['idea_id']).execute();

  await db.schema
    .createTable('vote_actions')
    .addColumn('participant_id', 'integer', (c) => c.notNull().references('participants.id'))
    .addColumn('client_key', 'text', (c) => c.notNull())
    .addColumn('idea_id', 'integer', (c) => c.notNull())
    .addColumn('delta', 'integer', (c) => c.notNull())
    .addColumn('result_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('vote_actions_pk', ['participant_id', 'client_key'])
    .execute();

  await withId(db, db.schema.createTable('evaluations'))
    .addColumn('dialogue_id', 'integer', (c) => c.notNull().references('dialogues.id').onDelete('cascade'))
    .addColumn('participant_id', 'integer', (c) => c.notNull().references('participants.id'))
    .addColumn('rating', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('evaluations_one_per_participant', ['dialogue_id', 'participant_id'])
    .execute();

  await withId(db, db.schema.createTable('dialogue_events'))
    .addColumn('dialogue_id', 'integer', (c) => c.notNull().references('dialogues.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('dialogue_events_dialogue')
    .on('dialogue_events')
    .columns(['dialogue_id', 'id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'dialogue_events',
    'evaluations',
    'vote_actions',
    'votes',
    'idea_merges',
    'ideas',
    'participants',
    'dialogue_questions',
    'dialogue_tables',
    'dialogue_facilitators',
    'dialogues',
    'organizations',
    'audit_log',
    'staff_sessions',
    'staff_user_regions',
    'staff_users',
    'settings',
    'regions',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
