import type { Kysely } from 'kysely';

/**
 * In-app notifications (the bell): one row per person told about something by a `notify` job
 * (a new task, a reminder, an urge, a return, a copy, …), with its read mark.
 * - `job_id` + `user_id` is unique: a job the worker runs twice (a lost lease, a retry) delivers
 *   once to each person.
 * - `actor_id` is who caused it (the command's actor; null when Baton acted on its own).
 * - `job_id` has no foreign key: jobs are housekeeping and may be purged, notifications stay.
 * - `(user_id, created_at)` serves the newest-first list and the unread count of one person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('instance_id', 'text', (c) => c.notNull().references('instances.id'))
    .addColumn('task_id', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('job_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addUniqueConstraint('notifications_job_user_key', ['job_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notifications').execute();
}
