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
  'task.transferred': {
    kind: 'conflict',
    'zh-CN': '这项待办已转交给 {to}，你不能再处理',
    en: 'This task was handed to {to}; you can no longer act on it',
  },
  'task.waiting-for-others': {
    kind: 'conflict',
    'zh-CN': '这项待办需等待 {who} 先处理',
    en: 'This task waits for {who} to decide first',
  },
  'task.same-assignee': {
    kind: 'user',
    'zh-CN': '{user} 已经是这项待办的处理人',
    en: '{user} already holds this task',
  },
  'action.unknown-user': {
    kind: 'user',
    'zh-CN': '{user} 不存在或已停用',
    en: '{user} does not exist or is disabled',
  },
  'action.self-approval': {
    kind: 'user',
    'zh-CN': '发起人 {user} 不能审批自己的申请',
    en: '{user} started this request and may not approve it',
  },
  'task.advice-only': {
    kind: 'user',
    'zh-CN': '这项待办是征求你的意见：只能同意或拒绝',
    en: 'You were asked for advice on this task: you can only approve or reject it',
  },
  'action.reason-required': {
    kind: 'user',
    'zh-CN': '此操作需要填写原因',
    en: 'This action needs a reason',
  },
  'signer.already-present': {
    kind: 'user',
    'zh-CN': '{user} 已在此审批步骤中',
    en: '{user} already has a place in this step',
  },
  'signer.step-finished': {
    kind: 'conflict',
    'zh-CN': '此审批步骤已结束，不能再加签或减签',
    en: 'This step is finished; signers can no longer be added or removed',
  },
  'signer.not-removable': {
    kind: 'user',
    'zh-CN': '只能移除尚未处理的加签人，且只能由加签的人或管理员移除',
    en: 'Only an added signer who has not acted can be removed, by whoever added them or an admin',
  },
  'return.not-allowed': {
    kind: 'user',
    'zh-CN': '此审批步骤不允许退回到{targetZh}',
    en: 'This step may not return the request to {targetEn}',
  },
  'return.no-earlier-step': {
    kind: 'user',
    'zh-CN': '本轮没有可退回的更早审批步骤（并行分支内的步骤不能作为退回目标）',
    en: 'There is no earlier approval step in this round to return to (steps inside parallel branches cannot be targets)',
  },
  'recall.not-decided': {
    kind: 'user',
    'zh-CN': '只能撤销你自己做出的同意或拒绝',
    en: 'Only an approval or rejection you made yourself can be recalled',
  },
  'recall.already-open': {
    kind: 'conflict',
    'zh-CN': '这项待办已在等你处理，没有可撤销的决定（可能已撤销过）。请刷新页面',
    en: 'This task is waiting for you again: there is no decision to recall (it may have been recalled already). Refresh the page',
  },
  'recall.too-late': {
    kind: 'conflict',
    'zh-CN': '无法撤销：{whyZh}',
    en: 'Your decision can no longer be recalled: {whyEn}',
  },
  'cc.not-participant': {
    kind: 'forbidden',
    'zh-CN': '只有发起人和此申请的审批人可以抄送他人',
    en: 'Only the initiator and the approvers of this request can copy people on it',
  },
  'cc.nobody-new': {
    kind: 'user',
    'zh-CN': '所选的人都已抄送过（或是你自己）',
    en: 'Everyone chosen has been copied already (or is you)',
  },
  'cc.too-many': {
    kind: 'user',
    'zh-CN': '一个申请最多可临时抄送 {max} 人',
    en: 'A request can be copied to at most {max} people ad hoc',
  },
  'urge.nobody': {
    kind: 'user',
    'zh-CN': '当前没有待处理的审批人可催办',
    en: 'Nobody has an open task on this request to urge',
  },
  'urge.too-soon': {
    kind: 'user',
    'zh-CN': '刚刚催办过，请 {minutes} 分钟后再催办',
    en: 'This request was urged recently; you can urge again in {minutes} minutes',
  },
  'jump.invalid-target': {
    kind: 'user',
    'zh-CN': '只能跳转到并行分支之外的审批节点或结束节点，{nodeId} 不是',
    en: 'A request can jump only to an approval step or an end outside parallel branches; {nodeId} is neither',
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
  'instance.withdraw-disabled': {
    kind: 'user',
    'zh-CN': '此流程不允许撤回审批中的申请',
    en: 'This flow does not allow withdrawing a request in approval',
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
    'zh-CN': '条件分支“{stepZh}”没有满足条件的路径，也没有默认路径（为空的字段：{emptyZh}）',
    en: 'Condition branch "{stepEn}" has no matching path and no default path (empty fields: {emptyEn})',
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
