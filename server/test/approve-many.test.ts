import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';
import { claim, publishExpenseVariant, taskOn, withNodeConfig } from './support/variants.ts';

const financePicked = [{ kind: 'approverPicks', multiple: false, range: [] }];

describe.each(testDatabases())('approving many tasks at once on $name', (factory) => {
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
    await publishExpenseVariant(owner, 'expense-single', (bundle) =>
      withNodeConfig(bundle, 'manager', { batchApprove: false }),
    );
    await publishExpenseVariant(owner, 'expense-noted', (bundle) =>
      withNodeConfig(bundle, 'manager', { commentRequired: true }),
    );
    await publishExpenseVariant(owner, 'expense-picked', (bundle) =>
      withNodeConfig(bundle, 'finance', { approvers: financePicked }),
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  it('approves what it may and says per task why the others were refused', async () => {
    // given five claims waiting for wang.fang and one of li.na's tasks
    const plain = await claim(employee, 'expense', '300.00');
    const single = await claim(employee, 'expense-single', '300.00');
    const noted = await claim(employee, 'expense-noted', '300.00');
    const picked = await claim(employee, 'expense-picked', '8000.00');
    const big = await claim(employee, 'expense', '8000.00');
    await manager.mutate('tasks.approve', { taskId: await taskOn(manager, big) });
    const ids = {
      plain: await taskOn(manager, plain),
      single: await taskOn(manager, single),
      noted: await taskOn(manager, noted),
      picked: await taskOn(manager, picked),
      others: await taskOn(finance, big),
    };
    const inbox = await manager.query('tasks.inbox');

    // when wang.fang approves them all, one twice, plus a task that does not exist
    const { results } = await manager.mutate('tasks.approveMany', {
      taskIds: [...Object.values(ids), ids.plain, 'task-missing'],
    });

    // then each request is decided on its own
    expect(inbox.find((item) => item.id === ids.single)?.batchApprove).toBe(false);
    expect(inbox.find((item) => item.id === ids.plain)?.batchApprove).toBe(true);
    expect(results.map((result) => [result.taskId, result.ok, result.error?.code])).toEqual([
      [ids.plain, true, undefined],
      [ids.single, false, 'batch.not-allowed'],
      [ids.noted, false, 'batch.comment-required'],
      [ids.picked, false, 'batch.pick-required'],
      [ids.others, false, 'task.not-assignee'],
      ['task-missing', false, 'task.not-found'],
    ]);
    expect(results[0]?.status).toBe('completed');
    expect(results[1]?.error?.message).toBe(
      'Step "Manager approval" does not allow batch approval. Open the request to decide it.',
    );
    expect(results[3]?.error?.message).toMatch(/Finance approval/);
    const still = await manager.query('tasks.inbox');
    expect(still.map((item) => item.id)).toEqual(
      expect.arrayContaining([ids.single, ids.noted, ids.picked]),
    );
    expect(still.map((item) => item.id)).not.toContain(ids.plain);
  });

  it('approves a step that needs a comment when the batch carries one', async () => {
    const noted = await claim(employee, 'expense-noted', '300.00');
    const taskId = await taskOn(manager, noted);

    const { results } = await manager.mutate('tasks.approveMany', {
      taskIds: [taskId],
      comment: 'Checked',
    });

    expect(results).toEqual([{ taskId, ok: true, status: 'completed' }]);
    const page = await employee.query('instances.get', { id: noted });
    expect(page.tasks.find((task) => task.id === taskId)?.comment).toBe('Checked');
  });

  it('refuses more than 100 tasks in one call', async () => {
    const taskIds = Array.from({ length: 101 }, (_, n) => `task-${n}`);

    const refused = await manager.refusal(() => manager.mutate('tasks.approveMany', { taskIds }));

    expect(refused).toMatchObject({ status: 400, code: 'input.invalid' });
    expect(refused.issues[0]?.path).toEqual(['taskIds']);
  });
});
