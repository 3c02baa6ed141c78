import type { FormDefinition } from '@baton/schemas';
import { costCentreOptions } from './parts/cost-centres.ts';
import { approvalNode, chain, edge, plainNode, stackLayout } from './parts/flow-parts.ts';
import {
  dateField,
  moneyField,
  moneyTotal,
  selectField,
  tableField,
  textField,
} from './parts/form-parts.ts';
import { deepFreeze } from './parts/freeze.ts';
import { t } from './parts/text.ts';
import type { Template } from './template.ts';

/** Claims at or above this amount (CNY) also need the finance approval. */
export const EXPENSE_FINANCE_THRESHOLD = '5000';

const name = t('费用报销', 'Expense reimbursement');

const nodes = [
  plainNode('start', 'start', t('提交报销', 'Submit claim')),
  approvalNode({
    id: 'manager',
    name: t('部门负责人审批', 'Manager approval'),
    approvers: [{ kind: 'departmentHead' }],
    mode: 'any',
  }),
  plainNode('threshold', 'exclusive', t('金额 ≥ 5000？', 'Amount ≥ 5,000?')),
  approvalNode({
    id: 'finance',
    name: t('财务审批', 'Finance approval'),
    approvers: [{ kind: 'role', role: 'finance' }],
  }),
  plainNode('end', 'end', t('结束', 'End')),
];

const edges = [
  ...chain('start', 'manager', 'threshold'),
  edge('threshold', 'finance', {
    condition: `amount >= ${EXPENSE_FINANCE_THRESHOLD}`,
    priority: 1,
    label: t('5000 元及以上', '5,000 CNY or more'),
  }),
  edge('threshold', 'end', { isDefault: true, label: t('低于 5000 元', 'Below 5,000 CNY') }),
  edge('finance', 'end'),
];

const form: FormDefinition = {
  schemaVersion: 1,
  fields: [
    textField({
      key: 'description',
      label: t('报销事由', 'Description'),
      required: true,
      multiline: true,
      maxLength: 500,
    }),
    moneyField({
      key: 'amount',
      label: t('报销金额', 'Amount'),
      required: true,
      min: '0.01',
      help: t('5000 元及以上需财务审批', 'Claims of 5,000 CNY or more also go to Finance'),
    }),
    dateField({ key: 'date', label: t('费用日期', 'Expense date'), defaultToday: true }),
    selectField({
      key: 'costCentre',
      label: t('成本中心', 'Cost centre'),
      options: costCentreOptions,
    }),
    tableField({
      key: 'items',
      label: t('费用明细', 'Line items'),
      columns: [
        textField({ key: 'item', label: t('费用项目', 'Item'), required: true, maxLength: 200 }),
        moneyField({ key: 'amount', label: t('金额', 'Amount'), required: true, min: '0.01' }),
      ],
    }),
    moneyTotal({
      key: 'itemsTotal',
      label: t('明细合计', 'Items total'),
      formula: 'sum(items.amount)',
    }),
  ],
};

/** Expense claim: manager approval, then finance when the amount reaches the threshold. */
export const expenseTemplate: Template = deepFreeze({
  key: 'expense',
  name,
  description: t(
    '员工报销差旅、招待等费用：部门负责人审批，5000 元及以上再由财务审批。',
    'Employees claim travel, hospitality and other costs: the department head approves, and ' +
      'Finance also approves claims of 5,000 CNY or more.',
  ),
  category: 'expense',
  bundle: {
    flow: { schemaVersion: 1, key: 'expense', name, nodes, edges },
    form,
    layout: stackLayout(['start', 'manager', 'threshold', ['finance', null], 'end']),
  },
});
