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

    expect(await revision()).toBeGreaterThan(before ?? 0);
  });

  it('moves the org revision when the org tables are changed by plain SQL', async () => {
    // given engines that cached the org (regression: only replaceOrg moved the revision, so a
    // head changed by an operator's UPDATE kept receiving tasks until a restart)
    await replaceOrg(database.db, testOrg);
    expect(await managerOfNewRequest(engineA)).toBe('wang.fang');
    const before = await revision();

    // when the head of east sales is changed directly in the table
    await database.db
      .updateTable('departments')
      .set({ head_id: 'he.xin' })
      .where('id', '=', 'east-sales')
      .execute();

    // then the revision moved and new requests go to the new head
    expect(await revision()).toBeGreaterThan(before ?? 0);
    expect(await managerOfNewRequest(engineA)).toBe('he.xin');
    expect(await managerOfNewRequest(engineB)).toBe('he.xin');
  });

  it('assigns tasks from the org as it is now, after engines cached the old one', async () => {
    // given two engines that already resolved the department head of east sales
    await replaceOrg(database.db, testOrg);
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

  it('hands out the org directory as stored now, re-read only when the revision moves', async () => {
    // given an engine that read the directory once
    await replaceOrg(database.db, testOrg);
    const first = await engineA.orgDirectory();
    const unchanged = await engineA.orgDirectory();

    // when the head of east sales changes
    await database.db
      .updateTable('departments')
      .set({ head_id: 'he.xin' })
      .where('id', '=', 'east-sales')
      .execute();
    const changed = await engineA.orgDirectory();

    // then the same directory served until then, and the new head after
    expect(unchanged).toBe(first);
    expect(first.departmentHead('east-sales')?.id).toBe('wang.fang');
    expect(changed.departmentHead('east-sales')?.id).toBe('he.xin');
    await replaceOrg(database.db, testOrg);
  });
});
