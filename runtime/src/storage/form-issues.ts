import {
  formatMessage,
  MAX_ECHO_LENGTH,
  resolveText,
  type FormField,
  type Locale,
  type ValidationIssue,
} from '@baton/schemas';

/**
 * Issues the engine finds in form values beyond what the form itself says (`validateFormValues`
 * in schemas): field access per step, stored files, master data and other requests. Codes are
 * stable; `{field}` is the field's label in the issue's language.
 */
export const formIssueMessages = {
  'form.field.not-editable': {
    'zh-CN': '“{field}”在步骤“{step}”不可修改',
    en: '{field} cannot be changed at step "{step}"',
  },
  'form.field.would-clear': {
    'zh-CN': '此修改会清空“{field}”，而它在步骤“{step}”不可修改',
    en: 'This change would clear {field}, which cannot be changed at step "{step}"',
  },
  'form.attachment.unavailable': {
    'zh-CN': '“{field}”中的文件 {id} 不存在，或不是你上传的，或已用于其他申请或字段',
    en: '{field}: file {id} does not exist, was not uploaded by you, or belongs to another request or field',
  },
  'form.attachment.duplicate': {
    'zh-CN': '文件 {id} 已放在另一个字段中，不能同时放在“{field}”',
    en: 'File {id} is already in another field and cannot also be in {field}',
  },
  'form.remote.inactive': {
    'zh-CN': '“{field}”中的 {code} 不存在或已停用',
    en: '{field}: {code} does not exist or is no longer active',
  },
  'form.reference.unavailable': {
    'zh-CN': '“{field}”引用的申请 {id} 不存在，或你无权查看',
    en: '{field}: request {id} does not exist or you may not read it',
  },
  'form.reference.wrong-flow': {
    'zh-CN': '“{field}”只能引用这些流程的申请：{flows}',
    en: '{field} may only refer to requests of these flows: {flows}',
  },
} as const;

export type FormIssueCode = keyof typeof formIssueMessages;

/** A submitted text (an id, a code) as a message repeats it: cut like schemas' messages. */
function echo(value: string | number): string | number {
  if (typeof value !== 'string') return value;
  const characters = [...value];

  return characters.length > MAX_ECHO_LENGTH
    ? `${characters.slice(0, MAX_ECHO_LENGTH).join('')}…`
    : value;
}

/** An error issue at `[field.key, ...at]`, its message naming the field in `locale`. */
export function formIssue(
  code: FormIssueCode,
  where: { field: FormField; locale: Locale; at?: readonly (string | number)[] },
  params: Record<string, string | number> = {},
): ValidationIssue {
  const echoed = Object.fromEntries(Object.entries(params).map(([key, v]) => [key, echo(v)]));
  const field = resolveText(where.field.label, where.locale);

  return {
    code,
    severity: 'error',
    path: [where.field.key, ...(where.at ?? [])],
    message: formatMessage(formIssueMessages[code][where.locale], { ...echoed, field }),
  };
}
