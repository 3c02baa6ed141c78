import { runNotificationWorker } from '@baton/runtime/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';
import { claim } from './support/variants.ts';

describe.each(testDatabases())('in-app notifications through the API on $name', (factory) => {
  let server: TestApp;
  let employee: ApiClient;
  let manager: ApiClient;

  beforeAll(async () => {
    server = await startTestApp(factory);
    employee = await server.signedIn('chen.jie');
    manager = await server.signedIn('wang.fang');
  });
  afterAll(async () => {
    await server?.close();
  });

  /** One pass of the notification worker, as the server's timer loop runs it. */
  const deliver = () => runNotificationWorker({ ...server.database, owner: 'test' });

  it('given a claim submitted, when the worker runs, then the manager sees a new-task line', async () => {
    // given
    const id = await claim(employee, 'expense', '420.00');

    // when
    await deliver();

    // then the line names the request in the caller's words, and the count moved
    const [line] = await manager.query('notifications.list');
    const [task] = (await manager.query('tasks.inbox')).filter((item) => item.instanceId === id);
    expect(line).toMatchObject({
      kind: 'task-assigned',
      instanceId: id,
      title: task?.title,
      actor: { name: '陈杰' },
      readAt: null,
    });
    expect(line?.taskId).toBe(task?.id);
    expect(await manager.query('notifications.unreadCount')).toBe(1);
    expect(await employee.query('notifications.list')).toEqual([]);
  });

  it('given an urge, when delivered, then the manager sees who urged', async () => {
    const id = await claim(employee, 'expense', '90.00');
    await deliver();

    await employee.mutate('instances.urge', { instanceId: id, comment: 'Please' });
    await deliver();

    const [latest] = await manager.query('notifications.list', { limit: 1 });
    expect(latest).toMatchObject({ kind: 'urge', instanceId: id, actor: { name: '陈杰' } });
    expect(await manager.query('notifications.unreadCount')).toBe(3);
  });

  it("given the manager's lines, when the employee reads or marks them, then nothing of hers changes", async () => {
    // given
    const lines = await manager.query('notifications.list');
    const ids = lines.map((line) => line.id);

    // when
    const seen = await employee.query('notifications.list');
    const marked = await employee.mutate('notifications.markRead', { ids });

    // then
    expect(seen.map((line) => line.id).filter((id) => ids.includes(id))).toEqual([]);
    expect(marked).toEqual({ updated: 0 });
    expect(await manager.query('notifications.unreadCount')).toBe(3);
  });

  it('given unread lines, when the manager marks one and then all, then her count falls to zero', async () => {
    const [first] = await manager.query('notifications.list');

    const one = await manager.mutate('notifications.markRead', { ids: [first?.id ?? ''] });
    const unread = await manager.query('notifications.list', { unreadOnly: true });
    const rest = await manager.mutate('notifications.markRead', { all: true });

    expect(one).toEqual({ updated: 1 });
    expect(unread.map((line) => line.id)).not.toContain(first?.id);
    expect(unread).toHaveLength(2);
    expect(rest).toEqual({ updated: 2 });
    expect(await manager.query('notifications.unreadCount')).toBe(0);
    expect((await manager.query('notifications.list'))[0]?.readAt).not.toBeNull();
  });

  it('given nobody signed in, when the bell is asked, then it is refused', async () => {
    const anonymous = server.client();

    const refused = await anonymous.refusal(() => anonymous.query('notifications.unreadCount'));

    expect(refused).toMatchObject({ status: 401, code: 'auth.required' });
  });
});
