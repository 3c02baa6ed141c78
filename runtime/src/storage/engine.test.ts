import { BatonError } from '@baton/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from './engine.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import {
  claimValues,
  managerOnly,
  managerThenFinanceAll,
  publishTestFlow,
  seedTestOrg,
} from './testing.ts';

async function errorOf(promise: Promise<unknown>): Promise<BatonError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof BatonError)) throw new Error('expected a BatonError', { cause: error });

  return error;
}

describe.each(testDatabases())('engine on $name', (factory) => {
  let database: TestDatabase;
  let engine: Engine;

  beforeAll(async () => {
    database = await factory.open();
    await seedTestOrg(database.db);
    await publishTestFlow(database.db, managerOnly);
    await publishTestFlow(database.db, managerThenFinanceAll);
    engine = createEngine(database);
  });
  afterAll(() => database?.close());

  async function taskRows(instanceId: string) {
    return database.db
      .selectFrom('tasks')
      .selectAll()
      .where('instance_id', '=', instanceId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  async function expectProjectionMatchesState(instanceId: string) {
    const detail = await engine.getInstance(instanceId);
    const rows = await taskRows(instanceId);
    const fromState = detail?.state.tasks.map((task) => ({
      id: task.id,
      assignee: task.assigneeId,
      status: task.status,
      comment: task.comment ?? null,
      decidedAt: task.decidedAt ?? null,
    }));
    const fromRows = rows.map((row) => ({
      id: row.id,
      assignee: row.assignee_id,
      status: row.status,
      comment: row.comment,
      decidedAt: row.decided_at,
    }));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(fromRows.sort(byId)).toEqual(fromState?.sort(byId));
  }

  it('completes a request when the only approver approves', async () => {
    // given a request waiting for the manager
    const started = await engine.start({
      flowKey: 'manager-only',
      actorId: 'chen.jie',
      values: claimValues,
    });
    const [task] = started.state.tasks;
    expect(started).toMatchObject({ status: 'running', version: 1, flowVersion: 1 });
    expect(task).toMatchObject({ assigneeId: 'wang.fang', status: 'open' });

    // when the manager approves
    const approved = await engine.approve({
      taskId: task?.id ?? '',
      actorId: 'wang.fang',
      comment: '同意',
    });

    // then the request is completed and the task decided
    expect(approved).toMatchObject({ status: 'completed', version: 2 });
    expect(approved.endedAt).not.toBeNull();
    const rows = await taskRows(started.id);
    expect(rows).toMatchObject([{ status: 'approved', comment: '同意' }]);
    const detail = await engine.getInstance(started.id);
    expect(detail?.events.map((event) => event.type)).toContain('instance.completed');
  });

  it('titles a request with the flow name, the initiator and the amount', async () => {
    const started = await engine.start({
      flowKey: 'manager-only',
      actorId: 'chen.jie',
      values: claimValues,
    });

    expect(started.title).toMatch(/^测试报销 - 陈杰 - .*12,345\.67/);
  });

  it('returns the first result when a command is replayed with its idempotency key', async () => {
    // given a start and an approval, each sent with an idempotency key
    const input = {
      flowKey: 'manager-only',
      actorId: 'chen.jie',
      values: claimValues,
      idempotencyKey: `start-${factory.name}-1`,
    };
    const first = await engine.start(input);
    const taskId = first.state.tasks[0]?.id ?? '';
    const approval = {
      taskId,
      actorId: 'wang.fang',
      idempotencyKey: `approve-${factory.name}-1`,
    };
    const approved = await engine.approve(approval);

    // when both are sent again
    const replayedStart = await engine.start(input);
    const replayedApproval = await engine.approve(approval);

    // then the first results come back and nothing ran twice
    expect(replayedStart).toEqual(first);
    expect(replayedApproval).toEqual(approved);
    const started = await database.db
      .selectFrom('instances')
      .select('id')
      .where('title', '=', first.title)
      .execute();
    expect(started.map((row) => row.id)).toContain(first.id);
    const detail = await engine.getInstance(first.id);
    expect(detail?.events.filter((event) => event.type === 'task.approved')).toHaveLength(1);
    expect(detail?.version).toBe(2);
  });

  it('starts exactly one request when the same start is sent twice at once', async () => {
    const input = {
      flowKey: 'manager-only',
      actorId: 'chen.jie',
      values: claimValues,
      idempotencyKey: `start-${factory.name}-twice`,
    };

    const [a, b] = await Promise.all([engine.start(input), engine.start(input)]);

    expect(a.id).toBe(b.id);
  });

  it('keeps idempotency keys per user, so two people may use the same key', async () => {
    // given chen.jie started a request with a key
    const idempotencyKey = `shared-${factory.name}`;
    const mine = await engine.start({
      flowKey: 'manager-only',
      actorId: 'chen.jie',
      values: claimValues,
      idempotencyKey,
    });

    // when he.xin starts one with the same key
    const theirs = await engine.start({
      flowKey: 'manager-only',
      actorId: 'he.xin',
      values: claimValues,
      idempotencyKey,
    });

    // then he.xin gets a request of her own, not chen.jie's
    expect(theirs.id).not.toBe(mine.id);
    expect(theirs.initiatorId).toBe('he.xin');
  });

  it('refuses a replayed idempotency key that comes with other content', async () => {
    // given a start sent with a key
    const idempotencyKey = `changed-${factory.name}`;
    const input = { flowKey: 'manager-only', actorId: 'chen.jie', values: claimValues };
    await engine.start({ ...input, idempotencyKey });

    // when the same key comes back with other values
    const error = await errorOf(
      engine.start({ ...input, values: { ...claimValues, amount: '1.00' }, idempotencyKey }),
    );

    // then it is refused instead of answered with the first request
    expect(error.code).toBe('storage.idempotency-key-reused');
  });

  it('refuses form values that do not fit the form, with every issue', async () => {
    const error = await errorOf(
      engine.start({ flowKey: 'manager-only', actorId: 'chen.jie', values: { amount: '0.001' } }),
    );

    expect(error.code).toBe('storage.form-invalid');
    expect(error.issues?.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses to start a flow that has no published version', async () => {
    const error = await errorOf(
      engine.start({ flowKey: 'nothing-here', actorId: 'chen.jie', values: claimValues }),
    );

    expect(error.code).toBe('storage.flow-not-published');
  });

  it('refuses a decision on a task that does not exist', async () => {
    const error = await errorOf(engine.approve({ taskId: 'task_missing', actorId: 'wang.fang' }));

    expect(error.code).toBe('task.not-found');
  });

  it('keeps the event log gapless and the tasks projection equal to the state', async () => {
    // given a request that goes back to the initiator once and then through every approver
    const started = await engine.start({
      flowKey: 'manager-finance',
      actorId: 'chen.jie',
      values: claimValues,
    });
    await expectProjectionMatchesState(started.id);
    const managerTask = () => openTask(started.id, 'wang.fang');
    await engine.reject({ taskId: await managerTask(), actorId: 'wang.fang', target: 'initiator' });
    await expectProjectionMatchesState(started.id);
    await engine.resubmit({
      instanceId: started.id,
      actorId: 'chen.jie',
      values: { ...claimValues, amount: '800.00' },
    });
    await expectProjectionMatchesState(started.id);
    await engine.approve({ taskId: await managerTask(), actorId: 'wang.fang' });
    await expectProjectionMatchesState(started.id);
    await engine.approve({ taskId: await openTask(started.id, 'li.na'), actorId: 'li.na' });
    const done = await engine.approve({
      taskId: await openTask(started.id, 'he.xin'),
      actorId: 'he.xin',
    });

    // then it is completed, its events are numbered 1..n and the tasks table matches the state
    expect(done.status).toBe('completed');
    expect(done.version).toBe(6);
    expect(done.title).toMatch(/800\.00/);
    await expectProjectionMatchesState(started.id);
    const detail = await engine.getInstance(started.id);
    const seqs = detail?.events.map((event) => event.seq) ?? [];
    expect(seqs).toEqual(seqs.map((_, index) => index + 1));
    expect(detail?.events[0]?.type).toBe('instance.started');
  });

  it('withdraws a request and cancels its open tasks', async () => {
    const started = await engine.start({
      flowKey: 'manager-only',
      actorId: 'chen.jie',
      values: claimValues,
    });

    const withdrawn = await engine.withdraw({
      instanceId: started.id,
      actorId: 'chen.jie',
      reason: '填错了',
    });

    expect(withdrawn.status).toBe('withdrawn');
    expect(await taskRows(started.id)).toMatchObject([{ status: 'cancelled' }]);
    expect(await engine.listInbox('wang.fang')).not.toContainEqual(
      expect.objectContaining({ instanceId: started.id }),
    );
  });

  it('enqueues one notify job per effect, keyed by instance and seq', async () => {
    const started = await engine.start({
      flowKey: 'manager-only',
      actorId: 'chen.jie',
      values: claimValues,
    });

    const jobs = await database.db
      .selectFrom('jobs')
      .selectAll()
      .where('idempotency_key', 'like', `notify:${started.id}:%`)
      .execute();

    expect(jobs.length).toBeGreaterThanOrEqual(1);
    expect(jobs[0]).toMatchObject({ kind: 'notify', status: 'pending', fencing_token: 0 });
    expect(JSON.parse(jobs[0]?.payload ?? '{}')).toMatchObject({
      type: 'notify',
      kind: 'task-assigned',
      userIds: ['wang.fang'],
    });
  });

  it('lists open tasks in the inbox and the requests a user started', async () => {
    const started = await engine.start({
      flowKey: 'manager-only',
      actorId: 'chen.jie',
      values: claimValues,
    });

    const inbox = await engine.listInbox('wang.fang');
    const mine = await engine.listStartedBy('chen.jie');

    expect(inbox).toContainEqual(
      expect.objectContaining({
        instanceId: started.id,
        nodeId: 'manager',
        nodeName: { 'zh-CN': '审批 manager', en: 'Approval manager' },
        flowKey: 'manager-only',
        flowName: { 'zh-CN': '测试报销', en: 'Test claim' },
        initiator: { id: 'chen.jie', name: '陈杰' },
      }),
    );
    expect(mine[0]).toMatchObject({
      id: started.id,
      status: 'running',
      currentNodes: [
        { nodeId: 'manager', name: { 'zh-CN': '审批 manager', en: 'Approval manager' } },
      ],
    });
    expect(await engine.getInstance('ins_missing')).toBeUndefined();
  });

  async function openTask(instanceId: string, assigneeId: string): Promise<string> {
    const row = await database.db
      .selectFrom('tasks')
      .select('id')
      .where('instance_id', '=', instanceId)
      .where('assignee_id', '=', assigneeId)
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();

    return row.id;
  }
});
