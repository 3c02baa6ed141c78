import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTaskOf } from './action-testing.ts';
import { listAudit } from './audit.ts';
import { createEngine, type Engine } from './engine.ts';
import { refusalOf, rowCounts } from './form-testing.ts';
import type { InstanceView } from './instance-view.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { publishTestFlow, seedTestOrg } from './testing.ts';
import { guardedClaim, guardedFlow } from './writer-testing.ts';

/** Regression tests of the API attack on forms (issue 5): who may write what, and what leaks. */
describe.each(testDatabases())('form writers on $name', (factory) => {
  let database: TestDatabase;
  let engine: Engine;

  beforeAll(async () => {
    database = await factory.open();
    await seedTestOrg(database.db);
    await publishTestFlow(database.db, guardedFlow);
    engine = createEngine(database);
  });
  afterAll(() => database?.close());

  const counts = () => rowCounts(database.db);
  const start = (values: Record<string, unknown> = guardedClaim) =>
    engine.start({ flowKey: 'form-guarded', actorId: 'chen.jie', values, locale: 'en' });
  const approve = (view: InstanceView, actorId: string, values?: Record<string, unknown>) =>
    engine.approve({ taskId: openTaskOf(view, actorId), actorId, values });
  const taskAt = (view: InstanceView, nodeId: string) =>
    view.state.tasks.find((task) => task.nodeId === nodeId)?.id ?? '';

  /** A request returned to chen.jie by the manager. */
  async function returned(values: Record<string, unknown> = guardedClaim) {
    const started = await start(values);

    return engine.returnTask({
      taskId: openTaskOf(started, 'wang.fang'),
      actorId: 'wang.fang',
      to: 'initiator',
    });
  }

  describe('who acts is checked before the form', () => {
    it('refuses a stranger approving a closed task as not theirs, whatever the values, unaudited', async () => {
      // given a request past the manager, and the id of her closed task
      const atFinance = await approve(await start(), 'wang.fang');
      const closed = taskAt(atFinance, 'manager');
      const before = await counts();

      // when he.xin probes the hidden total and the secret note through that task
      const probes = [
        { itemsTotal: '0' },
        { secretNote: 'only for chen.jie' },
        { secretNote: 'a wrong guess' },
      ];
      const codes = [];
      for (const values of probes) {
        const refusal = await refusalOf(
          engine.approve({ taskId: closed, actorId: 'he.xin', values }),
        );
        codes.push(refusal.code);
        expect(JSON.stringify(refusal)).not.toContain('7654.32');
      }

      // then every probe gets the same answer, and nothing is written, not even an audit line
      expect(codes).toEqual(['task.not-assignee', 'task.not-assignee', 'task.not-assignee']);
      expect(await counts()).toEqual(before);
    });

    it('tells the manager her decided task is decided before looking at the values', async () => {
      const atFinance = await approve(await start(), 'wang.fang');
      const before = await counts();

      const refusal = await refusalOf(
        engine.approve({
          taskId: taskAt(atFinance, 'manager'),
          actorId: 'wang.fang',
          values: { itemsTotal: '0' },
        }),
      );

      expect(refusal.code).toBe('task.already-decided');
      expect(await counts()).toEqual(before);
    });

    it('refuses a resubmission by anyone but the initiator before looking at the values', async () => {
      // given a request returned to chen.jie
      const request = await returned();
      const before = await counts();

      // when the manager and a stranger resubmit it with a guessed total
      const values = { ...guardedClaim, itemsTotal: '0' };
      const refusals = await Promise.all(
        ['wang.fang', 'he.xin'].map((actorId) =>
          refusalOf(engine.resubmit({ instanceId: request.id, actorId, values })),
        ),
      );

      // then both are told they did not start it, and nothing is written
      expect(refusals.map((refusal) => refusal.code)).toEqual([
        'instance.not-initiator',
        'instance.not-initiator',
      ]);
      expect(refusals.map((refusal) => JSON.stringify(refusal)).join()).not.toContain('7654');
      expect(await counts()).toEqual(before);
    });

    it('refuses resubmitting a running request before looking at the values', async () => {
      const running = await start();

      const refusal = await refusalOf(
        engine.resubmit({
          instanceId: running.id,
          actorId: 'chen.jie',
          values: { ...guardedClaim, itemsTotal: '0' },
        }),
      );

      expect(refusal.code).toBe('instance.not-returned');
    });
  });

  describe('values the writer cannot read', () => {
    it('refuses the manager a value for the total she cannot see, right or wrong, quoting none', async () => {
      // given a request at the manager, whose hidden items total is 7,654.32
      const started = await start();
      const taskId = openTaskOf(started, 'wang.fang');
      const before = await counts();

      // when she sends a wrong total, then the right one
      const wrong = await refusalOf(
        engine.approve({ taskId, actorId: 'wang.fang', values: { itemsTotal: '1' } }),
      );
      const right = await refusalOf(
        engine.approve({ taskId, actorId: 'wang.fang', values: { itemsTotal: '7654.32' } }),
      );

      // then both are the same refusal of a field she may not change, quoting no value
      for (const refusal of [wrong, right]) {
        expect(refusal.code).toBe('storage.field-not-editable');
        expect(refusal.issues).toMatchObject([
          { code: 'form.field.not-editable', path: ['itemsTotal'] },
        ]);
      }
      expect(JSON.stringify(wrong)).not.toContain('7654.32');
      expect(await counts()).toMatchObject({ ...before, audit_log: before.audit_log + 2 });
    });

    it('refuses an edit that would clear a hidden field by its rule, naming no hidden field', async () => {
      // given a request of kind a holding a secret note the manager cannot see
      const started = await start();
      const taskId = openTaskOf(started, 'wang.fang');
      const before = await counts();

      // when she switches the kind to b, whose rule hides the note
      const refusal = await refusalOf(
        engine.approve({ taskId, actorId: 'wang.fang', values: { kind: 'b' } }),
      );

      // then the edit is refused without naming the note, nothing changed, and it is audited
      expect(refusal.code).toBe('storage.would-clear-fields');
      expect(refusal.kind).toBe('forbidden');
      expect(refusal.message).toBe(
        'This change would clear 1 field(s) you may not edit at this step; nothing was changed',
      );
      expect(JSON.stringify(refusal)).not.toMatch(/secret/i);
      expect(await counts()).toEqual({ ...before, audit_log: before.audit_log + 1 });
      const [line] = await listAudit(database.db, { instanceId: started.id });
      expect(line).toMatchObject({
        actorId: 'wang.fang',
        action: 'form.write-refused',
        detail: { nodeId: 'manager', taskId, cleared: ['secretNote'] },
      });
      const stored = await engine.getInstance(started.id);
      expect(stored?.state.values['secretNote']).toBe('only for chen.jie');
    });

    it('refuses a resubmission that would clear the finance code the initiator only reads', async () => {
      // given a high-tier request whose finance code finance filled, returned at the review
      const atFinance = await approve(await start({ ...guardedClaim, tier: 'high' }), 'wang.fang');
      const atReview = await approve(atFinance, 'li.na', { financeCode: 'FC-7' });
      const request = await engine.returnTask({
        taskId: openTaskOf(atReview, 'wang.fang'),
        actorId: 'wang.fang',
        to: 'initiator',
      });

      // when chen.jie sends it again as low tier, whose rule hides the code
      const refusal = await refusalOf(
        engine.resubmit({
          instanceId: request.id,
          actorId: 'chen.jie',
          values: { ...guardedClaim, tier: 'low' },
        }),
      );

      // then it is refused naming the code (he may read it), and the code is kept
      expect(refusal.code).toBe('storage.would-clear-fields');
      expect(refusal.issues).toEqual([
        {
          code: 'form.field.would-clear',
          severity: 'error',
          path: ['financeCode'],
          message: 'This change would clear Finance code, which cannot be changed at step "Start"',
        },
      ]);
      const again = await engine.resubmit({
        instanceId: request.id,
        actorId: 'chen.jie',
        values: { ...guardedClaim, tier: 'high', purpose: 'Trade fair, again' },
      });
      expect(again.state.values['financeCode']).toBe('FC-7');
    });
  });

  describe('required fields are asked of the step that may edit them', () => {
    it('starts a high-tier request without the finance code the initiator cannot write', async () => {
      const started = await start({ ...guardedClaim, tier: 'high' });

      expect(started.status).toBe('running');
    });

    it('lets the manager raise the tier without the hidden code, and holds finance to it', async () => {
      // given the manager raising the tier, which makes the finance code required
      const atFinance = await approve(await start(), 'wang.fang', { tier: 'high' });

      // when finance approves without filling it in
      const refusal = await refusalOf(approve(atFinance, 'li.na'));

      // then finance is refused until it fills the code
      expect(refusal.code).toBe('storage.form-invalid');
      expect(refusal.issues).toEqual([
        {
          code: 'form.value.required',
          severity: 'error',
          path: ['financeCode'],
          message: 'Finance code is required',
        },
      ]);
      const atReview = await approve(atFinance, 'li.na', { financeCode: 'FC-1' });
      expect(atReview.state.values['financeCode']).toBe('FC-1');
    });
  });

  describe('people and departments in an approver edit', () => {
    it.each([
      ['a user nobody has', { owner: 'u-nobody' }],
      ['a department id in a user field', { owner: 'finance' }],
      ['a prototype key', { owner: '__proto__' }],
      ['a department nobody has', { unit: 'd-nowhere' }],
    ])('refuses %s', async (_, values) => {
      const started = await start();

      const refusal = await refusalOf(approve(started, 'wang.fang', values));

      expect(refusal.code).toBe('form.unknown-reference');
      expect(refusal.issues).toMatchObject([{ path: Object.keys(values) }]);
    });

    it('takes people and departments the org holds', async () => {
      const started = await start();

      const approved = await approve(started, 'wang.fang', { owner: 'li.na', unit: 'finance' });

      expect(approved.state.values).toMatchObject({ owner: 'li.na', unit: 'finance' });
    });
  });
});
