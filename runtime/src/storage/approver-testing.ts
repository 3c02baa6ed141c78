import { ApprovalConfig, FlowBundle, FlowPolicies, type Org } from '@baton/schemas';
import type { z } from 'zod';

/**
 * @internal Fixtures for the approver tests that run through the stored org and the engine:
 * an org with every fact an approver rule reads, and flow builders.
 *
 * Reporting: rep → mgr (limit 5000.00) → boss (limit 1000000.00, executive). Departments: hq
 * (head boss) ⊃ sales (head mgr) ⊃ east (no head, rep's); hq ⊃ fin (head cfo); hq ⊃ loop (no
 * head): c1 → c2 → c3 → c1 report to each other. `gone` (finance, cashier, committee) is
 * disabled; `loner` has no department and no supervisor; `ops` is the flow admin.
 */
export const ruleOrg: Org = {
  schemaVersion: 1,
  name: 'Rule test company',
  departments: [
    { id: 'hq', name: '总部', parentId: null, headId: 'boss' },
    { id: 'sales', name: '销售部', parentId: 'hq', headId: 'mgr' },
    { id: 'east', name: '华东组', parentId: 'sales', headId: null },
    { id: 'fin', name: '财务部', parentId: 'hq', headId: 'cfo' },
    { id: 'loop', name: '环路组', parentId: 'hq', headId: null },
  ],
  users: [
    person('boss', 'hq', null, { roles: ['executive'], approvalLimit: '1000000.00' }),
    person('mgr', 'sales', 'boss', { approvalLimit: '5000.00' }),
    person('rep', 'east', 'mgr'),
    person('rep2', 'east', 'mgr'),
    person('cfo', 'fin', 'boss', { roles: ['finance'] }),
    person('acct', 'fin', 'cfo', { roles: ['finance'], positions: ['accountant'] }),
    person('teller', 'fin', 'cfo', { positions: ['cashier'] }),
    person('gone', 'fin', 'cfo', { roles: ['finance'], positions: ['cashier'], disabled: true }),
    person('loner', null, null),
    person('c1', 'loop', 'c2'),
    person('c2', 'loop', 'c3'),
    person('c3', 'loop', 'c1'),
    person('ops', 'hq', 'boss', { roles: ['admin'] }),
  ],
  roles: [
    { key: 'executive', name: { 'zh-CN': '高管', en: 'Executive' } },
    { key: 'finance', name: { 'zh-CN': '财务', en: 'Finance' } },
    { key: 'admin', name: { 'zh-CN': '系统管理员', en: 'Administrator' } },
  ],
  positions: [
    { key: 'accountant', name: { 'zh-CN': '会计', en: 'Accountant' } },
    { key: 'cashier', name: { 'zh-CN': '出纳', en: 'Cashier' } },
  ],
  groups: [
    {
      key: 'committee',
      name: { 'zh-CN': '委员会', en: 'Committee' },
      memberIds: ['cfo', 'gone', 'boss'],
    },
  ],
};

type PersonOptions = {
  roles?: string[];
  positions?: string[];
  approvalLimit?: string;
  disabled?: boolean;
};

function person(
  id: string,
  departmentId: string | null,
  supervisorId: string | null,
  options: PersonOptions = {},
): Org['users'][number] {
  const { roles = [], positions = [], disabled = false, approvalLimit } = options;

  return {
    id,
    username: id,
    name: id.toUpperCase(),
    departmentId,
    supervisorId,
    roles,
    positions,
    disabled,
    ...(approvalLimit === undefined ? {} : { approvalLimit }),
  };
}

/** An approval step: its id and node config (anything left out takes the schema's default). */
export type RuleStep = { id: string } & z.input<typeof ApprovalConfig>;

const form = {
  schemaVersion: 1,
  fields: [
    { key: 'description', type: 'text', label: '说明', required: true },
    { key: 'amount', type: 'money', label: '金额', required: true },
    { key: 'dept', type: 'department', label: '部门', required: false },
    { key: 'person', type: 'user', label: '人员', required: false },
  ],
};

function approvalNode(step: RuleStep) {
  const { id, ...config } = step;

  return {
    id,
    type: 'approval',
    name: { 'zh-CN': `审批 ${id}`, en: `Approval ${id}` },
    config,
  };
}

/**
 * start → the steps in order → end, with form fields `description`, `amount` (money), `dept`
 * (department) and `person` (user).
 */
export function ruleFlow(
  key: string,
  steps: readonly RuleStep[],
  policies?: z.input<typeof FlowPolicies>,
): FlowBundle {
  const nodes = [
    { id: 'start', type: 'start', name: '发起' },
    ...steps.map(approvalNode),
    { id: 'end', type: 'end', name: '结束' },
  ];
  const edges = nodes.slice(1).map((node, index) => {
    const source = nodes[index]?.id ?? 'start';

    return { id: `${source}-to-${node.id}`, source, target: node.id };
  });
  const name = { 'zh-CN': `规则 ${key}`, en: `Rule ${key}` };

  return FlowBundle.parse({
    flow: { schemaVersion: 1, key, name, nodes, edges, ...(policies ? { policies } : {}) },
    form,
  });
}

/**
 * start → parallel split → (`sign`: three approvers, all must approve, a rejection ends the
 * request | `fin`: the finance role, any one) → join → `after` (mgr) → end.
 */
export function countersignFlow(key: string, signers: readonly string[]): FlowBundle {
  const sign: RuleStep = {
    id: 'sign',
    approvers: [{ kind: 'user', userIds: [...signers] }],
    mode: 'all',
    rejectTo: 'end',
  };
  const fin: RuleStep = { id: 'fin', approvers: [{ kind: 'role', role: 'finance' }] };
  const after: RuleStep = { id: 'after', approvers: [{ kind: 'user', userIds: ['mgr'] }] };
  const nodes = [
    { id: 'start', type: 'start', name: '发起' },
    { id: 'split', type: 'parallel', name: '并行' },
    approvalNode(sign),
    approvalNode(fin),
    { id: 'join', type: 'join', name: '汇聚' },
    approvalNode(after),
    { id: 'end', type: 'end', name: '结束' },
  ];
  const pairs = [
    ['start', 'split'],
    ['split', 'sign'],
    ['split', 'fin'],
    ['sign', 'join'],
    ['fin', 'join'],
    ['join', 'after'],
    ['after', 'end'],
  ];
  const edges = pairs.map(([source = '', target = '']) => ({
    id: `${source}-to-${target}`,
    source,
    target,
  }));
  const name = { 'zh-CN': '会签', en: 'Countersign' };

  return FlowBundle.parse({ flow: { schemaVersion: 1, key, name, nodes, edges }, form });
}

/** Form values of a request for `amount` CNY, with optional department and person fields. */
export function ruleValues(amount: string, extra: { dept?: string; person?: string } = {}) {
  return { description: `Request for ${amount}`, amount, ...extra };
}
