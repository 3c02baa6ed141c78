import { t } from './text.ts';

/** The company's cost centres, shared by every template that books costs. */
export const costCentreOptions = [
  { value: 'CC-1001', label: t('CC-1001 华东销售', 'CC-1001 East Sales') },
  { value: 'CC-1002', label: t('CC-1002 华南销售', 'CC-1002 South Sales') },
  { value: 'CC-2001', label: t('CC-2001 财务部', 'CC-2001 Finance') },
  { value: 'CC-3001', label: t('CC-3001 采购部', 'CC-3001 Purchasing') },
  { value: 'CC-3002', label: t('CC-3002 仓储部', 'CC-3002 Warehouse') },
  { value: 'CC-4001', label: t('CC-4001 法务部', 'CC-4001 Legal') },
  { value: 'CC-5001', label: t('CC-5001 人力资源部', 'CC-5001 Human Resources') },
  { value: 'CC-6001', label: t('CC-6001 研发部', 'CC-6001 R&D') },
  { value: 'CC-9001', label: t('CC-9001 总经办', 'CC-9001 Executive Office') },
];
