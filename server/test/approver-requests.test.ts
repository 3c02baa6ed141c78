import type { ApproverRule, FlowBundle } from '@baton/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { expenseValues } from './support/expense-edit.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

const CHINESE = /[\u4e00-\u9fff]/;
const financeRange = [{ kind: 'role', role: 'finance' }] as const;

/** The expense flow with the approvers of one of its steps replaced. */
function withApprovers(bundle: FlowBundle, nodeId: string, approvers: ApproverRule[]): FlowBundle {
  const nodes = bundle.flow.nodes.map((node) =>
    node.id === nodeId ? { ...node, config: { ...node.config, approvers } } : node,
  );

  return { ...bundle, flow: { ...bundle.flow, nodes } };
}

describe.each(testDatabases())(
  'approver picks and previews through the API on $name',
  (factory) => {
    let server: TestApp;
    let owner: ApiClient;

    beforeAll(async () => {
      server = await startTestApp(factory);
      owner = await server.signedIn('sun.hao');
    });
    afterAll(async () => {
      await server?.close();
    });

    const claim = (amount: string) => expenseValues(amount, [['Hotel', amount]]);

    /** Clones the expense template as `key`, changes one step's approvers and publishes it. */
    async function publishVariant(key: string, nodeId: string, approvers: ApproverRule[]) {
      await owner.mutate('templates.clone', { templateKey: 'expense', key, name: key });
      const loaded = await owner.query('flows.get', { key });
      const saved = await owner.mutate('flows.saveDraft', {
        key,
        bundle: withApprovers(loaded.bundle, nodeId, approvers),
        expectedRevision: loaded.draftRevision,
      });
      await owner.mutate('flows.publish', { key, expectedRevision: saved.draftRevision });
    }

    it('previews the request the caller is filling in, with the caller as initiator', async () => {
      const employee = await server.signedIn('chen.jie');

      const preview = await employee.mutate('instances.preview', {
        flowKey: 'expense',
        values: claim('8000.00'),
      });
      const partial = await employee.mutate('instances.preview', {
        flowKey: 'expense',
        values: { description: 'Not finished yet' },
      });

      expect(preview.steps.map((step) => [step.nodeId, step.outcome])).toEqual([
        ['manager', 'tasks'],
        ['finance', 'tasks'],
      ]);
      expect(preview.steps[0]?.assignees.map((a) => a.userId)).toEqual(['u-wang-fang']);
      expect(preview.steps[0]?.reason.en.length).toBeGreaterThan(0);
      expect(partial.steps[0]?.assignees.map((a) => a.userId)).toEqual(['u-wang-fang']);
    });

    it('starts a request on the people the initiator picked, and refuses a missing pick', async () => {
      // given an expense flow whose manager step is picked by the initiator from finance
      await publishVariant('expense-picked', 'manager', [
        { kind: 'initiatorPicks', multiple: false, range: [...financeRange] },
      ]);
      const employee = await server.signedIn('chen.jie');
      const chinese = await server.signedIn('chen.jie');
      chinese.headers['accept-language'] = 'zh-CN';
      const start = (client: ApiClient, picks?: Record<string, string[]>) =>
        client.mutate('instances.start', {
          flowKey: 'expense-picked',
          values: claim('300.00'),
          ...(picks ? { picks } : {}),
        });

      // when chen.jie submits without a pick, with someone outside finance, then picking li.na
      const missing = await employee.refusal(() => start(employee, undefined));
      const missingZh = await chinese.refusal(() => start(chinese, undefined));
      const outside = await employee.refusal(() => start(employee, { manager: ['u-wang-fang'] }));
      const preview = await employee.mutate('instances.preview', {
        flowKey: 'expense-picked',
        values: claim('300.00'),
      });
      const started = await start(employee, { manager: ['u-li-na'] });

      // then the refusals are user errors in the caller language and li.na gets the task
      expect(missing).toMatchObject({ status: 400, code: 'approval.pick-required' });
      expect(missing.message).toMatch(/Manager approval/);
      expect(missingZh.message).toMatch(CHINESE);
      expect(outside).toMatchObject({ status: 400, code: 'approval.pick-invalid' });
      expect(preview.steps[0]).toMatchObject({ outcome: 'needsPick', pick: { by: 'initiator' } });
      expect(preview.steps[0]?.pick?.candidateIds.sort()).toEqual(['u-huang-lei', 'u-li-na']);
      const finance = await server.signedIn('li.na');
      const inbox = await finance.query('tasks.inbox');
      expect(inbox.map((item) => item.instanceId)).toContain(started.id);
    });

    it('asks the approver to pick the next approvers and routes to whom they picked', async () => {
      // given an expense flow whose finance step (from 5000 up) is picked by the manager
      await publishVariant('expense-next', 'finance', [
        { kind: 'approverPicks', multiple: true, range: [...financeRange] },
      ]);
      const employee = await server.signedIn('chen.jie');
      const { id } = await employee.mutate('instances.start', {
        flowKey: 'expense-next',
        values: claim('8000.00'),
      });
      const manager = await server.signedIn('wang.fang');
      const task = (await manager.query('tasks.inbox')).find((item) => item.instanceId === id);
      const taskId = task?.id ?? '';

      // when the manager asks what to pick, approves without picking, then picks huang.lei
      const pick = await manager.query('tasks.nextPick', { taskId });
      const stranger = await employee.refusal(() => employee.query('tasks.nextPick', { taskId }));
      const unpicked = await manager.refusal(() => manager.mutate('tasks.approve', { taskId }));
      const approved = await manager.mutate('tasks.approve', {
        taskId,
        nextApprovers: ['u-huang-lei'],
      });

      // then the pick is described, the approval without it refused, and huang.lei has the task
      expect(pick).toMatchObject({
        nodeId: 'finance',
        name: { 'zh-CN': '财务审批', en: 'Finance approval' },
        multiple: true,
      });
      expect(pick?.candidateIds.sort()).toEqual(['u-huang-lei', 'u-li-na']);
      expect(stranger).toMatchObject({ status: 403, code: 'task.not-assignee' });
      expect(unpicked).toMatchObject({ status: 400, code: 'approval.pick-required' });
      expect(approved.status).toBe('running');
      const director = await server.signedIn('huang.lei');
      expect((await director.query('tasks.inbox')).map((item) => item.instanceId)).toContain(id);
      const accountant = await server.signedIn('li.na');
      expect((await accountant.query('tasks.inbox')).map((item) => item.instanceId)).not.toContain(
        id,
      );
    });

    it('has nothing to pick on a task whose next step resolves on its own', async () => {
      const employee = await server.signedIn('chen.jie');
      const { id } = await employee.mutate('instances.start', {
        flowKey: 'expense',
        values: claim('8000.00'),
      });
      const manager = await server.signedIn('wang.fang');
      const task = (await manager.query('tasks.inbox')).find((item) => item.instanceId === id);

      expect(await manager.query('tasks.nextPick', { taskId: task?.id ?? '' })).toBeNull();
    });
  },
);
