import { describe, expect, it } from 'vitest';
import { previewRoute } from '../preview/preview.ts';
import { approval, caught, Driver, sampleOrg, sequence, withFields } from './testing.ts';

const fields = [{ key: 'who', type: 'user', label: 'Who' }];
/** s1: the person in `who`, approved automatically when empty; s2: s1's approver picks. */
const flow = (s2Options: Record<string, unknown> = {}) =>
  withFields(
    sequence([
      approval('s1', [{ kind: 'formField', field: 'who' }], { ifNobody: 'autoApprove' }),
      approval('s2', [{ kind: 'approverPicks', multiple: false, range: [] }], s2Options),
    ]),
    fields,
  );
const values = { amount: '1.00' };
const preview = (bundle: ReturnType<typeof flow>, picks?: Record<string, string[]>) =>
  previewRoute(
    bundle,
    { initiatorId: 'chen.jie', values, ...(picks ? { picks } : {}) },
    { org: sampleOrg() },
  );

describe('picks at submission', () => {
  it.each([
    ['an unknown step', 'nope'],
    ['a step without a pick rule', 's1'],
    ['the start node', 'start'],
  ])('are refused for %s, by start and preview alike (M3)', (_what, nodeId) => {
    const picks = { [nodeId]: ['li.na'] };

    const error = caught(() => new Driver(flow()).start('chen.jie', values, picks));

    expect(error).toMatchObject({ code: 'approval.pick-unexpected', params: { nodeId } });
    expect(preview(flow(), picks)).toMatchObject({
      outcome: 'refused',
      refusal: { code: 'approval.pick-unexpected' },
    });
  });

  it('are refused for a step the previous approver picks: only their approval names them', () => {
    const picks = { s2: ['li.na'] };

    const error = caught(() =>
      new Driver(flow()).start('chen.jie', { ...values, who: 'wang.fang' }, picks),
    );

    expect(error).toMatchObject({ code: 'approval.pick-unexpected', params: { nodeId: 's2' } });
    expect(error.message).toContain('only steps whose approvers the initiator picks take picks');
  });
});

describe('a step the previous approver picks, entered by the submission itself', () => {
  it('finds nobody, says nobody was there to pick, and goes to the flow admins (M3)', () => {
    const driver = new Driver(flow());

    driver.start('chen.jie', values);

    expect(driver.pending()).toEqual([['zhou.yu', 'open']]);
    const entered = driver.event('step.entered');
    expect(entered).toMatchObject({ nodeId: 's2', fallback: true });
    expect(entered?.['factDetails']).toContainEqual({ code: 'fact.no-picker', params: {} });
    const step = preview(flow()).steps.find((candidate) => candidate.nodeId === 's2');
    expect(step).toMatchObject({ outcome: 'tasks', assignees: [{ userId: 'zhou.yu' }] });
    expect(step?.pick).toBeUndefined();
  });

  it('approves itself when so set, and the preview agrees', () => {
    const driver = new Driver(flow({ ifNobody: 'autoApprove' }));

    driver.start('chen.jie', values);

    expect(driver.current.status).toBe('completed');
    expect(preview(flow({ ifNobody: 'autoApprove' })).outcome).toBe('completed');
  });

  it('refuses the submission when so set, and the preview agrees', () => {
    const error = caught(() => new Driver(flow({ ifNobody: 'refuse' })).start('chen.jie', values));

    expect(error).toMatchObject({ code: 'approval.refused-nobody', params: { nodeId: 's2' } });
    expect(error.params['reasonEn']).toContain('nobody was there to pick the approvers');
    expect(preview(flow({ ifNobody: 'refuse' }))).toMatchObject({
      outcome: 'refused',
      refusal: { code: 'approval.refused-nobody' },
    });
  });

  it('still waits for the pick when an approver decides the step before', () => {
    const driver = new Driver(flow());
    driver.start('chen.jie', { ...values, who: 'wang.fang' });

    expect(() => driver.approve('wang.fang')).toThrowError(
      expect.objectContaining({ code: 'approval.pick-required' }),
    );
    driver.approve('wang.fang', undefined, ['li.na']);

    expect(driver.pending()).toEqual([['li.na', 'open']]);
  });
});
