import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { expenseValues } from './support/expense-edit.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

const ENGLISH = 'Expense reimbursement - 陈杰 - CN¥12,345.67';
const CHINESE = '费用报销 - 陈杰 - ¥12,345.67';

// Request titles were stored once in Chinese and shown as is, so the English request page,
// My requests and the inbox all showed "费用报销 - …". Each now follows the caller's language.
describe.each(testDatabases())('request titles in the caller language on $name', (factory) => {
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

  async function titlesSeenIn(language: string, id: string) {
    const employee = await signedIn('chen.jie', language);
    const manager = await signedIn('wang.fang', language);
    const page = await employee.query('instances.get', { id });
    const mine = (await employee.query('instances.mine')).find((item) => item.id === id);
    const inbox = (await manager.query('tasks.inbox')).find((item) => item.instanceId === id);

    return [page.title, mine?.title, inbox?.title];
  }

  it('gives the same request its English title in English and its Chinese title in Chinese', async () => {
    // given a claim of 12,345.67 started by chen.jie in Chinese
    const employee = await signedIn('chen.jie', 'zh-CN');
    const { id } = await employee.mutate('instances.start', {
      flowKey: 'expense',
      values: expenseValues('12345.67', [
        ['Hotel', '10000.00'],
        ['Dinner', '2345.67'],
      ]),
    });

    // when the request page, My requests and the inbox are read in each language
    const english = await titlesSeenIn('en', id);
    const chinese = await titlesSeenIn('zh-CN', id);

    // then each shows the title in that language, the amount formatted for it
    expect(english).toEqual([ENGLISH, ENGLISH, ENGLISH]);
    expect(chinese).toEqual([CHINESE, CHINESE, CHINESE]);
  });
});
