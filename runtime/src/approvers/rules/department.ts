import type { Department, OrgUser } from '@baton/schemas';
import { because, type Explanation } from '../explanations.ts';
import { personById, personParams } from '../names.ts';
import type { OrgDirectory } from '../org-directory.ts';
import { fieldValue, nobody, type Found, type ResolveContext, type RuleOf } from './found.ts';

/** Where a walk over departments stands: the departments visited, in order, and its facts. */
type Walk = { path: Department[]; facts: Explanation[] };

/** A department's name in facts (departments are named, not keyed, in both languages). */
function named(department: Department): string {
  return department.name;
}

/**
 * Steps from the walk's last department to its parent, recording the fact; `false` at the top,
 * on a parent that does not exist, or on a cycle (each recorded).
 */
function toParent(org: OrgDirectory, walk: Walk): boolean {
  const current = walk.path.at(-1);
  if (!current) return false;
  if (current.parentId === null) {
    walk.facts.push(because('fact.no-parent', { department: named(current) }));

    return false;
  }
  const parent = org.getDepartment(current.parentId);
  if (!parent) {
    walk.facts.push(because('fact.department-unknown', { department: current.parentId }));

    return false;
  }
  const from = walk.path.findIndex((seen) => seen.id === parent.id);
  walk.facts.push(because('fact.parent-of', { department: named(current), parent: named(parent) }));
  if (from >= 0) {
    const cycle = [...walk.path.slice(from), parent].map(named).join(' → ');
    walk.facts.push(because('fact.department-cycle', { cycle }));

    return false;
  }
  walk.path.push(parent);

  return true;
}

/** The head of a department when there is one that can act; records why not otherwise. */
function headOf(org: OrgDirectory, department: Department, walk: Walk, climbing: boolean) {
  const name = named(department);
  if (department.headId === null) {
    walk.facts.push(because('fact.no-head', { department: name }));

    return undefined;
  }
  const head = org.getUser(department.headId);
  if (!head) {
    walk.facts.push(because('fact.head-missing', { user: department.headId, department: name }));

    return undefined;
  }
  walk.facts.push(because('fact.is-head', { ...personParams(head), department: name }));
  if (climbing && head.disabled) {
    walk.facts.push(because('fact.disabled', personParams(head)));

    return undefined;
  }

  return head;
}

/** @internal Options of a walk to a department head. */
export type HeadWalk = { readonly up: number; readonly climbIfEmpty: boolean };

/**
 * @internal The head of `start`, `up` parent departments higher, climbing on while a department has no
 * head (or a disabled or missing one) when `climbIfEmpty`. Bounded by the number of departments:
 * a parent cycle stops the walk with a fact naming it.
 */
export function departmentHeadFrom(
  org: OrgDirectory,
  start: Department,
  options: HeadWalk,
  facts: readonly Explanation[] = [],
): Found {
  const walk: Walk = { path: [start], facts: [...facts] };
  for (let level = 0; level < options.up; level++) {
    if (!toParent(org, walk)) return found(walk, undefined);
  }
  let head: OrgUser | undefined;
  for (;;) {
    const department = walk.path.at(-1) ?? start;
    head = headOf(org, department, walk, options.climbIfEmpty);
    if (head || !options.climbIfEmpty || !toParent(org, walk)) break;
  }

  return found(walk, head);
}

function found(walk: Walk, head: OrgUser | undefined): Found {
  const department = walk.path.at(-1)?.name ?? '?';

  return {
    candidates: head ? [head] : [],
    facts: walk.facts,
    reason: because('rule.department-head', { department }),
  };
}

/** The department the rule starts from: the form field's, else the initiator's. */
function startOf(rule: RuleOf<'departmentHead'>, ctx: ResolveContext) {
  if (rule.field !== undefined) return fieldDepartment(rule.field, ctx);
  const user = personById(ctx.org, ctx.initiatorId);
  const reason = because('rule.department-head-unknown', user);
  const initiator = ctx.org.getUser(ctx.initiatorId);
  if (!initiator)
    return nobody(reason, because('fact.initiator-unknown', { user: ctx.initiatorId }));
  if (initiator.departmentId === null) return nobody(reason, because('fact.no-department', user));
  const department = ctx.org.getDepartment(initiator.departmentId);
  if (!department) {
    const id = initiator.departmentId;

    return nobody(reason, because('fact.department-missing', { ...user, department: id }));
  }
  const fact = because('fact.belongs-to', { ...user, department: department.name });

  return { department, facts: [fact] };
}

/** @internal The department named in a `department` form field, or why there is none. */
export function fieldDepartment(field: string, ctx: ResolveContext) {
  const reason = because('rule.department-head-field', { field });
  const value = fieldValue(ctx, field);
  if (value === undefined || value === null || value === '')
    return nobody(reason, because('fact.field-empty', { field }));
  if (typeof value !== 'string') return nobody(reason, because('fact.field-invalid', { field }));
  const department = ctx.org.getDepartment(value);
  if (!department) return nobody(reason, because('fact.department-unknown', { department: value }));
  const fact = because('fact.field-department', { field, department: department.name });

  return { department, facts: [fact] };
}

/**
 * @internal Head of the initiator's department, or of the department in the form field `field`; `up`
 * parents higher first; on up the tree while empty when `climbIfEmpty`.
 */
export function byDepartmentHead(rule: RuleOf<'departmentHead'>, ctx: ResolveContext): Found {
  const start = startOf(rule, ctx);
  // A department the initiator chose in the form: its head is someone they named.
  const named = rule.field === undefined ? {} : { namedByInitiator: true };
  if (!('department' in start)) return { ...start, ...named };
  const options = { up: rule.up ?? 0, climbIfEmpty: rule.climbIfEmpty ?? false };

  return { ...departmentHeadFrom(ctx.org, start.department, options, start.facts), ...named };
}
