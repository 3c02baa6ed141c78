import { BatonError, type Org } from '@baton/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countersignFlow, ruleFlow, ruleOrg, ruleValues } from './approver-testing.ts';
import { createEngine, type Engine } from './engine.ts';
import type { InstanceView } from './instance-view.ts';
import { replaceOrg } from './org-store.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { publishTestFlow } from './testing.ts';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof BatonError)) throw new Error('expected a BatonError', { cause: error });

  return error.code;
}

function taskOf(view: InstanceView, assigneeId: string, nodeId?: string): string {
  const task = view.state.tasks.find(
    (t) => t.assigneeId === assigneeId && t.status === 'open' && (!nodeId || t.nodeId === nodeId),
  );
  if (!task) throw new Error(`no open task of ${assigneeId}`);

  return task.id;
}

/** The rule org with the finance role held by exactly these users. */
function withFinance(userIds: readonly string[]): Org {
  return {
    ...ruleOrg,
    users: ruleOrg.users.map((user) => {
      const roles = user.roles.filter((role) => role !== 'finance');

      return { ...user, roles: userIds.includes(user.id) ? [...roles, 'finance'] : roles };
    }),
  };
}

describe.each(testDatabases())('several approvers on one step on $name', (factory) => {
  let database: TestDatabase;
  let engine: Engine;

  beforeAll(async () => {
    database = await factory.open();
    await replaceOrg(database.db, ruleOrg);
    await publishTestFlow(database.db, countersignFlow('countersign', ['teller', 'mgr', 'boss']));
    await publishTestFlow(
      database.db,
      ruleFlow('two-of-three', [
        {
          id: 'vote',
          approvers: [{ kind: 'role', role: 'finance' }],
          mode: 'percentage',
          percent: 66,
        },
      ]),
    );
    engine = createEngine(database);
  });
  afterAll(() => database?.close());

  async function taskRows(instanceId: string) {
    return database.db
      .selectFrom('tasks')
      .select(['assignee_id', 'node_id', 'status'])
      .where('instance_id', '=', instanceId)
      .orderBy('assignee_id')
      .execute();
  }

  it('rejects a countersign at the first rejection and cancels the rest before the join', async () => {
    // given a request in a parallel split: teller, mgr and boss must all sign, finance in parallel
    const started = await engine.start({
      flowKey: 'countersign',
      actorId: 'rep',
      values: ruleValues('100.00'),
    });
    expect(started.state.tasks.filter((t) => t.nodeId === 'sign')).toHaveLength(3);

    // when teller approves and mgr rejects
    await engine.approve({ taskId: taskOf(started, 'teller'), actorId: 'teller' });
    const rejected = await engine.reject({ taskId: taskOf(started, 'mgr'), actorId: 'mgr' });

    // then the request is rejected at once; boss's task and the finance tasks are cancelled,
    // gone from every inbox, and nothing after the join was ever reached
    expect(rejected.status).toBe('rejected');
    const rows = await taskRows(started.id);
    expect(rows).toEqual([
      { assignee_id: 'acct', node_id: 'fin', status: 'cancelled' },
      { assignee_id: 'boss', node_id: 'sign', status: 'cancelled' },
      { assignee_id: 'cfo', node_id: 'fin', status: 'cancelled' },
      { assignee_id: 'mgr', node_id: 'sign', status: 'rejected' },
      { assignee_id: 'teller', node_id: 'sign', status: 'approved' },
    ]);
    for (const userId of ['boss', 'acct', 'cfo'])
      expect(await engine.listInbox(userId), userId).toEqual([]);
    const late = engine.approve({ taskId: taskOf(started, 'boss'), actorId: 'boss' });
    expect(await codeOf(late)).toBe('task.already-decided');
    const detail = await engine.getInstance(started.id);
    expect(detail?.state.trail.map((entry) => entry.nodeId)).not.toContain('join');
    expect(detail?.state.steps.map((step) => step.nodeId)).not.toContain('after');
    const bossCancelled = detail?.events.find(
      (event) => event.type === 'task.cancelled' && event.data['assigneeId'] === 'boss',
    );
    expect(bossCancelled?.data['reason']).toEqual(expect.any(String));
  });

  it('counts only the new round of a "2 of 3" step, resolving its approvers again', async () => {
    // given finance is acct, cfo and teller, and a step needing two of them (66 %)
    await replaceOrg(database.db, withFinance(['acct', 'cfo', 'teller']));
    const started = await engine.start({
      flowKey: 'two-of-three',
      actorId: 'rep',
      values: ruleValues('100.00'),
    });
    expect(started.state.steps[0]).toMatchObject({ mode: 'percentage', needed: 2, round: 1 });

    // when acct approves and cfo returns it to the initiator
    await engine.approve({ taskId: taskOf(started, 'acct'), actorId: 'acct' });
    const returned = await engine.reject({
      taskId: taskOf(started, 'cfo'),
      actorId: 'cfo',
      target: 'initiator',
    });
    expect(returned.status).toBe('returned');

    // and, with teller replaced by rep2 in finance, rep resubmits
    await replaceOrg(database.db, withFinance(['acct', 'cfo', 'rep2']));
    const again = await engine.resubmit({
      instanceId: started.id,
      actorId: 'rep',
      values: ruleValues('120.00'),
    });

    // then round two has its own tasks for the new list, and acct's first approval is not counted
    const roundTwo = again.state.steps.find((step) => step.round === 2);
    expect(roundTwo).toMatchObject({ status: 'active', needed: 2 });
    const openNow = again.state.tasks.filter((t) => t.stepId === roundTwo?.id);
    expect(openNow.map((t) => t.assigneeId).sort()).toEqual(['acct', 'cfo', 'rep2']);
    const one = await engine.approve({ taskId: taskOf(again, 'acct'), actorId: 'acct' });
    expect(one.status).toBe('running');
    const two = await engine.approve({ taskId: taskOf(again, 'rep2'), actorId: 'rep2' });
    expect(two.status).toBe('completed');
    expect(await engine.listInbox('cfo')).toEqual([]);
    await replaceOrg(database.db, ruleOrg);
  });

  it('refuses a replay whose picks differ from the first command under the same key', async () => {
    // given a flow where the initiator picks the approver
    await publishTestFlow(
      database.db,
      ruleFlow('picked', [
        {
          id: 'a',
          approvers: [{ kind: 'initiatorPicks', range: [{ kind: 'role', role: 'finance' }] }],
        },
      ]),
    );
    const command = {
      flowKey: 'picked',
      actorId: 'rep',
      values: ruleValues('100.00'),
      idempotencyKey: 'picked-claim-1',
    };

    // when the same key comes with the same picks, then with other picks
    const first = await engine.start({ ...command, picks: { a: ['acct'] } });
    const replay = await engine.start({ ...command, picks: { a: ['acct'] } });
    const other = await codeOf(engine.start({ ...command, picks: { a: ['cfo'] } }));

    // then the replay answers the first result and the different picks are refused
    expect(replay.id).toBe(first.id);
    expect(other).toBe('storage.idempotency-key-reused');
  });
});
