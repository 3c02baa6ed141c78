import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expenseValues } from './support/expense-edit.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

const NUL = '\u0000';

// PostgreSQL cannot store U+0000 and answered with a 500; every input string holding one is now
// refused the same way on both databases, before anything reaches storage.
describe.each(testDatabases())('input strings holding U+0000 on $name', (factory) => {
  let server: TestApp;

  beforeAll(async () => {
    server = await startTestApp(factory);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses a username with U+0000 as input.invalid naming the field, not a 500', async () => {
    const client = server.client();

    const refused = await client.refusal(() => client.login(`chen${NUL}jie`, 'whatever-123'));

    expect(refused).toMatchObject({ status: 400, code: 'input.invalid' });
    expect(refused.issues).toEqual([
      expect.objectContaining({ code: 'input.nul-character', path: ['username'] }),
    ]);
  });

  it('refuses U+0000 in an id, an idempotency key, a comment and a form value key', async () => {
    const employee = await server.signedIn('chen.jie');
    const values = expenseValues('100.00', [['Taxi', '100.00']]);

    const calls = [
      () => employee.query('instances.get', { id: `inst${NUL}` }),
      () =>
        employee.mutate('instances.start', {
          flowKey: 'expense',
          values,
          idempotencyKey: `key-${NUL}-12345`,
        }),
      () => employee.mutate('tasks.approve', { taskId: 'task-1', comment: `ok${NUL}` }),
      () => employee.mutate('instances.start', { flowKey: 'expense', values: { [`a${NUL}`]: 1 } }),
    ];
    const refusals = [];
    for (const call of calls) refusals.push(await employee.refusal(call));

    expect(refusals.map((refused) => [refused.status, refused.code])).toEqual(
      calls.map(() => [400, 'input.invalid']),
    );
    expect(refusals.map((refused) => refused.issues.map((issue) => issue.path))).toEqual([
      [['id']],
      [['idempotencyKey']],
      [['comment']],
      [['values', `a${NUL}`]],
    ]);
    expect(await employee.query('instances.mine')).toEqual([]);
  });

  it('answers in the caller language', async () => {
    const client = server.client();
    client.headers['accept-language'] = 'zh-CN';

    const refused = await client.refusal(() => client.login(`a${NUL}b`, 'whatever-123'));

    expect(refused.message).toBe('输入有误，请检查标出的问题。');
    expect(refused.issues[0]?.message).toBe('不能包含空字符（U+0000）。');
  });
});
