import type { Org } from '@baton/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { expenseValues } from './support/expense-edit.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

const CHINESE = /[\u4e00-\u9fff]/;

const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);

/**
 * The org plus a position `auditor` for zhang.wei, a group and a limit for yang.fan; positions
 * and groups in key order, as the store lists them.
 */
function withApproverFacts(org: Org): Org {
  return {
    ...org,
    users: org.users.map((user) => {
      if (user.username === 'zhang.wei')
        return { ...user, positions: [...user.positions, 'auditor'].sort() };
      if (user.username === 'yang.fan') return { ...user, approvalLimit: '2500.50' };

      return user;
    }),
    positions: [
      ...org.positions,
      { key: 'auditor', name: { 'zh-CN': '审计', en: 'Auditor' } },
    ].sort(byKey),
    groups: [
      ...org.groups,
      {
        key: 'audit-committee',
        name: { 'zh-CN': '审计委员会', en: 'Audit committee' },
        memberIds: ['u-zhao-min', 'u-huang-lei'],
      },
    ].sort(byKey),
  };
}

/** The org where zhao.min reports to chen.jie, who reports (via wang.fang, liu.yang) to him. */
function withSupervisorCycle(org: Org): Org {
  return {
    ...org,
    users: org.users.map((user) =>
      user.username === 'zhao.min' ? { ...user, supervisorId: 'u-chen-jie' } : user,
    ),
  };
}

