import { describe, expect, it } from 'vitest';
import { nextPick } from './next-pick.ts';
import { approval, Driver, sampleOrg, sequence } from './testing.ts';

const finance = [{ kind: 'role' as const, role: 'finance' }];
const manager = approval('manager', [{ kind: 'departmentHead' }]);
const chosen = approval(
  'chosen',
  [{ kind: 'initiatorPicks', multiple: false, range: finance }],
  {},
  { 'zh-CN': '自选审批', en: 'Chosen approver' },
);
const picked = approval(
  'picked',
  [{ kind: 'approverPicks', multiple: true, range: finance }],
  {},
  { 'zh-CN': '指定审批', en: 'Picked approvers' },
);

describe('initiator picks', () => {
  it('refuses a submission without the pick a step on the path needs', () => {
    const driver = new Driver(sequence([manager, chosen]));

    expect(() => driver.start()).toThrowError(
      expect.objectContaining({
        code: 'approval.pick-required',
        params: expect.objectContaining({
          nodeId: 'chosen',
          by: 'initiator',
          stepEn: 'Chosen approver',
        }),
      }),
    );
  });

  it('refuses a pick outside the allowed range, saying why', () => {
    const driver = new Driver(sequence([manager, chosen]));

    const act = () => driver.start('chen.jie', { amount: '1.00' }, { chosen: ['sun.hao'] });

    expect(act).toThrowError(
      expect.objectContaining({
        code: 'approval.pick-invalid',
        params: expect.objectContaining({
          nodeId: 'chosen',
          reasonEn: 'sun.hao is not in the range that may be picked',
        }),
      }),
    );
  });

  it('stores the picks and gives the step to the person picked', () => {
    const driver = new Driver(sequence([manager, chosen]));
    driver.start('chen.jie', { amount: '1.00' }, { chosen: ['he.xin'] });

    driver.approve('wang.fang');

    expect(driver.current.picks).toEqual({ chosen: ['he.xin'] });
    expect(driver.pending()).toEqual([['he.xin', 'open']]);
    expect(driver.event('step.entered')).toMatchObject({ picked: ['he.xin'] });
  });

  it('keeps the picks on a resubmission without picks, and replaces them when given', () => {
    const driver = new Driver(sequence([manager, chosen]));
    driver.start('chen.jie', { amount: '1.00' }, { chosen: ['he.xin'] });
    driver.reject('wang.fang');
    driver.resubmit();
    driver.approve('wang.fang');

    expect(driver.pending()).toEqual([['he.xin', 'open']]);

    driver.reject('he.xin');
    driver.resubmit({ amount: '1.00' }, { chosen: ['li.na'] });
    driver.approve('wang.fang');

    expect(driver.pending()).toEqual([['li.na', 'open']]);
  });
});

describe('initiator picks inside a conditional rule', () => {
  const conditional = approval('review', [
    {
      kind: 'conditional',
      cases: [
        {
          when: 'amount >= 5000',
          rules: [{ kind: 'initiatorPicks', multiple: false, range: finance }],
        },
      ],
      otherwise: [{ kind: 'departmentHead' }],
    },
  ]);

  it('asks for the pick only when the values choose the case that picks', () => {
    const small = new Driver(sequence([conditional]));
    small.start('chen.jie', { amount: '100.00' });

    expect(small.pending()).toEqual([['wang.fang', 'open']]);
    expect(() =>
      new Driver(sequence([conditional])).start('chen.jie', { amount: '9000.00' }),
    ).toThrowError(expect.objectContaining({ code: 'approval.pick-required' }));

    const large = new Driver(sequence([conditional]));
    large.start('chen.jie', { amount: '9000.00' }, { review: ['li.na'] });

    expect(large.pending()).toEqual([['li.na', 'open']]);
    expect(() =>
      new Driver(sequence([conditional])).start(
        'chen.jie',
        { amount: '9000.00' },
        { review: ['sun.hao'] },
      ),
    ).toThrowError(expect.objectContaining({ code: 'approval.pick-invalid' }));
  });
});

describe('approver picks (nextApprovers)', () => {
  it('refuses an approval that moves into the step without a pick, changing nothing', () => {
    const driver = new Driver(sequence([manager, picked]));
    driver.start();
    const before = driver.current;

    expect(() => driver.approve('wang.fang')).toThrowError(
      expect.objectContaining({
        code: 'approval.pick-required',
        params: expect.objectContaining({ nodeId: 'picked', by: 'approver' }),
      }),
    );
    expect(driver.current).toBe(before);
  });

  it('gives the next step to the people picked and keeps the picks on the request', () => {
    const driver = new Driver(sequence([manager, picked]));
    driver.start();

    driver.approve('wang.fang', undefined, ['li.na', 'he.xin']);

    expect(driver.pending()).toEqual([
      ['li.na', 'open'],
      ['he.xin', 'open'],
    ]);
    expect(driver.current.picks).toEqual({ picked: ['li.na', 'he.xin'] });
  });

  it('refuses picks the range does not allow', () => {
    const driver = new Driver(sequence([manager, picked]));
    driver.start();

    expect(() => driver.approve('wang.fang', undefined, ['zhao.min'])).toThrowError(
      expect.objectContaining({ code: 'approval.pick-invalid' }),
    );
  });
});

describe('nextPick', () => {
  it('tells the approver what to pick when their approval leads into a pick step', () => {
    const driver = new Driver(sequence([manager, picked]));
    driver.start();
    const taskId = driver.taskOf('wang.fang').id;

    const pick = nextPick(driver.bundle, driver.current, taskId, { org: sampleOrg() });

    expect(pick).toEqual({
      nodeId: 'picked',
      name: { 'zh-CN': '指定审批', en: 'Picked approvers' },
      multiple: true,
      candidateIds: ['li.na', 'he.xin'],
    });
  });

  it('answers null when the approval does not complete the step or leads elsewhere', () => {
    const both = approval('both', [{ kind: 'user', userIds: ['sun.hao', 'wang.fang'] }], {
      mode: 'all',
    });
    const driver = new Driver(sequence([both, picked]));
    driver.start();
    const org = sampleOrg();

    expect(
      nextPick(driver.bundle, driver.current, driver.taskOf('sun.hao').id, { org }),
    ).toBeNull();
    expect(nextPick(driver.bundle, driver.current, 'task-99', { org })).toBeNull();

    const plain = new Driver(sequence([manager]));
    plain.start();
    expect(nextPick(plain.bundle, plain.current, plain.taskOf('wang.fang').id, { org })).toBeNull();
  });
});
