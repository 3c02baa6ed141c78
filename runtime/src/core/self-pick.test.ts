import { describe, expect, it } from 'vitest';
import { nextPick } from './next-pick.ts';
import { approval, caught, Driver, sampleOrg, sequence, withPolicies } from './testing.ts';

const manager = approval('s1', [{ kind: 'departmentHead' }]);
const anyone = approval('s2', [{ kind: 'approverPicks', multiple: true, range: [] }]);

describe('an approver picking the next step', () => {
  it('may not pick themselves, said the same way whatever the range (H2)', () => {
    const finance = [{ kind: 'role' as const, role: 'finance' }];
    const narrow = approval('s2', [{ kind: 'approverPicks', multiple: false, range: finance }]);
    for (const next of [anyone, narrow]) {
      const driver = new Driver(sequence([manager, next]));
      driver.start();

      const error = caught(() => driver.approve('wang.fang', undefined, ['wang.fang']));

      expect(error).toMatchObject({
        code: 'approval.pick-invalid',
        params: { reasonEn: 'wang.fang may not pick themselves for the next step' },
      });
      expect(error.params['reasonZh']).toBe('wang.fang 不能选择自己审批下一步');
    }
  });

  it('cannot complete a two-approver request alone by picking themselves', () => {
    const rule = { field: 'amount', atLeast: '0', approvers: 2 };
    const bundle = withPolicies(sequence([manager, anyone]), {
      minApprovers: [rule],
      dedupe: 'anywhere',
    });
    const driver = new Driver(bundle);
    driver.start();

    expect(() => driver.approve('wang.fang', undefined, ['wang.fang'])).toThrowError(
      expect.objectContaining({ code: 'approval.pick-invalid' }),
    );
    driver.approve('wang.fang', undefined, ['li.na']);
    driver.approve('li.na');

    expect(driver.current.status).toBe('completed');
    expect(driver.event('instance.completed')).toMatchObject({ approvers: 2 });
  });

  it('is not offered as a candidate by nextPick', () => {
    const driver = new Driver(sequence([manager, anyone]));
    driver.start();
    const taskId = driver.taskOf('wang.fang').id;

    const pick = nextPick(driver.bundle, driver.current, taskId, { org: sampleOrg() });

    expect(pick?.candidateIds).not.toContain('wang.fang');
    expect(pick?.candidateIds).not.toContain('chen.jie');
    expect(pick?.candidateIds).toContain('li.na');
  });

  it('with distinctApprovers, may not pick someone who already approved this round', () => {
    const ceo = approval('s0', [{ kind: 'user', userIds: ['zhao.min'] }]);
    const bundle = withPolicies(sequence([ceo, manager, anyone]), { distinctApprovers: true });
    const driver = new Driver(bundle);
    driver.start();
    driver.approve('zhao.min');

    const error = caught(() => driver.approve('wang.fang', undefined, ['zhao.min']));

    expect(error).toMatchObject({ code: 'approval.pick-invalid' });
    expect(error.params['reasonEn']).toMatch(/^zhao\.min may not be picked: zhao\.min already/);
    const taskId = driver.taskOf('wang.fang').id;
    const pick = nextPick(driver.bundle, driver.current, taskId, { org: sampleOrg() });
    expect(pick?.candidateIds).not.toContain('zhao.min');
  });
});
