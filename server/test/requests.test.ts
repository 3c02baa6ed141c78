import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expenseValues } from './support/expense-edit.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

describe.each(testDatabases())('requests and tasks API on $name', (factory) => {
  let server: TestApp;

  beforeAll(async () => {
    server = await startTestApp(factory);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function startClaim(amount: string) {
    const employee = await server.signedIn('chen.jie');
    const { id } = await employee.mutate('instances.start', {
      flowKey: 'expense',
      values: expenseValues(amount, [['Item', amount]]),
    });

    return { employee, id };
  }

  it('refuses form values the form does not allow, with issues per field', async () => {
    const employee = await server.signedIn('chen.jie');

    const refused = await employee.refusal(() =>
      employee.mutate('instances.start', {
        flowKey: 'expense',
        values: { ...expenseValues('10.00', []), amount: '0.001', description: '' },
      }),
    );

    expect(refused).toMatchObject({ status: 400, code: 'storage.form-invalid' });
    const paths = refused.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['amount', 'description']));
    expect(await employee.query('instances.mine')).toEqual([]);
  });

  it('refuses malformed API input with input.invalid and the failing paths', async () => {
    const manager = await server.signedIn('wang.fang');

    const refused = await manager.refusal(() => manager.mutate('tasks.approve', { taskId: '' }));

    expect(refused).toMatchObject({ status: 400, code: 'input.invalid' });
    expect(refused.issues).toMatchObject([{ code: 'input.too_small', path: ['taskId'] }]);
  });

  it('lets only the assignee decide a task, and only once', async () => {
    // given a claim waiting for wang.fang
    const { id } = await startClaim('300.00');
    const manager = await server.signedIn('wang.fang');
    const finance = await server.signedIn('li.na');
    const [task] = await manager.query('tasks.inbox');
    expect(task).toMatchObject({ instanceId: id, nodeName: 'Manager approval' });
    const taskId = task?.id ?? '';

    // when li.na tries to approve it, then wang.fang approves it twice
    const stranger = await finance.refusal(() => finance.mutate('tasks.approve', { taskId }));
    const first = await manager.mutate('tasks.approve', { taskId });
    const twice = await manager.refusal(() => manager.mutate('tasks.approve', { taskId }));

    // then only the assignee's first decision counted
    expect(stranger).toMatchObject({ status: 403, code: 'task.not-assignee' });
    expect(first.status).toBe('completed');
    expect(twice).toMatchObject({ status: 409, code: 'task.already-decided' });
  });

  it('replays a command sent twice with the same idempotency key', async () => {
    const employee = await server.signedIn('chen.jie');
    const command = {
      flowKey: 'expense',
      values: expenseValues('50.00', [['Coffee', '50.00']]),
      idempotencyKey: 'start-coffee-claim-1',
    };

    const first = await employee.mutate('instances.start', command);
    const again = await employee.mutate('instances.start', command);

    expect(again.id).toBe(first.id);
  });

  it('lets the initiator withdraw a request nobody has decided yet', async () => {
    const { employee, id } = await startClaim('120.00');
    const before = await employee.query('instances.get', { id });

    const withdrawn = await employee.mutate('instances.withdraw', { id, reason: 'Wrong month' });

    expect(before.canWithdraw).toBe(true);
    expect(withdrawn.status).toBe('withdrawn');
    const after = await employee.query('instances.get', { id });
    expect([after.canWithdraw, after.canResubmit]).toEqual([false, false]);
    const manager = await server.signedIn('wang.fang');
    expect((await manager.query('tasks.inbox')).map((t) => t.instanceId)).not.toContain(id);
  });

  it('answers NOT_FOUND for an unknown request and unknown flow', async () => {
    const employee = await server.signedIn('chen.jie');

    const request = await employee.refusal(() => employee.query('instances.get', { id: 'nope' }));
    const flow = await employee.refusal(() =>
      employee.query('instances.form', { flowKey: 'no-such-flow' }),
    );

    expect(request).toMatchObject({ status: 404, code: 'instance.not-found' });
    expect(flow).toMatchObject({ status: 404, code: 'storage.flow-not-published' });
  });

  it('shows the org without any password data', async () => {
    const employee = await server.signedIn('chen.jie');

    const org = await employee.query('org.get');

    expect(org.users.length).toBeGreaterThanOrEqual(25);
    expect(JSON.stringify(org)).not.toContain('argon2');
    expect(org.roles.map((role) => role.key)).toEqual(
      expect.arrayContaining(['finance', 'executive', 'process_owner', 'admin']),
    );
  });

  it('refuses a start filled on another version than the latest, starting nothing', async () => {
    const employee = await server.signedIn('chen.jie');
    const { version } = await employee.query('instances.form', { flowKey: 'expense' });
    const values = expenseValues('10.00', [['Taxi', '10.00']]);
    const before = await employee.query('instances.mine');

    const refused = await employee.refusal(() =>
      employee.mutate('instances.start', { flowKey: 'expense', values, version: version + 1 }),
    );
    const started = await employee.mutate('instances.start', {
      flowKey: 'expense',
      values,
      version,
    });

    expect(refused).toMatchObject({ status: 409, code: 'instance.version-changed' });
    expect(refused.message).toContain(`version ${version} was published`);
    const mine = await employee.query('instances.mine');
    expect(mine.filter((row) => row.id === started.id)).toHaveLength(1);
    expect(mine).toHaveLength(before.length + 1);
  });
});
