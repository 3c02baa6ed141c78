import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { FlowNode, Locale } from '@baton/schemas';
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
  users: [
    { id: 'wang.fang', name: '王芳' },
    { id: 'li.na', name: '李娜' },
  ],
};

function summary(node: FlowNode, locale: Locale = 'zh-CN'): string | undefined {
  const t: TFunction = i18n.getFixedT(locale, 'flows');

  return summarizePeople(node, { t, org, locale });
}

function approval(approvers: unknown): FlowNode {
  return { id: 'a1', type: 'approval', name: '审批', config: { approvers } };
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
});
