/**
 * Issue codes of the field types, linkage rules, row formulas and field access added for
 * forms (#5), with their texts in both UI languages. Part of the package catalogue
 * (`issueMessages`, `phrases` in `messages.ts`), kept here beside the code that reports them.
 */
export const formIssueMessages = {
  'expr.bad-datetime': {
    en: '"{text}" is not a date and time written YYYY-MM-DDTHH:mm:ssZ (UTC)',
    'zh-CN': '“{text}”不是 YYYY-MM-DDTHH:mm:ssZ（UTC）格式的日期时间',
  },
  'form.value.not-boolean': {
    en: '{field} must be true or false',
    'zh-CN': '{field}必须是“是”或“否”',
  },
  'form.value.not-ticked': { en: '{field} must be ticked', 'zh-CN': '必须勾选{field}' },
  'form.value.not-datetime': {
    en: '{field}: "{value}" is not a date and time such as 2026-03-12T09:30:00Z',
    'zh-CN': '{field}：“{value}”不是有效的日期时间，例如 2026-03-12T09:30:00Z',
  },
  'form.value.datetime-no-zone': {
    en: '{field}: "{value}" has no time zone: add Z or an offset such as +08:00',
    'zh-CN': '{field}：“{value}”没有时区：请加上 Z 或偏移量，例如 +08:00',
  },
  'form.value.not-date-range': {
    en: '{field} must be a start day and an end day, both written YYYY-MM-DD',
    'zh-CN': '{field}必须包含开始日期和结束日期，格式均为 YYYY-MM-DD',
  },
  'form.value.range-no-start': {
    en: '{field}: the start day is missing',
    'zh-CN': '{field}：缺少开始日期',
  },
  'form.value.range-no-end': {
    en: '{field}: the end day is missing',
    'zh-CN': '{field}：缺少结束日期',
  },
  'form.value.range-reversed': {
    en: '{field}: the end {end} is before the start {start}',
    'zh-CN': '{field}：结束日期 {end} 早于开始日期 {start}',
  },
  'form.value.range-too-long': {
    en: '{field} may span at most {max} days; {start} to {end} is {days}',
    'zh-CN': '{field}最多 {max} 天；{start} 至 {end} 共 {days} 天',
  },
  'form.value.not-option-list': {
    en: '{field} must be a list of option values',
    'zh-CN': '{field}必须是选项值的列表',
  },
  'form.value.too-few-items': {
    en: '{field} needs at least {min} choices',
    'zh-CN': '{field}至少需要选择 {min} 项',
  },
  'form.value.too-many-items': {
    en: '{field} allows at most {max} choices',
    'zh-CN': '{field}最多只能选择 {max} 项',
  },
  'form.value.not-file-list': {
    en: '{field} must be a list of uploaded files',
    'zh-CN': '{field}必须是已上传文件的列表',
  },
  'form.value.not-file': {
    en: '{field}: item {index} is not an uploaded file (an id of at most 200 characters)',
    'zh-CN': '{field}：第 {index} 项不是已上传的文件（最多 200 个字符的 id）',
  },
  'form.value.too-many-files': {
    en: '{field} allows at most {max} files',
    'zh-CN': '{field}最多允许 {max} 个文件',
  },
  'form.file.too-large': {
    en: '{field}: "{name}" is larger than {max} MB',
    'zh-CN': '{field}：“{name}”超过了 {max} MB',
  },
  'form.file.not-accepted': {
    en: '{field}: "{name}" is not an accepted type ({accept})',
    'zh-CN': '{field}：“{name}”不是允许的文件类型（{accept}）',
  },
  'form.value.not-code': {
    en: '{field} must be the code of a list entry (at most {max} characters)',
    'zh-CN': '{field}必须是列表条目的编码（最多 {max} 个字符）',
  },
  'form.value.not-request-id': {
    en: '{field} must be the id of a request (at most {max} characters)',
    'zh-CN': '{field}必须是申请单的 id（最多 {max} 个字符）',
  },
  'form.field.no-value': {
    en: '{field} only shows text and takes no value',
    'zh-CN': '{field}仅用于显示文字，不接受取值',
  },
  'form.value.pattern-mismatch': { en: '{field}: {hint}', 'zh-CN': '{field}：{hint}' },
  'form.computed.mismatch': {
    en: '{field}: the submitted value {given} differs from the computed value {expected}',
    'zh-CN': '{field}：提交的值 {given} 与计算结果 {expected} 不一致',
  },
  'form.computed.too-large-unseen': {
    en: 'A computed field you cannot see would have more than {max} digits before the decimal point',
    'zh-CN': '一个你无权查看的计算字段的整数部分将超过 {max} 位',
  },
  'form.issues.more': {
    en: '{count} more issue(s) are not listed',
    'zh-CN': '另有 {count} 处问题未列出',
  },
  'form.pattern.unsafe': {
    en: '{field}: the pattern cannot be used ({reason}, at character {position})',
    'zh-CN': '{field}：该格式规则无法使用（{reason}，位于第 {position} 个字符）',
  },
  'form.length.min-above-max': {
    en: '{field}: at least {min} characters are asked for but at most {max} allowed',
    'zh-CN': '{field}：最少需要 {min} 个字符，却最多只允许 {max} 个字符',
  },
  'form.items.min-above-max': {
    en: '{field}: at least {min} choices are asked for but at most {max} allowed',
    'zh-CN': '{field}：最少选择 {min} 项，却最多只允许 {max} 项',
  },
  'flow.field-access.unknown-node': {
    en: 'Field permissions name the step "{node}", which is not in the flow',
    'zh-CN': '字段权限中的步骤“{node}”不在流程中',
  },
  'flow.field-access.unknown-field': {
    en: 'Field permissions of "{node}" name the field "{key}", which is not in the form',
    'zh-CN': '“{node}”的字段权限中的字段“{key}”不在表单中',
  },
  'flow.field-access.never-editable': {
    en: 'Field permissions let "{node}" edit {field}, which nobody types into: it is read-only there',
    'zh-CN': '字段权限允许“{node}”编辑{field}，但该字段无法填写：它在此步骤只读',
  },
  'flow.field-access.required-not-editable': {
    en: '{field} is required but no step may edit it and it has no default: nobody could fill it in',
    'zh-CN': '{field}为必填项，但没有任何步骤可以编辑它，且它没有默认值：无人能够填写',
  },
  'flow.field-access.reveals-hidden': {
    en: 'At step "{node}", {where} reads {hidden}, which is hidden there: {field} may reveal it',
    'zh-CN': '在步骤“{node}”中，{where}读取了在此隐藏的{hidden}：{field}可能泄露其内容',
  },
} as const;

