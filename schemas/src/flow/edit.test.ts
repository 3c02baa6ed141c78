import { describe, expect, it } from 'vitest';
import { FlowBundle } from './bundle.ts';
import {
  composite,
  connect,
  disconnect,
  insertNodeOnEdge,
  moveNode,
  removeNode,
  renameNode,
  replaceBundle,
  sequentialId,
  updateEdge,
  updateNodeConfig,
} from './edit.ts';
import { expenseLikeBundle } from './edit.fixture.ts';

function edgePairs(bundle: FlowBundle): string[] {
  return bundle.flow.edges.map((edge) => `${edge.source}>${edge.target}`).sort();
}

describe('insertNodeOnEdge', () => {
  it('splits the edge finance → end around a new approval with a counter id', () => {
    const bundle = expenseLikeBundle();

    const next = insertNodeOnEdge({
      edgeId: 'e-finance-end',
      node: { type: 'approval' },
    }).apply(bundle);

    const added = next.flow.nodes.at(-1);
    expect(added).toEqual({
      id: 'approval-1',
      type: 'approval',
      name: { 'zh-CN': '审批', en: 'Approval' },
      config: {
        approvers: [],
        mode: 'any',
        rejectTo: 'initiator',
        rejectWhen: 'first',
        vetoUserIds: [],
        commentRequired: false,
        ifNobody: 'admin',
        initiator: 'skip',
        returnTo: ['initiator', 'previous', 'any'],
        resubmit: 'fromStart',
        batchApprove: true,
      },
    });
    expect(next.flow.edges.find((edge) => edge.id === 'e-finance-end')?.target).toBe('approval-1');
    expect(next.flow.edges.find((edge) => edge.id === 'e-approval-1-end')).toEqual({
      id: 'e-approval-1-end',
      source: 'approval-1',
      target: 'end',
    });
    expect(FlowBundle.safeParse(next).success).toBe(true);
  });

  it('leaves its input bundle untouched', () => {
    const bundle = expenseLikeBundle();
    const copy = structuredClone(bundle);

    insertNodeOnEdge({ edgeId: 'e-finance-end', node: { type: 'cc' } }).apply(bundle);

    expect(bundle).toEqual(copy);
  });

  it('keeps the condition on the branch edge and makes the tail plain', () => {
    const bundle = expenseLikeBundle();

    const next = insertNodeOnEdge({
      edgeId: 'e-threshold-finance',
      node: { type: 'cc' },
    }).apply(bundle);

    const head = next.flow.edges.find((edge) => edge.id === 'e-threshold-finance');
    expect(head).toMatchObject({ target: 'cc-1', condition: 'amount >= 5000', priority: 1 });
    expect(next.flow.edges.find((edge) => edge.source === 'cc-1')).toEqual({
      id: 'e-cc-1-finance',
      source: 'cc-1',
      target: 'finance',
    });
  });

  it('picks the next free number when approval-1 is taken', () => {
    const once = insertNodeOnEdge({ edgeId: 'e-finance-end', node: { type: 'approval' } }).apply(
      expenseLikeBundle(),
    );

    const twice = insertNodeOnEdge({
      edgeId: 'e-approval-1-end',
      node: { type: 'approval' },
    }).apply(once);

    expect(twice.flow.nodes.map((node) => node.id)).toContain('approval-2');
  });

  it('uses an injected id factory', () => {
    const ids = (prefix: string) => `${prefix}X`;

    const next = insertNodeOnEdge({
      edgeId: 'e-finance-end',
      node: { type: 'approval' },
      ids,
    }).apply(expenseLikeBundle());

    expect(next.flow.nodes.at(-1)?.id).toBe('approvalX');
  });

  it('places the node a row below the source and pushes the rest down', () => {
    const next = insertNodeOnEdge({ edgeId: 'e-finance-end', node: { type: 'approval' } }).apply(
      expenseLikeBundle(),
    );

    expect(next.layout.positions['approval-1']).toEqual({ x: 170, y: 800 });
    expect(next.layout.positions['end']).toEqual({ x: 300, y: 1000 });
    expect(next.layout.positions['finance']).toEqual({ x: 170, y: 600 });
  });

  // A step dropped on the middle of finance → end landed on the default lane: the line from the
  // branch to End ran through the new card.
  it('puts a step dropped on the middle of finance → end under finance, not on the default lane', () => {
    // given the expense layout (finance in the left lane, the default lane and End in the centre)
    const bundle = expenseLikeBundle();
    const finance = bundle.layout.positions['finance'];
    const end = bundle.layout.positions['end'];
    if (!finance || !end) throw new Error('the fixture lays out finance and end');
    const middle = { x: (finance.x + end.x) / 2, y: (finance.y + end.y) / 2 };

    // when an approval is dropped on the middle of the edge
    const next = insertNodeOnEdge({
      edgeId: 'e-finance-end',
      node: { type: 'approval' },
      position: middle,
    }).apply(bundle);

    // then it sits in finance's lane, between finance and the pushed-down End
    const added = next.layout.positions['approval-1'];
    const pushedEnd = next.layout.positions['end'];
    expect(added?.x).toBe(finance.x);
    expect(added?.y).toBeGreaterThan(finance.y);
    expect(added?.y).toBeLessThan(pushedEnd?.y ?? -Infinity);
    expect(pushedEnd?.x).toBe(end.x);
  });

  it('keeps a position away from the edge', () => {
    const next = insertNodeOnEdge({
      edgeId: 'e-start-manager',
      node: { type: 'cc' },
      position: { x: 900, y: 90 },
    }).apply(expenseLikeBundle());

    expect(next.layout.positions['cc-1']).toEqual({ x: 900, y: 90 });
    expect(next.layout.positions['manager']).toEqual({ x: 300, y: 290 });
  });

  it('pushes down only the nodes at or below the new row', () => {
    // given End dragged up beside the manager, above the row a new step takes
    const bundle = moveNode({ nodeId: 'end', position: { x: 600, y: 200 } }).apply(
      expenseLikeBundle(),
    );

    // when a step is inserted between the manager and the branch
    const next = insertNodeOnEdge({
      edgeId: 'e-manager-threshold',
      node: { type: 'cc' },
    }).apply(bundle);

    // then the branch and finance move down a row, End stays where the user put it
    expect(next.layout.positions['cc-1']).toEqual({ x: 300, y: 400 });
    expect(next.layout.positions['threshold']).toEqual({ x: 300, y: 600 });
    expect(next.layout.positions['finance']).toEqual({ x: 170, y: 800 });
    expect(next.layout.positions['end']).toEqual({ x: 600, y: 200 });
  });

  it('refuses an end node, an unknown kind and a missing edge', () => {
    const bundle = expenseLikeBundle();
    const insert = (edgeId: string, type: string) =>
      insertNodeOnEdge({ edgeId, node: { type } }).apply(bundle);

    expect(() => insert('e-finance-end', 'end')).toThrow(
      expect.objectContaining({ code: 'edit.not-insertable' }),
    );
    expect(() => insert('e-finance-end', 'teleport')).toThrow(
      expect.objectContaining({ code: 'edit.unknown-kind' }),
    );
    expect(() => insert('nope', 'approval')).toThrow(
      expect.objectContaining({ code: 'edit.unknown-edge' }),
    );
  });
});

