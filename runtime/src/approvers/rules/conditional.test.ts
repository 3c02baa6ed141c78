import type { ConditionalRule, FormDefinition } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { resolveApprovers } from '../resolve.ts';
import { richOrg } from '../testing.ts';

const org = richOrg();
const form: FormDefinition = {
  schemaVersion: 1,
  fields: [
    {
      key: 'amount',
      type: 'money',
      label: 'Amount',
      required: true,
      currency: 'CNY',
      validation: { decimals: 2 },
    },
  ],
};
const rule: ConditionalRule = {
  kind: 'conditional',
  cases: [
    { when: 'amount >= 50000', rules: [{ kind: 'role', role: 'executive' }] },
    {
      when: "'finance' in initiatorRoles",
      rules: [
        { kind: 'position', position: 'cashier' },
        { kind: 'user', userIds: ['sun.hao'] },
      ],
    },
  ],
  otherwise: [{ kind: 'supervisor', level: 1 }],
};

function resolveFor(initiatorId: string, amount?: string) {
  const values = amount === undefined ? {} : { amount };

  return resolveApprovers(rule, { initiatorId, org, form, values });
}

describe('conditional', () => {
  it('takes the first case that holds and records it', () => {
    const result = resolveFor('chen.jie', '50000.00');

    expect(result.userIds).toEqual(['zhao.min']);
    expect(result.facts[0]).toBe('case 1 matched: amount >= 50000');
    expect(result.reason).toBe('case 1 (amount >= 50000): role executive');
  });

  it('reads the initiator roles, and merges the rules of the case in order', () => {
    const result = resolveFor('li.na', '49999.99');

    expect(result.userIds).toEqual(['he.xin', 'sun.hao']);
    expect(result.facts[0]).toBe("case 2 matched: 'finance' in initiatorRoles");
    expect(result.facts).toContain('li.na started the request and was skipped');
  });

  it('falls to otherwise when no case holds, an empty amount holding none', () => {
    const result = resolveFor('chen.jie');

    expect(result.userIds).toEqual(['wang.fang']);
    expect(result.facts[0]).toBe('no case matched: otherwise');
    expect(result.reason).toBe('otherwise: supervisor level 1 of chen.jie');
  });

  it('chooses nobody, saying so, when no case holds and there is no otherwise', () => {
    const result = resolveApprovers(
      { ...rule, otherwise: [] },
      { initiatorId: 'chen.jie', org, form, values: { amount: '1.00' } },
    );

    expect(result.userIds).toEqual([]);
    expect(result.reason).toBe(
      'no case matched and there is no otherwise rule: nobody eligible (no case matched: otherwise)',
    );
  });

  it('passes on the pick a case needs', () => {
    const picking: ConditionalRule = {
      kind: 'conditional',
      cases: [
        { when: 'amount >= 1', rules: [{ kind: 'initiatorPicks', multiple: true, range: [] }] },
      ],
      otherwise: [],
    };

    const result = resolveApprovers(picking, {
      initiatorId: 'chen.jie',
      org,
      form,
      values: { amount: '5' },
    });

    expect(result.needsPick).toMatchObject({ by: 'initiator', multiple: true });
  });
});
