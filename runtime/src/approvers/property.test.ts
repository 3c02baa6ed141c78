import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveStepAssignees, type StepOptions } from './assignees.ts';
import { explain, type Explanation } from './explanations.ts';
import { createOrgDirectory, type OrgDirectory } from './org-directory.ts';
import { FORM, orgSourceArb, requestArb, ruleArb, simpleRuleArb } from './random-orgs.ts';
import { resolveApprovers, type ResolveContext } from './resolve.ts';
import { checkPicks, pickCandidates } from './rules/picks.ts';

const optionsArb: fc.Arbitrary<StepOptions> = fc.record({
  ifNobody: fc.constantFrom('admin', 'user', 'autoApprove', 'autoReject', 'refuse'),
  fallbackUserId: fc.constantFrom('u0', 'u3', 'ghost'),
  allowInitiatorAdmin: fc.boolean(),
});

/** Everyone chosen exists, is enabled, is not excluded, and is the initiator only if allowed. */
function expectEligible(userIds: readonly string[], ctx: ResolveContext, initiatorOk: boolean) {
  for (const userId of userIds) {
    const user = ctx.org.getUser(userId);
    expect(user, `unknown user ${userId}`).toBeDefined();
    expect(user?.disabled, `disabled user ${userId}`).toBe(false);
    expect(ctx.excluded?.has(userId), `excluded user ${userId}`).toBeFalsy();
    if (!initiatorOk) expect(userId).not.toBe(ctx.initiatorId);
  }
  expect(new Set(userIds).size).toBe(userIds.length);
}

/** Every explanation renders in both languages with no placeholder left over. */
function expectRendered(facts: readonly Explanation[]) {
  for (const fact of facts) {
    expect(explain(fact, 'zh-CN')).not.toMatch(/\{\w+\}/);
    expect(explain(fact, 'en')).not.toMatch(/\{\w+\}/);
  }
}

function contextOf(org: OrgDirectory, request: Omit<ResolveContext, 'org' | 'form'>) {
  return { ...request, org, form: FORM };
}

describe('approver resolution on random orgs (cycles, dangling ids, disabled people)', () => {
  it('terminates; never assigns a disabled, unknown or excluded user, nor the initiator unless acting', () => {
    fc.assert(
      fc.property(orgSourceArb, ruleArb, requestArb, (source, rule, request) => {
        const ctx = contextOf(createOrgDirectory(source), request);

        const result = resolveApprovers(rule, ctx);

        expectEligible(result.userIds, ctx, ctx.initiator === 'act');
        expect(result.initiatorSkipped && ctx.initiator === 'act').toBe(false);
        expectRendered([...result.factDetails, result.reasonDetail]);
        expect(result.needsPick === undefined || ctx.picked === undefined).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('staffs a step the same way, the initiator only as the last-resort admin when allowed', () => {
    fc.assert(
      fc.property(
        orgSourceArb,
        fc.array(ruleArb, { maxLength: 3 }),
        requestArb,
        optionsArb,
        (source, rules, request, options) => {
          const ctx = contextOf(createOrgDirectory(source), request);

          const step = resolveStepAssignees(rules, ctx, options);

          const ids = step.assignees.map((assignee) => assignee.userId);
          const lastResort = step.reasonDetail.code === 'fallback.initiator-admin';
          expect(lastResort && options.allowInitiatorAdmin === false).toBe(false);
          expectEligible(ids, ctx, ctx.initiator === 'act' || lastResort);
          expectRendered([...step.factDetails, step.reasonDetail]);
          if (step.needsPick) expect(ids).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('offers only candidates that pass checkPicks, and the resolver assigns a valid pick', () => {
    const pickRuleArb = simpleRuleArb.filter(
      (rule) => rule.kind === 'initiatorPicks' || rule.kind === 'approverPicks',
    );
    fc.assert(
      fc.property(orgSourceArb, pickRuleArb, requestArb, fc.nat(), (source, rule, request, n) => {
        if (rule.kind !== 'initiatorPicks' && rule.kind !== 'approverPicks') return;
        const ctx = contextOf(createOrgDirectory(source), request);
        const { userIds } = pickCandidates(rule.range, ctx);
        expectEligible(userIds, ctx, ctx.initiator === 'act');
        const pick = userIds[n % Math.max(1, userIds.length)];
        if (pick === undefined) return;

        expect(checkPicks(rule, [pick], ctx)).toEqual([]);
        expect(resolveApprovers(rule, { ...ctx, picked: [pick] }).userIds).toEqual([pick]);
      }),
      { numRuns: 500 },
    );
  });
});
