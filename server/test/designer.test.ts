import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testDatabases } from '@baton/runtime/storage';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';

// Serving files does not depend on the database: SQLite alone is enough here.
const sqlite = testDatabases().find((factory) => factory.name === 'sqlite');

describe('serving the built designer', () => {
  let dir = '';
  let app: FastifyInstance;
  let close: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'baton-dist-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(path.join(dir, 'assets', 'app-1a2b.js'), 'export {};');
    if (!sqlite) throw new Error('testDatabases() always includes SQLite');
    const database = await sqlite.open();
    close = () => database.close();
    app = await buildApp({
      config: loadConfig({ NODE_ENV: 'test' }),
      database,
      logger: pino({ level: 'silent' }),
      designerDir: dir,
    });
  });
  afterAll(async () => {
    await app?.close();
    await close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves index.html at / and for client-side routes', async () => {
    for (const url of ['/', '/flows/expense/design', '/requests/ins_1?tab=timeline']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain('<div id="root">');
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('serves hashed assets with a long cache and 404s missing ones', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/app-1a2b.js' });
    const missing = await app.inject({ method: 'GET', url: '/assets/gone-9z.js' });

    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect(missing.statusCode).toBe(404);
  });

  it('never answers an API path with the app shell', async () => {
    const response = await app.inject({ method: 'GET', url: '/trpc/unknown.call' });

    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/json');
  });
});
