import { ApproverRule, Org, type OrgUser, checkOrg } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { demoAccounts } from './demo-accounts.ts';
import { demoOrg } from './demo-org.ts';
import { templates } from './catalogue.ts';

const usersById = new Map(demoOrg.users.map((user) => [user.id, user]));
const departmentsById = new Map(
  demoOrg.departments.map((department) => [department.id, department]),
);

function byUsername(username: string): OrgUser {
  const user = demoOrg.users.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`no demo user ${username}`);

  return user;
}

function departmentDepth(id: string): number {
  const parentId = departmentsById.get(id)?.parentId ?? null;

  return parentId === null ? 1 : 1 + departmentDepth(parentId);
}

function rolesUsedByTemplates(): Set<string> {
  const roles = new Set<string>();
  for (const node of templates.flatMap((template) => template.bundle.flow.nodes)) {
    const rules = [node.config['approvers'], node.config['recipients']].flat();
    for (const rule of rules) {
      const parsed = ApproverRule.safeParse(rule);
      if (parsed.success && parsed.data.kind === 'role') roles.add(parsed.data.role);
    }
  }

  return roles;
}

describe('demo org', () => {
  it('parses as an Org and is already in normalized form', () => {
    expect(Org.parse(demoOrg)).toEqual(demoOrg);
  });

  it('looks like a real company: 25+ users and 5+ departments on at least two levels', () => {
    expect(demoOrg.users.length).toBeGreaterThanOrEqual(25);
    expect(demoOrg.departments.length).toBeGreaterThanOrEqual(5);
    const depths = demoOrg.departments.map((department) => departmentDepth(department.id));
    expect(Math.max(...depths)).toBeGreaterThanOrEqual(2);
  });

  it('has unique user ids, usernames, department ids and role keys', () => {
    const unique = (values: string[]) => new Set(values).size === values.length;
    expect(unique(demoOrg.users.map((user) => user.id))).toBe(true);
    expect(unique(demoOrg.users.map((user) => user.username))).toBe(true);
    expect(unique(demoOrg.departments.map((department) => department.id))).toBe(true);
    expect(unique(demoOrg.roles.map((role) => role.key))).toBe(true);
  });

  it('refers only to existing users, departments and roles', () => {
    const roleKeys = new Set(demoOrg.roles.map((role) => role.key));
    for (const user of demoOrg.users) {
      if (user.supervisorId !== null) expect(usersById.has(user.supervisorId)).toBe(true);
      if (user.departmentId !== null) expect(departmentsById.has(user.departmentId)).toBe(true);
      for (const role of user.roles) expect(roleKeys.has(role)).toBe(true);
    }
    for (const department of demoOrg.departments) {
      if (department.parentId !== null) expect(departmentsById.has(department.parentId)).toBe(true);
      if (department.headId !== null) expect(usersById.has(department.headId)).toBe(true);
    }
  });

  it('has one root department and a supervisor chain from everyone up to the CEO', () => {
    expect(demoOrg.departments.filter((department) => department.parentId === null)).toHaveLength(
      1,
    );
    const ceo = byUsername('zhao.min');
    for (const user of demoOrg.users) {
      const seen = new Set<string>();
      let current: OrgUser | undefined = user;
      while (current && current.supervisorId !== null && !seen.has(current.id)) {
        seen.add(current.id);
        current = usersById.get(current.supervisorId);
      }
      expect(current?.id, `chain of ${user.username}`).toBe(ceo.id);
    }
  });

  it('gives every department an enabled head from that department or its parent', () => {
    for (const department of demoOrg.departments) {
      const head = usersById.get(department.headId ?? '');
      expect(head?.disabled, department.name).toBe(false);
      expect([department.id, department.parentId]).toContain(head?.departmentId);
    }
  });

  it('has an enabled holder for every role a template uses', () => {
    const used = rolesUsedByTemplates();
    expect([...used].sort()).toEqual(['executive', 'finance', 'legal', 'purchasing', 'warehouse']);
    for (const role of used) {
      const holders = demoOrg.users.filter((user) => !user.disabled && user.roles.includes(role));
      expect(holders.length, role).toBeGreaterThan(0);
    }
  });

  it('passes checkOrg without errors or warnings', () => {
    expect(checkOrg(demoOrg)).toEqual([]);
  });

  it('gives the cashier, accountant and buyer positions to enabled staff', () => {
    const holders = (key: string) =>
      demoOrg.users
        .filter((user) => !user.disabled && user.positions.includes(key))
        .map((user) => user.username);

    expect(demoOrg.positions.map((position) => position.key)).toEqual([
      'cashier',
      'accountant',
      'buyer',
    ]);
    expect(holders('cashier')).toEqual(['zhang.wei']);
    expect(holders('accountant')).toEqual(['li.na', 'lin.xiaoyu']);
    expect(holders('buyer')).toEqual(['song.li', 'han.xue']);
  });

  it('has a budget committee of enabled members, the CEO among them', () => {
    const committee = demoOrg.groups.find((group) => group.key === 'budget-committee');

    expect(committee?.name).toEqual({ 'zh-CN': '预算委员会', en: 'Budget committee' });
    expect(committee?.memberIds.length).toBeGreaterThanOrEqual(3);
    expect(committee?.memberIds.length).toBeLessThanOrEqual(5);
    expect(committee?.memberIds).toContain(byUsername('zhao.min').id);
    for (const id of committee?.memberIds ?? []) expect(usersById.get(id)?.disabled).toBe(false);
  });

  it('sets approval limits: 5000.00 for department heads, 50000.00 for directors, none for the CEO', () => {
    const limit = (username: string) => byUsername(username).approvalLimit;

    expect(limit('zhao.min')).toBeUndefined();
    for (const director of ['huang.lei', 'liu.yang', 'ma.qiang'])
      expect(limit(director), director).toBe('50000.00');
    for (const head of ['wang.fang', 'he.jun', 'gao.yuan', 'feng.gang', 'xie.wen', 'zhu.hong'])
      expect(limit(head), head).toBe('5000.00');
    expect(limit('chen.jie')).toBeUndefined();
  });

  it('keeps one disabled former employee', () => {
    expect(demoOrg.users.filter((user) => user.disabled).map((user) => user.username)).toEqual([
      'zheng.kai',
    ]);
  });
});

