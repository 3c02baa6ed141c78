import { describe, expect, it } from 'vitest';
import { canConnect } from './connection-rules.ts';
import { expenseLikeBundle } from './edit.fixture.ts';

const flow = expenseLikeBundle().flow;

describe('canConnect', () => {
  it('allows a branch to gain another lane', () => {
    expect(canConnect(flow, { source: 'threshold', target: 'manager' })).toEqual({ ok: true });
  });

  it.each([
    ['manager', 'manager', 'connect.self-loop'],
    ['finance', 'start', 'connect.into-start'],
    ['end', 'manager', 'connect.out-of-end'],
    ['threshold', 'finance', 'connect.duplicate'],
    ['manager', 'end', 'connect.source-full'],
    ['ghost', 'end', 'connect.unknown-node'],
  ])('refuses %s → %s with %s', (source, target, code) => {
    expect(canConnect(flow, { source, target })).toMatchObject({ ok: false, code });
  });

  it('names the node and its port limit in the message', () => {
    expect(canConnect(flow, { source: 'manager', target: 'end' })).toMatchObject({
      params: { nodeId: 'manager', max: 1 },
      message: 'Node manager can have at most 1 outgoing edges',
    });
  });

  it('ignores the edge being re-attached', () => {
    const check = canConnect(flow, {
      source: 'manager',
      target: 'end',
      ignoreEdgeId: 'e-manager-threshold',
    });

    expect(check).toEqual({ ok: true });
  });

  it('refuses an input port that is full', () => {
    const joined = {
      ...flow,
      nodes: [...flow.nodes, { id: 'gate', type: 'start', name: 'Second start', config: {} }],
    };

    expect(canConnect(joined, { source: 'gate', target: 'start' })).toMatchObject({
      code: 'connect.into-start',
    });
  });

  it('refuses a node of an unknown kind', () => {
    const odd = {
      ...flow,
      nodes: [...flow.nodes, { id: 'odd', type: 'teleport', name: 'Odd', config: {} }],
    };

    expect(canConnect(odd, { source: 'odd', target: 'end' })).toMatchObject({
      code: 'connect.unknown-kind',
      message: 'Node odd has the unknown kind teleport',
    });
  });
});
