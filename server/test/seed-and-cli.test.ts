import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expenseTemplate } from '@baton/templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/commands.ts';
import { seedDemo } from '../src/seed.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

describe.each(testDatabases())('seeding on $name', (factory) => {
  let server: TestApp;

  beforeAll(async () => {
    server = await startTestApp(factory);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('writes nothing on a second start', async () => {
    const users = await server.database.db.selectFrom('users').select('id').execute();

    const again = await seedDemo(server.database);

    expect(again).toEqual({ orgSeeded: false, published: [], masterDataSeeded: false });
    const after = await server.database.db.selectFrom('users').select('id').execute();
    expect(after).toHaveLength(users.length);
    const versions = await server.database.db
      .selectFrom('flow_versions')
      .select('version')
      .execute();
    expect(versions).toHaveLength(3);
  });

  it('gives every demo user the demo password, hashed with argon2id', async () => {
    const rows = await server.database.db.selectFrom('users').select('password_hash').execute();

    expect(rows.length).toBeGreaterThanOrEqual(25);
    for (const row of rows)
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('baton validate', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'baton-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function validate(content: string) {
    const file = path.join(dir, `flow-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(file, content);
    let out = '';
    const write = (text: string) => {
      out += text;
    };
    const code = await runCli(['validate', file], { stdout: { write }, stderr: { write } });

    return { code, out };
  }

  it('exits 0 for a valid template bundle', async () => {
    const { code, out } = await validate(JSON.stringify(expenseTemplate.bundle));

    expect(code).toBe(0);
    expect(out).toMatch(/0 error\(s\)/);
  });

  it('prints each issue and exits 1 when the flow has errors', async () => {
    const broken = structuredClone(expenseTemplate.bundle);
    broken.flow.edges = broken.flow.edges.filter((edge) => edge.target !== 'end');

    const { code, out } = await validate(JSON.stringify(broken));

    expect(code).toBe(1);
    expect(out).toMatch(/^error /m);
  });

  it('exits 1 for a file that is not JSON and 2 without a file', async () => {
    expect((await validate('{ nope')).code).toBe(1);
    const silent = { write: () => undefined };
    expect(await runCli(['validate'], { stdout: silent, stderr: silent })).toBe(2);
  });
});
