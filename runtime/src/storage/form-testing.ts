import { BatonError, FlowBundle, type I18nText } from '@baton/schemas';
import type { Kysely } from 'kysely';
import type { BatonDatabase } from './schema.ts';

/**
 * @internal Fixtures for the storage tests of issue 5 (field access, approver edits, files,
 * master data, references), on the org of testing.ts: chen.jie starts, wang.fang (his
 * department head) is the manager, li.na and he.xin are finance.
 */

type Edge = { source: string; target: string; condition?: string; isDefault?: boolean };

const FIELDS = [
  { key: 'purpose', type: 'text', label: { 'zh-CN': '事由', en: 'Purpose' }, required: true },
  { key: 'amount', type: 'money', label: { 'zh-CN': '金额', en: 'Amount' }, required: true },
  {
    key: 'category',
    type: 'select',
    label: { 'zh-CN': '类别', en: 'Category' },
    options: [
      { value: 'travel', label: { 'zh-CN': '差旅', en: 'Travel' } },
      { value: 'meal', label: { 'zh-CN': '餐费', en: 'Meal' } },
    ],
  },
  { key: 'budget', type: 'money', label: { 'zh-CN': '预算额度', en: 'Budget' } },
  { key: 'financeNote', type: 'text', label: { 'zh-CN': '财务备注', en: 'Finance note' } },
  {
    key: 'receipts',
    type: 'attachment',
    label: { 'zh-CN': '票据', en: 'Receipts' },
    validation: { maxFiles: 2, maxSizeMb: 1, accept: ['pdf', 'png'] },
  },
  { key: 'photo', type: 'image', label: { 'zh-CN': '照片', en: 'Photo' } },
  {
    key: 'costCentre',
    type: 'remote',
    label: { 'zh-CN': '成本中心', en: 'Cost centre' },
    source: 'costCentre',
  },
  {
    key: 'related',
    type: 'reference',
    label: { 'zh-CN': '关联申请', en: 'Related request' },
    flowKeys: ['form-claim'],
  },
  {
    key: 'advance',
    type: 'money',
    label: { 'zh-CN': '预支金额', en: 'Advance' },
    visibleWhen: 'category == "travel"',
  },
];

/**
 * Who may write what: the initiator everything but `budget` (read) and `financeNote` (hidden);
 * the manager `amount`, `category`, `budget` and `related`; finance `financeNote`.
 */
const FIELD_ACCESS = {
  start: { budget: 'read', financeNote: 'hidden' },
  manager: {
    amount: 'edit',
    category: 'edit',
    budget: 'edit',
    related: 'edit',
    financeNote: 'hidden',
  },
  finance: { financeNote: 'edit' },
};

const manager = {
  id: 'manager',
  type: 'approval',
  name: { 'zh-CN': '经理审批', en: 'Manager approval' },
  config: { approvers: [{ kind: 'departmentHead' }] },
};
const finance = {
  id: 'finance',
  type: 'approval',
  name: { 'zh-CN': '财务审批', en: 'Finance approval' },
  config: { approvers: [{ kind: 'role', role: 'finance' }], mode: 'any' },
};

function bundle(key: string, nodes: readonly object[], edges: readonly Edge[]): FlowBundle {
  return FlowBundle.parse({
    flow: {
      schemaVersion: 1,
      key,
      name: { 'zh-CN': `表单 ${key}`, en: `Form ${key}` },
      nodes: [
        { id: 'start', type: 'start', name: '发起' },
        ...nodes,
        { id: 'end', type: 'end', name: '结束' },
      ],
      edges: edges.map((edge, index) => ({ id: `e${index + 1}`, ...edge })),
      fieldAccess: FIELD_ACCESS,
    },
    form: { schemaVersion: 1, fields: FIELDS },
  });
}

const branch = (id: string, name: I18nText) => ({ id, type: 'exclusive', name });

/** start → manager → branch: `amount >= 5000` → finance → end, else → end. */
export const claimFlow = bundle(
  'form-claim',
  [manager, branch('big', '大额？'), finance],
  [
    { source: 'start', target: 'manager' },
    { source: 'manager', target: 'big' },
    { source: 'big', target: 'finance', condition: 'amount >= 5000' },
    { source: 'big', target: 'end', isDefault: true },
    { source: 'finance', target: 'end' },
  ],
);

/**
 * start → manager → finance → branch by `category` with no default (travel → end, meal → end):
 * a request without a category meets a branch no path leaves.
 */
export const noDefaultFlow = bundle(
  'form-no-default',
  [manager, finance, branch('kind', { 'zh-CN': '按类别', en: 'By category' })],
  [
    { source: 'start', target: 'manager' },
    { source: 'manager', target: 'finance' },
    { source: 'finance', target: 'kind' },
    { source: 'kind', target: 'end', condition: 'category == "travel"' },
    { source: 'kind', target: 'end', condition: 'category == "meal"' },
  ],
);

/** start → branch: `advance > 1000` (a field only travel shows) → finance → end, else → end. */
export const advanceFlow = bundle(
  'form-advance',
  [branch('advance-check', '预支审核'), finance],
  [
    { source: 'start', target: 'advance-check' },
    { source: 'advance-check', target: 'finance', condition: 'advance > 1000' },
    { source: 'advance-check', target: 'end', isDefault: true },
    { source: 'finance', target: 'end' },
  ],
);

/** What chen.jie submits: a small meal claim. */
export const claim = { purpose: 'Customer dinner', amount: '300.00', category: 'meal' };

/** The BatonError a command was refused with (fails the test when it went through). */
export async function refusalOf(promise: Promise<unknown>): Promise<BatonError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof BatonError)) throw new Error('expected a refusal', { cause: error });

  return error;
}

type CountedTable = 'instances' | 'events' | 'tasks' | 'audit_log';

/** How many rows the tables a command writes hold: a refused command changes none but audit. */
export async function rowCounts(db: Kysely<BatonDatabase>): Promise<Record<CountedTable, number>> {
  const count = async (table: CountedTable) => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();

    return Number(row.n);
  };

  return {
    instances: await count('instances'),
    events: await count('events'),
    tasks: await count('tasks'),
    audit_log: await count('audit_log'),
  };
}
