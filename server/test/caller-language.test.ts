import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { expenseValues } from './support/expense-edit.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

const CHINESE = /[\u4e00-\u9fff]/;

// Under zh-CN, field-level form issues, zod input issues and status names in messages were
// English. Each now follows the caller's language.
describe.each(testDatabases())('messages in the caller language on $name', (factory) => {
  let server: TestApp;

  beforeAll(async () => {
    server = await startTestApp(factory);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function signedIn(username: string, language: string): Promise<ApiClient> {
    const client = await server.signedIn(username);
    client.headers['accept-language'] = language;

    return client;
  }

  async function returnedClaim(employee: ApiClient): Promise<string> {
    const { id } = await employee.mutate('instances.start', {
      flowKey: 'expense',
      values: expenseValues('300.00', [['Hotel', '300.00']]),
    });
    const manager = await server.signedIn('wang.fang');
    const task = (await manager.query('tasks.inbox')).find((item) => item.instanceId === id);
    await manager.mutate('tasks.reject', {
      taskId: task?.id ?? '',
      comment: 'Receipt missing',
      target: 'initiator',
    });

    return id;
  }

  it('gives field-level form issues in Chinese when starting and resubmitting', async () => {
    const employee = await signedIn('chen.jie', 'zh-CN');
    const bad = { ...expenseValues('10.00', []), description: '' };

    const started = await employee.refusal(() =>
      employee.mutate('instances.start', { flowKey: 'expense', values: bad }),
    );
    const id = await returnedClaim(employee);
    const resubmitted = await employee.refusal(() =>
      employee.mutate('instances.resubmit', { id, values: bad }),
    );

    for (const refused of [started, resubmitted]) {
      expect(refused.code).toBe('storage.form-invalid');
      const description = refused.issues.find((issue) => issue.path[0] === 'description');
      expect(description?.message).toMatch(CHINESE);
    }
  });

  it('gives zod input issues short Chinese and English messages', async () => {
    const zh = await signedIn('wang.fang', 'zh-CN');
    const en = await signedIn('wang.fang', 'en');
    const input = { taskId: '', comment: 'x'.repeat(2001), target: 'nowhere' };

    // `target` is not one of the allowed values: the cast sends what a broken client would.
    const call = (client: ApiClient) => () =>
      client.mutate('tasks.reject', input as unknown as { taskId: string });
    const inChinese = await zh.refusal(call(zh));
    const inEnglish = await en.refusal(call(en));
    const missing = await zh.refusal(() => zh.mutate('tasks.approve', {} as { taskId: string }));

    const byPath = (refused: typeof inChinese) =>
      Object.fromEntries(refused.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(byPath(inChinese)).toEqual({
      taskId: '不能为空。',
      comment: '最多 2000 个字符。',
      target: '必须是以下之一："initiator" | "end"。',
    });
    expect(byPath(inEnglish)).toEqual({
      taskId: 'Must not be empty.',
      comment: 'Must have at most 2000 characters.',
      target: 'Must be one of: "initiator" | "end".',
    });
    expect(byPath(missing)).toEqual({ taskId: '必填。' });
  });

  it('names a request status in the caller language, never as a raw status', async () => {
    const employee = await signedIn('chen.jie', 'zh-CN');
    const { id } = await employee.mutate('instances.start', {
      flowKey: 'expense',
      values: expenseValues('200.00', [['Lunch', '200.00']]),
    });

    const zh = await employee.refusal(() =>
      employee.mutate('instances.resubmit', { id, values: expenseValues('200.00', []) }),
    );
    employee.headers['accept-language'] = 'en';
    const en = await employee.refusal(() =>
      employee.mutate('instances.resubmit', { id, values: expenseValues('200.00', []) }),
    );

    expect(zh).toMatchObject({ code: 'instance.not-returned' });
    expect(zh.message).toContain('审批中');
    expect(en.message).toContain('in approval');
    expect(`${zh.message} ${en.message}`).not.toContain('running');
  });

  it('gives the flow checker issues in Chinese', async () => {
    const owner = await signedIn('sun.hao', 'zh-CN');
    const { bundle } = await owner.query('flows.get', { key: 'expense' });
    const broken = {
      ...bundle,
      flow: { ...bundle.flow, edges: bundle.flow.edges.slice(1) },
    };

    const { issues } = await owner.mutate('flows.validate', { bundle: broken });

    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.message).toMatch(CHINESE);
  });
});
