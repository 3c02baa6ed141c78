import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

// NODE_ENV defaulted to development and every refusal carried `data.stack`. Production is now
// the default, and even in development only server bugs carry a stack.
describe.each(testDatabases())('error stacks on $name', (factory) => {
  let development: TestApp;

  beforeAll(async () => {
    development = await startTestApp(factory, { env: { NODE_ENV: 'development' } });
  });
  afterAll(async () => {
    await development?.close();
  });

  it('runs as production when NODE_ENV is not set', () => {
    expect(loadConfig({}).nodeEnv).toBe('production');
  });

  it('sends no stack with expected refusals, even in development', async () => {
    const client = development.client();
    const employee = await development.signedIn('chen.jie');
    const owner = await development.signedIn('sun.hao');
    const { bundle } = await owner.query('flows.get', { key: 'budget' });

    const responses = await Promise.all([
      client.raw({
        method: 'POST',
        url: '/trpc/auth.login',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'chen.jie', password: 'wrong-password' }),
      }),
      client.raw({ method: 'GET', url: '/trpc/tasks.inbox' }),
      employee.raw({ method: 'GET', url: '/trpc/flows.list' }),
      employee.raw({
        method: 'GET',
        url: `/trpc/instances.get?input=${encodeURIComponent('{"id":"nope"}')}`,
      }),
      employee.raw({ method: 'GET', url: '/trpc/auth.logout' }),
      employee.raw({ method: 'GET', url: '/trpc/no.such' }),
      owner.raw({
        method: 'POST',
        url: '/trpc/flows.saveDraft',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key: 'budget', bundle, expectedRevision: 99 }),
      }),
    ]);

    const seen = responses.map((response) => {
      const body = response.body as { error: { data: Record<string, unknown> } };
      return [body.error.data['code'], 'stack' in body.error.data];
    });
    expect(seen).toEqual([
      ['auth.invalid-credentials', false],
      ['auth.required', false],
      ['auth.forbidden', false],
      ['instance.not-found', false],
      ['request.method', false],
      ['server.procedure-not-found', false],
      ['flow.stale-revision', false],
    ]);
  });
});
