import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ccNodeFlow, fakeClock, openTaskOf, outcomeOf, type FakeClock } from './action-testing.ts';
import { createEngine, type Engine } from './engine.ts';
import type { InstanceView } from './instance-view.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { claimValues, managerThenFinanceAll, publishTestFlow, seedTestOrg } from './testing.ts';

describe.each(testDatabases())('runtime actions through the engine on $name', (factory) => {
  let database: TestDatabase;
  let engine: Engine;
  let clock: FakeClock;

  beforeAll(async () => {
    database = await factory.open();
    await seedTestOrg(database.db);
    await publishTestFlow(database.db, managerThenFinanceAll);
    await publishTestFlow(database.db, ccNodeFlow);
    clock = fakeClock();
    engine = createEngine({ ...database, now: clock.now });
  });
  afterAll(() => database?.close());

  /** A request of manager-finance waiting for wang.fang. */
  function started(): Promise<InstanceView> {
    return engine.start({ flowKey: 'manager-finance', actorId: 'chen.jie', values: claimValues });
  }

  /** A request whose manager step wang.fang approved: li.na and he.xin hold finance tasks. */
  async function atFinance(): Promise<InstanceView> {
    const request = await started();

    return engine.approve({ taskId: openTaskOf(request, 'wang.fang'), actorId: 'wang.fang' });
  }

  async function eventTypes(instanceId: string): Promise<string[]> {
    const detail = await engine.getInstance(instanceId);

    return detail?.events.map((event) => event.type) ?? [];
  }

  async function taskRow(taskId: string) {
    return database.db
      .selectFrom('tasks')
      .selectAll()
      .where('id', '=', taskId)
      .executeTakeFirstOrThrow();
  }

  it('returns a request to the initiator, and refuses a return to a previous step at the first', async () => {
    const request = await started();
    const taskId = openTaskOf(request, 'wang.fang');

    const refused = await outcomeOf(
      engine.returnTask({ taskId, actorId: 'wang.fang', to: 'previous' }),
    );
    const returned = await engine.returnTask({
      taskId,
      actorId: 'wang.fang',
      to: 'initiator',
      comment: '请补充发票',
    });

    expect(refused).toBe('return.no-earlier-step');
    expect(returned.status).toBe('returned');
    expect(await taskRow(taskId)).toMatchObject({ status: 'cancelled' });
    const detail = await engine.getInstance(request.id);
    expect(detail?.events.at(-1)).toMatchObject({
      type: 'instance.returned',
      actorId: 'wang.fang',
      data: { returned: true, to: 'initiator', comment: '请补充发票' },
    });
  });

  it('sends a request back to the previous step, whose approver holds an open task again', async () => {
    const request = await atFinance();

    const back = await engine.returnTask({
      taskId: openTaskOf(request, 'li.na'),
      actorId: 'li.na',
      to: 'previous',
    });

    expect(back.status).toBe('running');
    expect(await eventTypes(request.id)).toContain('step.returned-to');
    expect((await engine.listInbox('wang.fang')).map((item) => item.instanceId)).toContain(
      request.id,
    );
  });

  it('recalls an approval while the next step has not acted, and refuses it after', async () => {
    // given wang.fang approved and nobody in finance acted yet
    const request = await started();
    const taskId = openTaskOf(request, 'wang.fang');
    await engine.approve({ taskId, actorId: 'wang.fang' });

    // when she recalls it, then her task is open again and finance's are gone
    const recalled = await engine.recall({ taskId, actorId: 'wang.fang' });
    expect(await taskRow(taskId)).toMatchObject({ status: 'open', decided_at: null });
    expect(recalled.state.tasks.filter((task) => task.status === 'open')).toHaveLength(1);

    // and once li.na approved in finance, a second recall is refused
    const again = await engine.approve({ taskId, actorId: 'wang.fang' });
    await engine.approve({ taskId: openTaskOf(again, 'li.na'), actorId: 'li.na' });
    expect(await outcomeOf(engine.recall({ taskId, actorId: 'wang.fang' }))).toBe(
      'recall.too-late',
    );
  });

  it('transfers a task for good: the old assignee is refused, the new one sees its origin', async () => {
    const request = await started();
    const taskId = openTaskOf(request, 'wang.fang');

    const moved = await engine.transfer({ taskId, actorId: 'wang.fang', toUserId: 'he.xin' });

    expect(await outcomeOf(engine.approve({ taskId, actorId: 'wang.fang' }))).toBe(
      'task.transferred',
    );
    const newTaskId = openTaskOf(moved, 'he.xin');
    expect(await taskRow(newTaskId)).toMatchObject({ origin_kind: 'transfer', status: 'open' });
    const inbox = await engine.listInbox('he.xin');
    expect(inbox.find((item) => item.id === newTaskId)).toMatchObject({
      originKind: 'transfer',
      onBehalfOf: null,
      batchApprove: true,
    });
  });

  it('delegates a task: the delegator waits, then finishes it after the advice', async () => {
    const request = await started();
    const taskId = openTaskOf(request, 'wang.fang');

    const asked = await engine.delegate({ taskId, actorId: 'wang.fang', toUserId: 'li.na' });
    const waiting = await outcomeOf(engine.approve({ taskId, actorId: 'wang.fang' }));
    await engine.approve({ taskId: openTaskOf(asked, 'li.na'), actorId: 'li.na' });
    const done = await engine.approve({ taskId, actorId: 'wang.fang' });

    expect(waiting).toBe('task.waiting-for-others');
    expect(await eventTypes(request.id)).toContain('task.delegated');
    expect(done.state.steps.find((step) => step.nodeId === 'manager')?.status).toBe('approved');
  });

  it('adds a signer before the actor and removes them again; others may not remove them', async () => {
    const request = await started();
    const taskId = openTaskOf(request, 'wang.fang');

    const twice = await outcomeOf(
      engine.addSigner({
        taskId,
        actorId: 'wang.fang',
        userIds: ['li.na', 'li.na'],
        position: 'before',
      }),
    );
    const added = await engine.addSigner({
      taskId,
      actorId: 'wang.fang',
      userIds: ['li.na'],
      position: 'before',
    });
    const signerTask = openTaskOf(added, 'li.na');
    const byOther = await outcomeOf(engine.removeSigner({ taskId: signerTask, actorId: 'he.xin' }));
    const removed = await engine.removeSigner({ taskId: signerTask, actorId: 'wang.fang' });

    expect(twice).toBe('signer.already-present');
    expect(await taskRow(signerTask)).toMatchObject({
      status: 'cancelled',
      origin_kind: 'addBefore',
    });
    expect(byOther).toBe('signer.not-removable');
    expect(openTaskOf(removed, 'wang.fang')).toBe(taskId);
    expect(await eventTypes(request.id)).toEqual(
      expect.arrayContaining(['task.signer-added', 'task.signer-removed']),
    );
  });

  it('copies people ad hoc into their CC inbox, and refuses a copy by an outsider', async () => {
    const request = await started();
    const before = await engine.ccUnreadCount('he.xin');

    const outsider = await outcomeOf(
      engine.cc({ instanceId: request.id, actorId: 'he.xin', userIds: ['li.na'] }),
    );
    await engine.cc({
      instanceId: request.id,
      actorId: 'chen.jie',
      userIds: ['he.xin'],
      comment: '请知悉',
    });

    expect(outsider).toBe('cc.not-participant');
    const [copy] = await engine.listCc('he.xin', { unreadOnly: true });
    expect(copy).toMatchObject({
      instanceId: request.id,
      title: request.title,
      flowName: { 'zh-CN': '测试报销', en: 'Test claim' },
      by: { id: 'chen.jie', name: '陈杰' },
      nodeId: null,
      nodeName: null,
      comment: '请知悉',
      readAt: null,
    });
    expect(await engine.ccUnreadCount('he.xin')).toBe(before + 1);
  });

  it('marks only the caller’s copies read', async () => {
    const request = await started();
    await engine.cc({ instanceId: request.id, actorId: 'chen.jie', userIds: ['he.xin', 'li.na'] });
    const [theirs] = await engine.listCc('li.na', { unreadOnly: true });

    const byStranger = await engine.markCcRead('he.xin', { ids: [theirs?.id ?? ''] });
    const all = await engine.markCcRead('he.xin', { all: true });

    expect(byStranger).toBe(0);
    expect(all).toBeGreaterThanOrEqual(1);
    expect(await engine.ccUnreadCount('he.xin')).toBe(0);
    expect(await engine.listCc('li.na', { unreadOnly: true })).toContainEqual(
      expect.objectContaining({ id: theirs?.id, readAt: null }),
    );
    expect(await engine.markCcRead('li.na', { ids: [theirs?.id ?? ''] })).toBe(1);
  });

  it('records the copies of a CC node with the node and no sender', async () => {
    const request = await engine.start({
      flowKey: 'cc-node',
      actorId: 'chen.jie',
      values: claimValues,
    });

    const copies = await engine.listCc('li.na');

    expect(copies.find((copy) => copy.instanceId === request.id)).toMatchObject({
      by: null,
      nodeId: 'copy',
      nodeName: { 'zh-CN': '抄送财务', en: 'Copy finance' },
      comment: null,
    });
  });

  it('urges the approvers once per interval', async () => {
    const request = await started();

    await engine.urge({ instanceId: request.id, actorId: 'chen.jie', comment: '急' });
    const tooSoon = await outcomeOf(engine.urge({ instanceId: request.id, actorId: 'chen.jie' }));
    clock.advance(31);
    await engine.urge({ instanceId: request.id, actorId: 'chen.jie' });

    expect(tooSoon).toBe('urge.too-soon');
    expect((await eventTypes(request.id)).filter((type) => type === 'instance.urged')).toHaveLength(
      2,
    );
  });

  it('terminates a request with a reason, and refuses one without', async () => {
    const request = await started();

    const blank = await outcomeOf(
      engine.terminate({ instanceId: request.id, actorId: 'li.na', reason: '  ' }),
    );
    const ended = await engine.terminate({
      instanceId: request.id,
      actorId: 'li.na',
      reason: '重复提交',
    });

    expect(blank).toBe('action.reason-required');
    expect(ended).toMatchObject({ status: 'terminated' });
    expect(ended.endedAt).not.toBeNull();
    expect(await engine.listInbox('wang.fang')).not.toContainEqual(
      expect.objectContaining({ instanceId: request.id }),
    );
  });

  it('reassigns a task as part of a handover, and refuses a decided one', async () => {
    const request = await started();
    const taskId = openTaskOf(request, 'wang.fang');
    const held = await engine.listOpenTasksOf('wang.fang');
    expect(held).toContainEqual(
      expect.objectContaining({ taskId, instanceId: request.id, status: 'open' }),
    );

    const moved = await engine.reassign({
      taskId,
      actorId: 'li.na',
      toUserId: 'he.xin',
      reason: '离职交接',
      handover: true,
    });
    const again = await outcomeOf(
      engine.reassign({ taskId, actorId: 'li.na', toUserId: 'chen.jie', reason: '再交接' }),
    );

    expect(await taskRow(openTaskOf(moved, 'he.xin'))).toMatchObject({ origin_kind: 'handover' });
    expect(again).toBe('task.already-decided');
    expect((await engine.listOpenTasksOf('wang.fang')).map((task) => task.taskId)).not.toContain(
      taskId,
    );
  });

  it('jumps a request to a later step, and refuses the start node as a target', async () => {
    const request = await started();

    const invalid = await outcomeOf(
      engine.jump({ instanceId: request.id, actorId: 'li.na', nodeId: 'start', reason: '测试' }),
    );
    const jumped = await engine.jump({
      instanceId: request.id,
      actorId: 'li.na',
      nodeId: 'finance',
      reason: '经理休假',
    });

    expect(invalid).toBe('jump.invalid-target');
    expect(jumped.state.steps.filter((step) => step.status === 'active')).toMatchObject([
      { nodeId: 'finance' },
    ]);
    expect(await eventTypes(request.id)).toContain('instance.jumped');
  });
});
