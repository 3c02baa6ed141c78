import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { type IssuePath, createIssue } from '../issue-factory.ts';
import type { IssueCode, MessageParams } from '../messages.ts';
import type { FormField } from './form.ts';

type UserField = Extract<FormField, { type: 'user' }>;
type DepartmentField = Extract<FormField, { type: 'department' }>;
/** A field whose value names something of the organization by id. */
export type ReferenceField = UserField | DepartmentField;

/** Most people one `user` field with `multiple` may hold. */
export const MAX_FIELD_USERS = 200;

type Context = { readonly path: IssuePath; readonly label: string; readonly locale: Locale };
type Result = { readonly value?: unknown; readonly issues: ValidationIssue[] };

function isId(raw: unknown): raw is string {
  return typeof raw === 'string' && raw.trim() !== '';
}

function refuse(code: IssueCode, ctx: Context, extra: MessageParams = {}): Result {
  return { issues: [createIssue(code, { field: ctx.label, ...extra }, ctx)] };
}

function checkIdList(raw: unknown, ctx: Context): Result {
  if (!Array.isArray(raw)) return refuse('form.value.not-id-list', ctx);
  if (raw.length > MAX_FIELD_USERS)
    return refuse('form.value.too-many-ids', ctx, { max: MAX_FIELD_USERS });
  const ids: string[] = [];
  for (const [index, item] of raw.entries()) {
    if (!isId(item)) return refuse('form.value.not-id', { ...ctx, path: [...ctx.path, index] });
    if (!ids.includes(item)) ids.push(item);
  }

  return { value: ids, issues: [] };
}

/**
 * Checks a present (not missing) value of a `user` or `department` field: a non-empty id
 * string, or for a `user` field with `multiple` a list of them (repeated ids kept once, in
 * order). Whether the ids exist in the organization is for the caller that has the org.
 */
export function checkReferenceValue(field: ReferenceField, raw: unknown, ctx: Context): Result {
  if (field.type === 'user' && field.multiple) return checkIdList(raw, ctx);
  if (!isId(raw)) return refuse('form.value.not-id', ctx);

  return { value: raw, issues: [] };
}
