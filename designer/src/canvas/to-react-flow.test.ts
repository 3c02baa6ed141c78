import { describe, expect, it } from 'vitest';
import type { FlowBundle, ValidationIssue } from '@baton/schemas';
import { toCanvasEdges, toCanvasNodes } from './to-react-flow.ts';

const bundle: FlowBundle = {
  flow: {
    schemaVersion: 1,
    key: 'expense',
    name: { 'zh-CN': '费用报销', en: 'Expense reimbursement' },
    nodes: [
      { id: 'start', type: 'start', name: { 'zh-CN': '发起', en: 'Start' }, config: {} },
      {
        id: 'manager',
        type: 'approval',
        name: { 'zh-CN': '部门经理审批', en: 'Manager approval' },
        config: { approvers: [{ kind: 'departmentHead' }] },
      },
      {
        id: 'branch',
        type: 'exclusive',
        name: { 'zh-CN': '金额判断', en: 'Amount check' },
        config: {},
      },
      {
        id: 'finance',
        type: 'approval',
        name: { 'zh-CN': '财务审批', en: 'Finance approval' },
        config: { approvers: [{ kind: 'role', role: 'finance' }] },
      },
      { id: 'end', type: 'end', name: { 'zh-CN': '结束', en: 'End' }, config: {} },
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'manager' },
      { id: 'e2', source: 'manager', target: 'branch' },
      { id: 'e3', source: 'branch', target: 'finance', condition: 'amount >= 5000', priority: 1 },
      { id: 'e4', source: 'branch', target: 'end', isDefault: true },
      { id: 'e5', source: 'finance', target: 'end' },
    ],
  },
  form: { schemaVersion: 1, fields: [] },
  layout: { positions: { start: { x: 0, y: 0 }, manager: { x: 0, y: 120 } } },
};

function issue(at: { nodeId?: string; edgeId?: string }): ValidationIssue {
  return { code: 'x', severity: 'error', path: [], message: 'x', ...at };
}

describe('toCanvasNodes', () => {
  it('given a bundle, when converted, then each node keeps its id and gets the shape of its kind', () => {
    const nodes = toCanvasNodes(bundle, { locale: 'zh-CN', issues: [] });

    expect(nodes.map((node) => [node.id, node.type])).toEqual([
      ['start', 'terminal'],
      ['manager', 'step'],
      ['branch', 'gateway'],
      ['finance', 'step'],
      ['end', 'terminal'],
    ]);
  });

  it('given a layout, when converted, then positions come from it and missing ones stack by index', () => {
    const nodes = toCanvasNodes(bundle, { locale: 'zh-CN', issues: [] });

    expect(nodes[1]?.position).toEqual({ x: 0, y: 120 });
    expect(nodes[3]?.position).toEqual({ x: 0, y: 360 });
  });

  it('given a locale, when converted, then the accessible name is the kind and the node name in it', () => {
    const zh = toCanvasNodes(bundle, { locale: 'zh-CN', issues: [] });
    const en = toCanvasNodes(bundle, { locale: 'en', issues: [] });

    expect(zh[1]?.ariaLabel).toBe('审批：部门经理审批');
    expect(en[1]?.ariaLabel).toBe('Approval: Manager approval');
    expect(en[1]?.data.kindLabel).toBe('Approval');
  });

  it('given issues, when converted, then each node carries only its own', () => {
    const onFinance = issue({ nodeId: 'finance' });
    const nodes = toCanvasNodes(bundle, {
      locale: 'en',
      issues: [onFinance, issue({ edgeId: 'e3' })],
    });

    expect(nodes.find((node) => node.id === 'finance')?.data.issues).toEqual([onFinance]);
    expect(nodes.find((node) => node.id === 'branch')?.data.issues).toEqual([]);
  });

  it('given an editable canvas, when converted, then every node but the start can be deleted', () => {
    const nodes = toCanvasNodes(bundle, { locale: 'en', issues: [], selectedId: 'manager' });

    expect(nodes.filter((node) => !node.deletable).map((node) => node.id)).toEqual(['start']);
    expect(nodes.filter((node) => node.selected).map((node) => node.id)).toEqual(['manager']);
  });

  it('given a read-only diagram, when converted, then no node can be deleted', () => {
    const nodes = toCanvasNodes(bundle, { locale: 'en', issues: [], readOnly: true });

    expect(nodes.some((node) => node.deletable)).toBe(false);
  });

  it('given a run path, when converted, then active wins over visited and the state is in the name', () => {
    const nodes = toCanvasNodes(bundle, {
      locale: 'en',
      issues: [],
      visitedNodeIds: new Set(['start', 'manager']),
      activeNodeIds: new Set(['manager']),
      stateLabels: { visited: 'Visited', active: 'In progress' },
    });

    expect(nodes.map((node) => node.data.pathState)).toEqual([
      'visited',
      'active',
      undefined,
      undefined,
      undefined,
    ]);
    expect(nodes[1]?.ariaLabel).toBe('Approval: Manager approval (In progress)');
    expect(nodes[2]?.ariaLabel).toBe('Condition branch: Amount check');
  });

  it('given a node of an unknown kind, when converted, then its type stands in for the kind label', () => {
    const odd: FlowBundle = {
      ...bundle,
      flow: { ...bundle.flow, nodes: [{ id: 'x', type: 'timer', name: 'Wait', config: {} }] },
    };

    expect(toCanvasNodes(odd, { locale: 'en', issues: [] })[0]?.ariaLabel).toBe('timer: Wait');
  });
});

