import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { expenseValues, withExecutiveStep } from './support/expense-edit.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

describe.each(testDatabases())('flow test panel API on $name', (factory) => {
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

  it('keeps samples per flow: create, list, update, remove', async () => {
    // when sun.hao saves two samples and renames the first
    const small = await owner.mutate('flows.saveSample', {
      key: 'expense',
      name: 'Small claim',
      initiatorId: 'u-chen-jie',
      values: claim('300.00'),
    });
    await owner.mutate('flows.saveSample', {
      key: 'expense',
      name: 'Large claim',
      initiatorId: 'u-chen-jie',
      values: claim('8000.00'),
    });
    const renamed = await owner.mutate('flows.saveSample', {
      key: 'expense',
      id: small.id,
      name: 'Taxi claim',
      initiatorId: 'u-yang-fan',
      values: claim('80.00'),
    });

    // then another editor's session lists both, oldest first, with the changes
    const admin = await server.signedIn('zhou.yu');
    const listed = await admin.query('flows.listSamples', { key: 'expense' });
    expect(listed.map((sample) => [sample.name, sample.initiatorId])).toEqual([
      ['Taxi claim', 'u-yang-fan'],
      ['Large claim', 'u-chen-jie'],
    ]);
    expect(renamed).toMatchObject({
      id: small.id,
      values: claim('80.00'),
      picks: {},
      updatedBy: 'u-sun-hao',
    });
    expect(await admin.query('flows.listSamples', { key: 'budget' })).toEqual([]);

    // and removing one leaves the other; removing it again is refused
    await admin.mutate('flows.removeSample', { key: 'expense', id: small.id });
    const again = await admin.refusal(() =>
      admin.mutate('flows.removeSample', { key: 'expense', id: small.id }),
    );
    expect(again).toMatchObject({ status: 404, code: 'sample.not-found' });
    const left = await owner.query('flows.listSamples', { key: 'expense' });
    expect(left.map((sample) => sample.name)).toEqual(['Large claim']);
  });

  it('refuses a bad sample with an issue at each path, saving nothing', async () => {
    const before = await owner.query('flows.listSamples', { key: 'expense' });

    const shape = await owner.refusal(() =>
      owner.mutate('flows.saveSample', {
        key: 'expense',
        name: '',
        initiatorId: 'u-chen-jie',
        values: claim('1.00'),
      }),
    );
    const content = await owner.refusal(() =>
      owner.mutate('flows.saveSample', {
        key: 'expense',
        name: 'Broken',
        initiatorId: 'nobody',
        values: { ...claim('1.00'), amount: 'lots' },
        picks: { nowhere: ['u-li-na'], manager: ['ghost'] },
      }),
    );

    expect(shape).toMatchObject({ status: 400, code: 'input.invalid' });
    expect(shape.issues.map((issue) => issue.path)).toEqual([['name']]);
    expect(content).toMatchObject({ status: 400, code: 'input.invalid' });
    expect(content.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'initiatorId',
      'picks.manager.0',
      'picks.nowhere',
      'values.amount',
    ]);
    expect(content.issues.find((issue) => issue.path[0] === 'initiatorId')?.message).toBe(
      'There is no user nobody.',
    );
    expect(await owner.query('flows.listSamples', { key: 'expense' })).toEqual(before);
  });

  it('lets only flow editors keep samples', async () => {
    const employee = await server.signedIn('chen.jie');

    const list = await employee.refusal(() =>
      employee.query('flows.listSamples', { key: 'expense' }),
    );
    const save = await employee.refusal(() =>
      employee.mutate('flows.saveSample', {
        key: 'expense',
        name: 'Mine',
        initiatorId: 'u-chen-jie',
        values: claim('1.00'),
      }),
    );

    expect([list.status, save.status]).toEqual([403, 403]);
  });

  it('previews the expense template: the manager, and finance from 5000 up, with reasons', async () => {
    const preview = (amount: string) =>
      owner.mutate('flows.preview', {
        key: 'expense',
        source: 'published',
        initiatorId: 'u-chen-jie',
        values: claim(amount),
      });

    const small = await preview('300.00');
    const large = await preview('8000.00');

    expect(small.outcome).toBe('completed');
    expect(small.steps.map((step) => step.nodeId)).toEqual(['manager']);
    expect(small.steps[0]?.assignees.map((a) => a.userId)).toEqual(['u-wang-fang']);
    expect(small.steps[0]?.assignees[0]?.reason.en).toMatch(/head of 华东销售部/);
    expect(small.steps[0]?.assignees[0]?.reason['zh-CN']).toMatch(/华东销售部/);
    expect(large.steps.map((step) => step.nodeId)).toEqual(['manager', 'finance']);
    expect(large.steps[1]?.assignees.map((a) => a.userId).sort()).toEqual([
      'u-huang-lei',
      'u-li-na',
    ]);
    expect(large.steps[1]?.reason.en).toMatch(/finance/i);
    expect(large.nodeIds).toEqual(expect.arrayContaining(['start', 'manager', 'finance', 'end']));
  });

  it('previews a draft against a version, and refuses a draft with errors', async () => {
    // given a copy of the expense flow whose draft adds an executive step for everyone
    await owner.mutate('templates.clone', {
      templateKey: 'expense',
      key: 'expense-preview',
      name: 'Expense (preview)',
    });
    await owner.mutate('flows.publish', { key: 'expense-preview', expectedRevision: 1 });
    const loaded = await owner.query('flows.get', { key: 'expense-preview' });
    const executive = withExecutiveStep(loaded.bundle, [{ kind: 'role', role: 'executive' }]);
    const saved = await owner.mutate('flows.saveDraft', {
      key: 'expense-preview',
      bundle: executive,
      expectedRevision: loaded.draftRevision,
    });
    const input = { key: 'expense-preview', initiatorId: 'u-chen-jie', values: claim('8000.00') };

    // when the draft and version 1 are previewed
    const draft = await owner.mutate('flows.preview', { ...input, source: 'draft' });
    const v1 = await owner.mutate('flows.preview', { ...input, source: 1 });

    // then only the draft reaches the executive step
    expect(draft.steps.map((step) => step.nodeId)).toEqual(['manager', 'finance', 'executive']);
    expect(draft.steps[2]?.assignees.map((a) => a.userId)).toEqual(['u-zhao-min']);
    expect(v1.steps.map((step) => step.nodeId)).toEqual(['manager', 'finance']);

    // and a draft whose executive step has no approvers is refused with its issues
    await owner.mutate('flows.saveDraft', {
      key: 'expense-preview',
      bundle: withExecutiveStep(loaded.bundle, []),
      expectedRevision: saved.draftRevision,
    });
    const refused = await owner.refusal(() =>
      owner.mutate('flows.preview', { ...input, source: 'draft' }),
    );
    expect(refused).toMatchObject({ status: 400, code: 'flow.invalid' });
    expect(refused.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ nodeId: 'executive', severity: 'error' })]),
    );
  });

  it('previews a sample whose picks are for a step that does not pick in that version', async () => {
    // given a draft whose new executive step is picked by the initiator, and version 1 without it
    await owner.mutate('templates.clone', {
      templateKey: 'expense',
      key: 'expense-picks',
      name: 'Expense (picks)',
    });
    await owner.mutate('flows.publish', { key: 'expense-picks', expectedRevision: 1 });
    const loaded = await owner.query('flows.get', { key: 'expense-picks' });
    const picked = withExecutiveStep(loaded.bundle, [
      { kind: 'initiatorPicks', multiple: false, range: [{ kind: 'role', role: 'executive' }] },
    ]);
    await owner.mutate('flows.saveDraft', {
      key: 'expense-picks',
      bundle: picked,
      expectedRevision: loaded.draftRevision,
    });
    const input = {
      key: 'expense-picks',
      initiatorId: 'u-chen-jie',
      values: claim('8000.00'),
      picks: { executive: ['u-zhao-min'] },
    };

    // when the sample is previewed on the draft and on version 1
    const draft = await owner.mutate('flows.preview', { ...input, source: 'draft' });
    const v1 = await owner.mutate('flows.preview', { ...input, source: 1 });

    // then the draft uses the pick and version 1 ignores it instead of refusing the route
    expect(draft.steps[2]?.assignees.map((a) => a.userId)).toEqual(['u-zhao-min']);
    expect(v1.outcome).toBe('completed');
    expect(v1.steps.map((step) => step.nodeId)).toEqual(['manager', 'finance']);
  });

  it('refuses a preview for an initiator who does not exist', async () => {
    const refused = await owner.refusal(() =>
      owner.mutate('flows.preview', {
        key: 'expense',
        source: 'published',
        initiatorId: 'u-nobody',
        values: claim('1.00'),
      }),
    );

    expect(refused).toMatchObject({ status: 400, code: 'input.invalid' });
    expect(refused.issues).toMatchObject([{ code: 'input.unknown-user', path: ['initiatorId'] }]);
  });

  it('refuses a disabled user as the initiator of a sample or a preview', async () => {
    // given zheng.kai, a former employee whose account is disabled
    const input = { key: 'expense', initiatorId: 'u-zheng-kai', values: claim('100.00') };

    // when sun.hao saves a sample or asks for a preview with him as the initiator
    const sample = await owner.refusal(() =>
      owner.mutate('flows.saveSample', { ...input, name: 'Former employee' }),
    );
    const preview = await owner.refusal(() =>
      owner.mutate('flows.preview', { ...input, source: 'published' }),
    );

    // then both are refused at initiatorId, saying he is disabled
    for (const refused of [sample, preview]) {
      expect(refused).toMatchObject({ status: 400, code: 'input.invalid' });
      expect(refused.issues).toMatchObject([
        { code: 'input.disabled-user', path: ['initiatorId'] },
      ]);
      expect(refused.issues[0]?.message).toBe(
        'User u-zheng-kai is disabled and cannot be the initiator.',
      );
    }
  });

  it('refuses sample names with control or direction characters, blank or too long', async () => {
    const before = await owner.query('flows.listSamples', { key: 'expense' });
    const save = (name: string) =>
      owner.refusal(() =>
        owner.mutate('flows.saveSample', {
          key: 'expense',
          name,
          initiatorId: 'u-chen-jie',
          values: claim('1.00'),
        }),
      );

    // when names with a line break, a C1 control, bidi overrides or isolates, only spaces, or
    // 101 characters are saved
    const refusals = await Promise.all(
      [
        'Line\nbreak',
        'Tab\tbed',
        'C1 \u0085 next line',
        'Invoice \u202Egnp.exe',
        'Isolate \u2066x\u2069',
        '   ',
        'x'.repeat(101),
      ].map(save),
    );

    // then each is refused at `name` with its reason, and nothing is saved
    expect(refusals.map((refused) => refused.issues.map((issue) => issue.code))).toEqual([
      ['sample.name-control'],
      ['sample.name-control'],
      ['sample.name-control'],
      ['sample.name-direction'],
      ['sample.name-direction'],
      ['sample.name-length'],
      ['sample.name-length'],
    ]);
    for (const refused of refusals) {
      expect(refused).toMatchObject({ status: 400, code: 'input.invalid' });
      expect(refused.issues[0]?.path).toEqual(['name']);
    }
    expect(refusals[3]?.issues[0]?.message).toMatch(/text-direction/);
    expect(await owner.query('flows.listSamples', { key: 'expense' })).toEqual(before);
  });

  it('stores a sample name trimmed, up to 100 characters', async () => {
    const saved = await owner.mutate('flows.saveSample', {
      key: 'expense',
      name: `  ${'名'.repeat(100)}  `,
      initiatorId: 'u-chen-jie',
      values: claim('1.00'),
    });

    expect(saved.name).toBe('名'.repeat(100));
    await owner.mutate('flows.removeSample', { key: 'expense', id: saved.id });
  });

  it('refuses picks for more than 50 steps or of more than 50 people for one step', async () => {
    // given picks over the limits for a sample and a preview
    const base = { key: 'expense', initiatorId: 'u-chen-jie', values: claim('1.00') };
    const steps = Object.fromEntries(
      Array.from({ length: 51 }, (_, index) => [`s${index}`, ['u-li-na']]),
    );
    const people = { manager: Array.from({ length: 51 }, () => 'u-li-na') };

    // when they are sent
    const refusals = [
      await owner.refusal(() =>
        owner.mutate('flows.saveSample', { ...base, name: 'Many', picks: steps }),
      ),
      await owner.refusal(() =>
        owner.mutate('flows.preview', { ...base, source: 'published', picks: people }),
      ),
    ];

    // then both are refused as input, before anything is looked up
    for (const refused of refusals) {
      expect(refused).toMatchObject({ status: 400, code: 'input.invalid' });
      expect(refused.issues[0]?.path[0]).toBe('picks');
    }
  });
});
