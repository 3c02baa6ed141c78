import { DEMO_PASSWORD } from '@baton/templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/auth/sessions.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

type Body = { error?: { message: string; data: { code: string } } } | Array<{ result?: unknown }>;

// One HTTP request could carry hundreds of sign-ins (seconds of argon2 work) or hundreds of
// org.get calls, and sign-ins across many usernames were never limited per client. Batches are
// now capped at 10 calls, sign-in travels alone, and each client IP has 30 failures a minute.
describe.each(testDatabases())('batched calls and sign-in limits on $name', (factory) => {
  let server: TestApp;

  beforeAll(async () => {
    server = await startTestApp(factory);
  });
  afterAll(async () => {
    await server?.close();
  });

  const batchUrl = (paths: string[]) => `/trpc/${paths.join(',')}?batch=1`;

  it('answers a batch of ten calls', async () => {
    const client = await server.signedIn('chen.jie');

    const response = await client.raw({
      method: 'GET',
      url: batchUrl(Array.from({ length: 10 }, () => 'org.get')),
    });

    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(10);
  });

  it('refuses a batch of more than ten calls before any of them runs', async () => {
    const client = await server.signedIn('chen.jie');

    const response = await client.raw({
      method: 'POST',
      url: batchUrl(Array.from({ length: 40 }, () => 'auth.logout')),
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: {
        message: 'One request may carry at most 10 API calls; this one has 40.',
        data: { code: 'request.batch-too-large' },
      },
    });
    expect((await client.query('auth.me')).user?.username).toBe('chen.jie');
  });

  it('refuses sign-in batched with other calls, and accepts it alone in a batch', async () => {
    const client = server.client();
    const login = { username: 'li.na', password: DEMO_PASSWORD };
    const post = (paths: string[], inputs: unknown[]) =>
      client.raw({
        method: 'POST',
        url: batchUrl(paths),
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(Object.fromEntries(inputs.map((input, index) => [index, input]))),
      });

    const together = await post(['auth.login', 'auth.login'], [login, login]);
    const withOther = await post(['auth.logout', 'auth.login'], [undefined, login]);
    expect(client.cookies.has(SESSION_COOKIE)).toBe(false);
    const alone = await post(['auth.login'], [login]);

    for (const refused of [together, withOther]) {
      expect(refused.status).toBe(400);
      expect((refused.body as Body & { error: unknown }).error).toMatchObject({
        data: { code: 'request.login-batched' },
      });
    }
    expect(alone.status).toBe(200);
    expect(client.cookies.has(SESSION_COOKIE)).toBe(true);
  });

  it('stops password spraying: 30 failed sign-ins a minute per client IP, any usernames', async () => {
    // given a client that failed 30 times, each with another username
    const sprayer = server.client();
    sprayer.remoteAddress = '192.0.2.10';
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const refused = await sprayer.refusal(() =>
        sprayer.login(`someone.${attempt}`, 'Spring2026!'),
      );
      expect(refused.code).toBe('auth.invalid-credentials');
    }

    // when it tries once more, even with a real account's password
    const limited = await sprayer.refusal(() => sprayer.login('zhao.min'));

    // then it is refused without checking, while another client signs in
    expect(limited).toMatchObject({ status: 429, code: 'auth.rate-limited' });
    const other = server.client();
    other.remoteAddress = '192.0.2.11';
    expect((await other.login('zhao.min')).user.username).toBe('zhao.min');
  });
});
