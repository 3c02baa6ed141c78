import { formatMessage, type Locale } from '@baton/schemas';

type Text = { readonly 'zh-CN': string; readonly en: string };

/**
 * Short texts for zod's issue codes, so input errors read in the caller's language. Kept here
 * (not zod's global locale config, which every concurrent request would share).
 */
export const schemaIssueTexts = {
  required: { 'zh-CN': '必填。', en: 'Required.' },
  'invalid-type': { 'zh-CN': '应为{type}。', en: 'Must be {type}.' },
  'string-empty': { 'zh-CN': '不能为空。', en: 'Must not be empty.' },
  'string-short': {
    'zh-CN': '至少 {limit} 个字符。',
    en: 'Must have at least {limit} characters.',
  },
  'string-long': { 'zh-CN': '最多 {limit} 个字符。', en: 'Must have at most {limit} characters.' },
  'items-few': { 'zh-CN': '至少 {limit} 项。', en: 'Must have at least {limit} items.' },
  'items-many': { 'zh-CN': '最多 {limit} 项。', en: 'Must have at most {limit} items.' },
  'number-min': { 'zh-CN': '不能小于 {limit}。', en: 'Must be at least {limit}.' },
  'number-above': { 'zh-CN': '必须大于 {limit}。', en: 'Must be greater than {limit}.' },
  'number-max': { 'zh-CN': '不能大于 {limit}。', en: 'Must be at most {limit}.' },
  'number-below': { 'zh-CN': '必须小于 {limit}。', en: 'Must be less than {limit}.' },
  'too-small': { 'zh-CN': '值太小。', en: 'Too small.' },
  'too-big': { 'zh-CN': '值太大。', en: 'Too large.' },
  format: { 'zh-CN': '格式不正确。', en: 'Has the wrong format.' },
  'format-named': {
    'zh-CN': '格式不正确（应为 {format}）。',
    en: 'Has the wrong format (expected {format}).',
  },
  'one-value': { 'zh-CN': '必须是 {values}。', en: 'Must be {values}.' },
  'one-of': { 'zh-CN': '必须是以下之一：{values}。', en: 'Must be one of: {values}.' },
  'unknown-keys': { 'zh-CN': '不认识的字段：{keys}。', en: 'Unknown fields: {keys}.' },
  union: { 'zh-CN': '不符合任何允许的形式。', en: 'Does not match any allowed form.' },
  'multiple-of': { 'zh-CN': '必须是 {divisor} 的倍数。', en: 'Must be a multiple of {divisor}.' },
  'invalid-key': { 'zh-CN': '包含无效的键。', en: 'Has an invalid key.' },
  'invalid-element': { 'zh-CN': '包含无效的元素。', en: 'Has an invalid element.' },
  invalid: { 'zh-CN': '值无效。', en: 'Invalid value.' },
} as const satisfies Record<string, Text>;

type TextKey = keyof typeof schemaIssueTexts;

const TYPE_NAMES: Readonly<Record<string, Text>> = {
  string: { 'zh-CN': '文本', en: 'text' },
  number: { 'zh-CN': '数字', en: 'a number' },
  int: { 'zh-CN': '整数', en: 'a whole number' },
  bigint: { 'zh-CN': '整数', en: 'a whole number' },
  boolean: { 'zh-CN': '是或否', en: 'true or false' },
  object: { 'zh-CN': '对象', en: 'an object' },
  array: { 'zh-CN': '列表', en: 'a list' },
  date: { 'zh-CN': '日期', en: 'a date' },
  null: { 'zh-CN': '空值', en: 'null' },
};

/** A zod issue as it arrives (zod's final issues, or any Standard Schema issue). */
export type SchemaIssueLike = {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly path?: ReadonlyArray<unknown>;
  readonly [detail: string]: unknown;
};

type Chosen = { key: TextKey; params?: Record<string, string | number> };

const text = (key: TextKey, params: Record<string, string | number> = {}): Chosen => ({
  key,
  params,
});

function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

function sizeText(issue: SchemaIssueLike, small: boolean): Chosen {
  const limit = Number(small ? issue['minimum'] : issue['maximum']);
  const params = { limit: String(small ? issue['minimum'] : issue['maximum']) };
  const inclusive = issue['inclusive'] !== false;
  switch (issue['origin']) {
    case 'string':
      if (small && limit === 1) return text('string-empty');
      return text(small ? 'string-short' : 'string-long', params);
    case 'array':
    case 'set':
      return text(small ? 'items-few' : 'items-many', params);
    case 'number':
    case 'int':
    case 'bigint':
      if (small) return text(inclusive ? 'number-min' : 'number-above', params);
      return text(inclusive ? 'number-max' : 'number-below', params);
    default:
      return text(small ? 'too-small' : 'too-big');
  }
}

function choose(issue: SchemaIssueLike, missing: boolean, locale: Locale): Chosen {
  switch (issue.code) {
    case 'invalid_type': {
      if (missing) return text('required');
      const expected = String(issue['expected']);
      return text('invalid-type', { type: TYPE_NAMES[expected]?.[locale] ?? expected });
    }
    case 'too_small':
      return sizeText(issue, true);
    case 'too_big':
      return sizeText(issue, false);
    case 'invalid_format': {
      const format = String(issue['format']);
      return format === 'regex' ? text('format') : text('format-named', { format });
    }
    case 'invalid_value': {
      const values = Array.isArray(issue['values']) ? issue['values'] : [];
      return text(values.length === 1 ? 'one-value' : 'one-of', {
        values: values.map(shown).join(' | '),
      });
    }
    case 'unrecognized_keys': {
      const keys = Array.isArray(issue['keys']) ? issue['keys'] : [];
      return text('unknown-keys', { keys: keys.map(String).join(', ') });
    }
    case 'invalid_union':
      return missing ? text('required') : text('union');
    case 'not_multiple_of':
      return text('multiple-of', { divisor: String(issue['divisor']) });
    case 'invalid_key':
      return text('invalid-key');
    case 'invalid_element':
      return text('invalid-element');
    default:
      return text('invalid');
  }
}

/**
 * The caller-language message of a zod issue. `missing` says the value at the issue's path was
 * absent from the input (so "required" rather than "must be text"). Custom issues (refinements)
 * keep their own message, which their schema wrote for people.
 */
export function schemaIssueMessage(
  issue: SchemaIssueLike,
  options: { locale: Locale; missing: boolean },
): string {
  if (issue.code === 'custom' && typeof issue.message === 'string') return issue.message;
  const chosen = choose(issue, options.missing, options.locale);

  return formatMessage(schemaIssueTexts[chosen.key][options.locale], chosen.params ?? {});
}
