import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTaskOf } from './action-testing.ts';
import { listAudit } from './audit.ts';
import { createEngine, type Engine } from './engine.ts';
import {
  advanceFlow,
  claim,
  claimFlow,
  noDefaultFlow,
  refusalOf,
  rowCounts,
} from './form-testing.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { publishTestFlow, seedTestOrg } from './testing.ts';

describe.each(testDatabases())('field access and approver edits on $name', (factory) => {
  let database: TestDatabase;
  let engine: Engine;

  beforeAll(async () => {
    database = await factory.open();
    await seedTestOrg(database.db);
    for (const bundle of [claimFlow, noDefaultFlow, advanceFlow])
      await publishTestFlow(database.db, bundle);
    engine = createEngine(database);
  });
  afterAll(() => database?.close());

  const counts = () => rowCounts(database.db);

  const start = (values: Record<string, unknown>, flowKey = 'form-claim') =>
    engine.start({ flowKey, actorId: 'chen.jie', values, locale: 'en' });

  it('refuses a start that writes a read-only or hidden field: nothing written, one audit line', async () => {
    // given the counts of everything a start writes
    const before = await counts();

    // when chen.jie submits the manager's budget and finance's note
    const refusal = await refusalOf(start({ ...claim, budget: '100.00', financeNote: 'ok' }));

    // then the start is refused naming both fields and the step, and only the audit line is new
    expect(refusal.code).toBe('storage.field-not-editable');
    expect(refusal.kind).toBe('forbidden');
    expect(refusal.issues).toEqual([
      {
        code: 'form.field.not-editable',
        severity: 'error',
        path: ['budget'],
        message: 'Budget cannot be changed at step "发起"',
      },
      {
        code: 'form.field.not-editable',
        severity: 'error',
        path: ['financeNote'],
        message: 'Finance note cannot be changed at step "发起"',
      },
    ]);
    expect(await counts()).toEqual({ ...before, audit_log: before.audit_log + 1 });
    const [line] = await listAudit(database.db, { actorId: 'chen.jie', limit: 1 });
    expect(line).toMatchObject({
      action: 'form.write-refused',
      instanceId: null,
      detail: {
        flowKey: 'form-claim',
        flowVersion: 1,
        nodeId: 'start',
        fields: ['budget', 'financeNote'],
      },
    });
    expect(JSON.stringify(line?.detail)).not.toContain('100.00');
  });

  it('starts with the defaults of fields the initiator may not write, sent back unchanged', async () => {
    const started = await start({ ...claim, financeNote: null, budget: '' });

    expect(started.state.values).toEqual(claim);
  });

  it('routes on an amount the manager edited: the edit is recorded and the branch sees it', async () => {
    // given a small claim waiting for the manager
    const started = await start(claim);
    const taskId = openTaskOf(started, 'wang.fang');

    // when the manager raises the amount to 6,000 while approving
    const approved = await engine.approve({
      taskId,
      actorId: 'wang.fang',
      values: { amount: '6000' },
    });

    // then the request goes to finance instead of ending, with the edit in its values and log
    expect(approved.status).toBe('running');
    expect(approved.state.values).toMatchObject({ amount: '6000.00', purpose: claim.purpose });
    expect(approved.state.tasks.filter((t) => t.status === 'open').map((t) => t.nodeId)).toEqual([
      'finance',
      'finance',
    ]);
    const detail = await engine.getInstance(started.id);
    const types = detail?.events.map((event) => event.type) ?? [];
    expect(types.indexOf('form.edited')).toBeLessThan(types.indexOf('task.approved'));
    expect(detail?.events.find((e) => e.type === 'form.edited')?.data).toEqual({
      taskId,
      nodeId: 'manager',
      fields: ['amount'],
    });
    expect(approved.title).toContain('6,000.00');
  });

  it('ends a small claim when the manager approves without edits, and records no edit', async () => {
    const started = await start(claim);

    const approved = await engine.approve({
      taskId: openTaskOf(started, 'wang.fang'),
      actorId: 'wang.fang',
      values: { amount: '300.00', category: 'meal' },
    });

    expect(approved.status).toBe('completed');
    const detail = await engine.getInstance(started.id);
    expect(detail?.events.map((event) => event.type)).not.toContain('form.edited');
  });

  it('refuses an approval that edits a field its step may not write: the task stays open', async () => {
    // given a claim waiting for the manager
    const started = await start(claim);
    const taskId = openTaskOf(started, 'wang.fang');
    const before = await counts();

    // when the manager also changes the purpose (read-only for her) and finance's hidden note
    const refusal = await refusalOf(
      engine.approve({
        taskId,
        actorId: 'wang.fang',
        values: { amount: '6000.00', purpose: 'Other', financeNote: 'x' },
        locale: 'zh-CN',
      }),
    );

    // then nothing changed but one audit line, and she can still approve
    expect(refusal.code).toBe('storage.field-not-editable');
    expect(refusal.issues).toMatchObject([
      { path: ['purpose'], message: '“事由”在步骤“经理审批”不可修改' },
      { path: ['financeNote'], message: '“财务备注”在步骤“经理审批”不可修改' },
    ]);
    expect(await counts()).toEqual({ ...before, audit_log: before.audit_log + 1 });
    const [line] = await listAudit(database.db, { instanceId: started.id });
    expect(line).toMatchObject({
      actorId: 'wang.fang',
      action: 'form.write-refused',
      detail: { nodeId: 'manager', taskId, fields: ['purpose', 'financeNote'] },
    });
    const detail = await engine.getInstance(started.id);
    expect(detail?.version).toBe(started.version);
    expect(detail?.state.tasks.find((t) => t.id === taskId)?.status).toBe('open');
    expect((await engine.approve({ taskId, actorId: 'wang.fang' })).status).toBe('completed');
  });

  it('refuses an edit that breaks the form like a submission would, writing nothing', async () => {
    const started = await start(claim);
    const taskId = openTaskOf(started, 'wang.fang');

    const refusal = await refusalOf(
      engine.approve({ taskId, actorId: 'wang.fang', values: { amount: '12.345' } }),
    );

    expect(refusal.code).toBe('storage.form-invalid');
    expect(refusal.issues).toMatchObject([{ path: ['amount'] }]);
    expect((await engine.getInstance(started.id))?.version).toBe(started.version);
  });

  it('lets the step after an edit see the value; finance may then write its own note', async () => {
    const started = await start({ ...claim, amount: '8000.00' });
    const atFinance = await engine.approve({
      taskId: openTaskOf(started, 'wang.fang'),
      actorId: 'wang.fang',
    });

    const done = await engine.approve({
      taskId: openTaskOf(atFinance, 'li.na'),
      actorId: 'li.na',
      values: { financeNote: 'Checked against the invoice' },
    });

    expect(done.status).toBe('completed');
    expect(done.state.values['financeNote']).toBe('Checked against the invoice');
  });

  it('refuses a start that meets a branch with no path, naming it and its empty field', async () => {
    // given a flow whose category branch has no default (the checker would refuse it)
    const before = await counts();

    // when a claim without a category is submitted
    const refusal = await refusalOf(start({ purpose: 'x', amount: '1.00' }, 'form-no-default'));

    // then the start is refused with the branch and the empty field named, and audited
    expect(refusal.code).toBe('flow.no-branch-matched');
    expect(refusal.message).toBe(
      'Condition branch "By category" has no matching path and no default path (empty fields: Category)',
    );
    expect(await counts()).toEqual({ ...before, audit_log: before.audit_log + 1 });
    const [line] = await listAudit(database.db, { limit: 1 });
    expect(line).toMatchObject({
      actorId: 'chen.jie',
      action: 'flow.no-branch-matched',
      detail: {
        flowKey: 'form-no-default',
        command: 'start',
        nodeId: 'kind',
        emptyFields: ['category'],
      },
    });
  });

  it('refuses an edit that would leave a later branch without a path', async () => {
    // given a travel claim at the manager; the category branch comes after finance
    const started = await start({ ...claim, category: 'travel' }, 'form-no-default');
    const taskId = openTaskOf(started, 'wang.fang');

    // when the manager clears the category while approving
    const refusal = await refusalOf(
      engine.approve({ taskId, actorId: 'wang.fang', values: { category: null } }),
    );

    // then her approval is refused (not finance's later one) and the request is as it was
    expect(refusal.code).toBe('flow.no-branch-matched');
    expect(refusal.params).toMatchObject({ nodeId: 'kind', fields: 'category' });
    expect((await engine.getInstance(started.id))?.version).toBe(started.version);
  });

  it('never routes on a value in a field its rule hides', async () => {
    // given a flow sending advances over 1,000 to finance; only travel shows the advance field
    // when a meal claim is submitted with an advance of 5,000 anyway
    const meal = await start({ ...claim, advance: '5000.00' }, 'form-advance');
    const travel = await start(
      { ...claim, category: 'travel', advance: '5000.00' },
      'form-advance',
    );

    // then the hidden advance is dropped and does not route; the shown one does
    expect(meal.state.values).not.toHaveProperty('advance');
    expect(meal.status).toBe('completed');
    expect(travel.state.tasks.map((task) => task.nodeId)).toContain('finance');
  });
});
