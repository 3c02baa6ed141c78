import { errorFactory, type ErrorMessages } from '@baton/schemas';

/**
 * Error codes raised by the pure core and approver resolution, with their zh-CN and en text.
 * Codes are stable: a retired code is never reused. `{name}` placeholders are filled from the
 * error's params, in both languages; a pair `{xZh}` / `{xEn}` is one placeholder whose param is
 * given in each language (a step's name, a reason).
 */
export const runtimeMessages = {
  'task.not-found': {
    kind: 'not-found',
    'zh-CN': '找不到待办 {taskId}',
    en: 'Task {taskId} does not exist',
  },
  'task.already-decided': {
    kind: 'conflict',
    'zh-CN': '这项待办已处理或已取消：此步骤已有结果，或已由他人处理。请刷新查看最新状态',
    en: 'This task has already been decided or cancelled: the step has an outcome, or someone else acted. Refresh to see the request as it is now',
  },
  'task.not-your-turn': {
    kind: 'conflict',
    'zh-CN': '还没轮到你：此步骤按顺序依次审批',
    en: 'It is not your turn yet: this step is approved in order',
  },
  'task.not-assignee': {
    kind: 'forbidden',
    'zh-CN': '待办 {taskId} 不是分配给你的',
    en: 'Task {taskId} is not assigned to you',
  },
  'instance.not-started': {
    kind: 'not-found',
    'zh-CN': '申请 {instanceId} 尚未发起',
    en: 'Request {instanceId} has not been started',
  },
  'instance.already-started': {
    kind: 'conflict',
    'zh-CN': '申请 {instanceId} 已经发起过',
    en: 'Request {instanceId} has already been started',
  },
  'instance.not-running': {
    kind: 'conflict',
    'zh-CN': '申请 {instanceId} 当前不在审批中（状态：{status}）',
    en: 'Request {instanceId} is not in progress (status: {status})',
  },
  'instance.not-returned': {
    kind: 'conflict',
    'zh-CN': '只有被退回的申请才能重新提交（当前状态：{status}）',
    en: 'Only a returned request can be resubmitted (status: {status})',
  },
  'instance.not-initiator': {
    kind: 'forbidden',
    'zh-CN': '只有发起人才能执行此操作',
    en: 'Only the person who started the request can do this',
  },
  'instance.cannot-withdraw': {
    kind: 'conflict',
    'zh-CN': '已有审批人处理过本轮申请，无法撤回',
    en: 'An approver has already decided in this round; the request can no longer be withdrawn',
  },
  'approval.comment-required': {
    kind: 'user',
    'zh-CN': '此审批节点要求填写审批意见',
    en: 'This approval step requires a comment',
  },
  'approval.no-approver': {
    kind: 'user',
    'zh-CN': '审批步骤“{stepZh}”找不到审批人，也没有可用的流程管理员接手：{reasonZh}',
    en: 'Approval step "{stepEn}" has no approver and no flow admin to take it over: {reasonEn}',
  },
  'approval.pick-required': {
    kind: 'user',
    'zh-CN': '审批步骤“{stepZh}”需要{whoZh}先选择审批人',
    en: 'Approval step "{stepEn}" needs {whoEn} to pick its approvers first',
  },
  'approval.pick-invalid': {
    kind: 'user',
    'zh-CN': '为审批步骤“{stepZh}”选择的审批人无效：{reasonZh}',
    en: 'The approvers picked for approval step "{stepEn}" are not valid: {reasonEn}',
  },
  'approval.refused-nobody': {
    kind: 'user',
    'zh-CN': '审批步骤“{stepZh}”找不到审批人，按流程设置不能提交：{reasonZh}',
    en: 'Approval step "{stepEn}" has no approver and the flow refuses the submission: {reasonEn}',
  },
  'approval.too-few-approvers': {
    kind: 'user',
    'zh-CN': '此金额的申请至少需要 {needed} 位不同的审批人，当前审批路径只能保证 {found} 位',
    en: 'A request of this amount needs at least {needed} different approvers; its route guarantees only {found}',
  },
  'approval.pick-unexpected': {
    kind: 'user',
    'zh-CN': '提交时不能为 {nodeId} 选择审批人：只有由发起人自选审批人的步骤可以在提交时选择',
    en: 'Approvers cannot be picked for {nodeId} at submission: only steps whose approvers the initiator picks take picks',
  },
  'form.unknown-reference': {
    kind: 'user',
    'zh-CN': '表单字段 {field} 中的 {value} 在组织中不存在或已停用',
    en: 'Form field {field} names {value}, which the organization does not hold (unknown or disabled)',
  },
  'preview.too-long': {
    kind: 'user',
    'zh-CN': '审批路径太长，无法预览：超过 {steps} 个步骤或 {approvals} 次审批',
    en: 'The route is too long to preview: more than {steps} steps or {approvals} approvals',
  },
  'flow.no-branch-matched': {
    kind: 'user',
    'zh-CN': '条件分支 {nodeId} 没有满足条件的路径，也没有默认路径',
    en: 'Condition branch {nodeId} has no matching path and no default path',
  },
  'flow.unknown-node-kind': {
    kind: 'bug',
    'zh-CN': '节点 {nodeId} 的类型 {type} 无法执行',
    en: 'Node {nodeId} has a kind that cannot run: {type}',
  },
  'flow.unknown-node': {
    kind: 'bug',
    'zh-CN': '流程中找不到节点 {nodeId}',
    en: 'The flow has no node {nodeId}',
  },
  'flow.no-start': {
    kind: 'bug',
    'zh-CN': '流程没有唯一的发起节点',
    en: 'The flow does not have exactly one start node',
  },
  'flow.missing-edge': {
    kind: 'bug',
    'zh-CN': '节点 {nodeId} 没有可走的出口连线',
    en: 'Node {nodeId} has no outgoing edge to follow',
  },
  'flow.invalid-node-config': {
    kind: 'bug',
    'zh-CN': '节点 {nodeId} 的配置无效',
    en: 'The configuration of node {nodeId} is invalid',
  },
  'flow.condition-failed': {
    kind: 'bug',
    'zh-CN': '连线 {edgeId} 的条件无法计算',
    en: 'The condition of edge {edgeId} cannot be evaluated',
  },
  'flow.join-without-split': {
    kind: 'bug',
    'zh-CN': '汇聚节点 {nodeId} 没有对应的并行分支',
    en: 'Join {nodeId} is reached by a token that did not pass a parallel split',
  },
  'flow.too-many-steps': {
    kind: 'bug',
    'zh-CN': '流程在节点 {nodeId} 附近循环，没有停在任何待办上',
    en: 'The flow loops around node {nodeId} without reaching a task or an end',
  },
  'flow.stuck': {
    kind: 'bug',
    'zh-CN': '申请 {instanceId} 既没有待办也没有结束',
    en: 'Request {instanceId} has neither an open task nor an end',
  },
} as const satisfies ErrorMessages;

export type RuntimeErrorCode = keyof typeof runtimeMessages;

const make = errorFactory(runtimeMessages);

/** Builds a BatonError of the runtime catalogue (the code is checked at compile time). */
export function runtimeError(
  code: RuntimeErrorCode,
  params: Record<string, string | number> = {},
  extra: { cause?: unknown; issues?: readonly unknown[] } = {},
) {
  return make(code, params, extra);
}
