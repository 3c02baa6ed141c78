import type { Locale } from '../i18n.ts';
import { phrase } from '../messages.ts';

export type ScalarType = 'number' | 'money' | 'string' | 'boolean' | 'date' | 'datetime' | 'null';

/**
 * The static type of an expression. Money and number are both decimals (money keeps its kind
 * through arithmetic); dates are `YYYY-MM-DD` strings, date-times UTC `YYYY-MM-DDTHH:mm:ssZ`
 * strings (both ordered, so `<` compares them in time); a table is a list of rows whose columns
 * are read as lists (`items.amount` is a list of money).
 */
export type ExprType =
  ScalarType | { readonly list: ExprType } | { readonly table: Readonly<Record<string, ExprType>> };

/** What an expression may refer to: field keys and their types (see `formScope`). */
export type ExpressionScope = { readonly fields: Readonly<Record<string, ExprType>> };

export function isNumeric(type: ExprType): type is 'number' | 'money' {
  return type === 'number' || type === 'money';
}

export function isList(type: ExprType): type is { readonly list: ExprType } {
  return typeof type === 'object' && 'list' in type;
}

export function isTable(
  type: ExprType,
): type is { readonly table: Readonly<Record<string, ExprType>> } {
  return typeof type === 'object' && 'table' in type;
}

export function isScalar(type: ExprType): type is ScalarType {
  return typeof type === 'string';
}

/** The type of `a op b` for arithmetic: money if either side is money. */
export function numericResult(left: ExprType, right: ExprType): 'number' | 'money' {
  return left === 'money' || right === 'money' ? 'money' : 'number';
}

/** Whether values of the two types can be compared with `==`/`!=` (and `in`). */
export function comparable(left: ExprType, right: ExprType): boolean {
  if (isNumeric(left) && isNumeric(right)) return true;
  if (left === 'null' || right === 'null') return true;

  return isScalar(left) && left === right;
}

/** A type in words for messages, e.g. `list of money`. */
export function typeName(type: ExprType, locale: Locale): string {
  if (isList(type)) return phrase('type.list', { item: typeName(type.list, locale) }, locale);
  if (isTable(type)) return phrase('type.table', {}, locale);

  return phrase(`type.${type}`, {}, locale);
}
