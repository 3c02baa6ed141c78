import { describe, expect, it } from 'vitest';
import { expenseLikeBundle } from '../flow/edit.fixture.ts';
import {
  addExclusiveBlock,
  addParallelBlock,
  composite,
  insertNodeOnEdge,
  updateNodeConfig,
} from '../flow/edit.ts';
import { nodeKinds } from '../flow/node-kinds.ts';
import { checkFlow } from './check-flow.ts';
import { expenseFlow, node, summarize } from './test-flows.ts';

const check = (input: unknown) => summarize(checkFlow(input));

describe('checkFlow unknown config keys', () => {
  it('reports a misspelt setting (commentRequred) instead of dropping it silently', () => {
    // given an approval step whose author misspelt commentRequired
    const flow = expenseFlow();
    flow.flow.nodes[1] = node('manager', 'approval', {
      approvers: [{ kind: 'departmentHead' }],
      commentRequred: true,
    });

    // when it is checked, then the key is named with its path
    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "node.config.unknown-key @manager flow.nodes.1.config.commentRequred: Step "Manager" has the unknown setting "commentRequred": remove it or correct its spelling",
      ]
    `);
  });

  it('reports constructor and toString keys as unknown settings', () => {
    const flow = expenseFlow();
    flow.flow.nodes[1] = node('manager', 'approval', {
      approvers: [{ kind: 'departmentHead' }],
      constructor: 1,
      toString: 'x',
    });

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "node.config.unknown-key @manager flow.nodes.1.config.constructor: Step "Manager" has the unknown setting "constructor": remove it or correct its spelling",
        "node.config.unknown-key @manager flow.nodes.1.config.toString: Step "Manager" has the unknown setting "toString": remove it or correct its spelling",
      ]
    `);
  });

  it('refuses a __proto__ config key that the schema would drop without a word', () => {
    // given a key that JSON.parse makes an own property
    const flow = expenseFlow();
    flow.flow.nodes[1] = node(
      'manager',
      'approval',
      JSON.parse(
        '{"approvers":[{"kind":"departmentHead"}],"__proto__":{"commentRequired":true}}',
      ) as Record<string, unknown>,
    );

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "document.reserved-key @manager flow.nodes.1.config.__proto__: flow.nodes[1].config.__proto__: the key "__proto__" is not allowed in a document",
      ]
    `);
  });

  it('reports an unknown key deep inside an approver rule with the path to the key', () => {
    const flow = expenseFlow();
    flow.flow.nodes[3] = node('finance', 'approval', {
      approvers: [
        { kind: 'role', role: 'finance' },
        { kind: 'user', userIds: ['u1'], junk: { deeper: [1, 2, { deepest: true }] } },
      ],
    });

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "node.config.unknown-key @finance flow.nodes.3.config.approvers.1.junk: Step "Finance" has the unknown setting "approvers.1.junk": remove it or correct its spelling",
      ]
    `);
  });

  it('cuts a huge unknown key to 40 characters in the message', () => {
    const flow = expenseFlow();
    const key = 'k'.repeat(100_000);
    flow.flow.nodes[0] = node('start', 'start', { [key]: 1 });

    const [issue] = checkFlow(flow);

    expect(issue?.path).toEqual(['flow', 'nodes', 0, 'config', key]);
    expect(issue?.message).toBe(
      `Step "Start" has the unknown setting "${'k'.repeat(40)}…": remove it or correct its spelling`,
    );
  });

  it.each(Object.keys(nodeKinds))('makes the %s kind refuse a setting it does not know', (type) => {
    const kind = nodeKinds[type];
    // A delay must say how long it waits; every other kind has defaults for everything.
    const least = type === 'delay' ? { wait: { kind: 'duration', minutes: 60 } } : {};

    expect(kind?.config.safeParse(least).success).toBe(true);
    expect(kind?.config.safeParse({ ...least, unknownSetting: 1 }).success).toBe(false);
  });
});

describe('edit commands and strict configs', () => {
  it('creates nodes of every insertable kind with only the settings their kind knows', () => {
    // given every command that creates nodes, applied to the expense-like bundle
    const bundle = composite({
      name: 'all inserts',
      commands: [
        insertNodeOnEdge({ edgeId: 'e-finance-end', node: { type: 'approval' } }),
        insertNodeOnEdge({ edgeId: 'e-start-manager', node: { type: 'cc' } }),
        addParallelBlock({ edgeId: 'e-manager-threshold' }),
        addExclusiveBlock({ edgeId: 'e-threshold-end' }),
        updateNodeConfig({ nodeId: 'approval-1', patch: { commentRequired: true } }),
      ],
    }).apply(expenseLikeBundle());

    // then every config parses under its kind's strict schema and the checker finds no stray key
    for (const created of bundle.flow.nodes) {
      expect(nodeKinds[created.type]?.config.safeParse(created.config).success, created.id).toBe(
        true,
      );
    }
    expect(checkFlow(bundle).filter((issue) => issue.code.startsWith('node.config'))).toEqual([]);
  });
});
