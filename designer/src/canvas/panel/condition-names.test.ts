import { describe, expect, it } from 'vitest';
import { checkApproverCondition, type FormDefinition } from '@baton/schemas';
import { emptyOrg, type OrgInfo } from '../approver-summary.ts';
import { appendCondition, conditionNames } from './condition-names.ts';

const org: OrgInfo = {
  ...emptyOrg,
  departments: [{ id: 'd-sales-east', name: '华东销售部' }],
  roles: [{ key: 'finance', name: { 'zh-CN': '财务', en: 'Finance' } }],
  positions: [{ key: 'cashier', name: { 'zh-CN': '出纳', en: 'Cashier' } }],
};
const form: FormDefinition = { schemaVersion: 1, fields: [] };

describe('conditionNames', () => {
  it('given an org, when listed, then departments, roles and positions come with ready conditions', () => {
    const groups = conditionNames(org, 'en');

    expect(groups.map((group) => group.name)).toEqual([
      'initiatorDepartment',
      'initiatorRoles',
      'initiatorPositions',
    ]);
    expect(groups.flatMap((group) => group.items)).toEqual([
      { snippet: 'initiatorDepartment == "d-sales-east"', label: '华东销售部' },
      { snippet: '"finance" in initiatorRoles', label: 'Finance' },
      { snippet: '"cashier" in initiatorPositions', label: 'Cashier' },
    ]);
  });

  it('given each snippet, when checked as a condition, then it is valid', () => {
    for (const item of conditionNames(org, 'zh-CN').flatMap((group) => group.items))
      expect(checkApproverCondition(item.snippet, form).ok).toBe(true);
  });
});

describe('appendCondition', () => {
  it('given an empty or a written condition, when a name is added, then it stands alone or joins with &&', () => {
    expect(appendCondition('  ', '"finance" in initiatorRoles')).toBe(
      '"finance" in initiatorRoles',
    );
    expect(appendCondition('amount > 1 ', '"finance" in initiatorRoles')).toBe(
      'amount > 1 && "finance" in initiatorRoles',
    );
  });
});
