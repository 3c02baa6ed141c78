import { describe, expect, it } from 'vitest';
import type { FlowBundle } from '@baton/schemas';
import {
  draftIssues,
  draftKey,
  INCOMPLETE_RULE,
  liveDrafts,
  ruleAt,
  ruleSignature,
  type RuleDraft,
  type RuleDrafts,
} from './rule-drafts.ts';

const conditional = {
  kind: 'conditional',
  cases: [{ when: 'amount > 1', rules: [{ kind: 'role', role: 'finance' }] }],
  otherwise: [{ kind: 'supervisor', level: 1 }],
};

function bundleWith(approvers: unknown[]): FlowBundle {
  return {
    flow: {
      schemaVersion: 1,
      key: 'expense',
      name: 'Expense',
      nodes: [
        { id: 'start', type: 'start', name: 'Start', config: {} },
        { id: 'finance', type: 'approval', name: 'Finance', config: { approvers } },
      ],
      edges: [],
    },
    form: { schemaVersion: 1, fields: [] },
    layout: { positions: {} },
  };
}

function draft(path: RuleDraft['path'], replaces: unknown, rule: RuleDraft['draft']): RuleDrafts {
  const entry = { nodeId: 'finance', path, draft: rule, base: ruleSignature(replaces) };

  return { [draftKey('finance', path)]: entry };
}

describe('ruleSignature', () => {
  it('given the same rule with keys in another order, when signed, then the signatures match', () => {
    expect(ruleSignature({ role: 'finance', kind: 'role' })).toBe(
      ruleSignature({ kind: 'role', role: 'finance' }),
    );
  });

  it('given no rule or an empty one, when signed, then both read none', () => {
    expect(ruleSignature(undefined)).toBe('none');
    expect(ruleSignature({})).toBe('none');
  });
});

describe('liveDrafts', () => {
  it('given a role switched to a position with none chosen, when checked, then it is an error on the node', () => {
    // Regression: Publish saved the flow without it and said nothing.
    const role = { kind: 'role', role: 'finance' };
    const drafts = draft(['approvers', 0], role, { kind: 'position' });

    const issues = draftIssues(
      bundleWith([role]),
      drafts,
      (entry) => `unfinished ${entry.draft.kind}`,
    );

    expect(issues).toEqual([
      {
        code: INCOMPLETE_RULE,
        severity: 'error',
        path: ['flow', 'nodes', 1],
        message: 'unfinished position',
        nodeId: 'finance',
      },
    ]);
  });

  it('given a new rule past the end of the list, when checked, then it stands', () => {
    const role = { kind: 'role', role: 'finance' };

    expect(
      liveDrafts(bundleWith([role]), draft(['approvers', 1], undefined, { kind: 'group' })),
    ).toHaveLength(1);
  });

  it('given the rule it replaced changed (undo, JSON edit) or the node is gone, when checked, then it is stale', () => {
    const drafts = draft(['approvers', 0], { kind: 'role', role: 'finance' }, { kind: 'position' });

    expect(liveDrafts(bundleWith([{ kind: 'role', role: 'audit' }]), drafts)).toEqual([]);
    const gone = bundleWith([]);
    const withoutNode = { ...gone, flow: { ...gone.flow, nodes: gone.flow.nodes.slice(0, 1) } };
    expect(liveDrafts(withoutNode, drafts)).toEqual([]);
  });

  it('given a case rule inside a conditional, when checked, then its place is found inside the cases', () => {
    const path = ['approvers', 0, 'cases', 0, 'rules', 0] as const;
    const drafts = draft(path, { kind: 'role', role: 'finance' }, { kind: 'group' });

    expect(liveDrafts(bundleWith([conditional]), drafts)).toHaveLength(1);
  });

  it('given a conditional that is itself a draft, when a case rule inside it is checked, then the draft’s cases count', () => {
    const parent = {
      ...draft(['approvers', 0], conditional, {
        kind: 'conditional',
        cases: [{ when: '', rules: [{ kind: 'position', position: 'cashier' }] }],
        otherwise: [],
      }),
      ...draft(
        ['approvers', 0, 'cases', 0, 'rules', 0],
        { kind: 'position', position: 'cashier' },
        {
          kind: 'user',
          userIds: [],
        },
      ),
    };

    expect(
      ruleAt(bundleWith([conditional]).flow.nodes[1]?.config ?? {}, {
        nodeId: 'finance',
        path: ['approvers', 0, 'cases', 0, 'rules', 0],
        drafts: parent,
      }),
    ).toEqual({ kind: 'position', position: 'cashier' });
    expect(liveDrafts(bundleWith([conditional]), parent)).toHaveLength(2);
  });
});
