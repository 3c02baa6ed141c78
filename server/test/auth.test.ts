import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/auth/sessions.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

describe.each(testDatabases())('auth and HTTP on $name', (factory) => {
  let server: TestApp;
  let clock = Date.parse('2026-03-02T09:00:00Z');

  beforeAll(async () => {
    server = await startTestApp(factory, { now: () => new Date(clock) });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('signs in, shows the user from the session and signs out on the server', async () => {
    // given a client without a session
    const client = server.client();
    expect(await client.query('auth.me')).toEqual({ user: null });

    // when chen.jie signs in
    const { user } = await client.login('chen.jie');

    // then the session cookie identifies him, with department and roles
    expect(user).toMatchObject({
      username: 'chen.jie',
      name: '陈杰',
      departmentName: '华东销售部',
      roles: [],
    });
    expect((await client.query('auth.me')).user?.id).toBe(user.id);

    // and after logout the old token no longer works, even if replayed
    const token = client.cookies.get(SESSION_COOKIE) ?? '';
    await client.mutate('auth.logout');
    expect(client.cookies.has(SESSION_COOKIE)).toBe(false);
    client.cookies.set(SESSION_COOKIE, token);
    expect(await client.query('auth.me')).toEqual({ user: null });
  });

  it('sets an httpOnly SameSite=Lax cookie and stores only the SHA-256 of the token', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'wang.fang', password: 'baton-demo-2026' }),
    });
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);

    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const value = cookie?.value ?? '';
    expect(Buffer.from(value, 'base64url')).toHaveLength(32);
    const stored = await server.database.db.selectFrom('sessions').select('id').execute();
    const hashed = createHash('sha256').update(value).digest('hex');
    expect(stored.map((row) => row.id)).toContain(hashed);
    expect(stored.map((row) => row.id)).not.toContain(value);
  });

  it('rotates the session on every login', async () => {
    const client = await server.signedIn('li.na');
    const first = client.cookies.get(SESSION_COOKIE);

    await client.login('li.na');

    const second = client.cookies.get(SESSION_COOKIE);
    expect(second).not.toBe(first);
    const replay = server.client();
    replay.cookies.set(SESSION_COOKIE, first ?? '');
    expect(await replay.query('auth.me')).toEqual({ user: null });
  });

  it('keeps a session alive while it is used and ends it after 12 idle hours', async () => {
    const client = await server.signedIn('zhao.min');

    clock += 11 * 3_600_000;
    const used = await client.query('auth.me');
    clock += 11 * 3_600_000;
    const stillUsed = await client.query('auth.me');
    clock += 12 * 3_600_000 + 1000;
    const idle = await client.query('auth.me');

    expect(used.user?.username).toBe('zhao.min');
    expect(stillUsed.user?.username).toBe('zhao.min');
    expect(idle.user).toBeNull();
  });

  it('refuses a wrong password and an unknown user with the same message', async () => {
    const client = server.client();

    const wrong = await client.refusal(() => client.login('chen.jie', 'not-the-password'));
    const unknown = await client.refusal(() => client.login('no.such.user', 'whatever-123'));

    expect(wrong).toMatchObject({ status: 400, code: 'auth.invalid-credentials' });
    expect(unknown.code).toBe(wrong.code);
    expect(unknown.message).toBe(wrong.message);
    expect(client.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('refuses a disabled user even with the right password', async () => {
    const client = server.client();

    const refused = await client.refusal(() => client.login('zheng.kai'));

    expect(refused).toMatchObject({ status: 403, code: 'auth.account-disabled' });
    expect(client.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('answers in the caller language from the locale cookie or Accept-Language', async () => {
    const chinese = server.client();
    chinese.headers['accept-language'] = 'zh-TW,zh;q=0.9,en;q=0.5';
    const english = server.client();
    english.cookies.set('baton_locale', 'en');
    english.headers['accept-language'] = 'zh-CN';

    const zh = await chinese.refusal(() => chinese.login('chen.jie', 'wrong-password'));
    const en = await english.refusal(() => english.login('chen.jie', 'wrong-password'));

    expect(zh.message).toBe('用户名或密码错误。');
    expect(en.message).toBe('Wrong username or password.');
  });

  it('rate-limits sign-in attempts per client and username', async () => {
    // given ten failed attempts for yang.fan within a minute
    const client = server.client();
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const refused = await client.refusal(() => client.login('yang.fan', 'wrong-password'));
      expect(refused.code).toBe('auth.invalid-credentials');
    }

    // when the eleventh comes, even with the right password
    const limited = await client.refusal(() => client.login('yang.fan'));

    // then it is refused without checking, while another username still gets through
    expect(limited).toMatchObject({ status: 429, code: 'auth.rate-limited' });
    expect((await client.login('wu.ting')).user.username).toBe('wu.ting');
  });

  it('requires a session for everything but sign-in', async () => {
    const client = server.client();

    const refused = await client.refusal(() => client.query('instances.mine'));

    expect(refused).toMatchObject({ status: 401, code: 'auth.required' });
  });

  it('refuses a mutation from another origin even with a valid session', async () => {
    const client = await server.signedIn('chen.jie');
    client.headers['origin'] = 'https://evil.example';

    const refused = await client.refusal(() => client.mutate('auth.logout'));

    expect(refused).toMatchObject({ status: 403, code: 'http.cross-origin' });
    delete client.headers['origin'];
    expect((await client.query('auth.me')).user?.username).toBe('chen.jie');
  });

  it('accepts a mutation whose Origin is the server itself', async () => {
    const client = await server.signedIn('chen.jie');
    client.headers['origin'] = 'http://localhost:80';
    client.headers['host'] = 'localhost:80';

    await client.mutate('auth.logout');

    expect(await client.query('auth.me')).toEqual({ user: null });
  });

  it('refuses a mutation that is not sent as JSON', async () => {
    const client = await server.signedIn('chen.jie');

    const response = await client.raw({
      method: 'POST',
      url: '/trpc/auth.logout',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });

    expect(response.status).toBe(415);
    expect(response.body).toMatchObject({ error: { data: { code: 'http.json-required' } } });
    expect((await client.query('auth.me')).user?.username).toBe('chen.jie');
  });

  it('reports health after a real database round trip', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/healthz' });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: factory.name });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers with a CSP for the designer', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/healthz' });
    const csp = String(response.headers['content-security-policy']);

    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('tells how to build the designer when it is missing, and 404s unknown API paths', async () => {
    const page = await server.app.inject({ method: 'GET', url: '/flows/expense' });
    const api = await server.app.inject({ method: 'GET', url: '/trpc/nope.nothing' });

    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('designer has not been built');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { data: { code: 'server.procedure-not-found' } } });
  });
});
