import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app.ts';
import { runCli } from '../src/cli/commands.ts';
import { loadConfig } from '../src/config.ts';
import type { Scheduler } from '../src/timers/timer-loop.ts';
import { testDatabases } from './support/test-app.ts';

/** A port on 127.0.0.1 that this test holds, so that nobody else can listen on it. */
async function takePort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, resolve);
  });
  // `address()` is an AddressInfo for a TCP server (a string only for a pipe or socket path).
  const { port } = server.address() as AddressInfo;

  return { server, port };
}

const release = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

describe.each(testDatabases())('starting the server on $name', (factory) => {
  let taken: { server: Server; port: number };

  beforeAll(async () => {
    taken = await takePort();
  });
  afterAll(async () => {
    await release(taken.server);
  });

  async function appScheduling(port: number) {
    const database = await factory.open();
    let scheduled = 0;
    const scheduleTimers: Scheduler = () => {
      scheduled += 1;

      return () => undefined;
    };
    const env = { NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(port) };
    const app = await buildApp({
      config: loadConfig({ ...env, BATON_TIMER_POLL_MS: '1000' }),
      database,
      logger: pino({ level: 'silent' }),
      designerDir: '/nonexistent/baton-designer-dist',
      scheduleTimers,
    });
    const close = async () => {
      await app.close();
      await database.close();
    };

    return { app, close, scheduled: () => scheduled };
  }

  it('starts no timer loop when the port is taken, and can still be closed', async () => {
    // given an app whose port another server holds
    const server = await appScheduling(taken.port);
    try {
      // when it tries to listen there
      const listening = server.app.listen({ host: '127.0.0.1', port: taken.port });

      // then listening fails and no timer pass was ever scheduled
      await expect(listening).rejects.toMatchObject({ code: 'EADDRINUSE' });
      expect(server.scheduled()).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('starts the timer loop once the server listens, not when it is ready', async () => {
    const server = await appScheduling(0);
    try {
      await server.app.ready();
      const whenReady = server.scheduled();

      await server.app.listen({ host: '127.0.0.1', port: 0 });

      expect(whenReady).toBe(0);
      expect(server.scheduled()).toBe(1);
    } finally {
      await server.close();
    }
  });
});

/** The timer loop's interval in the CLI test: no other timer of the process waits that long. */
const POLL_MS = 987_654;

describe('baton serve on a taken port', () => {
  let taken: { server: Server; port: number };
  let dataDir: string;

  beforeAll(async () => {
    taken = await takePort();
    dataDir = await mkdtemp(path.join(tmpdir(), 'baton-serve-'));
  });
  afterAll(async () => {
    await release(taken.server);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('exits 1 without ever starting the timer loop', async () => {
    // given a port held by another server
    const silent = { write: () => true };
    const env = {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(taken.port),
      BATON_DATA_DIR: dataDir,
      BATON_LOG_LEVEL: 'silent',
      BATON_TIMER_POLL_MS: String(POLL_MS),
    };
    const timeouts = vi.spyOn(globalThis, 'setTimeout');

    // when baton serve starts there
    const code = await runCli(['serve'], { stdout: silent, stderr: silent, env }).finally(() =>
      timeouts.mockRestore(),
    );

    // then it stops with exit code 1, and no timer loop ever scheduled a pass
    expect(code).toBe(1);
    expect(timeouts.mock.calls.filter(([, ms]) => ms === POLL_MS)).toEqual([]);
  });
});