describe('fixed demo users', () => {
  it('puts chen.jie in East Sales under wang.fang, its head', () => {
    const chen = byUsername('chen.jie');
    const wang = byUsername('wang.fang');
    const east = departmentsById.get(chen.departmentId ?? '');
    expect(east?.name).toBe('华东销售部');
    expect(chen.supervisorId).toBe(wang.id);
    expect(east?.headId).toBe(wang.id);
    expect(wang.departmentId).toBe(east?.id);
  });

  it('gives li.na the finance role in Finance', () => {
    const li = byUsername('li.na');
    expect(li.roles).toContain('finance');
    expect(departmentsById.get(li.departmentId ?? '')?.name).toBe('财务部');
  });

  it('makes zhao.min the CEO with the executive role at the top', () => {
    const zhao = byUsername('zhao.min');
    expect(zhao.supervisorId).toBeNull();
    expect(zhao.roles).toContain('executive');
    expect(demoOrg.users.filter((user) => user.supervisorId === null)).toEqual([zhao]);
  });

  it('gives sun.hao process_owner and zhou.yu admin', () => {
    expect(byUsername('sun.hao').roles).toContain('process_owner');
    expect(byUsername('zhou.yu').roles).toContain('admin');
  });

  it('has a second finance approver besides li.na', () => {
    const finance = demoOrg.users.filter(
      (user) => !user.disabled && user.roles.includes('finance'),
    );
    expect(finance.length).toBeGreaterThanOrEqual(2);
  });

  it('lists demo accounts that exist, are enabled and carry their real names', () => {
    for (const account of demoAccounts) {
      const user = byUsername(account.username);
      expect(user.disabled).toBe(false);
      expect(user.name).toBe(account.name);
    }
  });
});
