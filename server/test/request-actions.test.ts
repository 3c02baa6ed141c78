import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';
import { claim, taskOn } from './support/variants.ts';

describe.each(testDatabases())(
  'urging and copying requests through the API on $name',
  (factory) => {
    let server: TestApp;
    let employee: ApiClient;
    let manager: ApiClient;
    let stranger: ApiClient;

    beforeAll(async () => {
      server = await startTestApp(factory);
      employee = await server.signedIn('chen.jie');
      manager = await server.signedIn('wang.fang');
      stranger = await server.signedIn('yu.qian');
    });
    afterAll(async () => {
      await server?.close();
    });

    it('lets the initiator urge once per interval and nobody else urge at all', async () => {
      const id = await claim(employee, 'expense', '300.00');

      const urged = await employee.mutate('instances.urge', { instanceId: id, comment: 'Please' });
      const again = await employee.refusal(() =>
        employee.mutate('instances.urge', { instanceId: id }),
      );
      const other = await manager.refusal(() =>
        manager.mutate('instances.urge', { instanceId: id }),
      );

      expect(urged.status).toBe('running');
      expect(again.code).toBe('urge.too-soon');
      expect(other.code).toBe('instance.not-initiator');
      const page = await employee.query('instances.get', { id });
      const event = page.timeline.find((entry) => entry.type === 'instance.urged');
      expect(event?.data).toMatchObject({ assigneeIds: ['u-wang-fang'], comment: 'Please' });
    });

    it('copies someone by an approver into their CC inbox, where they read it', async () => {
      // given a claim with wang.fang, and li.na's CC inbox
      const id = await claim(employee, 'expense', '300.00');
      await taskOn(manager, id);
      const reader = await server.signedIn('li.na');
      const before = await reader.query('cc.unreadCount');

      // when a stranger tries to copy, then wang.fang copies li.na with a comment
      const refused = await stranger.refusal(() =>
        stranger.mutate('instances.cc', { instanceId: id, userIds: ['u-li-na'] }),
      );
      await manager.mutate('instances.cc', {
        instanceId: id,
        userIds: ['u-li-na'],
        comment: 'FYI',
      });

      // then li.na sees it unread, may open the request, and marks it read
      expect(refused).toMatchObject({ status: 403, code: 'cc.not-participant' });
      const unread = await reader.query('cc.list', { unreadOnly: true });
      const copy = unread.find((entry) => entry.instanceId === id);
      expect(copy).toMatchObject({
        by: { id: 'u-wang-fang', name: '王芳' },
        nodeName: null,
        comment: 'FYI',
        flowName: 'Expense reimbursement',
        readAt: null,
      });
      expect(await reader.query('cc.unreadCount')).toBe(before + 1);
      expect((await reader.query('instances.get', { id })).id).toBe(id);
      const othersRead = await stranger.mutate('cc.markRead', { ids: [copy?.id ?? ''] });
      const read = await reader.mutate('cc.markRead', { ids: [copy?.id ?? ''] });
      expect(othersRead.updated).toBe(0);
      expect(read.updated).toBe(1);
      expect(await reader.query('cc.unreadCount')).toBe(before);
      const all = await reader.query('cc.list');
      expect(all.find((entry) => entry.id === copy?.id)?.readAt).not.toBeNull();
    });

    it('marks every copy read at once', async () => {
      const id = await claim(employee, 'expense', '300.00');
      await employee.mutate('instances.cc', { instanceId: id, userIds: ['u-xu-jing'] });
      const reader = await server.signedIn('xu.jing');

      const result = await reader.mutate('cc.markRead', { all: true });

      expect(result.updated).toBeGreaterThanOrEqual(1);
      expect(await reader.query('cc.unreadCount')).toBe(0);
      expect(await reader.query('cc.list', { unreadOnly: true })).toEqual([]);
    });
  },
);
