import { describe, expect, it } from 'vitest';
import { checkFlow } from '../checker/check-flow.ts';
import type { FlowBundle } from './bundle.ts';
import { expenseLikeBundle } from './edit.fixture.ts';
import {
  addExclusiveBlock,
  addParallelBlock,
  composite,
  insertNodeOnEdge,
  updateEdge,
  updateNodeConfig,
  type FlowCommand,
} from './edit.ts';

const executive = { approvers: [{ kind: 'role', role: 'executive' }] };

function errorCodes(bundle: FlowBundle): string[] {
  return checkFlow(bundle)
    .filter((issue) => issue.severity === 'error')
    .map((issue) => issue.code);
}

function run(...commands: FlowCommand[]): FlowBundle {
  return composite({ name: 'test', commands }).apply(expenseLikeBundle());
}

describe('edits as the checker sees them', () => {
  it('reports the inserted approval until its approver is set', () => {
    const inserted = run(insertNodeOnEdge({ edgeId: 'e-finance-end', node: { type: 'approval' } }));

    const configured = updateNodeConfig({ nodeId: 'approval-1', patch: executive }).apply(inserted);

    expect(errorCodes(inserted)).toEqual(['approval.no-approvers']);
    expect(errorCodes(configured)).toEqual([]);
  });

  it('gives a parallel block that only lacks approvers in its lanes', () => {
    const bundle = run(
      addParallelBlock({ edgeId: 'e-manager-threshold' }),
      updateNodeConfig({ nodeId: 'approval-1', patch: executive }),
      updateNodeConfig({ nodeId: 'approval-2', patch: executive }),
    );

    expect(errorCodes(bundle)).toEqual([]);
  });

  it('gives a condition block that is complete once its condition is written', () => {
    const bundle = run(
      addExclusiveBlock({ edgeId: 'e-start-manager' }),
      updateNodeConfig({ nodeId: 'approval-1', patch: executive }),
      updateEdge({ edgeId: 'e-exclusive-1-approval-1', patch: { condition: 'amount > 100' } }),
    );

    expect(errorCodes(bundle)).toEqual([]);
  });
});
