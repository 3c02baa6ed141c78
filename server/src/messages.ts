import {
  errorFactory,
  formatMessage,
  type ErrorMessages,
  type Locale,
  type ValidationIssue,
} from '@baton/schemas';
import type { InstanceStatus } from '@baton/runtime';
import { attachmentMessages } from './http/attachment-messages.ts';

/**
 * The server's error catalogue: every code the server throws, with its zh-CN and en text.
 * Retired codes stay listed (or are never reused).
 */
export const serverMessages = {
  'auth.required': {
    kind: 'user',
    'zh-CN': '请先登录。',
    en: 'Please sign in.',
  },
  'auth.invalid-credentials': {
    kind: 'user',
    'zh-CN': '用户名或密码错误。',
    en: 'Wrong username or password.',
  },
  'auth.account-disabled': {
    kind: 'forbidden',
    'zh-CN': '该账号已停用，请联系管理员。',
    en: 'This account is disabled. Please contact your administrator.',
  },
  'auth.rate-limited': {
    kind: 'user',
    'zh-CN': '登录尝试过于频繁，请 {seconds} 秒后再试。',
    en: 'Too many sign-in attempts. Please try again in {seconds} seconds.',
  },
  'auth.forbidden': {
    kind: 'forbidden',
    'zh-CN': '您没有执行此操作的权限。',
    en: 'You do not have permission to do this.',
  },
  'http.cross-origin': {
    kind: 'forbidden',
    'zh-CN': '请求被拒绝：它不是从本站发出的。',
    en: 'Request refused: it did not come from this site.',
  },
  'http.json-required': {
    kind: 'user',
    'zh-CN': '修改数据的请求必须以 JSON 格式发送。',
    en: 'Requests that change data must be sent as JSON.',
  },
  'http.host-not-allowed': {
    kind: 'forbidden',
    'zh-CN': '请求被拒绝：本服务器不接受以该主机名访问。请使用管理员配置的地址。',
    en: 'Request refused: this server does not answer under that host name. Use the address your administrator configured.',
  },
  'request.method': {
    kind: 'user',
    'zh-CN': '请求方法不正确：查询类接口请用 GET，修改数据的接口请用 POST。',
    en: 'Wrong HTTP method for this API call: queries use GET, changes use POST.',
  },
  'request.malformed-json': {
    kind: 'user',
    'zh-CN': '请求内容不是有效的 JSON（出错位置：第 {position} 个字符）。',
    en: 'The request is not valid JSON (error at character {position}).',
  },
  'request.truncated-json': {
    kind: 'user',
    'zh-CN': '请求内容不是有效的 JSON：内容不完整。',
    en: 'The request is not valid JSON: it ends too early.',
  },
  'request.malformed': {
    kind: 'user',
    'zh-CN': '无法处理该请求：格式不正确。',
    en: 'The request could not be understood: it is not in the expected format.',
  },
  'request.too-large': {
    kind: 'user',
    'zh-CN': '请求内容过大（上限 {limit}）。',
    en: 'The request is too large (the limit is {limit}).',
  },
  'request.url-too-long': {
    kind: 'user',
    'zh-CN': '请求地址过长。',
    en: 'The request URL is too long.',
  },
  'request.batch-too-large': {
    kind: 'user',
    'zh-CN': '一次请求最多可包含 {max} 个接口调用，本次有 {count} 个。',
    en: 'One request may carry at most {max} API calls; this one has {count}.',
  },
  'request.login-batched': {
    kind: 'user',
    'zh-CN': '登录请求必须单独发送，不能与其他接口调用合并。',
    en: 'Sign-in must be sent on its own, not batched with other API calls.',
  },
  'input.nul-character': {
    kind: 'user',
    'zh-CN': '不能包含空字符（U+0000）。',
    en: 'Must not contain the NUL character (U+0000).',
  },
  'input.unpaired-surrogate': {
    kind: 'user',
    'zh-CN': '包含无效的 Unicode 字符（不成对的代理项）。',
    en: 'Contains invalid Unicode (an unpaired surrogate).',
  },
  'input.too-deep': {
    kind: 'user',
    'zh-CN': '嵌套层级过深（最多 {max} 层）。',
    en: 'Nested too deeply (at most {max} levels).',
  },
  'input.invalid': {
    kind: 'user',
    'zh-CN': '输入有误，请检查标出的问题。',
    en: 'The input is not valid. Please check the marked problems.',
  },
  'server.internal': {
    kind: 'bug',
    'zh-CN': '服务器出错了。错误已记录，请重试或联系管理员。',
    en: 'Something went wrong on the server. It was logged; please try again or contact your administrator.',
  },
  'server.unavailable': {
    kind: 'operational',
    'zh-CN': '服务暂时不可用，请稍后重试。',
    en: 'The service is temporarily unavailable. Please try again shortly.',
  },
  'server.procedure-not-found': {
    kind: 'not-found',
    'zh-CN': '没有这个接口：{path}。',
    en: 'There is no such API call: {path}.',
  },
  'flow.not-found': {
    kind: 'not-found',
    'zh-CN': '流程 {key} 不存在。',
    en: 'Flow {key} does not exist.',
  },
  'flow.exists': {
    kind: 'conflict',
    'zh-CN': '标识为 {key} 的流程已存在。',
    en: 'A flow with key {key} already exists.',
  },
  'flow.stale-revision': {
    kind: 'conflict',
    'zh-CN':
      '流程已被他人修改（当前修订 {current}，您的修订 {expected}）。您的更改未保存，请先重新加载。',
    en: 'Someone else changed this flow (now revision {current}, yours {expected}). Your changes were not saved; reload first.',
  },
  'flow.key-mismatch': {
    kind: 'user',
    'zh-CN': '流程定义中的标识 {bundleKey} 与流程 {key} 不一致。',
    en: 'The key {bundleKey} in the flow does not match the flow {key}.',
  },
  'flow.unchanged': {
    kind: 'user',
    'zh-CN': '无需发布：版本 {version} 的内容与之完全相同。',
    en: 'Nothing to publish: version {version} already has exactly this content.',
  },
  'flow.concurrent-publish': {
    kind: 'conflict',
    'zh-CN': '流程 {key} 刚被他人同时发布，请刷新后重试。',
    en: 'Someone else published flow {key} at the same moment. Reload and try again.',
  },
  'flow.version-not-found': {
    kind: 'not-found',
    'zh-CN': '流程 {key} 没有版本 {version}。',
    en: 'Flow {key} has no version {version}.',
  },
  'flow.not-published': {
    kind: 'user',
    'zh-CN': '流程 {key} 尚未发布。',
    en: 'Flow {key} has not been published yet.',
  },
  'template.not-found': {
    kind: 'not-found',
    'zh-CN': '模板 {key} 不存在。',
    en: 'Template {key} does not exist.',
  },
  'instance.version-changed': {
    kind: 'conflict',
    'zh-CN':
      '您填写的是版本 {version} 的表单，期间已发布版本 {latest}。申请未提交；请按新版本检查表单后再提交（已填写的内容会保留）。',
    en: 'You filled in the form of version {version}, and version {latest} was published meanwhile. Nothing was submitted; check the form of the new version and submit again (what you typed is kept).',
  },
  'instance.not-found': {
    kind: 'not-found',
    'zh-CN': '申请 {id} 不存在。',
    en: 'Request {id} does not exist.',
  },
  'instance.forbidden': {
    kind: 'forbidden',
    'zh-CN': '您无权查看此申请。',
    en: 'You may not view this request.',
  },
  'input.unknown-user': {
    kind: 'user',
    'zh-CN': '没有用户 {id}。',
    en: 'There is no user {id}.',
  },
  'input.disabled-user': {
    kind: 'user',
    'zh-CN': '用户 {id} 已停用，不能作为发起人。',
    en: 'User {id} is disabled and cannot be the initiator.',
  },
  'input.unknown-step': {
    kind: 'user',
    'zh-CN': '流程中没有审批节点 {nodeId}。',
    en: 'The flow has no approval step {nodeId}.',
  },
  'org.invalid': {
    kind: 'user',
    'zh-CN': '组织架构有 {count} 个错误，未保存任何内容。请检查标出的问题。',
    en: 'The organization has {count} error(s); nothing was saved. Please check the marked problems.',
  },
  'org.admin-lockout': {
    kind: 'user',
    'zh-CN': '保存后您将不再是启用状态的系统管理员，无法再管理组织架构。',
    en: 'After this change you would no longer be an enabled administrator and could not manage the organization any more.',
  },
  'sample.name-length': {
    kind: 'user',
    'zh-CN': '样例名称需要 1 到 {max} 个字符（首尾空格不计）。',
    en: 'A sample name needs 1 to {max} characters (spaces at either end do not count).',
  },
  'sample.name-control': {
    kind: 'user',
    'zh-CN': '样例名称不能包含控制字符（如换行符、制表符）。',
    en: 'A sample name must not contain control characters (such as line breaks or tabs).',
  },
  'sample.name-direction': {
    kind: 'user',
    'zh-CN': '样例名称不能包含改变文字方向的控制字符（U+202A–U+202E、U+2066–U+2069）。',
    en: 'A sample name must not contain text-direction controls (U+202A–U+202E, U+2066–U+2069).',
  },
  'sample.not-found': {
    kind: 'not-found',
    'zh-CN': '流程 {key} 没有测试样例 {id}。',
    en: 'Flow {key} has no sample {id}.',
  },
  'batch.not-allowed': {
    kind: 'user',
    'zh-CN': '“{node}”不允许批量审批，请打开申请逐条处理。',
    en: 'Step "{node}" does not allow batch approval. Open the request to decide it.',
  },
  'batch.comment-required': {
    kind: 'user',
    'zh-CN': '“{node}”要求填写审批意见。请填写意见后再批量审批，或打开申请处理。',
    en: 'Step "{node}" needs a comment. Add one to approve in a batch, or open the request.',
  },
  'batch.pick-required': {
    kind: 'user',
    'zh-CN': '通过此任务需要为下一步“{node}”选择审批人，请打开申请处理。',
    en: 'Approving this task needs you to pick the approvers of the next step "{node}". Open the request to approve it.',
  },
  'handover.same-user': {
    kind: 'user',
    'zh-CN': '接手人不能是交出工作的人本人。',
    en: 'The person taking over must be someone other than the person handing over.',
  },
  'handover.disabled-user': {
    kind: 'user',
    'zh-CN': '用户 {id} 已停用，不能接手工作。',
    en: 'User {id} is disabled and cannot take over work.',
  },
  'handover.not-their-task': {
    kind: 'user',
    'zh-CN': '任务 {taskId} 不是 {userId} 的待办或待处理任务。',
    en: 'Task {taskId} is not an open or waiting task of {userId}.',
  },
  'handover.flow-not-naming': {
    kind: 'user',
    'zh-CN': '流程 {key} 的草稿中没有指定 {userId} 为审批人、否决人、兜底人或超时转交人。',
    en: 'The draft of flow {key} does not name {userId} as approver, veto member, fallback or escalation target.',
  },
  'delegation.window-empty': {
    kind: 'user',
    'zh-CN': '结束时间必须晚于开始时间。',
    en: 'The end must be after the start.',
  },
  'delegation.already-ended': {
    kind: 'user',
    'zh-CN': '结束时间已经过去。',
    en: 'The end is already past.',
  },
  'delegation.self': {
    kind: 'user',
    'zh-CN': '不能把工作代理给自己。',
    en: 'You cannot delegate to yourself.',
  },
  'delegation.unknown-user': {
    kind: 'user',
    'zh-CN': '没有用户 {id}。',
    en: 'There is no user {id}.',
  },
  'delegation.unknown-flow': {
    kind: 'user',
    'zh-CN': '没有流程 {key}。',
    en: 'There is no flow {key}.',
  },
  'delegation.disabled-user': {
    kind: 'user',
    'zh-CN': '用户 {id} 已停用，不能作为代理人。',
    en: 'User {id} is disabled and cannot act as a delegate.',
  },
  'export.too-large': {
    kind: 'user',
    'zh-CN': '导出文件将超过 {max} MB，未导出。请缩小范围：选择状态或提交日期范围后分次导出。',
    en: 'The export would be larger than {max} MB, so nothing was exported. Narrow it: choose a status or a range of submission days, and export in parts.',
  },
  ...attachmentMessages,
} as const satisfies ErrorMessages;

