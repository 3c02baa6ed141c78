import { BatonError } from '@baton/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Picks } from '../core/types.ts';
import { ruleFlow, ruleOrg, ruleValues, type RuleStep } from './approver-testing.ts';
import { createEngine, type Engine } from './engine.ts';
import type { InstanceView } from './instance-view.ts';
import { replaceOrg } from './org-store.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { publishTestFlow } from './testing.ts';

type Submit = { actorId?: string; values?: Record<string, unknown>; picks?: Picks };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof BatonError)) throw new Error('expected a BatonError', { cause: error });

  return error.code;
}

/** The assignees of a node's tasks with `status`, in task order. */
function assignees(view: InstanceView, nodeId: string, status = 'open'): string[] {
  return view.state.tasks
    .filter((task) => task.nodeId === nodeId && task.status === status)
    .map((task) => task.assigneeId);
}

describe.each(testDatabases())('approver rules through the stored org on $name', (factory) => {
  let database: TestDatabase;
  let engine: Engine;
  let flows = 0;

  beforeAll(async () => {
    database = await factory.open();
    await replaceOrg(database.db, ruleOrg);
    engine = createEngine(database);
  });
  afterAll(() => database?.close());

  /** Publishes a new flow with these steps and submits a request on it. */
  async function submit(steps: RuleStep[], submission: Submit = {}): Promise<InstanceView> {
    flows += 1;
    const key = `rules-${flows}`;
    await publishTestFlow(database.db, ruleFlow(key, steps));

    return engine.start({
      flowKey: key,
      actorId: submission.actorId ?? 'rep',
      values: submission.values ?? ruleValues('100.00'),
      ...(submission.picks ? { picks: submission.picks } : {}),
    });
  }

  async function history(instanceId: string): Promise<string> {
    return JSON.stringify((await engine.getInstance(instanceId))?.events);
  }

  it('assigns named users, never a disabled one', async () => {
    const view = await submit([
      { id: 'a', approvers: [{ kind: 'user', userIds: ['acct', 'gone'] }] },
    ]);

    expect(assignees(view, 'a')).toEqual(['acct']);
  });

  it('assigns the enabled holders of a role', async () => {
    const view = await submit([{ id: 'a', approvers: [{ kind: 'role', role: 'finance' }] }]);

    expect(assignees(view, 'a').sort()).toEqual(['acct', 'cfo']);
  });

  it('assigns the enabled holders of a stored position', async () => {
    const view = await submit([
      { id: 'a', approvers: [{ kind: 'position', position: 'cashier' }] },
    ]);

    expect(assignees(view, 'a')).toEqual(['teller']);
    expect(await history(view.id)).toContain('holds position');
  });

  it('assigns a stored group in its own order, one at a time in sequential mode', async () => {
    // given a sequential step for the committee (cfo, gone who is disabled, boss)
    const view = await submit([
      { id: 'a', approvers: [{ kind: 'group', group: 'committee' }], mode: 'sequential' },
    ]);

    // then cfo acts first; boss waits outside every inbox until cfo approved
    expect(assignees(view, 'a')).toEqual(['cfo']);
    expect(assignees(view, 'a', 'waiting')).toEqual(['boss']);
    expect(await inboxOf('boss', view.id)).toEqual([]);
    const cfoTask = view.state.tasks.find((task) => task.assigneeId === 'cfo')?.id ?? '';
    const next = await engine.approve({ taskId: cfoTask, actorId: 'cfo' });
    expect(assignees(next, 'a')).toEqual(['boss']);
    expect(await inboxOf('boss', view.id)).toHaveLength(1);
    expect(await taskStatus(next, 'boss')).toBe('open');
  });

  it('routes a headless department to the flow admin, or climbs to the parent head', async () => {
    // given rep's department east has no head
    const plain = await submit([{ id: 'a', approvers: [{ kind: 'departmentHead' }] }]);
    const climbing = await submit([
      { id: 'a', approvers: [{ kind: 'departmentHead', climbIfEmpty: true }] },
    ]);
    const oneUp = await submit([{ id: 'a', approvers: [{ kind: 'departmentHead', up: 1 }] }]);

    expect(assignees(plain, 'a')).toEqual(['ops']);
    expect(await history(plain.id)).toMatch(/has no head/);
    expect(assignees(climbing, 'a')).toEqual(['mgr']);
    expect(assignees(oneUp, 'a')).toEqual(['mgr']);
  });

  it('assigns the head of the department chosen in a form field', async () => {
    const view = await submit(
      [{ id: 'a', approvers: [{ kind: 'departmentHead', field: 'dept' }] }],
      {
        values: ruleValues('100.00', { dept: 'fin' }),
      },
    );

    expect(assignees(view, 'a')).toEqual(['cfo']);
  });

  it('routes a user without a department to the flow admin, saying why', async () => {
    const view = await submit([{ id: 'a', approvers: [{ kind: 'departmentHead' }] }], {
      actorId: 'loner',
    });

    expect(assignees(view, 'a')).toEqual(['ops']);
    expect(await history(view.id)).toMatch(/has no department/);
  });

  it('assigns the supervisor N levels up', async () => {
    const first = await submit([{ id: 'a', approvers: [{ kind: 'supervisor', level: 1 }] }]);
    const second = await submit([{ id: 'a', approvers: [{ kind: 'supervisor', level: 2 }] }]);

    expect(assignees(first, 'a')).toEqual(['mgr']);
    expect(assignees(second, 'a')).toEqual(['boss']);
  });

  it('walks supervisor chains to a level, a role or the top, direct supervisor first', async () => {
    const ends = [
      { kind: 'level', level: 2 },
      { kind: 'role', role: 'executive' },
      { kind: 'top' },
    ] as const;

    for (const end of ends) {
      const view = await submit([
        { id: 'a', approvers: [{ kind: 'supervisorChain', end }], mode: 'sequential' },
      ]);
      const order = view.state.tasks.map((task) => task.assigneeId);
      expect(order, end.kind).toEqual(['mgr', 'boss']);
    }
  });

  it('ends a chain at the first stored approval limit covering the amount', async () => {
    const chain: RuleStep = {
      id: 'a',
      approvers: [{ kind: 'supervisorChain', end: { kind: 'approvalLimit', field: 'amount' } }],
      mode: 'sequential',
    };

    const small = await submit([chain], { values: ruleValues('3000.00') });
    const large = await submit([chain], { values: ruleValues('8000.00') });

    expect(small.state.tasks.map((task) => task.assigneeId)).toEqual(['mgr']);
    expect(large.state.tasks.map((task) => task.assigneeId)).toEqual(['mgr', 'boss']);
    expect(await history(large.id)).toMatch(/approval limit 5000\.00 is below/);
  });

  it('stops a supervisor chain with a cycle and says so', async () => {
    // given c1 → c2 → c3 → c1
    const view = await submit(
      [{ id: 'a', approvers: [{ kind: 'supervisorChain', end: { kind: 'top' } }], mode: 'all' }],
      { actorId: 'c1' },
    );

    expect(assignees(view, 'a')).toEqual(['c2', 'c3']);
    expect(await history(view.id)).toMatch(/supervisor cycle/);
  });

  it('assigns the user named in a form field, and the head of a department field', async () => {
    const byUser = await submit(
      [{ id: 'a', approvers: [{ kind: 'formField', field: 'person' }] }],
      {
        values: ruleValues('100.00', { person: 'teller' }),
      },
    );
    const byDepartment = await submit(
      [{ id: 'a', approvers: [{ kind: 'formField', field: 'dept' }] }],
      { values: ruleValues('100.00', { dept: 'fin' }) },
    );

    expect(assignees(byUser, 'a')).toEqual(['teller']);
    expect(assignees(byDepartment, 'a')).toEqual(['cfo']);
  });

  it('chooses rules by a condition over the form', async () => {
    const step: RuleStep = {
      id: 'a',
      approvers: [
        {
          kind: 'conditional',
          cases: [{ when: 'amount >= 5000', rules: [{ kind: 'role', role: 'finance' }] }],
          otherwise: [{ kind: 'supervisor', level: 1 }],
        },
      ],
    };

    const large = await submit([step], { values: ruleValues('6000.00') });
    const small = await submit([step], { values: ruleValues('100.00') });

    expect(assignees(large, 'a').sort()).toEqual(['acct', 'cfo']);
    expect(assignees(small, 'a')).toEqual(['mgr']);
  });

  it('takes the initiator pick from its range, refusing none, outsiders and disabled users', async () => {
    const step: RuleStep = {
      id: 'a',
      approvers: [{ kind: 'initiatorPicks', range: [{ kind: 'role', role: 'finance' }] }],
    };

    const missing = await codeOf(submit([step]));
    const outsider = await codeOf(submit([step], { picks: { a: ['teller'] } }));
    const disabled = await codeOf(submit([step], { picks: { a: ['gone'] } }));
    const picked = await submit([step], { picks: { a: ['acct'] } });

    expect([missing, outsider, disabled]).toEqual([
      'approval.pick-required',
      'approval.pick-invalid',
      'approval.pick-invalid',
    ]);
    expect(assignees(picked, 'a')).toEqual(['acct']);
    expect(picked.state.picks).toEqual({ a: ['acct'] });
  });

  it('lets the approver of the step before pick the next approvers', async () => {
    // given mgr approves first, then the people mgr picks from the committee
    const view = await submit([
      { id: 'a', approvers: [{ kind: 'supervisor', level: 1 }] },
      {
        id: 'b',
        approvers: [
          { kind: 'approverPicks', multiple: true, range: [{ kind: 'group', group: 'committee' }] },
        ],
        mode: 'all',
      },
    ]);
    const taskId = view.state.tasks[0]?.id ?? '';

    // when mgr approves without picking, picking a disabled member, then picking two
    const missing = await codeOf(engine.approve({ taskId, actorId: 'mgr' }));
    const disabled = await codeOf(
      engine.approve({ taskId, actorId: 'mgr', nextApprovers: ['gone'] }),
    );
    const picked = await engine.approve({ taskId, actorId: 'mgr', nextApprovers: ['cfo', 'boss'] });

    // then only the last approval went through, to the people picked
    expect([missing, disabled]).toEqual(['approval.pick-required', 'approval.pick-invalid']);
    expect(assignees(picked, 'b').sort()).toEqual(['boss', 'cfo']);
  });

  it('applies each nobody policy to a step whose only approver is disabled', async () => {
    const onlyGone = (policy: Partial<RuleStep>): RuleStep => ({
      id: 'a',
      approvers: [{ kind: 'user', userIds: ['gone'] }],
      rejectTo: 'end',
      ...policy,
    });

    const toUser = await submit([onlyGone({ ifNobody: 'user', fallbackUserId: 'teller' })]);
    const approved = await submit([onlyGone({ ifNobody: 'autoApprove' })]);
    const rejected = await submit([onlyGone({ ifNobody: 'autoReject' })]);
    const refused = await codeOf(submit([onlyGone({ ifNobody: 'refuse' })]));

    expect(assignees(toUser, 'a')).toEqual(['teller']);
    expect(approved.status).toBe('completed');
    expect(await history(approved.id)).toContain('step.auto-approved');
    expect(rejected.status).toBe('rejected');
    expect(await history(rejected.id)).toContain('step.auto-rejected');
    expect(refused).toBe('approval.refused-nobody');
  });

  it('keeps who was chosen and why when the org changes afterwards', async () => {
    // given a request whose step went to mgr as head of sales (climbing from headless east)
    const view = await submit([
      { id: 'a', approvers: [{ kind: 'departmentHead', climbIfEmpty: true }] },
    ]);
    const before = await history(view.id);

    // when boss becomes head of sales
    const departments = ruleOrg.departments.map((d) =>
      d.id === 'sales' ? { ...d, headId: 'boss' } : d,
    );
    await replaceOrg(database.db, { ...ruleOrg, departments });
    const later = await submit([
      { id: 'a', approvers: [{ kind: 'departmentHead', climbIfEmpty: true }] },
    ]);
    await replaceOrg(database.db, ruleOrg);

    // then the earlier request still has mgr and the same history; new requests go to boss
    expect(await history(view.id)).toBe(before);
    expect((await engine.getInstance(view.id))?.state.tasks[0]?.assigneeId).toBe('mgr');
    expect(assignees(later, 'a')).toEqual(['boss']);
  });

  async function inboxOf(userId: string, instanceId: string) {
    return (await engine.listInbox(userId)).filter((item) => item.instanceId === instanceId);
  }

  async function taskStatus(view: InstanceView, userId: string) {
    const row = await database.db
      .selectFrom('tasks')
      .select('status')
      .where('instance_id', '=', view.id)
      .where('assignee_id', '=', userId)
      .executeTakeFirst();

    return row?.status;
  }
});
