import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { expenseValues, withExecutiveStep } from './support/expense-edit.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

/** The open task of `client` on a request, from the inbox as the designer finds it. */
async function taskFor(client: ApiClient, instanceId: string): Promise<string> {
  const inbox = await client.query('tasks.inbox');
  const task = inbox.find((item) => item.instanceId === instanceId);
  if (!task) throw new Error(`no open task on ${instanceId}`);

  return task.id;
}

async function approve(client: ApiClient, instanceId: string, comment?: string) {
  const taskId = await taskFor(client, instanceId);

  return client.mutate('tasks.approve', { taskId, ...(comment ? { comment } : {}) });
}

describe.each(testDatabases())('issue 2 expense scenario on $name', (factory) => {
  let server: TestApp;
  let owner: ApiClient;
  let employee: ApiClient;
  let manager: ApiClient;
  let finance: ApiClient;
  let executive: ApiClient;
  let admin: ApiClient;
  let bigClaim = '';

  beforeAll(async () => {
    server = await startTestApp(factory);
    owner = await server.signedIn('sun.hao');
    employee = await server.signedIn('chen.jie');
    manager = await server.signedIn('wang.fang');
    finance = await server.signedIn('li.na');
    executive = await server.signedIn('zhao.min');
    admin = await server.signedIn('zhou.yu');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lets the process owner add an executive approval and publish it as v2', async () => {
    // given the seeded expense flow
    const loaded = await owner.query('flows.get', { key: 'expense' });
    expect([loaded.draftRevision, loaded.latestVersion]).toEqual([1, 1]);

    // when an approval without approvers is inserted after finance, then given role executive
    const bare = await owner.mutate('flows.saveDraft', {
      key: 'expense',
      bundle: withExecutiveStep(loaded.bundle, []),
      expectedRevision: 1,
    });
    const fixed = await owner.mutate('flows.saveDraft', {
      key: 'expense',
      bundle: withExecutiveStep(loaded.bundle, [{ kind: 'role', role: 'executive' }]),
      expectedRevision: bare.draftRevision,
    });
    const published = await owner.mutate('flows.publish', {
      key: 'expense',
      expectedRevision: fixed.draftRevision,
    });

    // then the checker flagged the empty step, the rule cleared it, and v2 is out
    expect(bare.issues.map((issue) => [issue.code, issue.nodeId])).toContainEqual([
      'approval.no-approvers',
      'executive',
    ]);
    expect(fixed.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(published.version).toBe(2);
    const versions = await owner.query('flows.versions', { key: 'expense' });
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it('runs a 12,345.67 CNY claim through return, resubmit and three approvals', async () => {
    // given chen.jie starts a claim on the latest version
    const form = await employee.query('instances.form', { flowKey: 'expense' });
    expect(form.version).toBe(2);
    const values = expenseValues('12345.67', [
      ['Flights', '8000.00'],
      ['Hotel', '4345.67'],
    ]);
    const { id } = await employee.mutate('instances.start', { flowKey: 'expense', values });
    bigClaim = id;

    // when the manager approves and finance returns it to him
    await approve(manager, id, 'OK, within the travel policy');
    const rejectedTask = await taskFor(finance, id);
    const returned = await finance.mutate('tasks.reject', {
      taskId: rejectedTask,
      comment: 'Please attach the hotel invoice',
      target: 'initiator',
    });
    expect(returned.status).toBe('returned');
    const back = await employee.query('instances.get', { id });
    expect(back.canResubmit).toBe(true);

    // and he resubmits, after which manager, finance and executive approve
    await employee.mutate('instances.resubmit', {
      id,
      values: { ...values, description: 'Client visit, invoice attached' },
    });
    await approve(manager, id);
    await approve(finance, id, 'Invoice checked');
    const done = await approve(executive, id, '同意');

    // then the request is completed, with who did what in the tasks and the timeline
    expect(done.status).toBe('completed');
    const request = await employee.query('instances.get', { id });
    expect(request).toMatchObject({
      status: 'completed',
      flowVersion: 2,
      initiator: { name: '陈杰' },
      canResubmit: false,
      myOpenTaskId: null,
    });
    expect(request.values).toMatchObject({
      amount: '12345.67',
      itemsTotal: '12345.67',
      description: 'Client visit, invoice attached',
    });
    const decided = request.tasks.filter((t) => t.status !== 'cancelled');
    expect(decided.map((t) => [t.nodeId, t.assignee.name, t.status, t.comment])).toEqual([
      ['manager', '王芳', 'approved', 'OK, within the travel policy'],
      ['finance', '李娜', 'rejected', 'Please attach the hotel invoice'],
      ['manager', '王芳', 'approved', null],
      ['finance', '李娜', 'approved', 'Invoice checked'],
      ['executive', '赵敏', 'approved', '同意'],
    ]);
    // finance is "any of the finance role": the other member's tasks were cancelled
    const cancelled = request.tasks.filter((t) => t.status === 'cancelled');
    expect(cancelled.map((t) => [t.nodeId, t.assignee.name])).toEqual([
      ['finance', '黄磊'],
      ['finance', '黄磊'],
    ]);
    const actors = request.timeline.map((entry) => entry.actor?.name ?? null);
    expect(actors).toEqual(expect.arrayContaining(['陈杰', '王芳', '李娜', '赵敏']));
    const comments = request.timeline.map((entry) => entry.data['comment']).filter(Boolean);
    expect(comments).toEqual(
      expect.arrayContaining(['Please attach the hotel invoice', 'Invoice checked', '同意']),
    );
    expect(request.trail.map((step) => step.nodeId)).toContain('executive');
  });

  it('shows the request only to the people involved and to admins', async () => {
    const colleague = await server.signedIn('yang.fan');

    const refused = await colleague.refusal(() =>
      colleague.query('instances.get', { id: bigClaim }),
    );

    expect(refused).toMatchObject({ status: 403, code: 'instance.forbidden' });
    expect((await manager.query('instances.get', { id: bigClaim })).id).toBe(bigClaim);
    expect((await admin.query('instances.get', { id: bigClaim })).id).toBe(bigClaim);
  });

  it('completes an 800.00 claim after the manager alone (default branch)', async () => {
    const { id } = await employee.mutate('instances.start', {
      flowKey: 'expense',
      values: expenseValues('800.00', [['Taxi', '800.00']]),
    });

    const pending = await manager.query('instances.get', { id });
    const done = await approve(manager, id);

    expect(pending.myOpenTaskId).not.toBeNull();
    expect(done.status).toBe('completed');
    const request = await employee.query('instances.get', { id });
    expect(request.tasks.map((t) => t.nodeId)).toEqual(['manager']);
    expect(request.trail.map((step) => step.nodeId)).not.toContain('finance');
  });

  it('starts new requests on the rolled-back content while running ones keep v2', async () => {
    // given a 6,000 claim started on v2 before the rollback
    const before = await employee.mutate('instances.start', {
      flowKey: 'expense',
      values: expenseValues('6000.00', [['Booth rental', '6000.00']]),
    });

    // when IT rolls back to v1
    const rolledBack = await admin.mutate('flows.rollback', { key: 'expense', version: 1 });
    const after = await employee.mutate('instances.start', {
      flowKey: 'expense',
      values: expenseValues('7000.00', [['Samples', '7000.00']]),
    });

    // then v3 has v1's content and the new claim completes without an executive step
    expect(rolledBack.version).toBe(3);
    const [v1, v3] = await Promise.all([
      owner.query('flows.version', { key: 'expense', version: 1 }),
      owner.query('flows.version', { key: 'expense', version: 3 }),
    ]);
    expect(v3.hash).toBe(v1.hash);
    await approve(manager, after.id);
    const newDone = await approve(finance, after.id);
    expect(newDone.status).toBe('completed');
    expect((await employee.query('instances.get', { id: after.id })).flowVersion).toBe(3);

    // and the claim started on v2 still goes to the executive
    await approve(manager, before.id);
    const waiting = await approve(finance, before.id);
    expect(waiting.status).toBe('running');
    const old = await employee.query('instances.get', { id: before.id });
    expect(old.flowVersion).toBe(2);
    expect(old.tasks.filter((t) => t.status === 'open').map((t) => t.nodeId)).toEqual([
      'executive',
    ]);
    expect((await approve(executive, before.id)).status).toBe('completed');
  });

  it('lists the employee requests and keeps the inbox empty once all is decided', async () => {
    const mine = await employee.query('instances.mine');

    expect(mine).toHaveLength(4);
    expect(mine.every((item) => item.status === 'completed')).toBe(true);
    expect(mine.every((item) => item.flowName === 'Expense reimbursement')).toBe(true);
    expect(await manager.query('tasks.inbox')).toEqual([]);
    expect(await executive.query('tasks.inbox')).toEqual([]);
  });
});
