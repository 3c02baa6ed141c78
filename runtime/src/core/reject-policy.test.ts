import { describe, expect, it } from 'vitest';
import { approval, Driver, sequence } from './testing.ts';

const four = [{ kind: 'user' as const, userIds: ['sun.hao', 'li.na', 'he.xin', 'wang.fang'] }];
const vote = (options: Record<string, unknown>) =>
  sequence([
    approval('vote', four, { mode: 'percentage', percent: 50, ...options }),
    approval('ceo', [{ kind: 'user', userIds: ['zhao.min'] }]),
  ]);

describe('reject policy: first', () => {
  it('rejects the step on the first rejection even when approval could still be reached', () => {
    const driver = new Driver(vote({ rejectWhen: 'first', rejectTo: 'end' }));
    driver.start();

    driver.reject('li.na');

    expect(driver.current.status).toBe('rejected');
    expect(driver.current.steps[0]?.status).toBe('rejected');
  });
});

describe('reject policy: threshold', () => {
  it('records a rejection below the threshold and lets the others decide', () => {
    const driver = new Driver(vote({ rejectWhen: 'threshold', rejectPercent: 50 }));
    driver.start();

    driver.reject('li.na', { comment: 'too expensive' });

    expect(driver.current.status).toBe('running');
    expect(driver.eventTypes()).toEqual(['task.rejected']);
    expect(driver.last.events[0]?.data).toMatchObject({
      stepRejected: false,
      comment: 'too expensive',
    });
    expect(driver.pending().map(([person]) => person)).toEqual(['sun.hao', 'he.xin', 'wang.fang']);

    driver.approve('sun.hao');
    driver.approve('he.xin');

    expect(driver.openTasks().map((task) => task.assigneeId)).toEqual(['zhao.min']);
  });

  it('rejects the step once rejections reach the reject share', () => {
    const driver = new Driver(vote({ rejectWhen: 'threshold', rejectPercent: 50 }));
    driver.start();
    driver.reject('li.na');

    driver.reject('he.xin');

    expect(driver.current.status).toBe('returned');
    expect(driver.last.events[0]?.data).toMatchObject({ target: 'initiator' });
    expect(driver.taskOf('sun.hao', 'cancelled')).toBeDefined();
  });

  it('rejects the step once approval can no longer reach what is needed', () => {
    // 3 of 4 needed, no reject share: the second rejection leaves at most 2 approvals.
    const driver = new Driver(vote({ percent: 75, rejectWhen: 'threshold' }));
    driver.start();
    driver.reject('li.na');

    expect(driver.current.status).toBe('running');

    driver.reject('wang.fang');

    expect(driver.current.status).toBe('returned');
  });
});

describe('veto members', () => {
  it('rejects the step at once when a veto member rejects, whatever the threshold', () => {
    const options = { rejectWhen: 'threshold', rejectPercent: 100, vetoUserIds: ['he.xin'] };
    const driver = new Driver(vote(options));
    driver.start();
    driver.reject('li.na');

    expect(driver.current.status).toBe('running');

    driver.reject('he.xin');

    expect(driver.current.status).toBe('returned');
    expect(driver.last.events[0]?.data).toMatchObject({ veto: true, target: 'initiator' });
  });
});
