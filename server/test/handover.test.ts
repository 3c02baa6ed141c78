import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';
import { claim, publishExpenseVariant, taskOn, withNodeConfig } from './support/variants.ts';

const namingWangFang = {
  approvers: [{ kind: 'user', userIds: ['u-wang-fang', 'u-li-na'] }],
  vetoUserIds: ['u-wang-fang'],
  ifNobody: 'user',
  fallbackUserId: 'u-wang-fang',
};

describe.each(testDatabases())('handing over the work of someone leaving on $name', (factory) => {
  let server: TestApp;
  let employee: ApiClient;
  let manager: ApiClient;
  let admin: ApiClient;
  let owner: ApiClient;

  beforeAll(async () => {
    server = await startTestApp(factory);
    employee = await server.signedIn('chen.jie');
    manager = await server.signedIn('wang.fang');
    admin = await server.signedIn('zhou.yu');
    owner = await server.signedIn('sun.hao');
    await publishExpenseVariant(owner, 'expense-named', (bundle) =>
      withNodeConfig(bundle, 'finance', namingWangFang),
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists her tasks and flows, moves the chosen ones and edits the drafts', async () => {
    // given two claims waiting for wang.fang, one of li.na's tasks, and a flow naming wang.fang
    const first = await claim(employee, 'expense', '300.00');
    const second = await claim(employee, 'expense', '400.00');
    const big = await claim(employee, 'expense', '8000.00');
    await manager.mutate('tasks.approve', { taskId: await taskOn(manager, big) });
    const others = await taskOn(await server.signedIn('li.na'), big);
    const tasks = [await taskOn(manager, first), await taskOn(manager, second)];
    const draftBefore = await owner.query('flows.get', { key: 'expense-named' });

    // when the admin looks at her work and hands it to yang.fan
    const view = await admin.query('admin.handover', { userId: 'u-wang-fang' });
    const result = await admin.mutate('admin.handoverApply', {
      fromUserId: 'u-wang-fang',
      toUserId: 'u-yang-fan',
      taskIds: [...tasks, others],
      flowKeys: ['expense-named', 'expense'],
      reason: 'Left the company',
    });

    // then the view listed both tasks and where the flow names her
    expect(view.openTasks.map((task) => [task.taskId, task.status, task.nodeName])).toEqual(
      expect.arrayContaining(tasks.map((taskId) => [taskId, 'open', 'Manager approval'])),
    );
    expect(view.flows).toEqual([
      {
        flowKey: 'expense-named',
        name: 'expense-named',
        nodes: [
          { nodeId: 'finance', name: 'Finance approval', as: 'approver' },
          { nodeId: 'finance', name: 'Finance approval', as: 'veto' },
          { nodeId: 'finance', name: 'Finance approval', as: 'fallback' },
        ],
      },
    ]);
    // and the tasks moved, li.na's was refused, the draft changed and nothing was published
    expect(result.tasks.map((task) => [task.taskId, task.ok, task.error?.code])).toEqual([
      [tasks[0], true, undefined],
      [tasks[1], true, undefined],
      [others, false, 'handover.not-their-task'],
    ]);
    expect(result.flows).toEqual([
      {
        flowKey: 'expense-named',
        ok: true,
        draftRevision: draftBefore.draftRevision + 1,
        published: false,
      },
      {
        flowKey: 'expense',
        ok: false,
        error: expect.objectContaining({ code: 'handover.flow-not-naming' }),
      },
    ]);
    const inbox = await (await server.signedIn('yang.fan')).query('tasks.inbox');
    const moved = inbox.filter(
      (item) => tasks.includes(item.id) || [first, second].includes(item.instanceId),
    );
    expect(moved.map((item) => item.originKind)).toEqual(['handover', 'handover']);
    const draft = await owner.query('flows.get', { key: 'expense-named' });
    const finance = draft.bundle.flow.nodes.find((node) => node.id === 'finance');
    expect(finance?.config).toMatchObject({
      approvers: [{ kind: 'user', userIds: ['u-yang-fan', 'u-li-na'] }],
      vetoUserIds: ['u-yang-fan'],
      fallbackUserId: 'u-yang-fan',
    });
    expect(draft.latestVersion).toBe(draftBefore.latestVersion);
    // the published version still names her until someone publishes the draft
    const after = await admin.query('admin.handover', { userId: 'u-wang-fang' });
    expect(after.openTasks.filter((task) => tasks.includes(task.taskId))).toEqual([]);
    expect(after.flows.map((flow) => flow.flowKey)).toEqual(['expense-named']);
  });

  it('lists and replaces someone named as the escalation target of a timeout', async () => {
    // given a flow whose manager step escalates to xu.jing after an hour
    const timeout = { afterMinutes: 60, action: 'escalate', escalateTo: 'user' };
    const escalating = { deadline: { timeout: { ...timeout, userId: 'u-xu-jing' } } };
    await publishExpenseVariant(owner, 'expense-escalating', (bundle) =>
      withNodeConfig(bundle, 'manager', escalating),
    );

    // when the admin looks at her work and hands it to yang.fan
    const view = await admin.query('admin.handover', { userId: 'u-xu-jing' });
    const result = await admin.mutate('admin.handoverApply', {
      fromUserId: 'u-xu-jing',
      toUserId: 'u-yang-fan',
      taskIds: [],
      flowKeys: ['expense-escalating'],
      reason: 'Left the company',
    });

    // then the flow was listed with the step, and its draft escalates to yang.fan instead
    expect(view.flows).toEqual([
      {
        flowKey: 'expense-escalating',
        name: 'expense-escalating',
        nodes: [{ nodeId: 'manager', name: 'Manager approval', as: 'escalation' }],
      },
    ]);
    expect(result.flows.map((flow) => [flow.flowKey, flow.ok])).toEqual([
      ['expense-escalating', true],
    ]);
    const draft = await owner.query('flows.get', { key: 'expense-escalating' });
    const manager = draft.bundle.flow.nodes.find((node) => node.id === 'manager');
    expect(manager?.config['deadline']).toEqual({ timeout: { ...timeout, userId: 'u-yang-fan' } });
  });

  it('refuses to publish a timeout escalating to someone the org does not have', async () => {
    const timeout = { afterMinutes: 60, action: 'escalate', escalateTo: 'user' };

    const refused = await owner.refusal(() =>
      publishExpenseVariant(owner, 'expense-escalating-nobody', (bundle) =>
        withNodeConfig(bundle, 'manager', {
          deadline: { timeout: { ...timeout, userId: 'u-nobody' } },
        }),
      ),
    );

    expect(refused).toMatchObject({ status: 400, code: 'flow.invalid' });
    expect(refused.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['deadline.escalate-unknown-user', 'flow.nodes.1.config.deadline.timeout.userId'],
    ]);
  });

  it('refuses handing over to the same person or to someone unknown, changing nothing', async () => {
    const id = await claim(employee, 'expense', '300.00');
    const taskId = await taskOn(manager, id);
    const apply = (toUserId: string) =>
      admin.mutate('admin.handoverApply', {
        fromUserId: 'u-wang-fang',
        toUserId,
        taskIds: [taskId],
        reason: 'Left',
      });

    const same = await admin.refusal(() => apply('u-wang-fang'));
    const unknown = await admin.refusal(() => apply('u-nobody'));

    expect(same).toMatchObject({ status: 400, code: 'handover.same-user' });
    expect(unknown).toMatchObject({ status: 400, code: 'input.unknown-user' });
    expect(await taskOn(manager, id)).toBe(taskId);
  });
});
