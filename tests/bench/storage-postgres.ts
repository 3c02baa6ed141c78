import { randomBytes } from 'node:crypto';
import { openDatabase } from '@baton/runtime/storage';
import { prepareBatonStore } from './baton-store.ts';
import { pg } from './drivers.ts';
import type { BenchOptions } from './options.ts';
import { APPROVAL_STEP_NOTES, comparePersisted } from './persisted.ts';
import { openPlainPostgres } from './plain-loops.ts';
import type { Section } from './report.ts';
import { roundsNote } from './storage-sqlite.ts';

const TITLE = '(b) persisted approval steps per second: PostgreSQL';

/**
 * (b) on PostgreSQL: a new database `baton_bench_…` on the server at `pgAdminUrl` holds Baton's
 * tables and the plain loop's; it is dropped afterwards. An unreachable server gives a section
 * that says so instead of figures.
 */
export async function measurePostgres(options: BenchOptions): Promise<Section> {
  const name = `baton_bench_${randomBytes(5).toString('hex')}`;
  try {
    await adminQuery(options.pgAdminUrl, `create database ${name}`);
  } catch (error) {
    return unreachable(options, error);
  }
  const url = new URL(options.pgAdminUrl);
  url.pathname = `/${name}`;
  try {
    return await compareOn(url.toString(), options);
  } finally {
    await adminQuery(options.pgAdminUrl, `drop database if exists ${name} with (force)`);
  }
}

async function compareOn(url: string, options: BenchOptions): Promise<Section> {
  const handle = await openDatabase({ databaseUrl: url });
  const plain = await openPlainPostgres(url);
  try {
    const engine = await prepareBatonStore(handle);
    const lines = await comparePersisted({ label: 'PostgreSQL', engine, plain }, options);
    const server = new URL(url);

    return {
      title: TITLE,
      notes: [
        ...APPROVAL_STEP_NOTES,
        `server ${server.host}, database ${server.pathname.slice(1)} (dropped afterwards)`,
        `median of ${roundsNote(options)}`,
      ],
      lines,
    };
  } finally {
    await plain.close();
    await handle.close();
  }
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function unreachable(options: BenchOptions, error: unknown): Section {
  const reason = error instanceof Error ? error.message : String(error);
  const note = `not measured: ${reason}`;

  return {
    title: TITLE,
    notes: [`PostgreSQL at ${options.pgAdminUrl} could not create a database (${reason})`],
    lines: [
      {
        name: 'PostgreSQL: Baton ÷ plain loop',
        value: null,
        unit: '%',
        target: { op: '>=', value: 50 },
        note,
      },
    ],
  };
}
