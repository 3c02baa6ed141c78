import type { ApproverRule, FlowBundle, Org } from '@baton/schemas';
import { loadOrg, replaceOrg } from '@baton/runtime/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { expenseValues } from './support/expense-edit.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

const CROWD = 4000;

/** The org plus `CROWD` sales people, all in the group `crowd`. */
function withCrowd(org: Org): Org {
  const ids = Array.from({ length: CROWD }, (_, index) => `u-crowd-${index}`);
  const crowd = ids.map((id) => ({
    id,
    username: id,
    name: id,
    departmentId: 'd-sales-east',
    supervisorId: 'u-wang-fang',
    roles: [],
    positions: [],
    disabled: false,
  }));
  const group = { key: 'crowd', name: { 'zh-CN': '众人', en: 'Crowd' }, memberIds: ids };

  return { ...org, users: [...org.users, ...crowd], groups: [...org.groups, group] };
}

function withApprovers(bundle: FlowBundle, nodeId: string, approvers: ApproverRule[]): FlowBundle {
  const nodes = bundle.flow.nodes.map((node) =>
    node.id === nodeId ? { ...node, config: { ...node.config, approvers } } : node,
  );

  return { ...bundle, flow: { ...bundle.flow, nodes } };
}

describe.each(testDatabases())(
  'a step of thousands of approvers through the API on $name',
  (factory) => {
    let server: TestApp;
    let owner: ApiClient;

    beforeAll(async () => {
      server = await startTestApp(factory);
      await replaceOrg(server.database.db, withCrowd(await loadOrg(server.database.db)));
      owner = await server.signedIn('sun.hao');
    });
    afterAll(async () => {
      await server?.close();
    });

    it('starts a request whose manager step goes to a group of 4,000 people, any one', async () => {
      // given the expense flow with its manager step given to the group `crowd`
      await owner.mutate('templates.clone', {
        templateKey: 'expense',
        key: 'crowd',
        name: 'crowd',
      });
      const loaded = await owner.query('flows.get', { key: 'crowd' });
      const crowd: ApproverRule[] = [{ kind: 'group', group: 'crowd' }];
      const saved = await owner.mutate('flows.saveDraft', {
        key: 'crowd',
        bundle: withApprovers(loaded.bundle, 'manager', crowd),
        expectedRevision: loaded.draftRevision,
      });
      await owner.mutate('flows.publish', { key: 'crowd', expectedRevision: saved.draftRevision });

      // when chen.jie submits a claim
      const employee = await server.signedIn('chen.jie');
      const started = await employee.mutate('instances.start', {
        flowKey: 'crowd',
        values: expenseValues('100.00', [['Taxi', '100.00']]),
      });

      // then it runs with 4,000 open tasks, and its page reads
      expect(started.status).toBe('running');
      const detail = await employee.query('instances.get', { id: started.id });
      expect(detail.status).toBe('running');
      const open = await server.database.db
        .selectFrom('tasks')
        .select('id')
        .where('instance_id', '=', started.id)
        .where('status', '=', 'open')
        .execute();
      expect(open).toHaveLength(CROWD);
    });
  },
);
