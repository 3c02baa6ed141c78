import { FlowBundle } from '@baton/schemas';

/**
 * @internal A flow for the tests of who may write what (issue 5, the API attack): fields hidden
 * from the manager, one that only finance fills, linkage rules that hide fields, and people and
 * departments the manager may pick. chen.jie starts; wang.fang is the manager and reviews last;
 * li.na and he.xin are finance.
 */

const choice = (key: string, label: string, values: readonly string[]) => ({
  key,
  type: 'select',
  label,
  options: values.map((value) => ({ value, label: value })),
});

const FIELDS = [
  { key: 'purpose', type: 'text', label: 'Purpose', required: true },
  { key: 'amount', type: 'money', label: 'Amount', required: true },
  choice('kind', 'Kind', ['a', 'b']),
  { key: 'secretNote', type: 'text', label: 'Secret note', visibleWhen: "kind == 'a'" },
  choice('tier', 'Tier', ['low', 'high']),
  {
    key: 'financeCode',
    type: 'text',
    label: 'Finance code',
    required: true,
    visibleWhen: "tier == 'high'",
  },
  { key: 'itemsTotal', type: 'computed', label: 'Items total', formula: 'amount * 2' },
  { key: 'owner', type: 'user', label: 'Owner' },
  { key: 'unit', type: 'department', label: 'Unit' },
];

/**
 * The initiator reads the finance code; the manager edits kind, tier, owner and unit, and sees
 * neither the secret note, the items total nor the finance code; finance fills the code.
 */
const FIELD_ACCESS = {
  start: { financeCode: 'read' },
  manager: {
    kind: 'edit',
    tier: 'edit',
    owner: 'edit',
    unit: 'edit',
    secretNote: 'hidden',
    itemsTotal: 'hidden',
    financeCode: 'hidden',
  },
  finance: { financeCode: 'edit' },
};

const approval = (id: string, en: string, approvers: readonly object[]) => ({
  id,
  type: 'approval',
  name: { 'zh-CN': en, en },
  config: { approvers, mode: 'any' },
});

/** start → manager → finance → review (the manager again) → end. */
export const guardedFlow = FlowBundle.parse({
  flow: {
    schemaVersion: 1,
    key: 'form-guarded',
    name: 'Guarded form',
    nodes: [
      { id: 'start', type: 'start', name: 'Start' },
      approval('manager', 'Manager approval', [{ kind: 'departmentHead' }]),
      approval('finance', 'Finance approval', [{ kind: 'role', role: 'finance' }]),
      approval('review', 'Review', [{ kind: 'departmentHead' }]),
      { id: 'end', type: 'end', name: 'End' },
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'manager' },
      { id: 'e2', source: 'manager', target: 'finance' },
      { id: 'e3', source: 'finance', target: 'review' },
      { id: 'e4', source: 'review', target: 'end' },
    ],
    fieldAccess: FIELD_ACCESS,
  },
  form: { schemaVersion: 1, fields: FIELDS },
});

/** What chen.jie submits: kind `a` with a secret note; the items total is 2 × 3,827.16. */
export const guardedClaim = {
  purpose: 'Trade fair',
  amount: '3827.16',
  kind: 'a',
  secretNote: 'only for chen.jie',
  tier: 'low',
};
