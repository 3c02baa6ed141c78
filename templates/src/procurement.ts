import type { FormDefinition } from '@baton/schemas';
import { approvalNode, chain, plainNode, stackLayout } from './parts/flow-parts.ts';
import {
  dateField,
  moneyField,
  moneyTotal,
  numberField,
  selectField,
  tableField,
  textField,
} from './parts/form-parts.ts';
import { deepFreeze } from './parts/freeze.ts';
import { t } from './parts/text.ts';
import type { Template } from './template.ts';

const name = t('采购申请', 'Procurement');

const role = (key: string) => [{ kind: 'role' as const, role: key }];

const nodes = [
  plainNode('start', 'start', t('提交采购申请', 'Submit request')),
  approvalNode({
    id: 'purchasing',
    name: t('采购审核', 'Purchasing review'),
    approvers: role('purchasing'),
  }),
  approvalNode({
    id: 'warehouse',
    name: t('仓储核对', 'Warehouse check'),
    approvers: role('warehouse'),
  }),
  plainNode('split', 'parallel', t('财务与法务会审', 'Finance and legal review')),
  approvalNode({
    id: 'finance',
    name: t('财务审核', 'Finance review'),
    approvers: role('finance'),
  }),
  approvalNode({ id: 'legal', name: t('法务审核', 'Legal review'), approvers: role('legal') }),
  plainNode('join', 'join', t('会审完成', 'Reviews complete')),
  approvalNode({
    id: 'executive',
    name: t('总经理审批', 'Executive approval'),
    approvers: role('executive'),
  }),
  plainNode('end', 'end', t('结束', 'End')),
];

const edges = [
  ...chain('start', 'purchasing', 'warehouse', 'split'),
  ...chain('split', 'finance', 'join'),
  ...chain('split', 'legal', 'join'),
  ...chain('join', 'executive', 'end'),
];

const budgetCodes = [
  { value: 'BG-GOODS', label: t('BG-GOODS 商品采购', 'BG-GOODS Goods for resale') },
  { value: 'BG-OFFICE', label: t('BG-OFFICE 办公用品', 'BG-OFFICE Office supplies') },
  { value: 'BG-IT', label: t('BG-IT IT 设备', 'BG-IT IT equipment') },
  { value: 'BG-MKT', label: t('BG-MKT 市场推广', 'BG-MKT Marketing') },
  { value: 'BG-OPS', label: t('BG-OPS 运营费用', 'BG-OPS Operating costs') },
];

const items = tableField({
  key: 'items',
  label: t('采购明细', 'Items'),
  required: true,
  minRows: 1,
  columns: [
    textField({ key: 'item', label: t('品名规格', 'Item'), required: true, maxLength: 200 }),
    numberField({ key: 'quantity', label: t('数量', 'Quantity'), required: true, min: '1' }),
    moneyField({ key: 'unitPrice', label: t('单价', 'Unit price'), required: true, min: '0.01' }),
    // TODO(#5): compute amount as quantity × unitPrice once table columns support row formulas;
    // until then the requester types it and reviewers check it.
    moneyField({
      key: 'amount',
      label: t('金额', 'Amount'),
      required: true,
      min: '0.01',
      help: t('数量 × 单价', 'Quantity × unit price'),
    }),
  ],
});

const form: FormDefinition = {
  schemaVersion: 1,
  fields: [
    textField({ key: 'title', label: t('采购事项', 'Subject'), required: true, maxLength: 100 }),
    textField({ key: 'supplier', label: t('供应商', 'Supplier'), required: true, maxLength: 200 }),
    dateField({ key: 'deliveryDate', label: t('期望到货日期', 'Expected delivery date') }),
    selectField({
      key: 'budgetCode',
      label: t('预算科目', 'Budget code'),
      required: true,
      options: budgetCodes,
    }),
    items,
    moneyTotal({ key: 'total', label: t('合计金额', 'Total'), formula: 'sum(items.amount)' }),
    textField({
      key: 'justification',
      label: t('采购理由', 'Justification'),
      required: true,
      multiline: true,
      maxLength: 1000,
    }),
  ],
};

/** Purchase request: purchasing and warehouse in turn, finance and legal in parallel, then the CEO. */
export const procurementTemplate: Template = deepFreeze({
  key: 'procurement',
  name,
  description: t(
    '采购申请依次经采购部审核、仓储部核对库存，财务与法务并行会审后由总经理审批。',
    'A purchase request is reviewed by Purchasing, checked against stock by the Warehouse, ' +
      'reviewed by Finance and Legal in parallel, then approved by the CEO.',
  ),
  category: 'procurement',
  bundle: {
    flow: { schemaVersion: 1, key: 'procurement', name, nodes, edges },
    form,
    layout: stackLayout([
      'start',
      'purchasing',
      'warehouse',
      'split',
      ['finance', 'legal'],
      'join',
      'executive',
      'end',
    ]),
  },
});
