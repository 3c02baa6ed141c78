import type { OrgUser } from '@baton/schemas';
import { because, type Explanation } from '../explanations.ts';
import { personParams } from '../names.ts';
import { departmentHeadFrom } from './department.ts';
import { fieldValue, nobody, type Found, type ResolveContext, type RuleOf } from './found.ts';

const HEAD_ONLY = { up: 0, climbIfEmpty: false } as const;

/** The ids a field value holds: one id, or a list of ids; `null` for anything else. */
function idsOf(value: unknown): readonly string[] | null {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;

  return null;
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * One id of a field: a user (when the field is not a department field), else the head of a
 * department (when the field is not a user field); anything else is recorded.
 */
function personOf(field: string, id: string, ctx: ResolveContext, type?: string): Found {
  const reason = because('rule.form-field', { field });
  const user = type === 'department' ? undefined : ctx.org.getUser(id);
  if (user)
    return {
      candidates: [user],
      facts: [because('fact.field-user', { field, ...personParams(user) })],
      reason,
    };
  const department = type === 'user' ? undefined : ctx.org.getDepartment(id);
  if (department) {
    const fact = because('fact.field-department', { field, department: department.name });

    return departmentHeadFrom(ctx.org, department, HEAD_ONLY, [fact]);
  }
  if (type === 'user') return nobody(reason, because('fact.user-missing', { user: id }));
  if (type === 'department')
    return nobody(reason, because('fact.department-unknown', { department: id }));

  return nobody(reason, because('fact.field-unknown-id', { field, id }));
}

/**
 * @internal The user (or users) in a `user` field, or the head of the department in a
 * `department` field. Without the form, an id is looked up as a user first, then as a
 * department. The initiator filled the field: whoever it names, they named.
 */
export function byFormField(rule: RuleOf<'formField'>, ctx: ResolveContext): Found {
  return { ...fromField(rule, ctx), namedByInitiator: true };
}

function fromField(rule: RuleOf<'formField'>, ctx: ResolveContext): Found {
  const { field } = rule;
  const reason = because('rule.form-field', { field });
  const value = fieldValue(ctx, field);
  if (isEmpty(value)) return nobody(reason, because('fact.field-empty', { field }));
  const ids = idsOf(value);
  if (!ids) return nobody(reason, because('fact.field-invalid', { field }));
  const type = ctx.form?.fields.find((entry) => entry.key === field)?.type;
  const each = ids.map((id) => personOf(field, id, ctx, type));
  if (each.length === 1 && each[0]) return each[0];
  const candidates: OrgUser[] = each.flatMap((one) => one.candidates);
  const facts: Explanation[] = each.flatMap((one) => one.facts);

  return { candidates, facts, reason };
}
