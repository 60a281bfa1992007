import type { Kysely } from 'kysely';
import { withId } from '../index.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

// Rollout of the model: pilots, joint evaluations, model versions, waves. Links to the Karabirrdt
// plan are plain nullable integers (plan_id, plan_task_id) plus a label: that feature's tables are
// built in parallel, so no foreign key to them yet.
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('rollout_pilots'))
    .addColumn('region_code', 'text', (c) => c.notNull().unique().references('regions.code'))
    .addColumn('indicators_json', 'text', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('rollout_criteria'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull()) // model | dream_circle | other
    .addColumn('source_label', 'text')
    .addColumn('plan_id', 'integer')
    .addColumn('plan_task_id', 'integer')
    .addColumn('plan_dream_id', 'integer') // a statement of the plan's dream circle
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('rollout_evaluations'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rollout_evaluations_region')
    .on('rollout_evaluations')
    .columns(['region_code', 'held_on'])
    .execute();

  await db.schema
    .createTable('rollout_scores')
    .addColumn('evaluation_id', 'integer', (c) =>
      c.notNull().references('rollout_evaluations.id').onDelete('cascade'),
    )
    .addColumn('criterion_id', 'integer', (c) => c.notNull().references('rollout_criteria.id'))
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addPrimaryKeyConstraint('rollout_scores_pk', ['evaluation_id', 'criterion_id'])
    .execute();

  await withId(db, db.schema.createTable('rollout_findings'))
    .addColumn('evaluation_id', 'integer', (c) =>
      c.notNull().references('rollout_evaluations.id').onDelete('cascade'),
    )
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('rollout_evidence'))
    .addColumn('evaluation_id', 'integer', (c) =>
      c.notNull().references('rollout_evaluations.id').onDelete('cascade'),
    )
    .addColumn('finding_id', 'integer', (c) => c.references('rollout_findings.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull()) // dialogue | council_session | indicator | document
    .addColumn('ref_id', 'text')
    .addColumn('url', 'text')
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('rollout_model_versions'))
    .addColumn('label', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('released_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('rollout_version_findings')
    .addColumn('version_id', 'integer', (c) =>
      c.notNull().references('rollout_model_versions.id').onDelete('cascade'),
    )
    .addColumn('finding_id', 'integer', (c) =>
      c.notNull().references('rollout_findings.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('rollout_version_findings_pk', ['version_id', 'finding_id'])
    .execute();

  await withId(db, db.schema.createTable('rollout_region_versions'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('version_id', 'integer', (c) => c.notNull().references('rollout_model_versions.id'))
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rollout_region_versions_region')
    .on('rollout_region_versions')
    .columns(['region_code', 'since', 'id'])
    .execute();

  await withId(db, db.schema.createTable('rollout_wave_plans'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('groups', 'integer', (c) => c.notNull())
    .addColumn('indicators_json', 'text', (c) => c.notNull())
    .addColumn('excluded_json', 'text', (c) => c.notNull())
    .addColumn('balance_column', 'text')
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('objective', 'real', (c) => c.notNull())
    .addColumn('random_objective', 'real', (c) => c.notNull())
    .addColumn('exact', 'integer', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('rollout_waves'))
    .addColumn('wave_plan_id', 'integer', (c) =>
      c.notNull().references('rollout_wave_plans.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('model_version_id', 'integer', (c) => c.references('rollout_model_versions.id'))
    .addColumn('plan_id', 'integer')
    .addColumn('plan_task_id', 'integer')
    .addColumn('plan_task_label', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('rollout_wave_regions')
    .addColumn('wave_id', 'integer', (c) => c.notNull().references('rollout_waves.id').onDelete('cascade'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addPrimaryKeyConstraint('rollout_wave_regions_pk', ['wave_id', 'region_code'])
    .execute();
}
