import type { Org } from '@baton/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleFlow, ruleOrg, ruleValues } from './approver-testing.ts';
import { createEngine, type Engine } from './engine.ts';
import { loadOrg, replaceOrg } from './org-store.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { publishTestFlow } from './testing.ts';

const CROWD = 4000;

/** The rule org plus `CROWD` enabled users, all members of the group `crowd`. */
function crowdOrg(): Org {
  const ids = Array.from({ length: CROWD }, (_, index) => `crowd-${index}`);
  const crowd = ids.map((id) => ({
    id,
    username: id,
    name: id,
    departmentId: 'sales',
    supervisorId: 'mgr',
    roles: ['finance'],
    positions: ['cashier'],
    disabled: false,
  }));
  const group = { key: 'crowd', name: { 'zh-CN': '众人', en: 'Crowd' }, memberIds: ids };

  return { ...ruleOrg, users: [...ruleOrg.users, ...crowd], groups: [...ruleOrg.groups, group] };
}

describe.each(testDatabases())('steps with thousands of approvers on $name', (factory) => {
  let database: TestDatabase;
  let engine: Engine;

  beforeAll(async () => {
    database = await factory.open();
    await replaceOrg(database.db, crowdOrg());
    engine = createEngine(database);
  });
  afterAll(() => database?.close());

  it('stores an org of thousands of users with their roles, positions and groups', async () => {
    // given the org written once in beforeAll; when it is read back
    const org = await loadOrg(database.db);

    // then every user, link and member is there
    expect(org.users).toHaveLength(ruleOrg.users.length + CROWD);
    expect(org.groups.find((group) => group.key === 'crowd')?.memberIds).toHaveLength(CROWD);
    expect(org.users.filter((user) => user.positions.includes('cashier')).length).toBe(CROWD + 2);
  });

  it('starts a request whose first step gives 4,000 people a task in mode any', async () => {
    // given a step for the group of 4,000 people, any one of whom decides
    await publishTestFlow(
      database.db,
      ruleFlow('crowd', [{ id: 'all', approvers: [{ kind: 'group', group: 'crowd' }] }]),
    );

    // when a request is started
    const view = await engine.start({ flowKey: 'crowd', actorId: 'rep', values: ruleValues('9') });

    // then every member has an open task, in the tables too
    const open = view.state.tasks.filter((task) => task.status === 'open');
    expect(open).toHaveLength(CROWD);
    const stored = await database.db
      .selectFrom('tasks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('instance_id', '=', view.state.id)
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(CROWD);
  });

  it('closes the 4,000 other tasks when one of them approves', async () => {
    // given a request open for 4,000 people
    const view = await engine.start({ flowKey: 'crowd', actorId: 'rep', values: ruleValues('9') });
    const task = view.state.tasks.find((t) => t.assigneeId === 'crowd-17');

    // when one approves
    const after = await engine.approve({ taskId: task?.id ?? '', actorId: 'crowd-17' });

    // then the request moves on and no task stays open
    expect(after.state.status).toBe('completed');
    expect(after.state.tasks.filter((t) => t.status === 'open')).toHaveLength(0);
  });

  it('disables the thousands of users a smaller org leaves out', async () => {
    // given the org of 4,000 more users; when the rule org alone replaces it
    await replaceOrg(database.db, ruleOrg);

    // then the crowd is disabled, its group gone, and the rule org's users as they were
    const org = await loadOrg(database.db);
    const crowd = org.users.filter((user) => user.id.startsWith('crowd-'));
    expect(crowd).toHaveLength(CROWD);
    expect(crowd.every((user) => user.disabled)).toBe(true);
    expect(org.groups.map((group) => group.key)).toEqual(['committee']);
    expect(org.users.find((user) => user.id === 'rep')?.disabled).toBe(false);
  });
});
