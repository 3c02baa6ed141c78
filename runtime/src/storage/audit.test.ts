import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit, writeAudit } from './audit.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute));

describe.each(testDatabases())('the audit log on $name', (factory) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await factory.open();
    const lines = [
      { actorId: 'chen.jie', action: 'form.write-refused', instanceId: 'ins-1', minute: 1 },
      { actorId: 'wang.fang', action: 'form.write-refused', instanceId: 'ins-1', minute: 2 },
      { actorId: 'chen.jie', action: 'flow.no-branch-matched', instanceId: null, minute: 3 },
    ];
    for (const { minute, ...line } of lines)
      await writeAudit(database.db, { ...line, detail: { fields: ['budget'] }, now: at(minute) });
  });
  afterAll(() => database?.close());

  it('lists lines newest first, with their detail as written', async () => {
    const lines = await listAudit(database.db);

    expect(lines.map((line) => [line.at, line.actorId, line.action])).toEqual([
      ['2026-03-02T09:03:00.000Z', 'chen.jie', 'flow.no-branch-matched'],
      ['2026-03-02T09:02:00.000Z', 'wang.fang', 'form.write-refused'],
      ['2026-03-02T09:01:00.000Z', 'chen.jie', 'form.write-refused'],
    ]);
    expect(lines[0]).toMatchObject({ instanceId: null, detail: { fields: ['budget'] } });
  });

  it('filters by request and by actor, and caps the count at 200', async () => {
    const of = async (options: Parameters<typeof listAudit>[1]) =>
      (await listAudit(database.db, options)).map((line) => line.at.slice(14, 16));

    expect(await of({ instanceId: 'ins-1' })).toEqual(['02', '01']);
    expect(await of({ actorId: 'chen.jie' })).toEqual(['03', '01']);
    expect(await of({ instanceId: 'ins-1', actorId: 'chen.jie' })).toEqual(['01']);
    expect(await of({ limit: 1 })).toEqual(['03']);
    for (let n = 0; n < 205; n += 1)
      await writeAudit(database.db, { actorId: 'x', action: 'a', detail: {}, now: at(10) });
    expect(await listAudit(database.db, { limit: 1000 })).toHaveLength(200);
  });
});
