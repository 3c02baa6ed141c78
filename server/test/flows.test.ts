import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';
import { withExecutiveStep } from './support/expense-edit.ts';

describe.each(testDatabases())('flows API on $name', (factory) => {
  let server: TestApp;

  beforeAll(async () => {
    server = await startTestApp(factory);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists the seeded templates, each published as v1', async () => {
    const owner = await server.signedIn('sun.hao');

    const flows = await owner.query('flows.list');

    expect(flows.map((flow) => [flow.key, flow.latestVersion, flow.draftRevision])).toEqual([
      ['budget', 1, 1],
      ['expense', 1, 1],
      ['procurement', 1, 1],
    ]);
    const versions = await owner.query('flows.versions', { key: 'expense' });
    expect(versions).toMatchObject([{ version: 1, publishedBy: null, sourceVersion: null }]);
    expect(versions[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a stale revision and keeps the draft that was saved', async () => {
    // given two editors who loaded the procurement draft at the same revision
    const owner = await server.signedIn('sun.hao');
    const admin = await server.signedIn('zhou.yu');
    const loaded = await owner.query('flows.get', { key: 'procurement' });
    const mine = { ...loaded.bundle, flow: { ...loaded.bundle.flow, description: 'first save' } };
    const theirs = { ...loaded.bundle, flow: { ...loaded.bundle.flow, description: 'lost save' } };

    // when one saves and then the other saves on the same revision
    const saved = await owner.mutate('flows.saveDraft', {
      key: 'procurement',
      bundle: mine,
      expectedRevision: loaded.draftRevision,
    });
    const refused = await admin.refusal(() =>
      admin.mutate('flows.saveDraft', {
        key: 'procurement',
        bundle: theirs,
        expectedRevision: loaded.draftRevision,
      }),
    );

    // then the second is a CONFLICT and the first save is what is stored
    expect(saved.draftRevision).toBe(loaded.draftRevision + 1);
    expect(refused).toMatchObject({ status: 409, code: 'flow.stale-revision' });
    const after = await owner.query('flows.get', { key: 'procurement' });
    expect(after.draftRevision).toBe(saved.draftRevision);
    expect(after.bundle.flow.description).toBe('first save');
  });

  it('refuses a malformed bundle with issues that point into it, storing nothing', async () => {
    const owner = await server.signedIn('sun.hao');
    const before = await owner.query('flows.get', { key: 'budget' });
    const broken = {
      ...before.bundle,
      flow: { ...before.bundle.flow, nodes: [{ id: '1bad', type: 'approval', name: '' }] },
    };

    const refused = await owner.refusal(() =>
      owner.mutate('flows.saveDraft', {
        key: 'budget',
        bundle: broken,
        expectedRevision: before.draftRevision,
      }),
    );

    expect(refused).toMatchObject({ status: 400, code: 'input.invalid' });
    const paths = refused.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['flow.nodes.0.id', 'flow.nodes.0.name']));
    const after = await owner.query('flows.get', { key: 'budget' });
    expect(after.draftRevision).toBe(before.draftRevision);
    expect(after.bundle).toEqual(before.bundle);
  });

  it('refuses a misspelled key in a field instead of dropping it, storing nothing', async () => {
    // given the expense draft with 'maxLenght' typed into a field's validation (regression: the
    // key was stripped and the draft saved without the limit the owner meant to set)
    const owner = await server.signedIn('sun.hao');
    const before = await owner.query('flows.get', { key: 'expense' });
    const [first, ...rest] = before.bundle.form.fields;
    const typo = { ...first, validation: { maxLenght: 5 } };
    const bundle = { ...before.bundle, form: { ...before.bundle.form, fields: [typo, ...rest] } };

    // when it is saved
    const refused = await owner.refusal(() =>
      owner.mutate('flows.saveDraft', {
        key: 'expense',
        bundle,
        expectedRevision: before.draftRevision,
      }),
    );

    // then the key is named with its path and the saved draft is untouched
    expect(refused).toMatchObject({ status: 400, code: 'input.invalid' });
    expect(refused.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'document.unknown-key',
          path: ['form', 'fields', 0, 'validation', 'maxLenght'],
        }),
      ]),
    );
    const after = await owner.query('flows.get', { key: 'expense' });
    expect(after.bundle).toEqual(before.bundle);
  });

  it('refuses bad flow policies as input with an issue at each policy key, storing nothing', async () => {
    // given the expense draft with a misspelled policy, a negative amount and one approver
    // (policies are typed settings of the flow, unlike node configs, so they are parsed on input)
    const owner = await server.signedIn('sun.hao');
    const before = await owner.query('flows.get', { key: 'expense' });
    const policies = {
      dedup: 'anywhere',
      minApprovers: [{ field: 'amount', atLeast: '-5', approvers: 1 }],
    };
    const bundle = { ...before.bundle, flow: { ...before.bundle.flow, policies } };

    // when it is saved
    const refused = await owner.refusal(() =>
      owner.mutate('flows.saveDraft', {
        key: 'expense',
        bundle,
        expectedRevision: before.draftRevision,
      }),
    );

    // then each bad setting is named at its path and the stored draft is untouched
    expect(refused).toMatchObject({ status: 400, code: 'input.invalid' });
    expect(refused.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'flow.policies.dedup',
      'flow.policies.minApprovers.0.approvers',
      'flow.policies.minApprovers.0.atLeast',
    ]);
    expect((await owner.query('flows.get', { key: 'expense' })).bundle).toEqual(before.bundle);
  });

  it('saves a draft with checker errors but refuses to publish it', async () => {
    // given a copy of the expense template with an approval step that has no approvers
    const owner = await server.signedIn('sun.hao');
    await owner.mutate('templates.clone', {
      templateKey: 'expense',
      key: 'expense-draft',
      name: { 'zh-CN': '费用报销（草稿）', en: 'Expense (draft)' },
    });
    const loaded = await owner.query('flows.get', { key: 'expense-draft' });
    expect(loaded.latestVersion).toBe(0);

    // when it is saved and published
    const saved = await owner.mutate('flows.saveDraft', {
      key: 'expense-draft',
      bundle: withExecutiveStep(loaded.bundle, []),
      expectedRevision: loaded.draftRevision,
    });
    const refused = await owner.refusal(() =>
      owner.mutate('flows.publish', {
        key: 'expense-draft',
        expectedRevision: saved.draftRevision,
      }),
    );

    // then the save kept it, with the issue on the node, and publishing lists the same issue
    const onNode = { code: 'approval.no-approvers', severity: 'error', nodeId: 'executive' };
    expect(saved.issues).toEqual(expect.arrayContaining([expect.objectContaining(onNode)]));
    expect(refused).toMatchObject({ status: 400, code: 'flow.invalid' });
    expect(refused.issues).toEqual(expect.arrayContaining([expect.objectContaining(onNode)]));
    expect(await owner.query('flows.versions', { key: 'expense-draft' })).toEqual([]);
  });

  it('publishes versions, refuses identical content and rolls back as a new version', async () => {
    const owner = await server.signedIn('sun.hao');
    await owner.mutate('templates.clone', {
      templateKey: 'budget',
      key: 'budget-copy',
      name: 'Budget copy',
    });
    const v1 = await owner.mutate('flows.publish', { key: 'budget-copy', expectedRevision: 1 });
    const again = await owner.refusal(() =>
      owner.mutate('flows.publish', { key: 'budget-copy', expectedRevision: 1 }),
    );
    const draft = await owner.query('flows.get', { key: 'budget-copy' });
    const changed = { ...draft.bundle, flow: { ...draft.bundle.flow, description: 'v2' } };
    const saved = await owner.mutate('flows.saveDraft', {
      key: 'budget-copy',
      bundle: changed,
      expectedRevision: 1,
    });
    const v2 = await owner.mutate('flows.publish', {
      key: 'budget-copy',
      expectedRevision: saved.draftRevision,
    });

    const v3 = await owner.mutate('flows.rollback', { key: 'budget-copy', version: 1 });

    expect([v1.version, v2.version, v3.version]).toEqual([1, 2, 3]);
    expect(again).toMatchObject({ status: 400, code: 'flow.unchanged' });
    expect(v3.hash).toBe(v1.hash);
    expect(v2.hash).not.toBe(v1.hash);
    const versions = await owner.query('flows.versions', { key: 'budget-copy' });
    expect(versions.map((v) => [v.version, v.sourceVersion, v.publishedBy?.name])).toEqual([
      [3, 1, '孙浩'],
      [2, null, '孙浩'],
      [1, null, '孙浩'],
    ]);
    const third = await owner.query('flows.version', { key: 'budget-copy', version: 3 });
    expect(third.bundle.flow.description).toBeUndefined();
  });

  it('lets only process owners and admins edit or publish flows', async () => {
    const employee = await server.signedIn('chen.jie');

    const publish = await employee.refusal(() =>
      employee.mutate('flows.publish', { key: 'expense', expectedRevision: 1 }),
    );
    const read = await employee.refusal(() => employee.query('flows.get', { key: 'expense' }));

    expect(publish).toMatchObject({ status: 403, code: 'auth.forbidden' });
    expect(read.status).toBe(403);
  });

  it('refuses a clone onto an existing key', async () => {
    const admin = await server.signedIn('zhou.yu');

    const refused = await admin.refusal(() =>
      admin.mutate('templates.clone', { templateKey: 'expense', key: 'expense', name: 'Again' }),
    );

    expect(refused).toMatchObject({ status: 409, code: 'flow.exists' });
  });

  it('validates a bundle without saving it', async () => {
    const owner = await server.signedIn('sun.hao');
    const { bundle } = await owner.query('flows.get', { key: 'expense' });

    const { issues } = await owner.mutate('flows.validate', {
      bundle: withExecutiveStep(bundle, [{ kind: 'role', role: 'executive' }]),
    });

    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });
});
