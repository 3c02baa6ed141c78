import { describe, expect, it } from 'vitest';
import { approval, Driver, sequence, withFields } from './testing.ts';

const fields = [
  { key: 'who', type: 'user', label: 'Who' },
  { key: 'dept', type: 'department', label: 'Department' },
];
const autoApprove = { initiator: 'autoApprove' };

describe('initiator: autoApprove and an initiator who names themselves', () => {
  it('skips, not approves, an initiator named in a user field (H4)', () => {
    const step = approval('s1', [{ kind: 'formField', field: 'who' }], autoApprove);
    const driver = new Driver(withFields(sequence([step]), fields));

    driver.start('chen.jie', { amount: '1.00', who: 'chen.jie' });

    expect(driver.current.status).toBe('running');
    expect(driver.event('task.auto-approved')).toBeUndefined();
    expect(driver.pending()).toEqual([['zhou.yu', 'open']]);
    expect(driver.event('step.entered')).toMatchObject({
      notes: [{ code: 'note.initiator-self-named' }],
      skipped: [{ userId: 'chen.jie', reasonCode: 'sod.initiator' }],
    });
  });

  it('skips an initiator who heads the department they chose in a department field', () => {
    const step = approval('s1', [{ kind: 'departmentHead', field: 'dept' }], autoApprove);
    const driver = new Driver(withFields(sequence([step]), fields));

    driver.start('wang.fang', { amount: '1.00', dept: 'east-sales' });

    expect(driver.event('task.auto-approved')).toBeUndefined();
    expect(driver.pending()).toEqual([['zhou.yu', 'open']]);
  });

  it('still approves automatically an initiator a rule of the flow names', () => {
    const step = approval(
      's1',
      [
        { kind: 'formField', field: 'who' },
        { kind: 'user', userIds: ['chen.jie'] },
      ],
      autoApprove,
    );
    const driver = new Driver(withFields(sequence([step]), fields));

    driver.start('chen.jie', { amount: '1.00', who: 'chen.jie' });

    expect(driver.event('task.auto-approved')).toMatchObject({ assigneeId: 'chen.jie' });
    expect(driver.current.status).toBe('completed');
  });
});
