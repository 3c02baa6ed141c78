import type { Messages } from '../i18n/messages.ts';

/** Texts of the read-only diagram (namespace `diagram`): run states and the legend. */
export const diagramZh = {
  runState: {
    passed: '已通过',
    active: '进行中',
    rejected: '已驳回',
  },
  legend: '图例',
};

export const diagramEn: Messages<typeof diagramZh> = {
  runState: {
    passed: 'Passed',
    active: 'In progress',
    rejected: 'Rejected',
  },
  legend: 'Legend',
};