export type ServerErrorCode = keyof typeof serverMessages;

/**
 * Request statuses as they read inside a sentence, for messages whose `{status}` parameter
 * names one (the same words as the designer's status tags).
 */
export const instanceStatusNames: Readonly<
  Record<InstanceStatus, { readonly 'zh-CN': string; readonly en: string }>
> = {
  running: { 'zh-CN': '审批中', en: 'in approval' },
  returned: { 'zh-CN': '已退回', en: 'returned' },
  completed: { 'zh-CN': '已通过', en: 'approved' },
  rejected: { 'zh-CN': '已驳回', en: 'rejected' },
  withdrawn: { 'zh-CN': '已撤回', en: 'withdrawn' },
  terminated: { 'zh-CN': '已终止', en: 'terminated' },
};

const factory = errorFactory(serverMessages);

/** An issue whose message is a server code's text in `locale`, at `path` of the input. */
export function serverIssue(
  code: ServerErrorCode,
  params: Record<string, string | number>,
  place: { path: ValidationIssue['path']; locale: Locale },
): ValidationIssue {
  const text = serverMessages[code][place.locale];

  return { code, severity: 'error', path: [...place.path], message: formatMessage(text, params) };
}

/** Builds a BatonError from the server's catalogue: `throw fail('flow.not-found', { key })`. */
export function fail(
  code: ServerErrorCode,
  params: Record<string, string | number> = {},
  extra: { issues?: readonly unknown[]; cause?: unknown } = {},
) {
  return factory(code, params, extra);
}
