import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';
import { claim, taskOn } from './support/variants.ts';

describe.each(testDatabases())('admin interventions through the API on $name', (factory) => {
  let server: TestApp;
  let employee: ApiClient;
  let manager: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    server = await startTestApp(factory);
    employee = await server.signedIn('chen.jie');
    manager = await server.signedIn('wang.fang');
    admin = await server.signedIn('zhou.yu');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses every admin procedure to a business user', async () => {
    const id = await claim(employee, 'expense', '300.00');
    const taskId = await taskOn(manager, id);
    const reason = 'Testing';

    const calls = [
      () => manager.mutate('admin.terminate', { instanceId: id, reason }),
      () => manager.mutate('admin.reassign', { taskId, toUserId: 'u-yang-fan', reason }),
      () => manager.mutate('admin.jump', { instanceId: id, nodeId: 'end', reason }),
      () => manager.query('admin.handover', { userId: 'u-wang-fang' }),
      () =>
        manager.mutate('admin.handoverApply', {
          fromUserId: 'u-wang-fang',
          toUserId: 'u-yang-fan',
          taskIds: [taskId],
          reason,
        }),
    ];
    const refusals = await Promise.all(calls.map((call) => manager.refusal(call)));

    expect(refusals.map((refusal) => [refusal.status, refusal.code])).toEqual(
      calls.map(() => [403, 'auth.forbidden']),
    );
    expect((await admin.query('instances.get', { id })).status).toBe('running');
  });

  it('terminates a request with a reason and refuses one without', async () => {
    const id = await claim(employee, 'expense', '300.00');

    const blank = await admin.refusal(() =>
      admin.mutate('admin.terminate', { instanceId: id, reason: '   ' }),
    );
    const ended = await admin.mutate('admin.terminate', {
      instanceId: id,
      reason: 'Duplicate of another claim',
    });

    expect(blank).toMatchObject({ status: 400, code: 'input.invalid' });
    expect(blank.issues.map((issue) => issue.path)).toEqual([['reason']]);
    expect(ended.status).toBe('terminated');
    const page = await employee.query('instances.get', { id });
    const event = page.timeline.find((entry) => entry.type === 'instance.terminated');
    expect(event).toMatchObject({ actor: { id: 'u-zhou-yu' } });
    expect(event?.data).toMatchObject({ reason: 'Duplicate of another claim' });
  });

  it('reassigns a task, after which the old assignee can no longer act', async () => {
    const id = await claim(employee, 'expense', '300.00');
    const taskId = await taskOn(manager, id);

    await admin.mutate('admin.reassign', { taskId, toUserId: 'u-yang-fan', reason: 'On leave' });
    const stale = await manager.refusal(() => manager.mutate('tasks.approve', { taskId }));

    expect(stale.code).toBe('task.transferred');
    const colleague = await server.signedIn('yang.fan');
    const item = (await colleague.query('tasks.inbox')).find((i) => i.instanceId === id);
    expect(item?.originKind).toBe('reassign');
  });

  it('jumps a request to the end, and refuses a node that is not a step', async () => {
    const id = await claim(employee, 'expense', '8000.00');

    const invalid = await admin.refusal(() =>
      admin.mutate('admin.jump', { instanceId: id, nodeId: 'threshold', reason: 'Skip' }),
    );
    const jumped = await admin.mutate('admin.jump', {
      instanceId: id,
      nodeId: 'end',
      reason: 'Approved by the board',
    });

    expect(invalid.code).toBe('jump.invalid-target');
    expect(jumped.status).toBe('completed');
    const page = await employee.query('instances.get', { id });
    expect(page.timeline.map((entry) => entry.type)).toContain('instance.jumped');
  });
});
