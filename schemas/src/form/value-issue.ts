import { excerpt } from '../excerpt.ts';
import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { type IssuePath, createIssue } from '../issue-factory.ts';
import type { IssueCode, MessageParams } from '../messages.ts';

/** Where a value sits and how messages name it (the field's label, or "Items, row 3: Amount"). */
export type FieldContext = {
  readonly path: IssuePath;
  readonly label: string;
  readonly locale: Locale;
};

/** A checked value: `value` is the normalized one, absent when the input was empty or refused. */
export type FieldResult = { readonly value?: unknown; readonly issues: ValidationIssue[] };

/** A refusal of the value at `ctx`, its message naming the field. */
export function refuse(code: IssueCode, params: MessageParams, ctx: FieldContext): FieldResult {
  return { issues: [createIssue(code, { field: ctx.label, ...params }, ctx)] };
}

/** An accepted value. */
export function accept(value: unknown): FieldResult {
  return { value, issues: [] };
}

/** Missing: absent, null, or text that is blank. */
export function isMissing(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

/**
 * A submitted value as messages may repeat it: text cut to 40 characters, other JSON values
 * named by their shape, never serialized whole (a huge or deeply nested value stays out).
 */
export function describeValue(raw: unknown): string {
  if (typeof raw === 'string') return excerpt(raw);
  if (Array.isArray(raw)) return '[…]';
  if (typeof raw === 'object' && raw !== null) return '{…}';

  return excerpt(String(raw));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