describe('removeNode', () => {
  it('bridges a node with one edge in and one out', () => {
    const bundle = expenseLikeBundle();

    const next = removeNode({ nodeId: 'manager' }).apply(bundle);

    expect(edgePairs(next)).toEqual(
      ['start>threshold', 'threshold>end', 'threshold>finance', 'finance>end'].sort(),
    );
    expect(next.layout.positions['manager']).toBeUndefined();
  });

  it('does not bridge into a second edge between the same nodes', () => {
    const next = removeNode({ nodeId: 'finance' }).apply(expenseLikeBundle());

    expect(edgePairs(next)).toEqual(['manager>threshold', 'start>manager', 'threshold>end']);
  });

  it('undoes an insert exactly when removing the inserted node', () => {
    const bundle = expenseLikeBundle();
    const inserted = insertNodeOnEdge({
      edgeId: 'e-start-manager',
      node: { type: 'cc' },
      position: { x: 300, y: 100 },
    }).apply({ ...bundle, layout: { positions: { ...bundle.layout.positions } } });

    const removed = removeNode({ nodeId: 'cc-1' }).apply(inserted);

    expect(removed.flow).toEqual(bundle.flow);
  });
});

describe('node and edge properties', () => {
  it('merges a config patch and drops keys set to undefined', () => {
    const next = updateNodeConfig({
      nodeId: 'finance',
      patch: { approvers: [{ kind: 'role', role: 'executive' }], commentRequired: undefined },
    }).apply(expenseLikeBundle());

    expect(next.flow.nodes.find((node) => node.id === 'finance')?.config).toEqual({
      approvers: [{ kind: 'role', role: 'executive' }],
      mode: 'any',
      rejectTo: 'initiator',
    });
  });

  it('renames a node and moves it without touching the flow', () => {
    const bundle = expenseLikeBundle();

    const renamed = renameNode({ nodeId: 'end', name: { 'zh-CN': '完成', en: 'Done' } }).apply(
      bundle,
    );
    const moved = moveNode({ nodeId: 'end', position: { x: 1, y: 2 } }).apply(bundle);

    expect(renamed.flow.nodes.at(-1)?.name).toEqual({ 'zh-CN': '完成', en: 'Done' });
    expect(moved.flow).toBe(bundle.flow);
    expect(moved.layout.positions['end']).toEqual({ x: 1, y: 2 });
  });

  it('makes an edge the default and takes the flag from its sibling', () => {
    const next = updateEdge({
      edgeId: 'e-threshold-finance',
      patch: { isDefault: true, condition: null, priority: 2 },
    }).apply(expenseLikeBundle());

    expect(next.flow.edges.filter((edge) => edge.source === 'threshold')).toEqual([
      {
        id: 'e-threshold-finance',
        source: 'threshold',
        target: 'finance',
        priority: 2,
        isDefault: true,
      },
      { id: 'e-threshold-end', source: 'threshold', target: 'end' },
    ]);
  });

  it('reports a missing node', () => {
    expect(() => renameNode({ nodeId: 'ghost', name: 'Ghost' }).apply(expenseLikeBundle())).toThrow(
      expect.objectContaining({ code: 'edit.unknown-node', kind: 'user' }),
    );
  });
});

