import type { ValidationIssue } from '../issue.ts';
import { createIssue } from '../issue-factory.ts';
import { parseDecimal } from '../money/decimal.ts';
import { type FieldContext, describeValue, isMissing } from './value-issue.ts';

/**
 * Compares what a client submitted for a computed field or cell with what the server worked
 * out. Nothing submitted is fine (the value is filled in); a decimal equal to the result is
 * fine whatever its places (`"7.5"` for `"7.50"`); anything else is `form.computed.mismatch`
 * naming both values (`—` when the formula gives nothing, as with an empty operand).
 */
export function computedMismatch(
  given: unknown,
  expected: unknown,
  ctx: FieldContext,
): ValidationIssue | null {
  if (isMissing(given)) return null;
  const submitted = typeof given === 'string' ? parseDecimal(given.trim()) : null;
  const computed = typeof expected === 'string' ? parseDecimal(expected) : null;
  if (submitted && computed && submitted.eq(computed)) return null;
  const params = {
    field: ctx.label,
    given: describeValue(given),
    expected: typeof expected === 'string' ? expected : '—',
  };

  return createIssue('form.computed.mismatch', params, ctx);
}
