import { describe, expect, it } from 'vitest';
import { checkFlow } from './check-flow.ts';
import { bundle, edge, expenseFlow, node, summarize } from './test-flows.ts';

const check = (input: unknown) => summarize(checkFlow(input));

describe('checkFlow on a sound flow', () => {
  it('finds nothing wrong with the expense flow', () => {
    expect(checkFlow(expenseFlow())).toEqual([]);
  });
});

describe('checkFlow schema', () => {
  it('maps zod issues to schema.invalid with their path and the node id', () => {
    // given a bundle whose second node has no name and whose key is not allowed
    const input = expenseFlow();
    const broken = {
      ...input,
      flow: {
        ...input.flow,
        key: 'Expense!',
        nodes: input.flow.nodes.map((n, i) => (i === 1 ? { ...n, name: '' } : n)),
      },
    };

    // when it is checked, then only the schema issues come back
    expect(check(broken)).toMatchInlineSnapshot(`
      [
        "schema.invalid flow.key: flow.key: lower-case letters, digits and -",
        "schema.invalid @manager flow.nodes.1.name: flow.nodes[1].name: Too small: expected string to have >=1 characters",
      ]
    `);
  });

  it('refuses something that is not a bundle at all', () => {
    expect(check(42)).toMatchInlineSnapshot(`
      [
        "schema.invalid : (document): Invalid input: expected object, received number",
      ]
    `);
  });
});

describe('checkFlow kinds and configs', () => {
  it('reports an unknown kind instead of skipping the node', () => {
    const flow = expenseFlow();
    flow.flow.nodes[1] = node('manager', 'robot');

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "node.unknown-kind @manager flow.nodes.1.type: Step "Manager" has the unknown kind "robot"",
      ]
    `);
  });

  it('checks each config against its kind schema with a path into the config', () => {
    const flow = expenseFlow();
    flow.flow.nodes[1] = node('manager', 'approval', {
      approvers: [{ kind: 'role' }],
      mode: 'most',
    });

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "node.config-invalid @manager flow.nodes.1.config.approvers.0.role: Step "Manager": the setting "approvers.0.role" is not valid: Invalid input: expected string, received undefined",
        "node.config-invalid @manager flow.nodes.1.config.mode: Step "Manager": the setting "mode" is not valid: Invalid option: expected one of "all"|"any"|"sequential"|"percentage"",
      ]
    `);
  });

  it('refuses settings on a kind that has none', () => {
    const flow = expenseFlow();
    flow.flow.nodes[0] = node('start', 'start', { form: 'x' });

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "node.config.unknown-key @start flow.nodes.0.config.form: Step "Start" has the unknown setting "form": remove it or correct its spelling",
      ]
    `);
  });
});

describe('checkFlow identity', () => {
  it('reports duplicate ids and edges to missing nodes', () => {
    const flow = expenseFlow();
    flow.flow.nodes.push(node('finance', 'approval'));
    flow.flow.edges.push(edge('finance', 'end'), edge('ghost', 'end'), edge('finance', 'nowhere'));

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "node.duplicate-id @finance flow.nodes.5.id: Two steps use the id "finance"",
        "edge.duplicate-id @finance-end flow.edges.5.id: Two connections use the id "finance-end"",
        "edge.missing-source @ghost-end flow.edges.6.source: Connection "ghost-end" starts at "ghost", which is not a step of this flow",
        "edge.missing-target @finance-nowhere flow.edges.7.target: Connection "finance-nowhere" leads to "nowhere", which is not a step of this flow",
        "node.too-many-outputs @finance flow.nodes.3: Step "Finance" allows at most 1 outgoing connection(s) but has 2",
      ]
    `);
  });
});

