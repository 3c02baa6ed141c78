import type { Department, Org, OrgUser, Position, Role, UserGroup } from '@baton/schemas';
import { demoPeople, type DemoPerson } from './demo-people.ts';
import { deepFreeze } from './parts/freeze.ts';

/** Every demo user signs in with this password. */
export const DEMO_PASSWORD = 'baton-demo-2026';

const EMAIL_DOMAIN = 'lianhe-trading.example';

/** The id of a demo user: `chen.jie` → `u-chen-jie`. */
export function demoUserId(username: string): string {
  return `u-${username.replaceAll('.', '-')}`;
}

const roles: Role[] = [
  { key: 'finance', name: { 'zh-CN': '财务', en: 'Finance' } },
  { key: 'legal', name: { 'zh-CN': '法务', en: 'Legal' } },
  { key: 'executive', name: { 'zh-CN': '高管', en: 'Executive' } },
  { key: 'warehouse', name: { 'zh-CN': '仓储', en: 'Warehouse' } },
  { key: 'purchasing', name: { 'zh-CN': '采购', en: 'Purchasing' } },
  { key: 'process_owner', name: { 'zh-CN': '流程管理员', en: 'Process owner' } },
  { key: 'admin', name: { 'zh-CN': '系统管理员', en: 'Administrator' } },
];

const positions: Position[] = [
  { key: 'cashier', name: { 'zh-CN': '出纳', en: 'Cashier' } },
  { key: 'accountant', name: { 'zh-CN': '会计', en: 'Accountant' } },
  { key: 'buyer', name: { 'zh-CN': '采购专员', en: 'Buyer' } },
];

const groups: UserGroup[] = [
  {
    key: 'budget-committee',
    name: { 'zh-CN': '预算委员会', en: 'Budget committee' },
    memberIds: ['zhao.min', 'huang.lei', 'liu.yang', 'ma.qiang'].map(demoUserId),
  },
];

// [id, name, parent, head username]; parents come before their children.
const departmentRows: ReadonlyArray<readonly [string, string, string | null, string]> = [
  ['d-exec', '总经办', null, 'zhao.min'],
  ['d-finance', '财务部', 'd-exec', 'huang.lei'],
  ['d-sales', '销售中心', 'd-exec', 'liu.yang'],
  ['d-sales-east', '华东销售部', 'd-sales', 'wang.fang'],
  ['d-sales-south', '华南销售部', 'd-sales', 'he.jun'],
  ['d-ops', '运营中心', 'd-exec', 'ma.qiang'],
  ['d-purchasing', '采购部', 'd-ops', 'gao.yuan'],
  ['d-warehouse', '仓储部', 'd-ops', 'feng.gang'],
  ['d-legal', '法务部', 'd-exec', 'xie.wen'],
  ['d-hr', '人力资源部', 'd-exec', 'zhu.hong'],
  ['d-rnd', '研发部', 'd-exec', 'guo.peng'],
];

const departments: Department[] = departmentRows.map(([id, name, parentId, head]) => ({
  id,
  name,
  parentId,
  headId: demoUserId(head),
}));

function toUser(person: DemoPerson): OrgUser {
  return {
    id: demoUserId(person.username),
    username: person.username,
    name: person.name,
    email: `${person.username}@${EMAIL_DOMAIN}`,
    departmentId: person.department,
    supervisorId: person.supervisor === null ? null : demoUserId(person.supervisor),
    roles: [...(person.roles ?? [])],
    title: person.title,
    disabled: person.disabled ?? false,
    positions: [...(person.positions ?? [])],
    ...(person.approvalLimit === undefined ? {} : { approvalLimit: person.approvalLimit }),
  };
}

/**
 * 杭州联禾贸易有限公司 (Lianhe Trading), the organization the server seeds on first start:
 * 11 departments on three levels, 33 staff (one of them a disabled former employee), the
 * business and system roles the templates use, three positions (cashier, accountant, buyer), a
 * budget committee, and approval limits (department heads 5,000.00, directors 50,000.00, the
 * general manager none). Frozen; copy it before changing it.
 */
export const demoOrg: Org = deepFreeze({
  schemaVersion: 1,
  name: '杭州联禾贸易有限公司',
  departments,
  users: demoPeople.map(toUser),
  roles,
  positions,
  groups,
});
