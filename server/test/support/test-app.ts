import { testDatabases, type TestDatabase } from '@baton/runtime/storage';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { seedDemo } from '../../src/seed.ts';
import type { Scheduler } from '../../src/timers/timer-loop.ts';
import { ApiClient } from './api.ts';

export { testDatabases };

export type TestApp = {
  readonly app: FastifyInstance;
  readonly database: TestDatabase;
  /** A new client with its own cookie jar. */
  client(): ApiClient;
  /** A new client signed in as `username` (demo password). */
  signedIn(username: string): Promise<ApiClient>;
  close(): Promise<void>;
};

/**
 * A seeded Baton on a fresh test database (demo org, templates published as v1), not
 * listening: requests go through `inject`. The designer build is never served here.
 */
export async function startTestApp(
  factory: { open(): Promise<TestDatabase> },
  options: { now?: () => Date; env?: Record<string, string>; scheduleTimers?: Scheduler } = {},
): Promise<TestApp> {
  const database = await factory.open();
  let app: FastifyInstance;
  try {
    await seedDemo(database, options);
    app = await buildApp({
      // `inject` sends `Host: localhost:80`, one of the default allowed hosts on port 80.
      // No timer loop unless a test asks for one (it would write to the database at any moment).
      config: loadConfig({
        NODE_ENV: 'test',
        PORT: '80',
        BATON_TIMER_POLL_MS: '0',
        ...options.env,
      }),
      database,
      logger: pino({ level: 'silent' }),
      designerDir: '/nonexistent/baton-designer-dist',
      now: options.now,
      scheduleTimers: options.scheduleTimers,
      startTimersOn: 'ready',
    });
    await app.ready();
  } catch (error) {
    // A failed start must not leave a PostgreSQL database behind.
    await database.close();
    throw error;
  }

  return {
    app,
    database,
    client: () => new ApiClient(app),
    async signedIn(username) {
      const client = new ApiClient(app);
      await client.login(username);

      return client;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
