import { describe, expect, it } from 'vitest';
import { approval, sampleOrg, sequence, withPolicies } from '../core/testing.ts';
import { previewRoute } from './preview.ts';

const org = sampleOrg();
const finance = [{ kind: 'role' as const, role: 'finance' }];
const manager = approval('manager', [{ kind: 'departmentHead' }]);
const picked = approval('picked', [{ kind: 'approverPicks', multiple: false, range: finance }]);
const again = approval('again', [{ kind: 'user', userIds: ['li.na', 'he.xin'] }], {
  mode: 'all',
});
const input = (picks?: Record<string, string[]>) => ({
  initiatorId: 'chen.jie',
  values: { amount: '1.00' },
  ...(picks ? { picks } : {}),
});

describe('previewRoute where nobody has picked yet', () => {
  it('lists nobody on the step and says who picks from whom (M6)', () => {
    const preview = previewRoute(sequence([manager, picked]), input(), { org });

    expect(preview.steps[1]).toMatchObject({
      nodeId: 'picked',
      outcome: 'needsPick',
      assignees: [],
      facts: [],
      reason: { en: 'waiting for the previous approver to pick the approvers' },
      pick: { by: 'approver', multiple: false, candidateIds: ['li.na', 'he.xin'] },
    });
    expect(JSON.stringify(preview.steps[1])).not.toContain('was picked');
  });

  it("never tells what the stand-in's simulated approval led to in later steps", () => {
    const bundle = withPolicies(sequence([manager, picked, again]), { dedupe: 'anywhere' });

    const preview = previewRoute(bundle, input(), { org });

    expect(preview.outcome).toBe('completed');
    expect(preview.steps[2]?.assignees).toEqual([
      { userId: 'li.na', reason: preview.steps[2]?.reason },
      { userId: 'he.xin', reason: expect.any(Object) },
    ]);
    expect(JSON.stringify(preview.steps[2]?.facts)).not.toContain('li.na');
  });

  it('uses a pick a sample gives for the step as what its approver would pick', () => {
    const preview = previewRoute(sequence([manager, picked]), input({ picked: ['he.xin'] }), {
      org,
    });

    expect(preview.steps[1]).toMatchObject({
      outcome: 'tasks',
      assignees: [{ userId: 'he.xin' }],
    });
  });

  it('refuses a sample where the approver picks themselves, as their approval would be', () => {
    const bundle = sequence([approval('first', finance), picked]);

    const preview = previewRoute(bundle, input({ picked: ['li.na'] }), { org });

    expect(preview.refusal).toMatchObject({
      code: 'approval.pick-invalid',
      message: { en: expect.stringContaining('li.na may not pick themselves for the next step') },
    });
  });
});