export const formPhrases = {
  'type.datetime': { en: 'date and time', 'zh-CN': '日期时间' },
  'schema.whole-number': {
    en: 'A whole number written as a string.',
    'zh-CN': '以字符串书写的整数。',
  },
  'schema.decimal': {
    en: 'A decimal written as a string, at most {places} decimal places.',
    'zh-CN': '以字符串书写的十进制数，最多 {places} 位小数。',
  },
  'schema.currency': { en: 'Currency {currency}.', 'zh-CN': '币种 {currency}。' },
  'schema.min': { en: 'At least {min}.', 'zh-CN': '不小于 {min}。' },
  'schema.max': { en: 'At most {max}.', 'zh-CN': '不大于 {max}。' },
  'pattern.mismatch': { en: 'not in the expected format', 'zh-CN': '格式不正确' },
  'where.rule': { en: '{rule} of {field}', 'zh-CN': '{field}的{rule}' },
  'where.row-formula': { en: 'Formula of {table}: {column}', 'zh-CN': '{table}中{column}的公式' },
  'rule.visibleWhen': { en: 'Show when', 'zh-CN': '显示条件' },
  'rule.requiredWhen': { en: 'Require when', 'zh-CN': '必填条件' },
  'rule.disabledWhen': { en: 'Disable when', 'zh-CN': '禁用条件' },
  'pattern-problem.back-reference': {
    en: 'back-references are not supported',
    'zh-CN': '不支持反向引用',
  },
  'pattern-problem.look-around': {
    en: 'look-arounds are not supported',
    'zh-CN': '不支持前后断言',
  },
  'pattern-problem.nested-quantifier': {
    en: 'a repeat inside a repeat, such as (a+)+, is not supported',
    'zh-CN': '不支持嵌套的重复，例如 (a+)+',
  },
  'pattern-problem.unsupported': {
    en: 'this syntax is not supported',
    'zh-CN': '超出支持范围的语法',
  },
  'pattern-problem.unbalanced': { en: 'a bracket is not closed', 'zh-CN': '括号未闭合' },
  'pattern-problem.nothing-to-repeat': {
    en: 'a repeat follows nothing',
    'zh-CN': '没有可重复的内容',
  },
  'pattern-problem.repeat-too-large': {
    en: 'a count is above 1000 or reversed',
    'zh-CN': '次数超过 1000 或范围颠倒',
  },
  'pattern-problem.bad-class': { en: 'a character class is not valid', 'zh-CN': '字符集无效' },
  'pattern-problem.too-large': { en: 'the pattern is too large', 'zh-CN': '规则过于庞大' },
} as const;
