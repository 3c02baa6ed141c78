import { FlowBundle, type Org } from '@baton/schemas';

/**
 * The benchmark flow in Baton's own format, the same shape as `bpmn-engine-side.ts`:
 * start → exclusive branch on amount → three approvals in sequence → end (default: end).
 */
export const benchmarkBundle = FlowBundle.parse({
  flow: {
    schemaVersion: 1,
    key: 'bench-expense',
    name: 'Benchmark expense',
    nodes: [
      { id: 'start', type: 'start', name: 'Start' },
      { id: 'threshold', type: 'exclusive', name: 'Amount' },
      approval('manager', 'manager'),
      approval('finance', 'finance'),
      approval('executive', 'executive'),
      { id: 'end', type: 'end', name: 'End' },
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'threshold' },
      {
        id: 'e2',
        source: 'threshold',
        target: 'manager',
        condition: 'amount >= 5000',
        priority: 1,
      },
      { id: 'e3', source: 'threshold', target: 'end', isDefault: true },
      { id: 'e4', source: 'manager', target: 'finance' },
      { id: 'e5', source: 'finance', target: 'executive' },
      { id: 'e6', source: 'executive', target: 'end' },
    ],
  },
  form: {
    schemaVersion: 1,
    fields: [{ key: 'amount', type: 'money', label: 'Amount', required: true }],
  },
});

function approval(id: string, role: string) {
  return { id, type: 'approval', name: id, config: { approvers: [{ kind: 'role', role }] } };
}

/** Three approvers and one employee: enough org for the benchmark flow. */
export const benchmarkOrg: Org = {
  schemaVersion: 1,
  name: 'Bench Co.',
  departments: [{ id: 'ops', name: 'Operations', parentId: null, headId: 'boss' }],
  roles: ['manager', 'finance', 'executive'].map((key) => ({
    key,
    name: { 'zh-CN': key, en: key },
  })),
  users: [
    user('boss', null, ['manager']),
    user('fin', 'boss', ['finance']),
    user('exec', 'boss', ['executive']),
    user('emp', 'boss', []),
  ],
  positions: [],
  groups: [],
};

function user(id: string, supervisorId: string | null, roles: string[]) {
  return {
    id,
    username: id,
    name: id,
    departmentId: 'ops',
    supervisorId,
    roles,
    disabled: false,
    positions: [],
  };
}
