import { excerpt } from '../../excerpt.ts';
import type { CheckContext } from '../context.ts';
import type { OrgFacts } from './org-facts.ts';
import { type PlacedRule, nameList } from './placed-rules.ts';

function report(
  ctx: CheckContext,
  position: number,
  found: { code: Parameters<CheckContext['atNode']>[1]; names: readonly string[] },
  placed: { params: Record<string, string | number>; path: PlacedRule['path'] },
): void {
  if (found.names.length === 0) return;
  const names = nameList(found.names.map(excerpt), ctx.locale);
  const params = { ...placed.params, count: found.names.length, names };
  ctx.atNode(position, found.code, params, { path: placed.path, severity: 'warning' });
}

/**
 * Warnings where an approver rule resolves to nobody for part of the current org, one per rule
 * naming up to five departments or people and how many there are: a department head rule
 * for departments without an enabled head (climbing parents only with `climbIfEmpty`), a
 * supervisor level above the chain of some people, a chain ending at a role no supervisor
 * above some people holds. The top of the company (nobody above) is left out: supervisor rules
 * never apply to them. Positions, groups and roles without holders are reported by
 * `checkAgainstOrg`. @internal
 */
export function checkCoverage(
  ctx: CheckContext,
  position: number,
  rules: readonly PlacedRule[],
  facts: OrgFacts,
): void {
  for (const { rule, path } of rules) {
    if (rule.kind === 'departmentHead') {
      const names = facts.headless({
        up: rule.up ?? 0,
        climbIfEmpty: rule.climbIfEmpty ?? false,
        anyDepartment: rule.field !== undefined,
      });
      report(
        ctx,
        position,
        { code: 'approver.department-without-head', names },
        { params: {}, path },
      );
    } else if (rule.kind === 'supervisor') {
      const names = facts.shortOfSupervisors(rule.level);
      const params = { level: rule.level };
      report(ctx, position, { code: 'approver.supervisor-missing', names }, { params, path });
    } else if (rule.kind === 'supervisorChain' && rule.end.kind === 'role') {
      const names = facts.withoutRoleAbove(rule.end.role);
      const params = { role: excerpt(rule.end.role) };
      const at = [...path, 'end', 'role'];
      report(ctx, position, { code: 'approver.chain-role-missing', names }, { params, path: at });
    }
  }
}
