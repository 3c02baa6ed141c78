import { errorFactory, type ErrorMessages } from '@baton/schemas';

/**
 * Error codes raised by storage and the transactional engine. Codes are stable: a retired code
 * is never reused. The server looks them up here for the caller's language.
 */
export const storageErrorMessages = {
  'storage.conflict': {
    kind: 'conflict',
    'zh-CN': '该申请正在被其他操作修改，请稍后重试',
    en: 'The request changed while your command ran; please try again',
  },
  'storage.migration-failed': {
    kind: 'bug',
    'zh-CN': '数据库迁移 {migration} 失败：{reason}',
    en: 'Database migration {migration} failed: {reason}',
  },
  'storage.corrupt-row': {
    kind: 'bug',
    'zh-CN': '存储的数据无法读取：{table} {id}',
    en: 'A stored {table} row cannot be read: {id}',
  },
  'storage.idempotency-key-reused': {
    kind: 'conflict',
    'zh-CN': '该幂等键已用于另一项操作或不同的内容',
    en: 'This idempotency key was already used for another command or with other content',
  },
  'storage.instance-not-found': {
    kind: 'not-found',
    'zh-CN': '找不到申请 {instanceId}',
    en: 'Request {instanceId} does not exist',
  },
  'storage.flow-not-published': {
    kind: 'not-found',
    'zh-CN': '流程 {flowKey} 尚未发布',
    en: 'Flow {flowKey} has no published version',
  },
  'storage.form-invalid': {
    kind: 'user',
    'zh-CN': '表单有 {count} 处需要修改',
    en: 'The form has {count} problem(s) to fix',
  },
  'storage.job-lease-lost': {
    kind: 'conflict',
    'zh-CN': '任务 {jobId} 的租约已失效（令牌 {fencingToken}）',
    en: 'Job {jobId} is no longer leased with fencing token {fencingToken}',
  },
  'storage.calendar-invalid': {
    kind: 'user',
    'zh-CN': '工作日历有 {count} 处需要修改',
    en: 'The business calendar has {count} problem(s) to fix',
  },
  'storage.delegation-invalid': {
    kind: 'user',
    'zh-CN': '代理设置不完整或格式不对',
    en: 'The delegation is incomplete or malformed',
  },
  'storage.delegation-window': {
    kind: 'user',
    'zh-CN': '代理的结束时间必须晚于开始时间',
    en: 'A delegation must end after it starts',
  },
  'storage.delegation-self': {
    kind: 'user',
    'zh-CN': '不能把工作代理给自己',
    en: 'Nobody can delegate to themselves',
  },
  'storage.unknown-user': {
    kind: 'user',
    'zh-CN': '找不到用户 {userId}',
    en: 'There is no user {userId}',
  },
  'storage.delegate-disabled': {
    kind: 'user',
    'zh-CN': '代理人 {userId} 已停用',
    en: 'The delegate {userId} is disabled',
  },
  'storage.delegation-limit': {
    kind: 'user',
    'zh-CN': '同一个人最多只能有 {max} 个生效中或未开始的代理，请先撤销不再需要的代理',
    en: 'Nobody can have more than {max} current or upcoming delegations: revoke one that is no longer needed first',
  },
  'storage.delegation-not-found': {
    kind: 'not-found',
    'zh-CN': '找不到代理 {id}，或它已被撤销',
    en: 'Delegation {id} does not exist or was already revoked',
  },
  'storage.attachment-name': {
    kind: 'user',
    'zh-CN': '文件名须为 1 到 {max} 个字符，不能包含文件夹或控制字符',
    en: 'A file name must be 1 to {max} characters, without folders or control characters',
  },
  'storage.attachment-media-type': {
    kind: 'user',
    'zh-CN': '文件类型无效',
    en: 'The file type is not a valid media type',
  },
  'storage.attachment-too-large': {
    kind: 'user',
    'zh-CN': '文件不能超过 {maxMb} MB',
    en: 'A file may be at most {maxMb} MB',
  },
  'storage.master-data-invalid': {
    kind: 'user',
    'zh-CN': '主数据条目不完整或格式不对：{field}',
    en: 'The master-data entry is incomplete or malformed: {field}',
  },
  'storage.master-data-code-spaces': {
    kind: 'user',
    'zh-CN': '编码“{code}”的开头和结尾不能有空格',
    en: 'The code "{code}" must not begin or end with a space',
  },
  'storage.master-data-case-twin': {
    kind: 'user',
    'zh-CN': '列表中已有编码“{existing}”，与“{code}”只差大小写：请沿用已有编码',
    en: 'The list already has the code "{existing}", which differs from "{code}" only in case: use that code',
  },
  'storage.master-data-not-found': {
    kind: 'not-found',
    'zh-CN': '找不到主数据 {kind} {code}',
    en: 'There is no {kind} entry {code}',
  },
  'storage.field-not-editable': {
    kind: 'forbidden',
    'zh-CN': '这一步不能修改 {count} 个字段，申请未作任何更改',
    en: 'You may not change {count} field(s) at this step; nothing was changed',
  },
  'storage.would-clear-fields': {
    kind: 'forbidden',
    'zh-CN': '此修改会清空 {count} 个你在这一步不能修改的字段，申请未作任何更改',
    en: 'This change would clear {count} field(s) you may not edit at this step; nothing was changed',
  },
} as const satisfies ErrorMessages;

export type StorageErrorCode = keyof typeof storageErrorMessages;

const make = errorFactory(storageErrorMessages);

/** Builds a BatonError of the storage catalogue (the code is checked at compile time). */
export function storageError(
  code: StorageErrorCode,
  params: Record<string, string | number> = {},
  extra: { issues?: readonly unknown[]; cause?: unknown } = {},
) {
  return make(code, params, extra);
}