describe.each(testDatabases())('org administration API on $name', (factory) => {
  let server: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    server = await startTestApp(factory);
    admin = await server.signedIn('zhou.yu');
  });
  afterAll(async () => {
    await server?.close();
  });

  async function revision(): Promise<number> {
    const row = await server.database.db
      .selectFrom('org_revision')
      .select('revision')
      .executeTakeFirst();

    return row?.revision ?? 0;
  }

  it('round-trips positions, groups and approval limits through document and replace', async () => {
    // given the stored org as a document
    const document = await admin.query('org.document');
    expect(document.users.find((user) => user.username === 'chen.jie')).toMatchObject({
      id: 'u-chen-jie',
      positions: [],
    });

    // when the admin adds a position, a group and a limit and replaces the org
    const changed = withApproverFacts(document);
    const { issues } = await admin.mutate('org.replace', { org: changed });

    // then the document reads back exactly, and org.get shows the new facts to a flow editor
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(await admin.query('org.document')).toEqual(changed);
    const editor = await server.signedIn('sun.hao');
    const org = await editor.query('org.get');
    expect(org.positions).toEqual(changed.positions);
    expect(org.groups).toEqual(changed.groups);
    expect(org.users.find((user) => user.id === 'u-zhang-wei')?.positions).toContain('auditor');
    expect(org.users.find((user) => user.id === 'u-yang-fan')?.approvalLimit).toBe('2500.50');
    expect(org.users.find((user) => user.id === 'u-chen-jie')?.approvalLimit).toBeNull();
    await admin.mutate('org.replace', { org: document });
  });

  it("shows business users no approval limits and no one else's group membership", async () => {
    // given an org with a limit for yang.fan and a group of zhao.min and huang.lei
    const document = await admin.query('org.document');
    await admin.mutate('org.replace', { org: withApproverFacts(document) });

    // when an employee outside the group and a member of it read the org
    const outsider = await (await server.signedIn('chen.jie')).query('org.get');
    const member = await (await server.signedIn('huang.lei')).query('org.get');

    // then both see the people, positions and groups by name, but no limit and no other member
    expect(outsider.users.map((user) => user.approvalLimit)).toEqual(
      outsider.users.map(() => null),
    );
    expect(outsider.users.find((user) => user.id === 'u-zhang-wei')?.positions).toContain(
      'auditor',
    );
    const committee = (view: typeof outsider) =>
      view.groups.find((group) => group.key === 'audit-committee');
    expect(committee(outsider)).toMatchObject({ name: { en: 'Audit committee' }, memberIds: [] });
    expect(committee(member)?.memberIds).toEqual(['u-huang-lei']);
    expect(member.users.find((user) => user.id === 'u-yang-fan')?.approvalLimit).toBeNull();
    // and an admin still sees both
    const full = await admin.query('org.get');
    expect(committee(full)?.memberIds).toEqual(['u-zhao-min', 'u-huang-lei']);
    expect(full.users.find((user) => user.id === 'u-yang-fan')?.approvalLimit).toBe('2500.50');
    await admin.mutate('org.replace', { org: document });
  });

  it('refuses a supervisor cycle, naming it, and writes nothing', async () => {
    // given the stored org and its revision
    const before = await admin.query('org.document');
    const revisionBefore = await revision();
    const cyclic = withSupervisorCycle(before);

    // when the admin checks it and then tries to save it
    const checked = await admin.mutate('org.check', { org: cyclic });
    const refused = await admin.refusal(() => admin.mutate('org.replace', { org: cyclic }));

    // then both name the cycle as an error; nothing changed
    const cycle = expect.objectContaining({
      code: expect.stringMatching(/cycle/),
      severity: 'error',
    });
    expect(checked.issues).toEqual(expect.arrayContaining([cycle]));
    expect(refused).toMatchObject({ status: 400, code: 'org.invalid' });
    expect(refused.issues).toEqual(expect.arrayContaining([cycle]));
    const named = refused.issues.find((issue) => /cycle/.test(issue.code));
    expect(named?.message).toMatch(/zhao\.min|u-zhao-min|赵敏/);
    expect(await admin.query('org.document')).toEqual(before);
    expect(await revision()).toBe(revisionBefore);
  });

  it('gives the issues and the refusal in the caller language', async () => {
    const chinese = await server.signedIn('zhou.yu');
    chinese.headers['accept-language'] = 'zh-CN';
    const cyclic = withSupervisorCycle(await chinese.query('org.document'));

    const refused = await chinese.refusal(() => chinese.mutate('org.replace', { org: cyclic }));

    expect(refused.message).toMatch(CHINESE);
    expect(refused.issues.find((issue) => /cycle/.test(issue.code))?.message).toMatch(CHINESE);
  });

  it('refuses a document that would take away the admin access of the caller', async () => {
    const before = await admin.query('org.document');
    const withoutMe = {
      ...before,
      users: before.users.map((user) =>
        user.username === 'zhou.yu' ? { ...user, roles: [] } : user,
      ),
    };

    const refused = await admin.refusal(() => admin.mutate('org.replace', { org: withoutMe }));

    expect(refused).toMatchObject({ status: 400, code: 'org.admin-lockout' });
    expect(await admin.query('org.document')).toEqual(before);
  });

  it('lets only admins read, check or replace the org document', async () => {
    const owner = await server.signedIn('sun.hao');
    const document = await admin.query('org.document');

    const read = await owner.refusal(() => owner.query('org.document'));
    const check = await owner.refusal(() => owner.mutate('org.check', { org: document }));
    const replace = await owner.refusal(() => owner.mutate('org.replace', { org: document }));

    for (const refused of [read, check, replace])
      expect(refused).toMatchObject({ status: 403, code: 'auth.forbidden' });
  });

  it('routes new requests by the replaced org at once', async () => {
    // given east sales now headed by yang.fan
    const before = await admin.query('org.document');
    const departments = before.departments.map((department) =>
      department.id === 'd-sales-east' ? { ...department, headId: 'u-yang-fan' } : department,
    );
    await admin.mutate('org.replace', { org: { ...before, departments } });

    // when chen.jie submits a claim
    const employee = await server.signedIn('chen.jie');
    const { id } = await employee.mutate('instances.start', {
      flowKey: 'expense',
      values: expenseValues('80.00', [['Taxi', '80.00']]),
    });

    // then it waits for yang.fan
    const head = await server.signedIn('yang.fan');
    expect((await head.query('tasks.inbox')).map((item) => item.instanceId)).toContain(id);
    await admin.mutate('org.replace', { org: before });
  });
});
