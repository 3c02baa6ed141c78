import { describe, expect, it } from 'vitest';
import { checkFlow, type FlowBundle } from '@baton/schemas';
import { insertChoices, insertCommand, shapeOf } from './insert-choices.ts';

/** start → end: the smallest flow with an edge to insert on. */
const bundle: FlowBundle = {
  flow: {
    schemaVersion: 1,
    key: 'trip',
    name: { 'zh-CN': '出差', en: 'Trip' },
    nodes: [
      { id: 'start', type: 'start', name: { 'zh-CN': '发起', en: 'Start' }, config: {} },
      { id: 'end', type: 'end', name: { 'zh-CN': '结束', en: 'End' }, config: {} },
    ],
    edges: [{ id: 'e1', source: 'start', target: 'end' }],
  },
  form: { schemaVersion: 1, fields: [] },
  layout: { positions: { start: { x: 0, y: 0 }, end: { x: 0, y: 120 } } },
};

function typesOf(next: FlowBundle): string[] {
  return next.flow.nodes.map((node) => node.type);
}

describe('insertChoices', () => {
  it('given the kind registry, when listed, then approval, cc, delay and both branches are offered in order', () => {
    expect(insertChoices.map((choice) => choice.type)).toEqual([
      'approval',
      'cc',
      'delay',
      'exclusive',
      'parallel',
    ]);
  });

  it('given start, end and join, when listed, then none of them is offered', () => {
    const types = insertChoices.map((choice) => choice.type);

    expect(types).not.toContain('start');
    expect(types).not.toContain('end');
    expect(types).not.toContain('join');
  });

  it('given a choice, when shown, then it carries the kind label in both languages', () => {
    expect(insertChoices[0]?.label).toEqual({ 'zh-CN': '审批', en: 'Approval' });
  });
});

describe('insertCommand', () => {
  it('given an approval on an edge, when applied, then one node sits between the edge ends', () => {
    const next = insertCommand({ type: 'approval', edgeId: 'e1' }).apply(bundle);
    const added = next.flow.nodes.find((node) => node.type === 'approval');

    expect(typesOf(next)).toEqual(['start', 'end', 'approval']);
    expect(next.flow.edges.map(({ source, target }) => [source, target])).toEqual([
      ['start', added?.id],
      [added?.id, 'end'],
    ]);
  });

  it('given a condition branch, when applied, then it comes with a lane and a default lane', () => {
    const next = insertCommand({ type: 'exclusive', edgeId: 'e1' }).apply(bundle);
    const branch = next.flow.nodes.find((node) => node.type === 'exclusive');
    const lanes = next.flow.edges.filter((edge) => edge.source === branch?.id);

    expect(typesOf(next)).toEqual(['start', 'end', 'exclusive', 'approval']);
    expect(lanes).toHaveLength(2);
    expect(lanes.filter((edge) => edge.isDefault === true)).toHaveLength(1);
  });

  it('given a parallel branch, when applied, then its split, two lanes and its join are added', () => {
    const next = insertCommand({ type: 'parallel', edgeId: 'e1' }).apply(bundle);

    expect(typesOf(next)).toEqual(['start', 'end', 'parallel', 'approval', 'approval', 'join']);
  });

  it('given a drop position, when applied, then the new node is placed there', () => {
    const next = insertCommand({ type: 'cc', edgeId: 'e1', position: { x: 400, y: 60 } }).apply(
      bundle,
    );
    const cc = next.flow.nodes.find((node) => node.type === 'cc');

    expect(cc && next.layout.positions[cc.id]).toEqual({ x: 400, y: 60 });
  });

  it('given a delay on an edge, when applied, then it waits an hour and its config has no issue', () => {
    const next = insertCommand({ type: 'delay', edgeId: 'e1' }).apply(bundle);
    const delay = next.flow.nodes.find((node) => node.type === 'delay');
    const configIssues = checkFlow(next).filter((issue) => issue.code.startsWith('node.config'));

    expect(delay?.config).toEqual({ wait: { kind: 'duration', minutes: 60, time: 'calendar' } });
    expect(configIssues).toEqual([]);
  });

  it('given an unknown kind, when applied, then the edit is refused', () => {
    expect(() => insertCommand({ type: 'timer', edgeId: 'e1' }).apply(bundle)).toThrow();
  });
});

describe('shapeOf', () => {
  it.each([
    ['start', 'terminal'],
    ['end', 'terminal'],
    ['approval', 'step'],
    ['cc', 'step'],
    ['delay', 'step'],
    ['exclusive', 'gateway'],
    ['parallel', 'gateway'],
    ['join', 'gateway'],
    ['unknown-kind', 'step'],
  ])('given a %s node, when drawn, then it is a %s', (type, shape) => {
    expect(shapeOf(type)).toBe(shape);
  });
});
