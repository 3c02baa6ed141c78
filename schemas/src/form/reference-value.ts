import type { FormField } from './form.ts';
import { type FieldContext, type FieldResult, accept, refuse } from './value-issue.ts';

type UserField = Extract<FormField, { type: 'user' }>;
type DepartmentField = Extract<FormField, { type: 'department' }>;
/** A field whose value names something of the organization by id. */
export type ReferenceField = UserField | DepartmentField;

/** Most people one `user` field with `multiple` may hold. */
export const MAX_FIELD_USERS = 200;

function isId(raw: unknown): raw is string {
  return typeof raw === 'string' && raw.trim() !== '';
}

function checkIdList(raw: unknown, ctx: FieldContext): FieldResult {
  if (!Array.isArray(raw)) return refuse('form.value.not-id-list', {}, ctx);
  if (raw.length > MAX_FIELD_USERS)
    return refuse('form.value.too-many-ids', { max: MAX_FIELD_USERS }, ctx);
  const ids: string[] = [];
  for (const [index, item] of raw.entries()) {
    if (!isId(item)) return refuse('form.value.not-id', {}, { ...ctx, path: [...ctx.path, index] });
    if (!ids.includes(item)) ids.push(item);
  }

  return accept(ids);
}

/**
 * Checks a present (not missing) value of a `user` or `department` field: a non-empty id
 * string, or for a `user` field with `multiple` a list of them (repeated ids kept once, in
 * order). Whether the ids exist in the organization is for the caller that has the org.
 */
export function checkReferenceValue(
  field: ReferenceField,
  raw: unknown,
  ctx: FieldContext,
): FieldResult {
  if (field.type === 'user' && field.multiple) return checkIdList(raw, ctx);
  if (!isId(raw)) return refuse('form.value.not-id', {}, ctx);

  return accept(raw);
}
