import { BatonError } from '@baton/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from './engine.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { claimValues, managerThenFinanceAll, publishTestFlow, seedTestOrg } from './testing.ts';

describe.each(testDatabases())('states the engine wrote, on $name', (factory) => {
  let database: TestDatabase;
  let engine: Engine;

  beforeAll(async () => {
    database = await factory.open();
    await seedTestOrg(database.db);
    await publishTestFlow(database.db, managerThenFinanceAll);
    engine = createEngine(database);
  });
  afterAll(() => database?.close());

  const start = () =>
    engine.start({ flowKey: 'manager-finance', actorId: 'chen.jie', values: claimValues });

  it('validates a state changed behind its back, even at the version it wrote', async () => {
    // given a request this engine started, whose state is then overwritten at the same version
    const started = await start();
    const taskId = started.state.tasks[0]?.id ?? '';
    await database.db
      .updateTable('instances')
      .set({ state: JSON.stringify({ ...started.state, status: 'no-such-status' }) })
      .where('id', '=', started.id)
      .execute();

    // when the next command reads it
    const error = await engine.approve({ taskId, actorId: 'wang.fang' }).catch((e: unknown) => e);

    // then the stored text is parsed at the boundary and refused
    expect(error).toBeInstanceOf(BatonError);
    expect(error).toMatchObject({ code: 'storage.corrupt-row' });
  });

  it('gives each command its own copy of the state it read back', async () => {
    // given a request whose returned state a caller changes in place
    const started = await start();
    const taskId = started.state.tasks[0]?.id ?? '';
    started.state.tasks.length = 0;
    started.state.trail.push({ nodeId: 'nowhere', at: started.createdAt, round: 9 });

    // when the manager approves
    const approved = await engine.approve({ taskId, actorId: 'wang.fang' });

    // then the command worked on the state as stored
    expect(approved.state.tasks.find((task) => task.id === taskId)?.status).toBe('approved');
    expect(approved.state.trail.some((entry) => entry.nodeId === 'nowhere')).toBe(false);
    const reread = await engine.getInstance(started.id);
    expect(reread?.state).toEqual(approved.state);
  });
});