describe('checkFlow start, end and ports', () => {
  it('wants exactly one start and at least one end', () => {
    const flow = bundle([node('a', 'approval')], []);

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "flow.no-start flow.nodes: The flow has no start step",
        "flow.no-end flow.nodes: The flow has no end step",
        "node.too-few-inputs @a flow.nodes.0: Step "A" needs at least 1 incoming connection(s) but has 0",
        "node.too-few-outputs @a flow.nodes.0: Step "A" needs at least 1 outgoing connection(s) but has 0",
      ]
    `);
  });

  it('reports every start when there are several', () => {
    const flow = bundle(
      [node('start', 'start'), node('again', 'start'), node('end', 'end')],
      [edge('start', 'end'), edge('again', 'end')],
    );

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "flow.multiple-starts @start flow.nodes.0: The flow has 2 start steps, "Start" among them; it needs exactly one",
        "flow.multiple-starts @again flow.nodes.1: The flow has 2 start steps, "Again" among them; it needs exactly one",
        "node.unreachable @again flow.nodes.1: Step "Again" cannot be reached from the start",
        "flow.no-approval-step (warning) flow.nodes: The flow has no approval step: requests of this flow complete without anyone approving",
      ]
    `);
  });

  it('checks connection counts against the kind port rules', () => {
    const flow = bundle(
      [node('start', 'start'), node('a', 'approval'), node('b', 'approval'), node('end', 'end')],
      [
        edge('start', 'a'),
        edge('start', 'b'),
        edge('a', 'end'),
        edge('b', 'end'),
        edge('end', 'a'),
      ],
    );

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "node.too-many-outputs @start flow.nodes.0: Step "Start" allows at most 1 outgoing connection(s) but has 2",
        "node.too-many-outputs @end flow.nodes.3: Step "End" allows at most 0 outgoing connection(s) but has 1",
        "flow.cycle @a flow.nodes.1: Steps "A", "End" form a loop, so a request could go round forever",
      ]
    `);
  });
});

describe('checkFlow reachability and loops', () => {
  it('reports a step the start cannot reach, once', () => {
    const flow = expenseFlow();
    flow.flow.nodes.push(node('island', 'approval'));
    flow.flow.edges.push(edge('island', 'end'));

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "node.too-few-inputs @island flow.nodes.5: Step "Island" needs at least 1 incoming connection(s) but has 0",
        "node.unreachable @island flow.nodes.5: Step "Island" cannot be reached from the start",
      ]
    `);
  });

  it('reports a step from which no end can be reached', () => {
    // given a branch whose conditional path leads into a loop with no way out
    const flow = bundle(
      [
        node('start', 'start'),
        node('branch', 'exclusive'),
        node('a', 'approval'),
        node('b', 'approval'),
        node('end', 'end'),
      ],
      [
        edge('start', 'branch'),
        edge('branch', 'a', { condition: 'amount > 1' }),
        edge('branch', 'end', { isDefault: true }),
        edge('a', 'b'),
        edge('b', 'a'),
      ],
    );

    // then the dead ends and the loop are reported
    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "node.dead-end @a flow.nodes.2: From step "A" a request can never reach an end",
        "node.dead-end @b flow.nodes.3: From step "B" a request can never reach an end",
        "flow.cycle @a flow.nodes.2: Steps "A", "B" form a loop, so a request could go round forever",
      ]
    `);
  });

  it('reports a loop back to an earlier step as an error', () => {
    const flow = bundle(
      [
        node('start', 'start'),
        node('a', 'approval'),
        node('branch', 'exclusive'),
        node('end', 'end'),
      ],
      [
        edge('start', 'a'),
        edge('a', 'branch'),
        edge('branch', 'a', { condition: 'amount > 100' }),
        edge('branch', 'end', { isDefault: true }),
      ],
    );

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "flow.cycle @a flow.nodes.1: Steps "A", "Branch" form a loop, so a request could go round forever",
      ]
    `);
  });

  it('reports an edge from a step to itself as a loop', () => {
    const flow = expenseFlow();
    flow.flow.nodes[1] = node('manager', 'approval');
    flow.flow.edges[1] = edge('manager', 'manager');

    expect(summarize(checkFlow(flow)).filter((line) => line.startsWith('flow.cycle')))
      .toMatchInlineSnapshot(`
      [
        "flow.cycle @manager flow.nodes.1: Steps "Manager" form a loop, so a request could go round forever",
      ]
    `);
  });
});

describe('checkFlow form', () => {
  it('includes the form issues with paths under form', () => {
    const flow = expenseFlow();
    const fields = [...flow.form.fields, { ...flow.form.fields[1]! }];

    expect(check({ ...flow, form: { ...flow.form, fields } })).toMatchInlineSnapshot(`
      [
        "form.key.duplicate form.fields.7.key: Two fields use the key "amount"",
      ]
    `);
  });
});

describe('checkFlow messages', () => {
  it('writes messages in Chinese with the Chinese node names', () => {
    const flow = expenseFlow();
    flow.flow.nodes[1] = {
      ...node('manager', 'approval', { approvers: [] }),
      name: { en: 'Manager', 'zh-CN': '经理审批' },
    } as never;

    expect(checkFlow(flow, { locale: 'zh-CN' }).map((issue) => issue.message)).toEqual([
      '审批步骤“经理审批”没有设置审批人',
    ]);
  });
});
