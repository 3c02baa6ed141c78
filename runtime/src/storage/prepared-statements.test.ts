import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from './engine.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { claimValues, managerOnly, publishTestFlow, seedTestOrg } from './testing.ts';

// Commands run as prepared statements on PostgreSQL and through cached statements on SQLite.
describe.each(testDatabases())('prepared command statements on $name', (factory) => {
  let database: TestDatabase;
  let engine: Engine;

  beforeAll(async () => {
    database = await factory.open();
    await seedTestOrg(database.db);
    await publishTestFlow(database.db, managerOnly);
    engine = createEngine(database);
  });
  afterAll(() => database?.close());

  const start = () =>
    engine.start({ flowKey: 'manager-only', actorId: 'chen.jie', values: claimValues });

  it('keeps running commands after a migration adds a column to the tables they use', async () => {
    // given statements prepared by earlier commands
    for (let run = 0; run < 3; run += 1) {
      const started = await start();
      await engine.approve({ taskId: started.state.tasks[0]?.id ?? '', actorId: 'wang.fang' });
    }

    // when a later migration adds columns to instances and tasks
    await sql`alter table instances add column note text`.execute(database.db);
    await sql`alter table tasks add column note text`.execute(database.db);

    // then the same commands still run
    const started = await start();
    const approved = await engine.approve({
      taskId: started.state.tasks[0]?.id ?? '',
      actorId: 'wang.fang',
    });
    expect(approved).toMatchObject({ status: 'completed', version: 2 });
  });
});