describe('toCanvasEdges', () => {
  it('given edges out of a branch, when converted, then they are lanes and the others are not', () => {
    const edges = toCanvasEdges(bundle, { locale: 'zh-CN', issues: [] });

    expect(edges.filter((edge) => edge.data?.lane).map((edge) => edge.id)).toEqual(['e3', 'e4']);
  });

  it('given a locale, when converted, then the accessible name joins the node names with an arrow', () => {
    const edges = toCanvasEdges(bundle, { locale: 'en', issues: [] });

    expect(edges[2]?.ariaLabel).toBe('Amount check → Finance approval');
    expect(edges[2]?.data?.targetName).toBe('Finance approval');
  });

  it('given an edge to a missing node, when converted, then the missing id is named', () => {
    const broken: FlowBundle = {
      ...bundle,
      flow: { ...bundle.flow, edges: [{ id: 'e9', source: 'start', target: 'gone' }] },
    };

    expect(toCanvasEdges(broken, { locale: 'en', issues: [] })[0]?.ariaLabel).toBe('Start → gone');
  });

  it('given issues and a highlighted edge, when converted, then only the named edge shows them', () => {
    const onE3 = issue({ edgeId: 'e3' });
    const edges = toCanvasEdges(bundle, {
      locale: 'en',
      issues: [onE3, issue({ nodeId: 'branch' })],
      highlightedEdgeId: 'e3',
      selectedId: 'e4',
    });

    expect(edges.map((edge) => edge.data?.issues.length)).toEqual([0, 0, 1, 0, 0]);
    expect(edges.map((edge) => edge.data?.highlighted)).toEqual([false, false, true, false, false]);
    expect(edges.filter((edge) => edge.selected).map((edge) => edge.id)).toEqual(['e4']);
  });

  it('given visited edges, when converted, then they are marked visited', () => {
    const edges = toCanvasEdges(bundle, {
      locale: 'en',
      issues: [],
      visitedEdgeIds: new Set(['e1']),
    });

    expect(edges.map((edge) => edge.data?.pathState)).toEqual([
      'visited',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('given a read-only diagram, when converted, then no edge can be deleted', () => {
    const editable = toCanvasEdges(bundle, { locale: 'en', issues: [] });
    const readOnly = toCanvasEdges(bundle, { locale: 'en', issues: [], readOnly: true });

    expect(editable.every((edge) => edge.deletable)).toBe(true);
    expect(readOnly.some((edge) => edge.deletable)).toBe(false);
  });
});
