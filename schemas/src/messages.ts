import { type ErrorMessages, formatMessage } from './errors.ts';
import { formIssueMessages, formPhrases } from './form/form-messages.ts';
import type { Locale } from './i18n.ts';

type Texts = { readonly 'zh-CN': string; readonly en: string };
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Every issue code the schemas package reports, with its text in both UI languages. `{name}`
 * placeholders are filled from the issue's parameters. Codes are stable: retire, never reuse.
 */
export const issueMessages = {
  'schema.invalid': { en: '{where}: {detail}', 'zh-CN': '{where}：{detail}' },
  'document.unknown-key': {
    en: '{where}: unknown key "{key}": remove it or correct its spelling',
    'zh-CN': '{where}：未知的键“{key}”：请删除或更正拼写',
  },
  'layout.unknown-node': {
    en: 'The canvas has a position for "{node}", which is not a step of the flow: it is ignored',
    'zh-CN': '画布上有“{node}”的位置，但流程中没有该步骤：该位置将被忽略',
  },
  'document.too-deep': {
    en: '{where}: the document is nested more than {max} levels deep',
    'zh-CN': '{where}：文档嵌套超过 {max} 层',
  },
  'document.reserved-key': {
    en: '{where}: the key "__proto__" is not allowed in a document',
    'zh-CN': '{where}：文档中不允许使用键“__proto__”',
  },
  'flow.too-large': {
    en: 'The flow has {count} {things}; at most {max} are allowed',
    'zh-CN': '流程有 {count} {things}，超过了上限 {max}',
  },

  'expr.empty': { en: 'The expression is empty', 'zh-CN': '表达式为空' },
  'expr.too-long': {
    en: 'The expression is {length} characters long; at most {max} are allowed',
    'zh-CN': '表达式长 {length} 个字符，最多允许 {max} 个',
  },
  'expr.too-deep': {
    en: 'The expression is nested too deeply (more than {max} levels)',
    'zh-CN': '表达式嵌套过深（超过 {max} 层）',
  },
  'expr.unexpected-character': {
    en: 'Unexpected character "{text}"',
    'zh-CN': '无法识别的字符“{text}”',
  },
  'expr.bad-number': {
    en: 'Malformed number "{text}": write digits after the point, such as 12.50',
    'zh-CN': '数字“{text}”格式错误：小数点后需要数字，例如 12.50',
  },
  'expr.bad-escape': {
    en: 'Unknown escape "{text}" in a string (use \\\\, \\\', \\", \\n or \\t)',
    'zh-CN': '字符串中有未知的转义“{text}”（可用 \\\\、\\\'、\\"、\\n、\\t）',
  },
  'expr.unterminated-string': {
    en: 'The string is not closed: add the closing quote',
    'zh-CN': '字符串没有结束：请补上结尾的引号',
  },
  'expr.unexpected-end': {
    en: 'The expression ends too early',
    'zh-CN': '表达式不完整',
  },
  'expr.expected-value': {
    en: 'Expected a value (a number, text, field or function call) but found "{text}"',
    'zh-CN': '此处应为一个值（数字、文本、字段或函数调用），却是“{text}”',
  },
  'expr.expected-token': {
    en: 'Expected "{expected}" but found "{text}"',
    'zh-CN': '此处应为“{expected}”，却是“{text}”',
  },
  'expr.expected-name': {
    en: 'Expected a column name after "." but found "{text}"',
    'zh-CN': '“.”后应为列名，却是“{text}”',
  },
  'expr.unexpected-token': {
    en: 'Unexpected "{text}" after a complete expression',
    'zh-CN': '完整的表达式之后出现了多余的“{text}”',
  },
  'expr.unknown-field': { en: 'Unknown field "{name}"', 'zh-CN': '未知字段“{name}”' },
  'expr.unknown-column': {
    en: 'Table "{table}" has no column "{name}"',
    'zh-CN': '表格“{table}”没有列“{name}”',
  },
  'expr.not-a-table': {
    en: '"{name}" is not a table, so ".{column}" cannot be read from it',
    'zh-CN': '“{name}”不是表格，无法读取“.{column}”',
  },
  'expr.unknown-function': {
    en: 'Unknown function "{name}"; available: {available}',
    'zh-CN': '未知函数“{name}”；可用函数：{available}',
  },
  'expr.wrong-arity': {
    en: '{name}() takes {expected} argument(s) but got {actual}',
    'zh-CN': '{name}() 需要 {expected} 个参数，实际为 {actual} 个',
  },
  'expr.operand-type': {
    en: 'Operator "{op}" needs {expected} but got {actual}',
    'zh-CN': '运算符“{op}”需要{expected}，实际为{actual}',
  },
  'expr.operator-types': {
    en: 'Operator "{op}" cannot be applied to {left} and {right}',
    'zh-CN': '运算符“{op}”不能用于{left}和{right}',
  },
  'expr.argument-type': {
    en: '{name}() needs {expected} as argument {index} but got {actual}',
    'zh-CN': '{name}() 的第 {index} 个参数应为{expected}，实际为{actual}',
  },
  'expr.mixed-list': {
    en: 'All items of a list must be of one type, but {left} and {right} are mixed',
    'zh-CN': '列表中的各项必须是同一类型，但混用了{left}和{right}',
  },
  'expr.null-comparison': {
    en: 'A comparison with null is never true; use isEmpty(…) instead',
    'zh-CN': '与 null 比较永远不成立；请改用 isEmpty(…)',
  },
  'expr.bad-date': {
    en: '"{text}" is not a calendar day written YYYY-MM-DD',
    'zh-CN': '“{text}”不是 YYYY-MM-DD 格式的有效日期',
  },
  'expr.result-type': {
    en: 'The expression must give {expected} but gives {actual}',
    'zh-CN': '表达式的结果应为{expected}，实际为{actual}',
  },

  'form.values.not-object': {
    en: 'The form values must be an object keyed by field',
    'zh-CN': '表单数据必须是以字段为键的对象',
  },
  'form.field.unknown': {
    en: 'This form has no field "{key}"',
    'zh-CN': '此表单没有字段“{key}”',
  },
  'form.value.required': { en: '{field} is required', 'zh-CN': '{field}为必填项' },
  'form.value.not-string': { en: '{field} must be text', 'zh-CN': '{field}必须是文本' },
  'form.value.number-not-string': {
    en: '{field}: give the number as a decimal string such as "12.50", not as a JSON number',
    'zh-CN': '{field}：请以十进制字符串（例如 "12.50"）提交数字，而不是 JSON 数值',
  },
  'form.value.grouping': {
    en: '{field}: write "{value}" without grouping separators, such as 12345.67',
    'zh-CN': '{field}：“{value}”请不要带千分位分隔符，例如 12345.67',
  },
  'form.value.not-decimal': {
    en: '{field}: "{value}" is not a decimal number such as 12.50',
    'zh-CN': '{field}：“{value}”不是有效的数字，例如 12.50',
  },
  'form.value.too-many-decimals': {
    en: '{field} allows at most {decimals} decimal places; "{value}" has {actual}',
    'zh-CN': '{field}最多允许 {decimals} 位小数；“{value}”有 {actual} 位',
  },
  'form.value.too-large': {
    en: '{field}: "{value}" has more than {max} digits before the decimal point',
    'zh-CN': '{field}：“{value}”的整数部分超过 {max} 位',
  },
  'form.value.below-min': {
    en: '{field} must be at least {min}',
    'zh-CN': '{field}不能小于 {min}',
  },
  'form.value.above-max': { en: '{field} must be at most {max}', 'zh-CN': '{field}不能大于 {max}' },
  'form.value.too-short': {
    en: '{field} needs at least {min} characters',
    'zh-CN': '{field}至少需要 {min} 个字符',
  },
  'form.value.too-long': {
    en: '{field} allows at most {max} characters',
    'zh-CN': '{field}最多允许 {max} 个字符',
  },
  'form.value.not-date': {
    en: '{field}: "{value}" is not a calendar day written YYYY-MM-DD',
    'zh-CN': '{field}：“{value}”不是 YYYY-MM-DD 格式的有效日期',
  },
  'form.value.not-option': {
    en: '{field}: "{value}" is not one of the options ({options})',
    'zh-CN': '{field}：“{value}”不在可选项中（{options}）',
  },
  'form.value.not-id': {
    en: '{field} must be the id of one entry of the organization',
    'zh-CN': '{field}必须是组织中某一项的 id',
  },
  'form.value.not-id-list': {
    en: '{field} must be a list of user ids',
    'zh-CN': '{field}必须是用户 id 的列表',
  },
  'form.value.too-many-ids': {
    en: '{field} allows at most {max} people',
    'zh-CN': '{field}最多允许 {max} 人',
  },
  'form.table.not-list': { en: '{field} must be a list of rows', 'zh-CN': '{field}必须是行的列表' },
  'form.table.row-not-object': {
    en: 'Row {row} of {field} must be an object keyed by column',
    'zh-CN': '{field}的第 {row} 行必须是以列为键的对象',
  },
  'form.table.unknown-column': {
    en: 'Row {row} of {field} has the unknown column "{key}"',
    'zh-CN': '{field}的第 {row} 行有未知列“{key}”',
  },
  'form.table.too-few-rows': {
    en: '{field} needs at least {min} row(s)',
    'zh-CN': '{field}至少需要 {min} 行',
  },
  'form.table.too-many-rows': {
    en: '{field} allows at most {max} rows',
    'zh-CN': '{field}最多允许 {max} 行',
  },
  'form.key.duplicate': {
    en: 'Two fields use the key "{key}"',
    'zh-CN': '有两个字段使用了同一个键“{key}”',
  },
  'form.column.duplicate': {
    en: 'Table {field} has two columns with the key "{key}"',
    'zh-CN': '表格{field}有两列使用了同一个键“{key}”',
  },
  'form.option.duplicate': {
    en: '{field} lists the option "{value}" twice',
    'zh-CN': '{field}的选项“{value}”重复',
  },
  'form.field.min-above-max': {
    en: '{field}: the minimum {min} is above the maximum {max}',
    'zh-CN': '{field}：最小值 {min} 大于最大值 {max}',
  },
  'form.field.bad-default': {
    en: 'The default value of {field} is not valid: {detail}',
    'zh-CN': '{field}的默认值无效：{detail}',
  },
  'form.table.rows-min-above-max': {
    en: '{field}: at least {min} rows are asked for but at most {max} allowed',
    'zh-CN': '{field}：最少行数 {min} 大于最多行数 {max}',
  },
  'form.computed.cycle': {
    en: 'Computed field {field} depends on itself ({cycle})',
    'zh-CN': '计算字段{field}依赖于自身（{cycle}）',
  },
  ...formIssueMessages,

  'node.unknown-kind': {
    en: 'Step "{node}" has the unknown kind "{type}"',
    'zh-CN': '步骤“{node}”的类型“{type}”未知',
  },
  'node.config.unknown-key': {
    en: 'Step "{node}" has the unknown setting "{setting}": remove it or correct its spelling',
    'zh-CN': '步骤“{node}”有未知的设置“{setting}”：请删除或更正拼写',
  },
  'node.config-invalid': {
    en: 'Step "{node}": the setting "{setting}" is not valid: {detail}',
    'zh-CN': '步骤“{node}”：设置“{setting}”无效：{detail}',
  },
  'node.duplicate-id': {
    en: 'Two steps use the id "{id}"',
    'zh-CN': '有两个步骤使用了同一个 id“{id}”',
  },
  'edge.duplicate-id': {
    en: 'Two connections use the id "{id}"',
    'zh-CN': '有两条连线使用了同一个 id“{id}”',
  },
  'edge.missing-source': {
    en: 'Connection "{id}" starts at "{ref}", which is not a step of this flow',
    'zh-CN': '连线“{id}”的起点“{ref}”不是此流程中的步骤',
  },
  'edge.missing-target': {
    en: 'Connection "{id}" leads to "{ref}", which is not a step of this flow',
    'zh-CN': '连线“{id}”的终点“{ref}”不是此流程中的步骤',
  },
  'flow.no-start': { en: 'The flow has no start step', 'zh-CN': '流程缺少发起步骤' },
  'flow.multiple-starts': {
    en: 'The flow has {count} start steps, "{node}" among them; it needs exactly one',
    'zh-CN': '流程有 {count} 个发起步骤（包括“{node}”），只能有一个',
  },
  'flow.no-end': { en: 'The flow has no end step', 'zh-CN': '流程缺少结束步骤' },
  'node.too-few-inputs': {
    en: 'Step "{node}" needs at least {min} incoming connection(s) but has {actual}',
    'zh-CN': '步骤“{node}”至少需要 {min} 条进入的连线，目前有 {actual} 条',
  },
  'node.too-many-inputs': {
    en: 'Step "{node}" allows at most {max} incoming connection(s) but has {actual}',
    'zh-CN': '步骤“{node}”最多允许 {max} 条进入的连线，目前有 {actual} 条',
  },
  'node.too-few-outputs': {
    en: 'Step "{node}" needs at least {min} outgoing connection(s) but has {actual}',
    'zh-CN': '步骤“{node}”至少需要 {min} 条出去的连线，目前有 {actual} 条',
  },
  'node.too-many-outputs': {
    en: 'Step "{node}" allows at most {max} outgoing connection(s) but has {actual}',
    'zh-CN': '步骤“{node}”最多允许 {max} 条出去的连线，目前有 {actual} 条',
  },
  'node.unreachable': {
    en: 'Step "{node}" cannot be reached from the start',
    'zh-CN': '从发起步骤无法到达步骤“{node}”',
  },
  'node.dead-end': {
    en: 'From step "{node}" a request can never reach an end',
    'zh-CN': '从步骤“{node}”出发，申请永远无法到达结束',
  },
  'flow.cycle': {
    en: 'Steps {nodes} form a loop, so a request could go round forever',
    'zh-CN': '步骤 {nodes} 构成了循环，申请可能永远无法结束',
  },
  'branch.no-default': {
    en: 'Condition branch "{node}" needs one default connection, taken when no condition matches',
    'zh-CN': '条件分支“{node}”需要一条默认连线，在所有条件都不满足时使用',
  },
  'branch.multiple-defaults': {
    en: 'Condition branch "{node}" has {count} default connections; it needs exactly one',
    'zh-CN': '条件分支“{node}”有 {count} 条默认连线，只能有一条',
  },
  'branch.missing-condition': {
    en: 'The connection from "{node}" to "{target}" needs a condition or must be the default',
    'zh-CN': '从“{node}”到“{target}”的连线需要条件，或者设为默认连线',
  },
  'branch.default-with-condition': {
    en: 'The default connection from "{node}" to "{target}" must not have a condition',
    'zh-CN': '从“{node}”到“{target}”的默认连线不能带条件',
  },
  'branch.duplicate-priority': {
    en: 'Connections out of "{node}" share the priority {priority}, so their order is unclear',
    'zh-CN': '从“{node}”出去的多条连线优先级都是 {priority}，先后顺序不明确',
  },
  'edge.condition-outside-branch': {
    en: 'The connection from "{source}" to "{target}" has a condition, but only connections out of a condition branch are chosen by condition',
    'zh-CN': '从“{source}”到“{target}”的连线带有条件，但只有条件分支出去的连线才按条件选择',
  },
  'edge.default-outside-branch': {
    en: 'The connection from "{source}" to "{target}" is marked default, which only matters out of a condition branch',
    'zh-CN': '从“{source}”到“{target}”的连线被标为默认，但只有条件分支出去的连线才有默认',
  },
  'parallel.unclosed': {
    en: 'Parallel branch "{node}" is not closed: all its paths must meet at one parallel join',
    'zh-CN': '并行分支“{node}”没有闭合：它的所有路径必须汇聚到同一个并行汇聚',
  },
  'parallel.closed-by-other': {
    en: 'The paths of parallel branch "{node}" meet at "{meet}", which is not a parallel join',
    'zh-CN': '并行分支“{node}”的路径汇聚在“{meet}”，而它不是并行汇聚',
  },
  'parallel.foreign-input': {
    en: 'Parallel join "{join}" also receives paths that do not come from "{node}"',
    'zh-CN': '并行汇聚“{join}”还接收了不是来自“{node}”的路径',
  },
  'parallel.branches-merge-early': {
    en: 'Paths of parallel branch "{node}" meet at "{meet}" before the join "{join}"',
    'zh-CN': '并行分支“{node}”的路径在汇聚“{join}”之前就在“{meet}”相遇',
  },
  'parallel.join-entered-twice': {
    en: 'One path of parallel branch "{node}" enters the join "{join}" more than once: merge its condition branches before the join',
    'zh-CN': '并行分支“{node}”的一条路径多次进入汇聚“{join}”：请在汇聚之前合并其中的条件分支',
  },
  'join.without-split': {
    en: 'Parallel join "{node}" does not close a parallel branch',
    'zh-CN': '并行汇聚“{node}”没有对应的并行分支',
  },
  'join.shared': {
    en: 'Parallel join "{node}" closes several parallel branches ({splits}); each needs its own join',
    'zh-CN': '并行汇聚“{node}”同时闭合了多个并行分支（{splits}），每个分支需要自己的汇聚',
  },
  'flow.no-approval-step': {
    en: 'The flow has no approval step: requests of this flow complete without anyone approving',
    'zh-CN': '流程没有审批步骤：此流程的申请无需任何人审批即可完成',
  },
  'approval.unknown-approver': {
    en: 'Approval step "{node}" names only approvers the organization does not have ({names}), so nobody could approve it',
    'zh-CN': '审批步骤“{node}”指定的审批人在组织中都不存在（{names}），没有人能审批',
  },
  'approval.no-approvers': {
    en: 'Approval step "{node}" has no approvers',
    'zh-CN': '审批步骤“{node}”没有设置审批人',
  },
  'cc.no-recipients': {
    en: 'CC step "{node}" has no recipients',
    'zh-CN': '抄送步骤“{node}”没有设置抄送人',
  },
  'approver.unknown-role': {
    en: 'Step "{node}" asks for the role "{role}", which the organization does not have',
    'zh-CN': '步骤“{node}”使用了角色“{role}”，但组织中没有这个角色',
  },
  'approver.role-without-users': {
    en: 'Step "{node}" asks for the role "{role}", which nobody holds',
    'zh-CN': '步骤“{node}”使用了角色“{role}”，但没有人担任该角色',
  },
  'approver.unknown-user': {
    en: 'Step "{node}" names the user "{user}", who is not in the organization',
    'zh-CN': '步骤“{node}”指定了用户“{user}”，但组织中没有此人',
  },
  'approver.disabled-user': {
    en: 'Step "{node}" names the user "{user}", whose account is disabled',
    'zh-CN': '步骤“{node}”指定的用户“{user}”已被停用',
  },
  'approver.unknown-position': {
    en: 'Step "{node}" asks for the position "{position}", which the organization does not have',
    'zh-CN': '步骤“{node}”使用了岗位“{position}”，但组织中没有这个岗位',
  },
  'approver.position-without-users': {
    en: 'Step "{node}" asks for the position "{position}", which nobody holds',
    'zh-CN': '步骤“{node}”使用了岗位“{position}”，但没有人担任该岗位',
  },
  'approver.unknown-group': {
    en: 'Step "{node}" asks for the group "{group}", which the organization does not have',
    'zh-CN': '步骤“{node}”使用了用户组“{group}”，但组织中没有这个用户组',
  },
  'approver.group-without-users': {
    en: 'Step "{node}" asks for the group "{group}", which has no enabled member',
    'zh-CN': '步骤“{node}”使用了用户组“{group}”，但该组没有启用的成员',
  },
  'approval.percent-missing': {
    en: 'Approval step "{node}" approves by percentage but does not say what percentage',
    'zh-CN': '审批步骤“{node}”按比例通过，但没有设置比例',
  },
  'approval.percent-unused': {
    en: 'Approval step "{node}" sets a percentage, which only counts in percentage mode',
    'zh-CN': '审批步骤“{node}”设置了通过比例，但只有按比例通过时才会使用',
  },
  'approval.threshold-needs-percentage': {
    en: 'Approval step "{node}" rejects by threshold, which needs percentage mode',
    'zh-CN': '审批步骤“{node}”按阈值驳回，这需要按比例通过的方式',
  },
  'approval.reject-percent-misplaced': {
    en: 'Approval step "{node}" sets a reject percentage, which only counts with percentage mode and reject by threshold',
    'zh-CN': '审批步骤“{node}”设置了驳回比例，但只有按比例通过且按阈值驳回时才会使用',
  },
  'approval.fallback-missing': {
    en: 'Approval step "{node}" sends the request to a named person when nobody is found, but names nobody',
    'zh-CN': '审批步骤“{node}”在找不到审批人时转交指定人员，但没有指定人员',
  },
  'approval.fallback-unused': {
    en: 'Approval step "{node}" names a fallback person, who is only used when “if nobody” is set to a named person',
    'zh-CN': '审批步骤“{node}”指定了备用审批人，但只有“找不到审批人时”设为转交指定人员才会使用',
  },
  'approval.self-approval-not-allowed': {
    en: 'Approval step "{node}" lets the initiator approve their own request, which the flow policies do not allow: turn on self-approval in the policies or choose another option',
    'zh-CN':
      '审批步骤“{node}”允许发起人审批自己的申请，但流程策略不允许：请在流程策略中允许自审批，或改用其他选项',
  },
  'approver.unknown-field': {
    en: 'Step "{node}": an approver rule reads the field "{field}", which the form does not have',
    'zh-CN': '步骤“{node}”：审批人规则读取了字段“{field}”，但表单中没有该字段',
  },
  'approver.field-type': {
    en: 'Step "{node}": an approver rule reads the field {field}, which must be {expected}',
    'zh-CN': '步骤“{node}”：审批人规则读取的字段{field}必须是{expected}',
  },
  'policy.unknown-field': {
    en: 'The policy "at least {approvers} approvers" reads the field "{field}", which the form does not have',
    'zh-CN': '流程策略“至少 {approvers} 位审批人”读取了字段“{field}”，但表单中没有该字段',
  },
  'policy.field-type': {
    en: 'The policy "at least {approvers} approvers" reads the field {field}, which must be {expected}',
    'zh-CN': '流程策略“至少 {approvers} 位审批人”读取的字段{field}必须是{expected}',
  },
  'approver.pick-in-cc': {
    en: 'CC step "{node}": recipients cannot be picked by the initiator or an approver; name them with another rule',
    'zh-CN': '抄送步骤“{node}”：抄送人不能由发起人或审批人选择；请用其他规则指定',
  },
  'approver.pick-without-approver': {
    en: 'Step "{node}" lets the approver of the step before pick its approvers, but a request can reach it without passing an approval step, so nobody could pick',
    'zh-CN':
      '步骤“{node}”由上一步的审批人选择审批人，但申请可以不经过任何审批步骤到达这里，没有人能选择',
  },
  'approver.pick-range-empty': {
    en: 'Step "{node}": nobody in the pick range can be chosen ({names}: unknown, disabled or without enabled members), so every pick would be refused',
    'zh-CN':
      '步骤“{node}”：可选范围内没有可以选择的人（{names}：不存在、已停用或没有启用的成员），任何选择都会被拒绝',
  },
  'approval.initiator-picks-self': {
    en: 'Approval step "{node}" approves automatically when the initiator is one of its approvers, and the initiator decides who its approvers are (a form field or their own pick): the initiator can name themselves and be approved automatically',
    'zh-CN':
      '审批步骤“{node}”在发起人是审批人时自动通过，而审批人由发起人决定（表单字段或发起人自选）：发起人可以指定自己并被自动通过',
  },
  'approval.veto-not-approver': {
    en: 'Approval step "{node}": the veto member "{user}" is not one of its approvers, so they get no task and can never veto',
    'zh-CN': '审批步骤“{node}”：一票否决人“{user}”不是该步骤的审批人，不会收到任务，也无法否决',
  },
  'approver.field-shadowed': {
    en: 'The form field {field} has the key "{key}", which approver conditions reserve for the initiator: there "{key}" reads the initiator, never this field. Rename the field',
    'zh-CN':
      '表单字段{field}的键为“{key}”，审批人条件中这个名称表示发起人：条件里的“{key}”读取的是发起人，而不是该字段。请重命名该字段',
  },
  'approver.department-without-head': {
    en: 'Step "{node}": "department head" finds nobody for {count} department(s): {names}',
    'zh-CN': '步骤“{node}”：“部门负责人”在 {count} 个部门中找不到人：{names}',
  },
  'approver.supervisor-missing': {
    en: 'Step "{node}": {count} people have fewer than {level} supervisor(s) above them ({names}), so "supervisor level {level}" finds nobody for them',
    'zh-CN':
      '步骤“{node}”：有 {count} 人的上级不足 {level} 级（{names}），“第 {level} 级上级”对他们找不到人',
  },
  'approver.chain-role-missing': {
    en: 'Step "{node}": for {count} people no supervisor above them holds the role "{role}" ({names}), so their chain of supervisors never reaches it',
    'zh-CN':
      '步骤“{node}”：有 {count} 人的上级中没有人担任角色“{role}”（{names}），逐级审批到不了该角色',
  },
  'branch.amount-gap': {
    en: 'Condition branch "{node}": no condition covers {field} {range} (between "{before}" and "{after}"), so such requests silently take the default connection',
    'zh-CN':
      '条件分支“{node}”：没有条件覆盖{field}{range}的情况（在“{before}”与“{after}”之间），这样的申请会默默走默认连线',
  },
  'branch.amount-overlap': {
    en: 'Condition branch "{node}": "{first}" and "{second}" both hold for {field} {range}; only "{first}" is taken there, as it is tried first',
    'zh-CN':
      '条件分支“{node}”：“{first}”与“{second}”在{field}{range}时同时成立；此时只会走先判断的“{first}”',
  },

  'org.user.duplicate-id': {
    en: 'Two users use the id "{id}"',
    'zh-CN': '有两个用户使用了同一个 id“{id}”',
  },
  'org.user.duplicate-username': {
    en: 'Two users use the username "{username}"',
    'zh-CN': '有两个用户使用了同一个用户名“{username}”',
  },
  'org.department.duplicate-id': {
    en: 'Two departments use the id "{id}"',
    'zh-CN': '有两个部门使用了同一个 id“{id}”',
  },
  'org.role.duplicate-key': {
    en: 'Two roles use the key "{key}"',
    'zh-CN': '有两个角色使用了同一个键“{key}”',
  },
  'org.position.duplicate-key': {
    en: 'Two positions use the key "{key}"',
    'zh-CN': '有两个岗位使用了同一个键“{key}”',
  },
  'org.group.duplicate-key': {
    en: 'Two groups use the key "{key}"',
    'zh-CN': '有两个用户组使用了同一个键“{key}”',
  },
  'org.user.unknown-department': {
    en: 'User {user} belongs to the department "{ref}", which does not exist',
    'zh-CN': '用户{user}所属的部门“{ref}”不存在',
  },
  'org.user.unknown-supervisor': {
    en: 'User {user} reports to "{ref}", who is not a user of the organization',
    'zh-CN': '用户{user}的上级“{ref}”不是组织中的用户',
  },
  'org.user.unknown-role': {
    en: 'User {user} holds the role "{ref}", which does not exist',
    'zh-CN': '用户{user}担任的角色“{ref}”不存在',
  },
  'org.user.unknown-position': {
    en: 'User {user} holds the position "{ref}", which does not exist',
    'zh-CN': '用户{user}担任的岗位“{ref}”不存在',
  },
  'org.department.unknown-parent': {
    en: 'Department {department} sits under "{ref}", which is not a department',
    'zh-CN': '部门{department}的上级部门“{ref}”不存在',
  },
  'org.department.unknown-head': {
    en: 'Department {department} is headed by "{ref}", who is not a user of the organization',
    'zh-CN': '部门{department}的负责人“{ref}”不是组织中的用户',
  },
  'org.group.unknown-member': {
    en: 'Group {group} lists "{ref}", who is not a user of the organization',
    'zh-CN': '用户组{group}的成员“{ref}”不是组织中的用户',
  },
  'org.user.own-supervisor': {
    en: 'User {user} is their own supervisor',
    'zh-CN': '用户{user}是自己的上级',
  },
  'org.supervisor-cycle': {
    en: 'Supervisors go round in a loop: {cycle}',
    'zh-CN': '上级关系构成了循环：{cycle}',
  },
  'org.department-cycle': {
    en: 'Departments sit under each other in a loop: {cycle}',
    'zh-CN': '部门的上下级关系构成了循环：{cycle}',
  },
  'org.department.disabled-head': {
    en: 'Department {department} is headed by {user}, whose account is disabled',
    'zh-CN': '部门{department}的负责人{user}已被停用',
  },
  'org.user.disabled-supervisor': {
    en: 'User {user} reports to {supervisor}, whose account is disabled',
    'zh-CN': '用户{user}的上级{supervisor}已被停用',
  },
  'calendar.unknown-time-zone': {
    en: 'The time zone "{zone}" is not known: use an IANA name such as Asia/Shanghai or Europe/Berlin',
    'zh-CN': '无法识别时区“{zone}”：请使用 IANA 时区名，例如 Asia/Shanghai 或 Europe/Berlin',
  },
  'calendar.hours-empty': {
    en: 'The working period {start}–{end} ends before it starts or at its start',
    'zh-CN': '工作时段 {start}–{end} 的结束时间不晚于开始时间',
  },
  'calendar.hours-overlap': {
    en: 'The working period {start}–{end} starts before the previous one ends: list periods in order, without overlap',
    'zh-CN': '工作时段 {start}–{end} 在上一个时段结束前开始：请按时间顺序填写且不要重叠',
  },
  'calendar.no-workdays': {
    en: 'The calendar has no workday, so working time never passes: choose at least one day of the week',
    'zh-CN': '日历没有工作日，工作时间永远不会流逝：请至少选择一周中的一天',
  },
  'calendar.no-hours': {
    en: 'The calendar has no working hours, so working time never passes: add at least one period',
    'zh-CN': '日历没有工作时段，工作时间永远不会流逝：请至少添加一个时段',
  },
  'calendar.workday-repeated': {
    en: '{day} is listed more than once among the workdays: list each day once',
    'zh-CN': '工作日中多次列出了{day}：每天只列一次',
  },
  'calendar.too-little-time': {
    en: 'The calendar has only {minutes} working minutes a week, too little working time to count deadlines in: allow at least {least} minutes a week',
    'zh-CN':
      '日历每周只有 {minutes} 分钟工作时间，太少，无法据此计算期限：每周至少需要 {least} 分钟',
  },
  'calendar.day-both': {
    en: '{date} is listed both as a holiday and as a make-up working day: keep one',
    'zh-CN': '{date} 同时被列为节假日和调休工作日：请只保留一个',
  },
  'delay.unknown-field': {
    en: 'Delay step "{node}" waits until the field "{field}", which the form does not have',
    'zh-CN': '延时步骤“{node}”等待到字段“{field}”的时间，但表单中没有该字段',
  },
  'delay.field-type': {
    en: 'Delay step "{node}" waits until the field {field}, which must be a date field',
    'zh-CN': '延时步骤“{node}”等待到字段{field}的时间，该字段必须是日期字段',
  },
  'delay.pick-after-delay': {
    en: 'Step "{node}" lets the approver of the step before pick its approvers, but it follows the delay "{delay}": when the delay ends nobody is deciding, so nobody could pick',
    'zh-CN':
      '步骤“{node}”由上一步的审批人选择审批人，但它位于延时步骤“{delay}”之后：延时结束时没有人在审批，无法选择',
  },
  'deadline.user-unused': {
    en: 'Approval step "{node}" names a person for its timeout, but the timeout does not escalate to a named person: the person is ignored',
    'zh-CN': '审批步骤“{node}”为超时指定了人员，但超时处理不是转交指定人员：该人员不会被使用',
  },
  'deadline.escalate-user-missing': {
    en: 'Approval step "{node}" escalates to a named person on timeout, but names nobody',
    'zh-CN': '审批步骤“{node}”超时后转交指定人员，但没有指定人员',
  },
  'deadline.escalate-unknown-user': {
    en: 'Approval step "{node}" escalates to the user "{user}" on timeout, who is not in the organization: every escalation would fail',
    'zh-CN': '审批步骤“{node}”超时后转交给用户“{user}”，但组织中没有此人：每次转交都会失败',
  },
  'deadline.escalate-disabled-user': {
    en: 'Approval step "{node}" escalates to the user "{user}" on timeout, whose account is disabled: escalations fail until it is enabled again',
    'zh-CN': '审批步骤“{node}”超时后转交给用户“{user}”，但该账号已停用：重新启用之前转交都会失败',
  },
  'deadline.reminders-after-timeout': {
    en: 'Approval step "{node}" reminds {times} times every {every} minutes, but the task times out after {after} minutes: the later reminders are never sent',
    'zh-CN':
      '审批步骤“{node}”每 {every} 分钟提醒一次、共 {times} 次，但任务在 {after} 分钟后超时：后面的提醒不会发出',
  },
  'deadline.approve-without-comment': {
    en: 'Approval step "{node}" requires a comment but approves automatically on timeout, without one',
    'zh-CN': '审批步骤“{node}”要求填写意见，但超时后会在没有意见的情况下自动通过',
  },
} as const satisfies Readonly<Record<string, Texts>>;

