import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowNode } from '@baton/schemas';
import { pickNodes, stalePicks } from './pick-nodes.ts';

function approval(id: string, approvers: unknown[]): FlowNode {
  return { id, type: 'approval', name: id, config: { approvers } };
}

function flow(nodes: FlowNode[]): FlowDefinition {
  return { schemaVersion: 1, key: 'expense', name: 'Expense', nodes, edges: [] };
}

describe('pickNodes', () => {
  it('given steps with and without pick rules, when listed, then only the picked ones come back', () => {
    const nodes = [
      approval('manager', [{ kind: 'departmentHead' }]),
      approval('expert', [{ kind: 'initiatorPicks', multiple: true, range: [] }]),
      approval('next', [{ kind: 'approverPicks', multiple: false, range: [] }]),
      { id: 'cc', type: 'cc', name: 'cc', config: {} },
    ];

    expect(pickNodes(flow(nodes))).toEqual([
      { nodeId: 'expert', name: 'expert', by: 'initiator', multiple: true },
      { nodeId: 'next', name: 'next', by: 'approver', multiple: false },
    ]);
  });

  it('given a pick rule inside a conditional case, when listed, then the step is found', () => {
    const conditional = {
      kind: 'conditional',
      cases: [
        { when: 'amount > 1', rules: [{ kind: 'initiatorPicks', multiple: false, range: [] }] },
      ],
      otherwise: [{ kind: 'supervisor', level: 1 }],
    };

    expect(pickNodes(flow([approval('big', [conditional])]))).toEqual([
      { nodeId: 'big', name: 'big', by: 'initiator', multiple: false },
    ]);
  });
});

describe('stalePicks', () => {
  it('given picks for steps that no longer pick or are gone, when listed, then each says why', () => {
    const nodes = [
      approval('manager', [{ kind: 'departmentHead' }]),
      approval('expert', [{ kind: 'initiatorPicks', multiple: true, range: [] }]),
    ];
    const picks = { expert: ['u1'], manager: ['u2'], removed: ['u3'], cleared: [] };

    expect(stalePicks(flow(nodes), picks)).toEqual([
      { nodeId: 'manager', reason: 'notPicking' },
      { nodeId: 'removed', reason: 'missing' },
    ]);
  });
});
