import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRequests } from '../src/instances/export.ts';
import { searchRequests } from '../src/instances/search.ts';
import type { ApiClient } from './support/api.ts';
import { expenseValues } from './support/expense-edit.ts';
import { matrixValues, withPermissionMatrix } from './support/permission-form.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';
import { claim, publishExpenseVariant, taskOn } from './support/variants.ts';

const FLOW = 'large';
const MB = 1024 * 1024;
const EMPLOYEE = { id: 'u-chen-jie', roles: [] };
const ADMIN = { id: 'u-zhou-yu', roles: ['admin'] };

// An attacker stored ~1.9 MB text values in 60 requests: the export built a 116 MB answer in
// 5.9 s, and search, My requests and the inbox parsed every whole state on every call.
describe.each(testDatabases())('reads of requests holding large values on $name', (factory) => {
  let server: TestApp;
  let employee: ApiClient;
  let manager: ApiClient;
  let admin: ApiClient;
  const notes: string[] = [];

  beforeAll(async () => {
    server = await startTestApp(factory);
    await publishExpenseVariant(await server.signedIn('sun.hao'), FLOW, withPermissionMatrix);
    employee = await server.signedIn('chen.jie');
    manager = await server.signedIn('wang.fang');
    admin = await server.signedIn('zhou.yu');
    for (const client of [employee, manager, admin]) client.headers = { 'accept-language': 'en' };
    for (const note of ['needle-oldest', 'needle-middle', 'needle-newest']) {
      const values = { ...matrixValues('unused'), receipt: [], secretNote: note };
      await employee.mutate('instances.start', { flowKey: FLOW, values });
      notes.push(note);
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Stores a value as a command would (next version), as saved before text had a length cap. */
  async function storeValue(id: string, key: string, value: string) {
    const { db } = server.database;
    const row = await db
      .selectFrom('instances')
      .select(['state', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const state = JSON.parse(row.state) as { values: Record<string, unknown> };
    state.values[key] = value;
    await db
      .updateTable('instances')
      .set({ state: JSON.stringify(state), version: row.version + 1 })
      .where('id', '=', id)
      .execute();
  }

  async function storedBytes(flowKey: string): Promise<number[]> {
    const rows = await server.database.db
      .selectFrom('instances')
      .select('state')
      .where('flow_key', '=', flowKey)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();

    return rows.map((row) => Buffer.byteLength(row.state));
  }

  it('matches values only as far as its byte budget reaches, newest first', async () => {
    const [newest = 0] = await storedBytes(FLOW);
    const reader = { user: EMPLOYEE, locale: 'en' as const };
    const search = (q: string, bytes: number) =>
      searchRequests(server.database.db, reader, { q, limit: 10 }, { rows: 500, bytes });

    const narrow = await Promise.all(notes.map((note) => search(note, newest)));
    const wide = await Promise.all(notes.map((note) => search(note, 10 * MB)));

    expect(narrow.map((hits) => hits.length)).toEqual([0, 0, 1]);
    expect(wide.map((hits) => hits.length)).toEqual([1, 1, 1]);
  });

  it('refuses an export whose stored requests or file would pass the limits', async () => {
    const reader = { user: ADMIN, locale: 'en' as const, now: new Date() };
    const limits = { rows: 5000, scanBytes: 10 * MB, csvBytes: 10 * MB };
    const run = (overrides: Partial<typeof limits>) =>
      exportRequests(server.database.db, reader, { flowKey: FLOW }, { ...limits, ...overrides });
    const total = (await storedBytes(FLOW)).reduce((sum, bytes) => sum + bytes, 0);

    const { csv } = await run({});
    const file = Buffer.byteLength(csv);

    await expect(run({ csvBytes: file })).resolves.toEqual({ filename: expect.any(String), csv });
    await expect(run({ csvBytes: file - 1 })).rejects.toMatchObject({ code: 'export.too-large' });
    await expect(run({ scanBytes: total - 1 })).rejects.toMatchObject({
      code: 'export.too-large',
    });
  });

  it('lists a request as it is now in My requests and the inbox after it changed', async () => {
    const id = await claim(employee, 'expense', '300.00');
    const mine = async () => (await employee.query('instances.mine')).find((r) => r.id === id);
    const inbox = async () => (await manager.query('tasks.inbox')).find((t) => t.instanceId === id);

    const started = { mine: await mine(), inbox: await inbox() };
    await manager.mutate('tasks.return', { taskId: await taskOn(manager, id), to: 'initiator' });
    const returned = await mine();
    const values = expenseValues('450.00', [['Hotel', '450.00']]);
    await employee.mutate('instances.resubmit', { id, values });
    const resubmitted = { mine: await mine(), inbox: await inbox() };

    const title = (amount: string) => `Expense reimbursement - 陈杰 - CN¥${amount}`;
    expect(started.mine).toMatchObject({
      title: title('300.00'),
      currentNodes: ['Manager approval'],
    });
    expect(started.inbox?.title).toBe(title('300.00'));
    expect(returned).toMatchObject({ status: 'returned', currentNodes: [] });
    expect(resubmitted.mine).toMatchObject({
      title: title('450.00'),
      status: 'running',
      currentNodes: ['Manager approval'],
    });
    expect(resubmitted.inbox?.title).toBe(title('450.00'));
  });

  it('exports only the requests of the chosen status and submission days', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const rowsOf = async (filter: { status?: 'completed'; from?: string; to?: string }) => {
      const { csv } = await admin.query('instances.export', { flowKey: FLOW, ...filter });

      return csv.split('\r\n').length - 2;
    };

    const counts = [
      await rowsOf({}),
      await rowsOf({ from: today, to: today }),
      await rowsOf({ to: '2000-01-01' }),
      await rowsOf({ from: '2999-01-01' }),
      await rowsOf({ status: 'completed' }),
    ];

    expect(counts).toEqual([3, 3, 0, 0, 0]);
  });

  it('refuses an export of over 20 MB with a way to narrow it, and exports the narrower one', async () => {
    const { id } = await employee.mutate('instances.start', {
      flowKey: FLOW,
      values: { ...matrixValues('unused'), receipt: [] },
    });
    await storeValue(id, 'secretNote', 'y'.repeat(21 * MB));

    const refused = await admin.refusal(() => admin.query('instances.export', { flowKey: FLOW }));
    const completed = await admin.query('instances.export', { flowKey: FLOW, status: 'completed' });

    expect(refused).toMatchObject({
      status: 400,
      code: 'export.too-large',
      message:
        'The export would be larger than 20 MB, so nothing was exported. Narrow it: choose a status or a range of submission days, and export in parts.',
    });
    expect(completed.csv.split('\r\n')).toHaveLength(2);
  });
});
