import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from './engine.ts';
import { replaceOrg } from './org-store.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { claimValues, managerOnly, publishTestFlow, testOrg } from './testing.ts';

describe.each(testDatabases())('engines and org changes on $name', (factory) => {
  let database: TestDatabase;
  let engineA: Engine;
  let engineB: Engine;

  beforeAll(async () => {
    database = await factory.open();
    await replaceOrg(database.db, testOrg);
    await publishTestFlow(database.db, managerOnly);
    engineA = createEngine(database);
    engineB = createEngine(await database.openAnother());
  });
  afterAll(() => database?.close());

  async function revision(): Promise<number | undefined> {
    const row = await database.db.selectFrom('org_revision').select('revision').executeTakeFirst();

    return row?.revision;
  }

  async function managerOfNewRequest(engine: Engine): Promise<string | undefined> {
    const started = await engine.start({
      flowKey: 'manager-only',
      actorId: 'chen.jie',
      values: claimValues,
    });

    return started.state.tasks[0]?.assigneeId;
  }

  it('moves the org revision on with every org replacement', async () => {
    const before = await revision();

    await replaceOrg(database.db, testOrg);

    expect(await revision()).toBe((before ?? 0) + 1);
  });

  it('assigns tasks from the org as it is now, after engines cached the old one', async () => {
    // given two engines that already resolved the department head of east sales
    expect(await managerOfNewRequest(engineA)).toBe('wang.fang');
    expect(await managerOfNewRequest(engineB)).toBe('wang.fang');

    // when the org is replaced with he.xin heading east sales
    const departments = testOrg.departments.map((department) =>
      department.id === 'east-sales' ? { ...department, headId: 'he.xin' } : department,
    );
    await replaceOrg(database.db, { ...testOrg, departments });

    // then both engines assign new requests to the new head
    expect(await managerOfNewRequest(engineA)).toBe('he.xin');
    expect(await managerOfNewRequest(engineB)).toBe('he.xin');
  });
});
