import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';
import { claim, taskOn } from './support/variants.ts';

const NOW = new Date('2026-03-02T02:00:00.000Z');
const window = { startsAt: '2026-03-01T00:00:00+08:00', endsAt: '2026-03-20T00:00:00+08:00' };

describe.each(testDatabases())('out-of-office delegations through the API on $name', (factory) => {
  let server: TestApp;
  let manager: ApiClient;
  let colleague: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    server = await startTestApp(factory, { now: () => NOW });
    manager = await server.signedIn('wang.fang');
    colleague = await server.signedIn('yang.fan');
    admin = await server.signedIn('zhou.yu');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses bad delegations with every issue at its field, writing nothing', async () => {
    const backwards = await manager.refusal(() =>
      manager.mutate('delegations.create', {
        delegateId: 'u-wang-fang',
        startsAt: window.endsAt,
        endsAt: window.startsAt,
      }),
    );
    const unknown = await manager.refusal(() =>
      manager.mutate('delegations.create', { delegateId: 'u-nobody', ...window }),
    );
    const malformed = await manager.refusal(() =>
      manager.mutate('delegations.create', {
        delegateId: 'u-yang-fan',
        startsAt: 'next monday',
        endsAt: window.endsAt,
        amountCap: '5,000',
      }),
    );
    const forSomeoneElse = await manager.refusal(() =>
      manager.mutate('delegations.create', {
        delegateId: 'u-wu-ting',
        userId: 'u-yang-fan',
        ...window,
      }),
    );

    expect(backwards).toMatchObject({ status: 400, code: 'input.invalid' });
    expect(backwards.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['delegation.window-empty', ['endsAt']],
      ['delegation.self', ['delegateId']],
    ]);
    expect(backwards.issues[0]?.message).toBe('The end must be after the start.');
    expect(unknown.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['delegation.unknown-user', ['delegateId']],
    ]);
    expect(malformed.issues.map((issue) => issue.path)).toEqual([['startsAt'], ['amountCap']]);
    expect(forSomeoneElse).toMatchObject({ status: 403, code: 'auth.forbidden' });
    expect(await manager.query('delegations.mine')).toEqual([]);
  });

  it('creates a delegation that gives new tasks to the delegate, and revokes it', async () => {
    // given wang.fang away, delegating to yang.fan for expense claims
    const created = await manager.mutate('delegations.create', {
      delegateId: 'u-yang-fan',
      ...window,
      flowKeys: ['expense'],
      reason: 'Holiday',
    });
    const employee = await server.signedIn('chen.jie');

    // when a claim arrives, someone else tries to revoke, and she revokes it herself
    const id = await claim(employee, 'expense', '300.00');
    const item = (await colleague.query('tasks.inbox')).find((i) => i.instanceId === id);
    const strangers = await colleague.refusal(() =>
      colleague.mutate('delegations.revoke', { id: created.id }),
    );
    const revoked = await manager.mutate('delegations.revoke', { id: created.id });

    // then yang.fan acts on her behalf, and the delegation shows as revoked
    expect(created).toMatchObject({
      user: { id: 'u-wang-fang', name: '王芳' },
      delegate: { id: 'u-yang-fan', name: '杨帆' },
      flowKeys: ['expense'],
      amountCap: null,
      reason: 'Holiday',
      revokedAt: null,
    });
    expect(item?.onBehalfOf).toEqual({ id: 'u-wang-fang', name: '王芳' });
    await colleague.mutate('tasks.approve', { taskId: item?.id ?? '' });
    const page = await employee.query('instances.get', { id });
    expect(page.tasks[0]?.onBehalfOf).toEqual({ id: 'u-wang-fang', name: '王芳' });
    const approved = page.timeline.find((entry) => entry.type === 'task.approved');
    expect(approved?.data['onBehalfOf']).toBe('u-wang-fang');
    expect(strangers).toMatchObject({ status: 404, code: 'storage.delegation-not-found' });
    expect(revoked.revokedAt).not.toBeNull();
    const next = await claim(employee, 'expense', '300.00');
    expect(await taskOn(manager, next)).toBeTruthy();
  });

  it('refuses unknown or malformed flow keys and more than 50, at their places', async () => {
    const create = (flowKeys: string[]) =>
      manager.refusal(() =>
        manager.mutate('delegations.create', { delegateId: 'u-yang-fan', ...window, flowKeys }),
      );

    const unknown = await create(['expense', 'no-such-flow']);
    const bloated = await create(['expense', 'k'.repeat(9000)]);
    const tooMany = await create(Array.from({ length: 51 }, () => 'expense'));

    expect(unknown).toMatchObject({ status: 400, code: 'input.invalid' });
    expect(unknown.issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      ['delegation.unknown-flow', ['flowKeys', 1], 'There is no flow no-such-flow.'],
    ]);
    expect(bloated.issues.map((issue) => issue.path)).toEqual([['flowKeys', 1]]);
    expect(tooMany.issues.map((issue) => issue.path)).toEqual([['flowKeys']]);
  });

  it('refuses a 21st current delegation and lists current ones first', async () => {
    // given wu.ting with 20 current delegations; the one starting last is revoked
    const assistant = await server.signedIn('wu.ting');
    const create = (startsAt = window.startsAt) =>
      assistant.mutate('delegations.create', { delegateId: 'u-yang-fan', ...window, startsAt });
    const made = [await create('2026-03-10T00:00:00+08:00')];
    for (let n = 1; n < 20; n++) made.push(await create());
    const full = await assistant.refusal(() => create());
    await assistant.mutate('delegations.revoke', { id: made[0]?.id ?? '' });

    // when she makes one more and lists hers
    const last = await create();
    const mine = await assistant.query('delegations.mine');

    // then the 21st was refused, and the revoked one comes after the 20 current ones
    expect(full).toMatchObject({ status: 400, code: 'storage.delegation-limit' });
    expect(full.message).toContain('20');
    expect(mine).toHaveLength(21);
    expect(mine.slice(0, 20).every((delegation) => delegation.revokedAt === null)).toBe(true);
    expect(mine[20]?.id).toBe(made[0]?.id);
    expect(mine.map((delegation) => delegation.id)).toContain(last.id);
  });

  it('lets admins list every delegation and create one for someone else', async () => {
    const made = await admin.mutate('delegations.create', {
      delegateId: 'u-li-na',
      userId: 'u-huang-lei',
      ...window,
      amountCap: '5000.00',
    });

    const all = await admin.query('delegations.all');
    const huang = await admin.query('delegations.all', { userId: 'u-huang-lei' });
    const others = await admin.query('delegations.all', { userId: 'u-wu-ting' });
    const refused = await manager.refusal(() => manager.query('delegations.all'));

    expect(all.map((delegation) => delegation.id)).toContain(made.id);
    expect(huang.map((delegation) => delegation.id)).toEqual([made.id]);
    expect(others.map((delegation) => delegation.id)).not.toContain(made.id);
    expect(made).toMatchObject({ user: { id: 'u-huang-lei' }, amountCap: '5000.00' });
    expect(refused).toMatchObject({ status: 403, code: 'auth.forbidden' });
  });
});