export type IssueCode = keyof typeof issueMessages;

/** Short phrases that messages are built from: where an issue sits, type names, table rows. */
export const phrases = {
  'where.formula': { en: 'Formula of {field}', 'zh-CN': '{field}的公式' },
  'where.condition': {
    en: 'Condition on the connection from "{source}" to "{target}"',
    'zh-CN': '从“{source}”到“{target}”的连线条件',
  },
  'where.table-cell': {
    en: '{table}, row {row}: {column}',
    'zh-CN': '{table}第 {row} 行的{column}',
  },
  'type.number': { en: 'number', 'zh-CN': '数字' },
  'type.money': { en: 'money', 'zh-CN': '金额' },
  'type.string': { en: 'text', 'zh-CN': '文本' },
  'type.boolean': { en: 'true/false', 'zh-CN': '真/假' },
  'type.date': { en: 'date', 'zh-CN': '日期' },
  'type.null': { en: 'null', 'zh-CN': 'null' },
  'type.list': { en: 'list of {item}', 'zh-CN': '{item}列表' },
  'type.table': { en: 'table', 'zh-CN': '表格' },
  'type.any-list': { en: 'list', 'zh-CN': '列表' },
  'type.list-or-table': { en: 'list or table', 'zh-CN': '列表或表格' },
  'type.scalar': { en: 'single value', 'zh-CN': '单个值' },
  'where.approver-condition': {
    en: 'Condition {case} of the approvers of "{node}"',
    'zh-CN': '“{node}”审批人的第 {case} 个条件',
  },
  'field-kind.department': { en: 'a department field', 'zh-CN': '部门字段' },
  'field-kind.person': { en: 'a user or department field', 'zh-CN': '人员或部门字段' },
  'field-kind.amount': { en: 'a money, number or computed field', 'zh-CN': '金额、数字或计算字段' },
  'range.point': { en: 'exactly {value}', 'zh-CN': '等于 {value}' },
  'range.at-least': { en: 'at least {value}', 'zh-CN': '不低于 {value}' },
  'range.above': { en: 'above {value}', 'zh-CN': '高于 {value}' },
  'range.at-most': { en: 'at most {value}', 'zh-CN': '不高于 {value}' },
  'range.below': { en: 'below {value}', 'zh-CN': '低于 {value}' },
  'range.both': { en: '{low} and {high}', 'zh-CN': '{low}且{high}' },
  'range.any': { en: 'of any value', 'zh-CN': '为任意值' },
  'issue.repeated': { en: '{message} ({count} times)', 'zh-CN': '{message}（共 {count} 处）' },
  'list.more': { en: '{names} and {count} more', 'zh-CN': '{names}，另有 {count} 个' },
  'count.steps': { en: 'steps', 'zh-CN': '个步骤' },
  'count.connections': { en: 'connections', 'zh-CN': '条连线' },
  ...formPhrases,
} as const satisfies Readonly<Record<string, Texts>>;

export type PhraseKey = keyof typeof phrases;

/** The text of an issue code in a language, placeholders filled. */
export function issueText(code: IssueCode, params: MessageParams, locale: Locale): string {
  return formatMessage(issueMessages[code][locale], params);
}

export function phrase(key: PhraseKey, params: MessageParams, locale: Locale): string {
  return formatMessage(phrases[key][locale], params);
}

/** Codes of the errors the schemas package throws (`BatonError`). */
export const schemasErrors = {
  'flow.invalid': {
    kind: 'user',
    en: 'The flow document is not valid: {detail}',
    'zh-CN': '流程文档无效：{detail}',
  },
  'expression.invalid': {
    kind: 'user',
    en: 'The expression "{source}" is not valid: {detail}',
    'zh-CN': '表达式“{source}”无效：{detail}',
  },
  'document.too-deep': {
    kind: 'user',
    en: 'The document is nested more than {max} levels deep',
    'zh-CN': '文档嵌套超过 {max} 层',
  },
  'decimal.invalid': {
    kind: 'bug',
    en: '{value} is not a decimal string',
    'zh-CN': '{value} 不是十进制数字字符串',
  },
} as const satisfies ErrorMessages;
