import { BatonError, DEFAULT_BUSINESS_CALENDAR, ValidationIssue } from '@baton/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeClock, openTaskOf, outcomeOf, type FakeClock } from './action-testing.ts';
import { createEngine, type Engine } from './engine.ts';
import { orgRevisionColumn } from './org-revision.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { claimValues, managerOnly, publishTestFlow, seedTestOrg } from './testing.ts';

const WINDOW = { startsAt: '2026-03-01T00:00:00.000Z', endsAt: '2026-03-08T00:00:00+08:00' };

describe.each(testDatabases())('delegations and the business calendar on $name', (factory) => {
  let database: TestDatabase;
  let engine: Engine;
  let clock: FakeClock;

  beforeAll(async () => {
    database = await factory.open();
    await seedTestOrg(database.db);
    await publishTestFlow(database.db, managerOnly);
    clock = fakeClock();
    engine = createEngine({ ...database, now: clock.now });
  });
  afterAll(() => database?.close());

  async function revision(): Promise<number> {
    const row = await database.db.selectNoFrom(orgRevisionColumn()).executeTakeFirstOrThrow();

    return Number(row.org_revision);
  }

  function startClaim() {
    return engine.start({ flowKey: 'manager-only', actorId: 'chen.jie', values: claimValues });
  }

  it('stores a delegation in UTC, lists it for both people and moves the org revision', async () => {
    const before = await revision();

    const created = await engine.createDelegation(
      { userId: 'li.na', delegateId: 'he.xin', ...WINDOW, flowKeys: ['xy'], amountCap: '5000.00' },
      'li.na',
    );

    expect(created).toMatchObject({
      userId: 'li.na',
      delegateId: 'he.xin',
      startsAt: '2026-03-01T00:00:00.000Z',
      endsAt: '2026-03-07T16:00:00.000Z',
      flowKeys: ['xy'],
      amountCap: '5000.00',
      createdAt: clock.now().toISOString(),
      createdBy: 'li.na',
      revokedAt: null,
    });
    expect(await revision()).toBeGreaterThan(before);
    expect(await engine.listDelegations({ userId: 'he.xin' })).toContainEqual(created);
    expect(await engine.listDelegations({ userId: 'chen.jie' })).toEqual([]);
    expect(await engine.listDelegations()).toContainEqual(created);
  });

  it.each([
    [
      'an end before the start',
      { userId: 'li.na', delegateId: 'he.xin', startsAt: WINDOW.endsAt, endsAt: WINDOW.startsAt },
      'storage.delegation-window',
    ],
    [
      'oneself as delegate',
      { userId: 'li.na', delegateId: 'li.na', ...WINDOW },
      'storage.delegation-self',
    ],
    [
      'an unknown delegate',
      { userId: 'li.na', delegateId: 'nobody', ...WINDOW },
      'storage.unknown-user',
    ],
    [
      'a malformed window',
      { userId: 'li.na', delegateId: 'he.xin', startsAt: 'soon', endsAt: WINDOW.endsAt },
      'storage.delegation-invalid',
    ],
  ])('refuses a delegation with %s and stores nothing', async (_, input, code) => {
    const before = await revision();

    expect(await outcomeOf(engine.createDelegation(input, 'li.na'))).toBe(code);
    expect(await revision()).toBe(before);
  });

  it('refuses a disabled delegate', async () => {
    await database.db
      .updateTable('users')
      .set({ disabled: 1 })
      .where('id', '=', 'chen.jie')
      .execute();
    try {
      const input = { userId: 'li.na', delegateId: 'chen.jie', ...WINDOW };

      expect(await outcomeOf(engine.createDelegation(input, 'li.na'))).toBe(
        'storage.delegate-disabled',
      );
    } finally {
      await database.db
        .updateTable('users')
        .set({ disabled: 0 })
        .where('id', '=', 'chen.jie')
        .execute();
    }
  });

  it('gives tasks to the delegate on behalf of the absent approver until revoked', async () => {
    // given wang.fang away, delegating to he.xin
    const away = await engine.createDelegation(
      { userId: 'wang.fang', delegateId: 'he.xin', ...WINDOW },
      'wang.fang',
    );

    // when a request reaches her step, he.xin gets it on her behalf and decides it
    const request = await startClaim();
    const taskId = openTaskOf(request, 'he.xin');
    const [item] = (await engine.listInbox('he.xin')).filter((i) => i.instanceId === request.id);
    expect(item).toMatchObject({ onBehalfOf: { id: 'wang.fang', name: '王芳' }, originKind: null });
    await engine.approve({ taskId, actorId: 'he.xin' });
    const detail = await engine.getInstance(request.id);
    expect(detail?.events.find((event) => event.type === 'task.approved')?.data).toMatchObject({
      onBehalfOf: 'wang.fang',
    });

    // then, once revoked, the next request goes to wang.fang herself
    const revoked = await engine.revokeDelegation(away.id, 'wang.fang');
    expect(revoked).toMatchObject({ revokedAt: clock.now().toISOString(), revokedBy: 'wang.fang' });
    const next = await startClaim();
    expect(openTaskOf(next, 'wang.fang')).toBeTruthy();
    expect(await outcomeOf(engine.revokeDelegation(away.id, 'wang.fang'))).toBe(
      'storage.delegation-not-found',
    );
  });

  it('reads the default calendar until one is saved, then the saved one', async () => {
    expect(await engine.businessCalendar()).toEqual(DEFAULT_BUSINESS_CALENDAR);
    const before = await revision();
    const calendar = { ...DEFAULT_BUSINESS_CALENDAR, holidays: ['2026-10-01'] };

    await engine.replaceBusinessCalendar(calendar, 'li.na');

    expect(await engine.businessCalendar()).toEqual(calendar);
    expect(await revision()).toBeGreaterThan(before);
    const row = await database.db.selectFrom('settings').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ key: 'business-calendar', updated_by: 'li.na' });
  });

  it('refuses a calendar with errors, with every issue, and keeps the stored one', async () => {
    const kept = await engine.businessCalendar();
    const before = await revision();

    const error = await engine
      .replaceBusinessCalendar(
        { ...DEFAULT_BUSINESS_CALENDAR, timeZone: 'Mars/Olympus', workdays: [] },
        'li.na',
      )
      .catch((reason: unknown) => reason);

    expect(error).toBeInstanceOf(BatonError);
    expect(error).toMatchObject({ code: 'storage.calendar-invalid', params: { count: 2 } });
    const issues = ValidationIssue.array().parse(error instanceof BatonError ? error.issues : []);
    expect(issues.map((issue) => issue.path)).toEqual([['timeZone'], ['workdays']]);
    expect(await engine.businessCalendar()).toEqual(kept);
    expect(await revision()).toBe(before);
  });
});
