import { expressionFunctions, type ExprType, type ExpressionScope } from '@baton/schemas';

/** One suggestion of the expression editor: a field, a column of a table, or a function. */
export type ExpressionCompletion = {
  readonly label: string;
  readonly kind: 'field' | 'column' | 'function';
  /** What it is, for the suggestion's detail line: the field's type, or `sum(…)`. */
  readonly type?: ExprType;
};

const KEYWORDS = new Set(['true', 'false', 'null', 'in']);

function columnsOf(type: ExprType | undefined): Readonly<Record<string, ExprType>> | undefined {
  return typeof type === 'object' && 'table' in type ? type.table : undefined;
}

/**
 * What may be typed at the cursor, given the text before it: after `table.` the table's
 * columns; elsewhere the scope's fields and the functions. A string being typed gets nothing.
 */
export function expressionCompletions(
  scope: ExpressionScope,
  before: string,
): ExpressionCompletion[] {
  const quotes = before.match(/['"]/g)?.length ?? 0;
  if (quotes % 2 === 1) return [];
  const member = /([A-Za-z_][A-Za-z0-9_]*)\s*\.\s*[A-Za-z0-9_]*$/.exec(before);
  if (member) {
    const columns = columnsOf(scope.fields[member[1] ?? '']);

    return Object.entries(columns ?? {}).map(([label, type]) => ({ label, kind: 'column', type }));
  }
  const fields = Object.entries(scope.fields)
    .filter(([key]) => !KEYWORDS.has(key))
    .map(([label, type]): ExpressionCompletion => ({ label, kind: 'field', type }));
  const functions = Object.keys(expressionFunctions).map((label): ExpressionCompletion => ({
    label,
    kind: 'function',
  }));

  return [...fields, ...functions];
}