describe('connect and disconnect', () => {
  it('adds an allowed edge and removes it again', () => {
    const bundle = disconnect({ edgeId: 'e-finance-end' }).apply(expenseLikeBundle());

    const next = connect({ source: 'finance', target: 'end' }).apply(bundle);

    expect(next.flow.edges.at(-1)).toEqual({
      id: 'e-finance-end',
      source: 'finance',
      target: 'end',
    });
  });

  it('refuses what canConnect refuses, with its code', () => {
    const bundle = expenseLikeBundle();

    expect(() => connect({ source: 'end', target: 'manager' }).apply(bundle)).toThrow(
      expect.objectContaining({ code: 'connect.out-of-end' }),
    );
    expect(() => connect({ source: 'manager', target: 'end' }).apply(bundle)).toThrow(
      expect.objectContaining({ code: 'connect.source-full' }),
    );
  });
});

describe('sequentialId and replaceBundle', () => {
  it('falls back to node- for a prefix that is not a valid id', () => {
    expect(sequentialId('9lives', new Set(['node-1']))).toBe('node-2');
  });

  it('replaces the whole bundle', () => {
    const other = expenseLikeBundle();

    expect(replaceBundle({ bundle: other }).apply(expenseLikeBundle())).toBe(other);
  });
});

describe('moveNodes and composite', () => {
  it('returns the same bundle when nothing moves', () => {
    const bundle = expenseLikeBundle();

    expect(moveNode({ nodeId: 'end', position: { x: 300, y: 800 } }).apply(bundle)).toBe(bundle);
  });

  it('applies several commands as one', () => {
    const next = composite({
      name: 'deleteSelection',
      commands: [removeNode({ nodeId: 'manager' }), disconnect({ edgeId: 'e-finance-end' })],
    }).apply(expenseLikeBundle());

    expect(edgePairs(next)).toEqual(['start>threshold', 'threshold>end', 'threshold>finance']);
  });
});
