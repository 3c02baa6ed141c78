import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';
import { claim, taskOn } from './support/variants.ts';

describe.each(testDatabases())('handing tasks on through the API on $name', (factory) => {
  let server: TestApp;
  let employee: ApiClient;
  let manager: ApiClient;
  let colleague: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    server = await startTestApp(factory);
    employee = await server.signedIn('chen.jie');
    manager = await server.signedIn('wang.fang');
    colleague = await server.signedIn('yang.fan');
    admin = await server.signedIn('zhou.yu');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('transfers a task for good: the new assignee has it and the old one is refused', async () => {
    // given chen.jie's claim waiting for wang.fang
    const id = await claim(employee, 'expense', '300.00');
    const taskId = await taskOn(manager, id);

    // when a stranger tries to transfer it, then wang.fang transfers it to yang.fan
    const stranger = await employee.refusal(() =>
      employee.mutate('tasks.transfer', { taskId, toUserId: 'u-yang-fan' }),
    );
    await manager.mutate('tasks.transfer', { taskId, toUserId: 'u-yang-fan', comment: 'Away' });
    const stale = await manager.refusal(() => manager.mutate('tasks.approve', { taskId }));

    // then only yang.fan can act, and the page says how the task came to them
    expect(stranger).toMatchObject({ status: 403, code: 'task.not-assignee' });
    expect(stale.code).toBe('task.transferred');
    const item = (await colleague.query('tasks.inbox')).find((i) => i.instanceId === id);
    expect(item).toMatchObject({ originKind: 'transfer', onBehalfOf: null, batchApprove: true });
    const page = await employee.query('instances.get', { id });
    const moved = page.tasks.find((task) => task.assignee.id === 'u-yang-fan');
    expect(moved).toMatchObject({ status: 'open', originKind: 'transfer', blockedBy: [] });
    expect(page.timeline.map((entry) => entry.type)).toContain('task.transferred');
  });

  it('delegates a task for advice: the delegator waits, then decides after the answer', async () => {
    // given wang.fang's task on a claim
    const id = await claim(employee, 'expense', '300.00');
    const taskId = await taskOn(manager, id);

    // when she asks yang.fan first and approves before he answered
    await manager.mutate('tasks.delegate', { taskId, toUserId: 'u-yang-fan' });
    const early = await manager.refusal(() => manager.mutate('tasks.approve', { taskId }));

    // then her task waits for his, and once he answered it is hers to approve
    expect(early.code).toBe('task.waiting-for-others');
    const waiting = (await admin.query('instances.get', { id })).tasks.find((t) => t.id === taskId);
    expect(waiting?.status).toBe('waiting');
    expect(waiting?.blockedBy).toHaveLength(1);
    await colleague.mutate('tasks.approve', { taskId: await taskOn(colleague, id) });
    const done = await manager.mutate('tasks.approve', { taskId });
    expect(done.status).toBe('completed');
  });

  it('adds a signer before the caller, and refuses removal by anyone but who added them', async () => {
    // given wang.fang's task on a claim
    const id = await claim(employee, 'expense', '300.00');
    const taskId = await taskOn(manager, id);

    // when she adds wu.ting before herself, and yang.fan then tries to remove wu.ting
    await manager.mutate('tasks.addSigner', {
      taskId,
      userIds: ['u-wu-ting'],
      position: 'before',
      comment: 'Please check the hotel',
    });
    const signerTask = await taskOn(await server.signedIn('wu.ting'), id);
    const outsider = await colleague.refusal(() =>
      colleague.mutate('tasks.removeSigner', { taskId: signerTask }),
    );
    await manager.mutate('tasks.removeSigner', { taskId: signerTask, comment: 'Not needed' });

    // then the stranger's removal is refused, and her own removal gives her task back to her
    expect(outsider.code).toBe('signer.not-removable');
    const page = await employee.query('instances.get', { id });
    expect(page.tasks.find((t) => t.id === signerTask)).toMatchObject({
      status: 'cancelled',
      originKind: 'addBefore',
    });
    expect(page.tasks.find((t) => t.id === taskId)).toMatchObject({
      status: 'open',
      blockedBy: [],
    });
    expect(page.timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(['task.signer-added', 'task.signer-removed']),
    );
  });

  it('refuses adding the same signer twice', async () => {
    const id = await claim(employee, 'expense', '300.00');
    const taskId = await taskOn(manager, id);
    const alongside = { taskId, userIds: ['u-wu-ting'], position: 'alongside' as const };

    await manager.mutate('tasks.addSigner', alongside);
    const twice = await manager.refusal(() => manager.mutate('tasks.addSigner', alongside));

    expect(twice.code).toBe('signer.already-present');
  });

  it('refuses a transfer to an unknown user and to the current assignee', async () => {
    const id = await claim(employee, 'expense', '300.00');
    const taskId = await taskOn(manager, id);

    const unknown = await manager.refusal(() =>
      manager.mutate('tasks.transfer', { taskId, toUserId: 'u-nobody' }),
    );
    const self = await manager.refusal(() =>
      manager.mutate('tasks.transfer', { taskId, toUserId: 'u-wang-fang' }),
    );

    expect(unknown).toMatchObject({ status: 400, code: 'action.unknown-user' });
    expect(self.code).toBe('task.same-assignee');
  });
});
