import { errorFactory, type ErrorMessages } from '@baton/schemas';

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
} as const satisfies ErrorMessages;

export type ServerErrorCode = keyof typeof serverMessages;

const factory = errorFactory(serverMessages);

/** Builds a BatonError from the server's catalogue: `throw fail('flow.not-found', { key })`. */
export function fail(
  code: ServerErrorCode,
  params: Record<string, string | number> = {},
  extra: { issues?: readonly unknown[]; cause?: unknown } = {},
) {
  return factory(code, params, extra);
}
