import { runNotificationWorker } from '@baton/runtime/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { download, SAMPLE_FILES, upload } from './support/files.ts';
import { MATRIX_SECRETS, matrixValues, withPermissionMatrix } from './support/permission-form.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';
import { publishExpenseVariant, taskOn } from './support/variants.ts';

const FLOW = 'matrix';

/** The secrets of the request found in a payload (JSON or CSV text). */
function leaked(payload: unknown, receiptId: string): string[] {
  const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const secrets = [
    MATRIX_SECRETS.note,
    MATRIX_SECRETS.amount,
    MATRIX_SECRETS.amountShown,
    MATRIX_SECRETS.receiptName,
    receiptId,
  ];

  return secrets.filter((secret) => text.includes(secret));
}

describe.each(testDatabases())(
  'field permissions on every read and write path on $name',
  (factory) => {
    let server: TestApp;
    let initiator: ApiClient;
    let manager: ApiClient;
    let finance: ApiClient;
    let copied: ApiClient;
    let admin: ApiClient;
    let id = '';
    let receiptId = '';

    beforeAll(async () => {
      server = await startTestApp(factory);
      const owner = await server.signedIn('sun.hao');
      await publishExpenseVariant(owner, FLOW, withPermissionMatrix);
      initiator = await server.signedIn('chen.jie');
      manager = await server.signedIn('wang.fang');
      finance = await server.signedIn('li.na');
      copied = await server.signedIn('zhao.min');
      admin = await server.signedIn('zhou.yu');
      const stored = await upload(server.app, initiator, {
        query: { flowKey: FLOW, field: 'receipt' },
        name: MATRIX_SECRETS.receiptName,
        bytes: SAMPLE_FILES.pdf,
      });
      receiptId = (stored.json as { id: string }).id;
      ({ id } = await initiator.mutate('instances.start', {
        flowKey: FLOW,
        values: matrixValues(receiptId),
      }));
      await manager.mutate('instances.cc', { instanceId: id, userIds: ['u-zhao-min'] });
      await runNotificationWorker({ ...server.database, owner: 'test' });
    });
    afterAll(async () => {
      await server?.close();
    });

    /** Every read path of `client`, each answer with its name. */
    async function readPaths(client: ApiClient) {
      const file = await download(server.app, client, receiptId);

      return {
        get: await client.query('instances.get', { id }),
        mine: await client.query('instances.mine'),
        inbox: await client.query('tasks.inbox'),
        cc: await client.query('cc.list'),
        notifications: await client.query('notifications.list'),
        search: await client.query('instances.search', {}),
        referable: await client.query('instances.referable', {}),
        export: (await client.query('instances.export', { flowKey: FLOW })).csv,
        download: file.status === 200 ? file.bytes.toString('latin1') : file.status,
      };
    }

    it('gives the initiator and admins every value, so the checks below can see a leak', async () => {
      for (const client of [initiator, admin]) {
        const request = await client.query('instances.get', { id });
        const csv = (await client.query('instances.export', { flowKey: FLOW })).csv;

        expect(leaked(request, receiptId)).toHaveLength(5);
        expect(leaked(csv, receiptId)).toEqual(
          expect.arrayContaining([MATRIX_SECRETS.note, MATRIX_SECRETS.amount]),
        );
        expect((await download(server.app, client, receiptId)).status).toBe(200);
      }
    });

    it('never shows the manager or the person they copied a hidden value, on any read path', async () => {
      for (const client of [manager, copied]) {
        const answers = await readPaths(client);

        for (const [path, answer] of Object.entries(answers))
          expect(leaked(answer, receiptId), `${path}`).toEqual([]);
        expect(answers.download).toBe(404);
        expect(answers.get.form.fields.map((field) => field.key)).not.toContain('secretNote');
        expect(answers.get.values).toMatchObject({ description: 'Client visit in Hangzhou' });
        expect(answers.search.map((hit) => hit.id)).toContain(id);
      }
    });

    it('sends no field access of a field hidden from the reader with the flow', async () => {
      const managerPage = await manager.query('instances.get', { id });
      const initiatorPage = await initiator.query('instances.get', { id });
      const adminPage = await admin.query('instances.get', { id });

      expect(managerPage.flow.fieldAccess).toEqual({
        start: { financeCode: 'read' },
        finance: { financeCode: 'edit' },
      });
      expect(JSON.stringify(managerPage.flow)).not.toMatch(/secretNote|receipt|itemsTotal/);
      expect(initiatorPage.flow.fieldAccess).toEqual(adminPage.flow.fieldAccess);
      expect(adminPage.flow.fieldAccess?.['manager']).toMatchObject({ secretNote: 'hidden' });
    });

    it('lets no hidden value make a search match (no oracle)', async () => {
      const bySecret = await manager.query('instances.search', { q: MATRIX_SECRETS.note });
      const byAmount = await manager.query('instances.search', { q: MATRIX_SECRETS.amount });
      const byVisible = await manager.query('instances.search', { q: 'hangzhou' });
      const initiatorBySecret = await initiator.query('instances.search', {
        q: MATRIX_SECRETS.note,
      });

      expect([bySecret, byAmount]).toEqual([[], []]);
      expect(byVisible.map((hit) => hit.id)).toEqual([id]);
      expect(initiatorBySecret.map((hit) => hit.id)).toEqual([id]);
    });

    it("offers the start form with finance's field read-only", async () => {
      const form = await initiator.query('instances.form', { flowKey: FLOW });

      expect(form.editableFields).toEqual(expect.arrayContaining(['secretNote', 'receipt']));
      expect(form.editableFields).not.toContain('financeCode');
      expect(form.form.fields.map((field) => field.key)).toContain('financeCode');
    });

    it('refuses a start that fills a read-only field, audits it and starts nothing', async () => {
      const before = await initiator.query('instances.mine');

      const refused = await initiator.refusal(() =>
        initiator.mutate('instances.start', {
          flowKey: FLOW,
          values: { ...matrixValues(receiptId), receipt: [], financeCode: 'SELF-APPROVED' },
        }),
      );

      expect(refused).toMatchObject({ status: 403, code: 'storage.field-not-editable' });
      expect(refused.issues.map((issue) => issue.path)).toEqual([['financeCode']]);
      expect(await initiator.query('instances.mine')).toHaveLength(before.length);
      const [line] = await admin.query('audit.list', { actorId: 'u-chen-jie', limit: 1 });
      expect(line).toMatchObject({
        action: 'form.write-refused',
        detail: { fields: ['financeCode'] },
      });
    });

    it("refuses the manager's edit of finance's field and their upload to a hidden field", async () => {
      const taskId = await taskOn(manager, id);

      const edit = await manager.refusal(() =>
        manager.mutate('tasks.approve', { taskId, values: { financeCode: 'MGR-1' } }),
      );
      const file = await upload(server.app, manager, {
        query: { instanceId: id, field: 'receipt' },
        name: 'manager.pdf',
        bytes: SAMPLE_FILES.pdf,
      });

      expect(edit).toMatchObject({ status: 403, code: 'storage.field-not-editable' });
      expect(file.status).toBe(403);
      expect(file.json).toMatchObject({ code: 'storage.field-not-editable' });
      expect(await taskOn(manager, id)).toBe(taskId);
      const request = await admin.query('instances.get', { id });
      expect(request.values['financeCode']).toBeUndefined();
      const stored = await server.database.db.selectFrom('attachments').select('id').execute();
      expect(stored).toHaveLength(1);
    });

    it("refuses finance's edit of the initiator's field, and takes finance's own", async () => {
      await manager.mutate('tasks.approve', { taskId: await taskOn(manager, id) });
      const taskId = await taskOn(finance, id);
      const page = await finance.query('instances.get', { id });

      const edit = await finance.refusal(() =>
        finance.mutate('tasks.approve', { taskId, values: { initiatorRemark: 'Rewritten' } }),
      );
      const done = await finance.mutate('tasks.approve', {
        taskId,
        values: { financeCode: 'FIN-2026-001' },
      });

      expect(page.editableFields).toEqual(['financeCode']);
      expect(leaked(page, receiptId)).toHaveLength(5);
      const found = await finance.query('instances.search', { q: MATRIX_SECRETS.note });
      expect(found.map((hit) => hit.id)).toEqual([id]);
      expect(edit).toMatchObject({ status: 403, code: 'storage.field-not-editable' });
      expect(done.status).toBe('completed');
      const request = await admin.query('instances.get', { id });
      expect(request.values).toMatchObject({
        financeCode: 'FIN-2026-001',
        initiatorRemark: 'Booked through the travel desk',
      });
    });

    it('audits every refused write of the request for admins, without any value', async () => {
      const lines = await admin.query('audit.list', { instanceId: id });
      const refused = lines.filter((line) => line.action === 'form.write-refused');

      expect(refused.map((line) => [line.actor.name, line.detail['fields']])).toEqual([
        ['李娜', ['initiatorRemark']],
        ['王芳', ['receipt']],
        ['王芳', ['financeCode']],
      ]);
      expect(JSON.stringify(lines)).not.toContain('Rewritten');
      const denied = await manager.refusal(() => manager.query('audit.list', { instanceId: id }));
      expect(denied).toMatchObject({ status: 403, code: 'auth.forbidden' });
    });

    it('still hides everything from the manager once the request is done', async () => {
      const answers = await readPaths(manager);

      for (const [path, answer] of Object.entries(answers))
        expect(leaked(answer, receiptId), `${path}`).toEqual([]);
      expect(answers.get.values['financeCode']).toBe('FIN-2026-001');
    });
  },
);
