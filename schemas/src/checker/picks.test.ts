import { describe, expect, it } from 'vitest';
import { checkFlow } from './check-flow.ts';
import { bundle, edge, expenseFlow, node, summarize } from './test-flows.ts';

const picks = { kind: 'approverPicks', multiple: false, range: [] };

describe('checkFlow pick rules', () => {
  it('accepts an approver pick on a step after an approval, and an initiator pick anywhere', () => {
    const flow = expenseFlow();
    flow.flow.nodes[3] = node('finance', 'approval', { approvers: [picks] });
    flow.flow.nodes[1] = node('manager', 'approval', {
      approvers: [{ kind: 'initiatorPicks', multiple: true, range: [] }],
    });

    expect(checkFlow(flow)).toEqual([]);
  });

  it('refuses an approver pick right after the start: nobody could pick', () => {
    const flow = expenseFlow();
    flow.flow.nodes[1] = node('manager', 'approval', {
      approvers: [{ kind: 'role', role: 'x' }, picks],
    });

    expect(summarize(checkFlow(flow))).toMatchInlineSnapshot(`
      [
        "approver.pick-without-approver @manager flow.nodes.1.config.approvers.1: Step "Manager" lets the approver of the step before pick its approvers, but a request can reach it without passing an approval step, so nobody could pick",
      ]
    `);
  });

  it('refuses an approver pick reachable through a branch and a CC step from the start', () => {
    // given start → branch → [cc → pick step | default → first approval → pick step]
    const flow = bundle(
      [
        node('start', 'start'),
        node('branch', 'exclusive'),
        node('notify', 'cc'),
        node('first', 'approval'),
        node('picked', 'approval', { approvers: [picks] }),
        node('end', 'end'),
      ],
      [
        edge('start', 'branch'),
        edge('branch', 'notify', { condition: 'amount > 10' }),
        edge('branch', 'first', { isDefault: true }),
        edge('notify', 'picked'),
        edge('first', 'picked'),
        edge('picked', 'end'),
      ],
    );

    expect(checkFlow(flow).map((issue) => issue.code)).toEqual(['approver.pick-without-approver']);
  });

  it('refuses pick rules among CC recipients, once per step with how often', () => {
    const flow = expenseFlow();
    flow.flow.nodes.push(
      node('notify', 'cc', {
        recipients: [{ kind: 'role', role: 'finance' }, { kind: 'initiatorPicks' }, picks],
      }),
    );
    flow.flow.edges[4] = edge('finance', 'notify');
    flow.flow.edges.push(edge('notify', 'end'));

    expect(summarize(checkFlow(flow))).toMatchInlineSnapshot(`
      [
        "approver.pick-in-cc @notify flow.nodes.5.config.recipients.1: CC step "Notify": recipients cannot be picked by the initiator or an approver; name them with another rule (2 times)",
      ]
    `);
  });
});
