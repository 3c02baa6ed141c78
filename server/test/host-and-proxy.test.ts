import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_PASSWORD } from '@baton/templates';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { SESSION_COOKIE } from '../src/auth/sessions.ts';
import { loadConfig } from '../src/config.ts';
import { seedDemo } from '../src/seed.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

type Reply = { status: number; body: string; setCookie: string[] };

/** A plain HTTP request to 127.0.0.1:`port` with the given Host header. */
function post(
  port: number,
  options: { host: string; path: string; body: string; cookie?: string },
) {
  return new Promise<Reply>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: options.path,
        headers: {
          host: options.host,
          'content-type': 'application/json',
          ...(options.cookie ? { cookie: options.cookie } : {}),
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body,
            setCookie: res.headers['set-cookie'] ?? [],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

// Behind a TLS proxy the cookie was never Secure and every client shared the proxy's IP; and any
// host name that resolved to Baton (DNS rebinding) could use a session. Both are now configured.
describe.each(testDatabases())('host names and proxies on $name', (factory) => {
  let server: TestApp;

  beforeAll(async () => {
    server = await startTestApp(factory);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses a session used or created under a host name that is not allowed', async () => {
    const client = await server.signedIn('chen.jie');
    client.headers['host'] = 'rebound.example:80';
    const fresh = server.client();
    fresh.headers['host'] = 'rebound.example:80';

    const used = await client.refusal(() => client.query('auth.me'));
    const created = await fresh.refusal(() => fresh.login('chen.jie'));
    const anonymous = await fresh.query('auth.me');

    expect(used).toMatchObject({ status: 403, code: 'http.host-not-allowed' });
    expect(created).toMatchObject({ status: 403, code: 'http.host-not-allowed' });
    expect(fresh.cookies.has(SESSION_COOKIE)).toBe(false);
    expect(anonymous).toEqual({ user: null });
    delete client.headers['host'];
    expect((await client.query('auth.me')).user?.username).toBe('chen.jie');
  });

  it('refuses a session on the file routes under a host name that is not allowed', async () => {
    const client = await server.signedIn('chen.jie');
    const cookie = `${SESSION_COOKIE}=${client.cookies.get(SESSION_COOKIE) ?? ''}`;

    const rebound = await server.app.inject({
      method: 'GET',
      url: '/api/attachments/att_any',
      headers: { host: 'rebound.example:80', cookie },
    });
    const own = await server.app.inject({
      method: 'GET',
      url: '/api/attachments/att_any',
      headers: { cookie },
    });

    expect(rebound.statusCode).toBe(403);
    expect(rebound.body).toContain('http.host-not-allowed');
    expect(own.statusCode).toBe(404);
  });

  it('allows exactly the configured hosts when BATON_ALLOWED_HOSTS is set', async () => {
    const custom = await startTestApp(factory, {
      env: { BATON_ALLOWED_HOSTS: 'baton.example.com, baton.internal:8080' },
    });
    try {
      const attempt = async (host: string) => {
        const client = custom.client();
        client.headers['host'] = host;
        try {
          await client.login('li.na');
          return 'allowed';
        } catch {
          return 'refused';
        }
      };

      expect(await attempt('baton.example.com:8443')).toBe('allowed');
      expect(await attempt('BATON.example.com')).toBe('allowed');
      expect(await attempt('baton.internal:8080')).toBe('allowed');
      expect(await attempt('baton.internal:9090')).toBe('refused');
      expect(await attempt('localhost:80')).toBe('refused');
    } finally {
      await custom.close();
    }
  });

  it('accepts the port actually bound when listening on port 0', async () => {
    const database = await factory.open();
    const app = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0' }),
      database,
      logger: pino({ level: 'silent' }),
      designerDir: '/nonexistent/baton-designer-dist',
    });
    try {
      await seedDemo(database);
      await app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = app.server.address() as AddressInfo;
      const body = JSON.stringify({ username: 'li.na', password: DEMO_PASSWORD });
      const path = '/trpc/auth.login';

      const byIp = await post(port, { host: `127.0.0.1:${port}`, path, body });
      const byName = await post(port, { host: `localhost:${port}`, path, body });
      const rebound = await post(port, { host: `rebound.example:${port}`, path, body });
      const otherPort = await post(port, { host: `127.0.0.1:${port + 1}`, path, body });

      expect([byIp.status, byName.status, rebound.status, otherPort.status]).toEqual([
        200, 200, 403, 403,
      ]);
      expect(JSON.parse(rebound.body)).toMatchObject({
        error: { data: { code: 'http.host-not-allowed' } },
      });
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('marks the cookie Secure behind a trusted TLS proxy, and only then', async () => {
    const proxied = await startTestApp(factory, { env: { BATON_TRUST_PROXY: '127.0.0.1' } });
    const signIn = (app: TestApp) =>
      app.app.inject({
        method: 'POST',
        url: '/trpc/auth.login',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        payload: JSON.stringify({ username: 'li.na', password: DEMO_PASSWORD }),
      });
    try {
      const trusted = await signIn(proxied);
      const untrusted = await signIn(server);

      const secure = (reply: typeof trusted) =>
        reply.cookies.find((cookie) => cookie.name === SESSION_COOKIE)?.secure ?? false;
      expect([secure(trusted), secure(untrusted)]).toEqual([true, false]);
    } finally {
      await proxied.close();
    }
  });

  it('limits failed sign-ins per forwarded client IP behind a trusted proxy', async () => {
    // given two people behind the same trusted proxy, one of whom failed 30 times
    const proxied = await startTestApp(factory, { env: { BATON_TRUST_PROXY: 'loopback' } });
    const behindProxy = (clientIp: string) => {
      const client = proxied.client();
      client.headers['x-forwarded-for'] = clientIp;

      return client;
    };
    try {
      const sprayer = behindProxy('198.51.100.2');
      for (let attempt = 0; attempt < 30; attempt += 1) {
        await sprayer.refusal(() => sprayer.login(`nobody.${attempt}`, 'guess-2026'));
      }

      // when both sign in with the right password
      const limited = await sprayer.refusal(() => sprayer.login('li.na'));
      const neighbour = await behindProxy('198.51.100.3').login('li.na');

      // then only the one who failed is limited
      expect(limited).toMatchObject({ status: 429, code: 'auth.rate-limited' });
      expect(neighbour.user.username).toBe('li.na');
    } finally {
      await proxied.close();
    }
  });
});
