import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '@baton/schemas';
import type { FlowNodeData } from '../to-react-flow.ts';
import { nodeClass } from './node-class.ts';

function data(issues: readonly ValidationIssue[], pathState?: 'visited' | 'active'): FlowNodeData {
  const node = { id: 'a1', type: 'approval', name: '审批', config: {} };

  return pathState
    ? { node, kindLabel: '审批', issues, pathState }
    : { node, kindLabel: '审批', issues };
}

function issue(severity: ValidationIssue['severity']): ValidationIssue {
  return { code: 'x', severity, path: [], message: 'x', nodeId: 'a1' };
}

describe('nodeClass', () => {
  it('given a plain unselected node, when classed, then only the base and shape classes are set', () => {
    expect(nodeClass('step', data([]), false)).toBe('baton-node baton-node--step');
  });

  it('given a selected active node with an error, when classed, then every state class is set', () => {
    expect(nodeClass('gateway', data([issue('error')], 'active'), true)).toBe(
      'baton-node baton-node--gateway is-selected is-active has-error',
    );
  });

  it('given only warnings, when classed, then the node is not marked as having an error', () => {
    expect(nodeClass('step', data([issue('warning')], 'visited'), false)).toBe(
      'baton-node baton-node--step is-visited',
    );
  });
});
