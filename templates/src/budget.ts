import type { FormDefinition } from '@baton/schemas';
import { costCentreOptions } from './parts/cost-centres.ts';
import { approvalNode, ccNode, chain, plainNode, stackLayout } from './parts/flow-parts.ts';
import { moneyField, moneyTotal, selectField, tableField, textField } from './parts/form-parts.ts';
import { deepFreeze } from './parts/freeze.ts';
import { t } from './parts/text.ts';
import type { Template } from './template.ts';

const name = t('预算申请', 'Budget request');

const nodes = [
  plainNode('start', 'start', t('提交预算申请', 'Submit request')),
  approvalNode({
    id: 'manager',
    name: t('部门负责人审批', 'Department manager'),
    approvers: [{ kind: 'departmentHead' }],
  }),
  approvalNode({
    id: 'finance',
    name: t('财务审核', 'Finance review'),
    approvers: [{ kind: 'role', role: 'finance' }],
  }),
  approvalNode({
    id: 'executive',
    name: t('总经理审批', 'Executive approval'),
    approvers: [{ kind: 'role', role: 'executive' }],
  }),
  ccNode({
    id: 'cc-finance',
    name: t('抄送财务', 'CC Finance'),
    recipients: [{ kind: 'role', role: 'finance' }],
  }),
  plainNode('end', 'end', t('结束', 'End')),
];

const edges = chain('start', 'manager', 'finance', 'executive', 'cc-finance', 'end');

const categories = [
  { value: 'staff', label: t('人工成本', 'Staff') },
  { value: 'travel', label: t('差旅', 'Travel') },
  { value: 'marketing', label: t('市场推广', 'Marketing') },
  { value: 'equipment', label: t('设备', 'Equipment') },
  { value: 'office', label: t('办公', 'Office') },
  { value: 'other', label: t('其他', 'Other') },
];

const form: FormDefinition = {
  schemaVersion: 1,
  fields: [
    selectField({
      key: 'fiscalYear',
      label: t('预算年度', 'Fiscal year'),
      required: true,
      options: [
        { value: '2026', label: t('2026 年度', 'FY 2026') },
        { value: '2027', label: t('2027 年度', 'FY 2027') },
      ],
      default: '2026',
    }),
    selectField({
      key: 'costCentre',
      label: t('成本中心', 'Cost centre'),
      required: true,
      options: costCentreOptions,
    }),
    moneyField({
      key: 'amount',
      label: t('申请金额', 'Amount requested'),
      required: true,
      min: '0.01',
    }),
    textField({
      key: 'purpose',
      label: t('用途说明', 'Purpose'),
      required: true,
      multiline: true,
      maxLength: 1000,
    }),
    tableField({
      key: 'breakdown',
      label: t('预算明细', 'Breakdown'),
      columns: [
        selectField({
          key: 'category',
          label: t('类别', 'Category'),
          required: true,
          options: categories,
        }),
        moneyField({ key: 'amount', label: t('金额', 'Amount'), required: true, min: '0.01' }),
      ],
    }),
    moneyTotal({
      key: 'total',
      label: t('明细合计', 'Breakdown total'),
      formula: 'sum(breakdown.amount)',
    }),
  ],
};

/** Budget request: department head, finance review, CEO approval, then Finance is copied. */
export const budgetTemplate: Template = deepFreeze({
  key: 'budget',
  name,
  description: t(
    '部门申请年度预算：部门负责人审批，财务审核，总经理审批，批准后抄送财务。',
    'A department requests a yearly budget: the department head approves, Finance reviews, the ' +
      'CEO approves, and Finance is copied on the result.',
  ),
  category: 'budget',
  bundle: {
    flow: { schemaVersion: 1, key: 'budget', name, nodes, edges },
    form,
    layout: stackLayout(['start', 'manager', 'finance', 'executive', 'cc-finance', 'end']),
  },
});
