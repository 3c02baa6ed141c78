import { describe, expect, it } from 'vitest';
import type { InstanceView } from '../../api/types.ts';
import { decisionSettings } from './decision-settings.ts';

function flowWith(config: Record<string, unknown>): Pick<InstanceView, 'flow'> {
  const name = { 'zh-CN': '财务审批', en: 'Finance approval' };

  return {
    flow: {
      schemaVersion: 1,
      key: 'expense',
      name: 'Expense',
      nodes: [{ id: 'finance', type: 'approval', name, config }],
      edges: [],
    },
  };
}

const li = { nodeId: 'finance', assignee: { id: 'li.na', name: '李娜' } };

describe('decisionSettings', () => {
  it('given a rejection share, when an ordinary approver decides, then the rejection counts toward it', () => {
    const config = { mode: 'percentage', percent: 50, rejectWhen: 'threshold', rejectTo: 'end' };

    expect(decisionSettings(flowWith(config), li)).toEqual({
      rejectTarget: 'end',
      commentRequired: false,
      share: true,
    });
  });

  it('given a rejection share, when a veto holder decides, then their rejection decides the step', () => {
    const config = { mode: 'percentage', rejectWhen: 'threshold', vetoUserIds: ['li.na'] };

    expect(decisionSettings(flowWith(config), li).share).toBe(false);
  });

  it('given the first rejection decides, when read, then there is no share and the defaults apply', () => {
    expect(decisionSettings(flowWith({ commentRequired: true }), li)).toEqual({
      rejectTarget: 'initiator',
      commentRequired: true,
      share: false,
    });
  });
});
