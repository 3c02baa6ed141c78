import { checkExpression } from '../expression/check-expression.ts';
import type { ExpectedType } from '../expression/check-expression.ts';
import type { ExpressionScope } from '../expression/types.ts';
import { placeExpressionIssue } from '../issue-factory.ts';
import { phrase } from '../messages.ts';
import type { FormDefinition, FormField } from './form.ts';
import type { FieldPlace } from './form-place.ts';
import { fieldLabel } from './labels.ts';
import { rowScope } from './row-formulas.ts';
import { RULE_KEYS, ruleOf } from './rules.ts';
import { formScope } from './scope.ts';

function place(
  source: string,
  check: { scope: ExpressionScope; expected: ExpectedType; prefix: string },
  at: FieldPlace,
): void {
  const { locale } = at;
  const result = checkExpression(source, check.scope, { expected: check.expected, locale });
  for (const issue of result.issues) {
    at.issues.push(
      placeExpressionIssue(issue, { path: at.at, locale, prefix: `${check.prefix}: ` }),
    );
  }
}

/**
 * Type-checks the expressions of one field against the form: a computed field's formula (a
 * number), its linkage rules (each a condition), and the row formulas of a table's computed
 * columns against the row (see `rowScope`). Issues carry `start`/`end` in the expression.
 */
export function checkFieldExpressions(
  field: FormField,
  form: FormDefinition,
  at: FieldPlace,
): void {
  const { locale } = at;
  const label = fieldLabel(field, locale);
  let scope: ExpressionScope | undefined;
  const scopeOf = () => (scope ??= formScope(form));
  if (field.type === 'computed') {
    const prefix = phrase('where.formula', { field: label }, locale);
    place(
      field.formula,
      { scope: scopeOf(), expected: 'number', prefix },
      { ...at, at: [...at.at, 'formula'] },
    );
  }
  for (const rule of RULE_KEYS) {
    const source = ruleOf(field, rule);
    if (source === undefined) continue;
    const prefix = phrase(
      'where.rule',
      { rule: phrase(`rule.${rule}`, {}, locale), field: label },
      locale,
    );
    place(
      source,
      { scope: scopeOf(), expected: 'boolean', prefix },
      { ...at, at: [...at.at, rule] },
    );
  }
  if (field.type !== 'table') return;
  field.columns.forEach((column, index) => {
    if (column.type !== 'computed') return;
    const prefix = phrase(
      'where.row-formula',
      { table: label, column: fieldLabel(column, locale) },
      locale,
    );
    const scoped = { scope: rowScope(field, column.key), expected: 'number' as const, prefix };
    place(column.formula, scoped, { ...at, at: [...at.at, 'columns', index, 'formula'] });
  });
}
