import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { withExecutiveStep } from './support/expense-edit.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';
import { claim, publishExpenseVariant, taskOn } from './support/variants.ts';

describe.each(testDatabases())('returning and recalling through the API on $name', (factory) => {
  let server: TestApp;
  let employee: ApiClient;
  let manager: ApiClient;
  let finance: ApiClient;

  beforeAll(async () => {
    server = await startTestApp(factory);
    employee = await server.signedIn('chen.jie');
    manager = await server.signedIn('wang.fang');
    finance = await server.signedIn('li.na');
    const owner = await server.signedIn('sun.hao');
    await publishExpenseVariant(owner, 'expense-three', (bundle) =>
      withExecutiveStep(bundle, [{ kind: 'role', role: 'executive' }]),
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  it('offers the earlier steps as return targets and sends the request back to one', async () => {
    // given an 8000 claim the manager approved, now with finance
    const id = await claim(employee, 'expense', '8000.00');
    const first = await manager.query('tasks.returnTargets', { taskId: await taskOn(manager, id) });
    await manager.mutate('tasks.approve', { taskId: await taskOn(manager, id) });
    const taskId = await taskOn(finance, id);

    // when finance asks where it may return to, a stranger asks too, and finance returns it
    const targets = await finance.query('tasks.returnTargets', { taskId });
    const stranger = await employee.refusal(() =>
      employee.query('tasks.returnTargets', { taskId }),
    );
    const returned = await finance.mutate('tasks.return', {
      taskId,
      to: 'previous',
      comment: 'Manager, please look again',
    });

    // then the first step had nowhere but the initiator, and the manager decides again
    expect(first).toEqual({ initiator: true, previous: null, earlier: [] });
    expect(targets).toEqual({
      initiator: true,
      previous: { nodeId: 'manager', name: 'Manager approval' },
      earlier: [{ nodeId: 'manager', name: 'Manager approval' }],
    });
    expect(stranger).toMatchObject({ status: 403, code: 'task.not-assignee' });
    expect(returned.status).toBe('running');
    await taskOn(manager, id);
    const page = await employee.query('instances.get', { id });
    expect(page.timeline.map((entry) => entry.type)).toContain('step.returned-to');
  });

  it('returns a request to the initiator, who may then resubmit it', async () => {
    const id = await claim(employee, 'expense', '300.00');

    const returned = await manager.mutate('tasks.return', {
      taskId: await taskOn(manager, id),
      to: 'initiator',
    });

    expect(returned.status).toBe('returned');
    expect((await employee.query('instances.get', { id })).canResubmit).toBe(true);
  });

  it('recalls a decision while the next step has not acted, and refuses it after', async () => {
    // given a three-step claim the manager approved
    const id = await claim(employee, 'expense-three', '8000.00');
    const managerTask = await taskOn(manager, id);
    await manager.mutate('tasks.approve', { taskId: managerTask, comment: 'Fine' });

    // when the manager recalls, approves again, finance approves and the manager recalls again
    const recalled = await manager.mutate('tasks.recall', { taskId: managerTask });
    const reopened = await taskOn(manager, id);
    await manager.mutate('tasks.approve', { taskId: reopened });
    await finance.mutate('tasks.approve', { taskId: await taskOn(finance, id) });
    const late = await manager.refusal(() => manager.mutate('tasks.recall', { taskId: reopened }));

    // then the first recall opened the manager's task again, the second came too late
    expect(recalled.status).toBe('running');
    expect(reopened).toBe(managerTask);
    expect(late.code).toBe('recall.too-late');
    const page = await employee.query('instances.get', { id });
    expect(page.timeline.filter((entry) => entry.type === 'task.recalled')).toHaveLength(1);
  });
});
