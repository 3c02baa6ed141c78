import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { FlowNode, FormDefinition, Locale } from '@baton/schemas';
import { flowsEn } from '../flows/messages-en.ts';
import { flowsZh } from '../flows/messages-zh-CN.ts';
import { peopleKey, rulesOf, summarizePeople, type OrgInfo } from './approver-summary.ts';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { flows: flowsZh }, en: { flows: flowsEn } },
  lng: 'zh-CN',
  ns: ['flows'],
  defaultNS: 'flows',
  interpolation: { escapeValue: false },
  initAsync: false,
});

const org: OrgInfo = {
  roles: [{ key: 'finance', name: { 'zh-CN': '财务', en: 'Finance' } }],
  positions: [{ key: 'cashier', name: { 'zh-CN': '出纳', en: 'Cashier' } }],
  groups: [{ key: 'board', name: { 'zh-CN': '预算委员会', en: 'Budget committee' } }],
  departments: [],
  users: [
    { id: 'wang.fang', name: '王芳' },
    { id: 'li.na', name: '李娜' },
  ],
};

const form: FormDefinition = {
  schemaVersion: 1,
  fields: [
    {
      key: 'dept',
      type: 'department',
      label: { 'zh-CN': '承担部门', en: 'Paying department' },
      required: false,
    },
    {
      key: 'amount',
      type: 'money',
      label: { 'zh-CN': '金额', en: 'Amount' },
      required: true,
      currency: 'CNY',
      validation: { decimals: 2 },
    },
  ],
};

function summary(node: FlowNode, locale: Locale = 'zh-CN'): string | undefined {
  const t: TFunction = i18n.getFixedT(locale, 'flows');

  return summarizePeople(node, { t, org, locale, form });
}

function approval(approvers: unknown, settings: Record<string, unknown> = {}): FlowNode {
  return { id: 'a1', type: 'approval', name: '审批', config: { approvers, ...settings } };
}

describe('peopleKey', () => {
  it('given node kinds, when asked for their people, then approvals have approvers and cc has recipients', () => {
    expect(peopleKey('approval')).toBe('approvers');
    expect(peopleKey('cc')).toBe('recipients');
    expect(peopleKey('exclusive')).toBeUndefined();
    expect(peopleKey('unknown-kind')).toBeUndefined();
  });
});

describe('rulesOf', () => {
  it('given valid rules, when read, then they are returned', () => {
    expect(rulesOf(approval([{ kind: 'role', role: 'finance' }]))).toEqual([
      { kind: 'role', role: 'finance' },
    ]);
  });

  it('given a half-finished rule, when read, then the node counts as having none', () => {
    expect(rulesOf(approval([{ kind: 'role' }]))).toEqual([]);
    expect(rulesOf(approval('finance'))).toEqual([]);
  });
});

