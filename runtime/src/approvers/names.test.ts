import { describe, expect, it } from 'vitest';
import { explainBoth, type Explanation } from './explanations.ts';
import { resolveApprovers } from './resolve.ts';
import { resolveStepAssignees } from './assignees.ts';
import { reportTo, richOrg, type RichOrgSource } from './testing.ts';

const NAMES: Readonly<Record<string, string>> = {
  'zhao.min': '赵敏',
  'wang.fang': '王芳',
  'chen.jie': '陈杰',
  'li.na': '李娜',
  'he.xin': '何欣',
  'sun.hao': '孙浩',
};

/** The rich org with display names and named roles, as a real org has them. */
function namedSource(source: RichOrgSource): void {
  for (const entry of source.users) entry.name = NAMES[entry.id] ?? entry.name;
  source.roles.push({ key: 'finance', name: { 'zh-CN': '财务', en: 'Finance' } });
}

const org = richOrg(namedSource);

const zh = (explanations: readonly Explanation[]) =>
  explanations.map((fact) => explainBoth(fact)['zh-CN']);

describe('explanations name people and org entries in words', () => {
  it('given a named role, when resolved, then the texts name the role and the holders, the params keep the keys', () => {
    const result = resolveApprovers(
      { kind: 'role', role: 'finance' },
      { initiatorId: 'chen.jie', org },
    );

    expect(explainBoth(result.reasonDetail)).toEqual({ 'zh-CN': '角色 财务', en: 'role Finance' });
    expect(zh(result.factDetails)).toEqual(['李娜 拥有角色 财务', '何欣 拥有角色 财务']);
    expect(result.facts).toEqual(['李娜 has role Finance', '何欣 has role Finance']);
    expect(result.reasonDetail.params).toMatchObject({ role: 'finance' });
    expect(result.factDetails[0]?.params).toMatchObject({ user: 'li.na', role: 'finance' });
  });

  it('given positions and groups, when resolved, then each language shows its own name', () => {
    const position = resolveApprovers(
      { kind: 'position', position: 'cashier' },
      { initiatorId: 'chen.jie', org },
    );
    const group = resolveApprovers(
      { kind: 'group', group: 'budget-committee' },
      { initiatorId: 'chen.jie', org },
    );

    expect(zh(position.factDetails)).toEqual(['李娜 担任岗位 出纳', '何欣 担任岗位 出纳']);
    expect(position.reason).toBe('position Cashier');
    expect(zh(group.factDetails)).toEqual([
      '孙浩 属于用户组 预算委员会',
      '李娜 属于用户组 预算委员会',
      '用户 ghost 不存在',
    ]);
  });

  it('given a department head rule, when resolved, then the initiator and the head read by name', () => {
    const result = resolveApprovers({ kind: 'departmentHead' }, { initiatorId: 'chen.jie', org });

    expect(zh(result.factDetails)).toEqual(['陈杰 属于华东销售部', '王芳 是华东销售部的负责人']);
    expect(result.factDetails[1]?.params).toMatchObject({ user: 'wang.fang', userName: '王芳' });
  });

  it('given a supervisor chain with a loop, when walked, then every person in it reads by name', () => {
    const looped = richOrg((source) => {
      namedSource(source);
      reportTo(source, 'zhao.min', 'wang.fang');
    });

    const result = resolveApprovers(
      { kind: 'supervisorChain', end: { kind: 'top' } },
      { initiatorId: 'chen.jie', org: looped },
    );

    expect(zh(result.factDetails)).toEqual([
      '王芳 是 陈杰 的上级',
      '赵敏 是 王芳 的上级',
      '上级关系成环：王芳 → 赵敏 → 王芳，在 赵敏 处停止',
    ]);
    expect(result.factDetails[2]?.params).toMatchObject({
      cycle: 'wang.fang → zhao.min → wang.fang',
    });
  });

  it('given a role the org does not name, when nobody holds it, then the texts fall back to the key', () => {
    const result = resolveStepAssignees([{ kind: 'role', role: 'legal' }], {
      initiatorId: 'chen.jie',
      org,
    });

    expect(explainBoth(result.reasonDetail)['zh-CN']).toBe(
      '未找到审批人（角色 legal：没有符合条件的人（没有人拥有角色 legal）），已转交流程管理员',
    );
    expect(zh(result.factDetails)).toContain('未找到审批人：转交角色 admin');
  });
});
