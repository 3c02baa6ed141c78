import { BatonError } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { approval, Driver, sequence, withPolicies } from './testing.ts';

const person = (...userIds: string[]) => [{ kind: 'user' as const, userIds }];
const manager = approval('manager', [{ kind: 'departmentHead' }], {}, 'Manager');
const finance = approval('finance', person('wang.fang', 'li.na'), { mode: 'all' }, 'Finance');
const ceo = approval('ceo', person('zhao.min'), {}, 'CEO');

describe('dedupe: consecutive', () => {
  it('approves the part of someone who approved the step right before, naming that step', () => {
    const bundle = withPolicies(sequence([manager, finance]), { dedupe: 'consecutive' });
    const driver = new Driver(bundle);
    driver.start();

    driver.approve('wang.fang');

    expect(driver.event('task.auto-approved')).toMatchObject({
      assigneeId: 'wang.fang',
      auto: 'dedupe',
      reasonCode: 'auto.dedupe-consecutive',
      reasonParams: {
        user: 'wang.fang',
        step: { code: 'text.step', params: { zh: 'Manager', en: 'Manager' } },
      },
    });
    expect(driver.pending()).toEqual([['li.na', 'open']]);

    driver.approve('li.na');

    expect(driver.current.status).toBe('completed');
  });

  it('does not reach over a step in between', () => {
    const bundle = withPolicies(sequence([manager, ceo, finance]), { dedupe: 'consecutive' });
    const driver = new Driver(bundle);
    driver.start();
    driver.approve('wang.fang');

    driver.approve('zhao.min');

    expect(driver.pending()).toEqual([
      ['wang.fang', 'open'],
      ['li.na', 'open'],
    ]);
  });
});

describe('dedupe: anywhere', () => {
  it('approves the part of someone who approved any earlier step of this round', () => {
    const bundle = withPolicies(sequence([manager, ceo, finance]), { dedupe: 'anywhere' });
    const driver = new Driver(bundle);
    driver.start();
    driver.approve('wang.fang');

    driver.approve('zhao.min');

    expect(driver.pending()).toEqual([['li.na', 'open']]);
    expect(driver.event('task.auto-approved')).toMatchObject({
      reasonCode: 'auto.dedupe-anywhere',
    });
  });

  it('completes an any-mode step at once when a deduped part is enough', () => {
    const anyFinance = approval('finance', person('wang.fang', 'li.na'), { mode: 'any' });
    const bundle = withPolicies(sequence([manager, anyFinance]), { dedupe: 'anywhere' });
    const driver = new Driver(bundle);
    driver.start();

    driver.approve('wang.fang');

    expect(driver.current.status).toBe('completed');
    expect(driver.current.tasks.map((task) => [task.assigneeId, task.status])).toEqual([
      ['wang.fang', 'approved'],
      ['wang.fang', 'approved'],
    ]);
  });
});

describe('distinctApprovers', () => {
  it('leaves out who approved earlier, with the reason in the facts, and wins over dedupe', () => {
    const policies = { distinctApprovers: true, dedupe: 'consecutive' } as const;
    const driver = new Driver(withPolicies(sequence([manager, finance]), policies));
    driver.start();

    driver.approve('wang.fang');

    expect(driver.pending()).toEqual([['li.na', 'open']]);
    const entered = driver.event('step.entered');
    expect(entered).toMatchObject({
      nodeId: 'finance',
      assigneeIds: ['li.na'],
      skipped: [{ userId: 'wang.fang', reasonCode: 'sod.already-approved' }],
    });
    expect(entered?.['factDetails']).toContainEqual({
      code: 'sod.already-approved',
      params: {
        user: 'wang.fang',
        userName: 'wang.fang',
        step: { code: 'text.step', params: { zh: 'Manager', en: 'Manager' } },
      },
    });
    expect(driver.events.some((event) => event.type === 'task.auto-approved')).toBe(false);
  });

  it('routes to the flow admins, explained, when everyone found already approved', () => {
    const again = approval('again', [{ kind: 'departmentHead' }]);
    const driver = new Driver(
      withPolicies(sequence([manager, again]), { distinctApprovers: true }),
    );
    driver.start();

    driver.approve('wang.fang');

    expect(driver.pending()).toEqual([['zhou.yu', 'open']]);
    expect(driver.event('step.entered')).toMatchObject({ fallback: true });
  });

  it('lets them approve again, with a note, rather than leave the step to nobody', () => {
    const admin = approval('admin', person('zhou.yu'));
    const twice = approval('twice', person('zhou.yu'));
    const driver = new Driver(withPolicies(sequence([admin, twice]), { distinctApprovers: true }));
    driver.start();

    driver.approve('zhou.yu');

    expect(driver.pending()).toEqual([['zhou.yu', 'open']]);
    expect(driver.event('step.entered')).toMatchObject({
      notes: [{ code: 'note.distinct-relaxed' }],
    });
  });
});

describe('minApprovers', () => {
  const rule = { field: 'amount', atLeast: '10000', approvers: 3 };
  const bundle = withPolicies(sequence([manager, ceo]), { minApprovers: [rule] });

  it('refuses a submission at or above the amount whose route has too few distinct approvers', () => {
    const driver = new Driver(bundle);

    const act = () => driver.start('chen.jie', { amount: '10000.00' });

    expect(act).toThrowError(
      expect.objectContaining({
        code: 'approval.too-few-approvers',
        params: { needed: 3, found: 2 },
      }),
    );
    expect(() => driver.start('chen.jie', { amount: '9999.99' })).not.toThrow();
  });

  it('counts each person once and never counts automatic approvals', () => {
    const self = approval('self', person('chen.jie'), { initiator: 'autoApprove' });
    const again = approval('again', [{ kind: 'departmentHead' }]);
    const repeated = withPolicies(sequence([self, manager, again, ceo]), { minApprovers: [rule] });

    const error = (() => {
      try {
        new Driver(repeated).start('chen.jie', { amount: '50000.00' });
      } catch (caught) {
        return caught;
      }
    })();

    expect(error).toBeInstanceOf(BatonError);
    expect(error).toMatchObject({ params: { needed: 3, found: 2 } });
  });

  it('accepts a route with enough distinct approvers', () => {
    const enough = withPolicies(sequence([manager, finance, ceo]), { minApprovers: [rule] });
    const driver = new Driver(enough);

    driver.start('chen.jie', { amount: '50000.00' });

    expect(driver.current.status).toBe('running');
  });
});