describe('summarizePeople', () => {
  it('given a role rule, when summarized in zh-CN, then it names the role in Chinese', () => {
    expect(summary(approval([{ kind: 'role', role: 'finance' }]))).toBe('角色：财务');
  });

  it('given a role rule, when summarized in en, then it names the role in English', () => {
    expect(summary(approval([{ kind: 'role', role: 'finance' }]), 'en')).toBe('Role: Finance');
  });

  it('given a role the org does not have, when summarized, then its key is shown', () => {
    expect(summary(approval([{ kind: 'role', role: 'legal' }]))).toBe('角色：legal');
  });

  it('given named users, when summarized, then their names are joined the way each language does', () => {
    const node = approval([{ kind: 'user', userIds: ['wang.fang', 'li.na', 'ghost'] }]);

    expect(summary(node)).toBe('指定成员：王芳、李娜、ghost');
    expect(summary(node, 'en')).toBe('Users: 王芳, 李娜, ghost');
  });

  it('given a supervisor rule, when summarized, then it gives the level', () => {
    expect(summary(approval([{ kind: 'supervisor', level: 2 }]))).toBe('第 2 级上级');
  });

  it('given two rules, when summarized, then both are shown', () => {
    const node = approval([{ kind: 'departmentHead' }, { kind: 'role', role: 'finance' }]);

    expect(summary(node)).toBe('部门负责人 / 角色：财务');
  });

  it('given four rules, when summarized, then two are shown and the rest counted', () => {
    const node = approval([
      { kind: 'departmentHead' },
      { kind: 'supervisor', level: 1 },
      { kind: 'role', role: 'finance' },
      { kind: 'user', userIds: ['li.na'] },
    ]);

    expect(summary(node)).toBe('部门负责人 / 第 1 级上级 等 2 项');
    expect(summary(node, 'en')).toBe('Department head / Supervisor, level 1 and 2 more');
  });

  it('given an approval without rules, when summarized, then it says no approver is set', () => {
    expect(summary(approval([]))).toBe('未设置审批人');
  });

  it('given a cc without recipients, when summarized, then it says no recipient is set', () => {
    const cc: FlowNode = { id: 'c1', type: 'cc', name: '抄送', config: {} };

    expect(summary(cc, 'en')).toBe('No recipient set');
  });

  it('given a kind without people, when summarized, then there is no summary', () => {
    expect(summary({ id: 'x', type: 'exclusive', name: '分支', config: {} })).toBeUndefined();
  });

  it('given positions and groups, when summarized, then they are named in the UI language', () => {
    expect(summary(approval([{ kind: 'position', position: 'cashier' }]))).toBe('岗位：出纳');
    expect(summary(approval([{ kind: 'group', group: 'board' }]), 'en')).toBe(
      'Group: Budget committee',
    );
  });

  it('given a department head from a form field, up a level, climbing, when summarized, then each is said', () => {
    const node = approval([{ kind: 'departmentHead', field: 'dept', up: 1, climbIfEmpty: true }]);

    expect(summary(node)).toBe('“承担部门”所选部门的负责人（向上 1 级），空缺时向上找');
    expect(summary(node, 'en')).toBe(
      'Head of the department chosen in “Paying department”, 1 level up, or the next head up if empty',
    );
  });

  it('given supervisor chains, when summarized, then their end is named', () => {
    const chain = (end: unknown) => summary(approval([{ kind: 'supervisorChain', end }]), 'en');

    expect(chain({ kind: 'level', level: 3 })).toBe('Supervisors up to level 3');
    expect(chain({ kind: 'role', role: 'finance' })).toBe('Supervisors up to the first “Finance”');
    expect(chain({ kind: 'top' })).toBe('Supervisors up to the top');
    expect(chain({ kind: 'approvalLimit', field: 'amount' })).toBe(
      'Supervisors until one may approve “Amount”',
    );
  });

  it('given picks, a form field and a conditional rule, when summarized, then each reads plainly', () => {
    expect(summary(approval([{ kind: 'initiatorPicks', multiple: true, range: [] }]))).toBe(
      '发起人自选多人',
    );
    expect(summary(approval([{ kind: 'approverPicks' }]), 'en')).toBe(
      'One person picked by the previous approver',
    );
    expect(summary(approval([{ kind: 'formField', field: 'dept' }]))).toBe('表单“承担部门”中的人');
    const conditional = {
      kind: 'conditional',
      cases: [{ when: 'amount > 1', rules: [{ kind: 'supervisor', level: 1 }] }],
    };
    expect(summary(approval([conditional]), 'en')).toBe('Chosen by condition (1 case)');
  });

  it('given a mode other than any one, when summarized, then the mode follows the people', () => {
    const rules = [{ kind: 'role', role: 'finance' }];

    expect(summary(approval(rules, { mode: 'all' }))).toBe('角色：财务 · 会签');
    expect(summary(approval(rules, { mode: 'percentage', percent: 60 }), 'en')).toBe(
      'Role: Finance · 60% approve',
    );
    expect(summary(approval(rules, { mode: 'any' }))).toBe('角色：财务');
  });

  it('given percentage mode without a share, when summarized, then it says the share is not set', () => {
    const rules = [{ kind: 'role', role: 'finance' }];

    expect(summary(approval(rules, { mode: 'percentage' }), 'en')).toBe(
      'Role: Finance · percentage not set',
    );
    expect(summary(approval(rules, { mode: 'percentage', percent: 33.5 }))).toBe(
      '角色：财务 · 未设置比例',
    );
  });
});
