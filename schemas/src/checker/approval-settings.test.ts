import { describe, expect, it } from 'vitest';
import { checkFlow } from './check-flow.ts';
import { expenseFlow, node, summarize } from './test-flows.ts';

/** The expense flow with the finance step's config extended by `settings`. */
function withFinance(settings: Record<string, unknown>, policies?: Record<string, unknown>) {
  const flow = expenseFlow();
  flow.flow.nodes[3] = node('finance', 'approval', {
    approvers: [{ kind: 'role', role: 'finance' }],
    ...settings,
  });
  if (policies) Reflect.set(flow.flow, 'policies', policies);

  return flow;
}

const check = (settings: Record<string, unknown>, policies?: Record<string, unknown>) =>
  summarize(checkFlow(withFinance(settings, policies)));

describe('checkFlow approval settings', () => {
  it('needs a percent in percentage mode, at the percent key', () => {
    expect(check({ mode: 'percentage' })).toMatchInlineSnapshot(`
      [
        "approval.percent-missing @finance flow.nodes.3.config.percent: Approval step "Finance" approves by percentage but does not say what percentage",
      ]
    `);
    expect(check({ mode: 'percentage', percent: 60 })).toEqual([]);
  });

  it('warns about a percent outside percentage mode', () => {
    expect(check({ mode: 'all', percent: 60 })).toMatchInlineSnapshot(`
      [
        "approval.percent-unused (warning) @finance flow.nodes.3.config.percent: Approval step "Finance" sets a percentage, which only counts in percentage mode",
      ]
    `);
  });

  it('allows a reject percentage only with percentage mode and reject by threshold', () => {
    const fine = { mode: 'percentage', percent: 60, rejectWhen: 'threshold', rejectPercent: 50 };

    expect(check(fine)).toEqual([]);
    expect(check({ mode: 'percentage', percent: 60, rejectPercent: 50 })).toMatchInlineSnapshot(`
      [
        "approval.reject-percent-misplaced @finance flow.nodes.3.config.rejectPercent: Approval step "Finance" sets a reject percentage, which only counts with percentage mode and reject by threshold",
      ]
    `);
    expect(check({ mode: 'all', rejectWhen: 'threshold', rejectPercent: 50 }))
      .toMatchInlineSnapshot(`
      [
        "approval.threshold-needs-percentage @finance flow.nodes.3.config.rejectWhen: Approval step "Finance" rejects by threshold, which needs percentage mode",
        "approval.reject-percent-misplaced @finance flow.nodes.3.config.rejectPercent: Approval step "Finance" sets a reject percentage, which only counts with percentage mode and reject by threshold",
      ]
    `);
  });

  it('needs a fallback person when nobody goes to a named person, and warns about an idle one', () => {
    expect(check({ ifNobody: 'user' })).toMatchInlineSnapshot(`
      [
        "approval.fallback-missing @finance flow.nodes.3.config.fallbackUserId: Approval step "Finance" sends the request to a named person when nobody is found, but names nobody",
      ]
    `);
    expect(check({ ifNobody: 'user', fallbackUserId: 'u1' })).toEqual([]);
    expect(check({ fallbackUserId: 'u1' })).toMatchInlineSnapshot(`
      [
        "approval.fallback-unused (warning) @finance flow.nodes.3.config.fallbackUserId: Approval step "Finance" names a fallback person, who is only used when “if nobody” is set to a named person",
      ]
    `);
  });

  it('lets the initiator act only where the flow policies allow self-approval', () => {
    expect(check({ initiator: 'act' })).toMatchInlineSnapshot(`
      [
        "approval.self-approval-not-allowed @finance flow.nodes.3.config.initiator: Approval step "Finance" lets the initiator approve their own request, which the flow policies do not allow: turn on self-approval in the policies or choose another option",
      ]
    `);
    expect(check({ initiator: 'act' }, { allowSelfApproval: true })).toEqual([]);
    expect(check({ initiator: 'supervisor' })).toEqual([]);
  });

  it('writes the settings issues in Chinese', () => {
    const [issue] = checkFlow(withFinance({ mode: 'percentage' }), { locale: 'zh-CN' });

    expect(issue?.message).toBe('审批步骤“Finance”按比例通过，但没有设置比例');
  });
});
