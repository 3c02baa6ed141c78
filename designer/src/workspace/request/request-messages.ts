import type { Messages } from '../../i18n/messages.ts';
import { actEn } from './actions/messages-en.ts';
import { actZh } from './actions/messages-zh-CN.ts';
import { eventsEn, eventsZh } from './event-messages.ts';

/** Texts of the request page that the workspace namespace does not have (namespace `requestPage`). */
export const requestPageZh = {
  timeline: {
    /** A step no rule could staff went to the flow admin: the step and the stored reason. */
    fallback: '{{step}}：{{reason}}',
    entered: '进入“{{step}}”：{{reason}}',
    enteredPlain: '进入“{{step}}”',
    assigned: '{{step}}：交给 {{assignee}} 审批',
    assignedWaiting: '{{step}}：{{assignee}} 排在后面，轮到时再审批',
    opened: '{{step}}：轮到 {{assignee}} 审批',
    autoApproved: '{{step}}：{{assignee}} 的审批已自动通过',
    stepAutoApproved: '{{step}}：已自动通过',
    stepAutoRejected: '{{step}}：已自动驳回',
    cancelled: '{{step}}：本步骤已由其他人决定，{{assignee}} 的任务已关闭',
    skippedDisabled: '{{step}}：{{assignee}} 已停用，轮到时已跳过',
    closedStepRejected: '{{step}}：本步骤已被驳回，{{assignee}} 的任务已关闭',
    closedRequestRejected: '{{step}}：申请已在其他步骤被驳回，{{assignee}} 的任务已关闭',
    closedReturned: '{{step}}：申请已退回发起人修改，{{assignee}} 的任务已关闭',
    closedReturnedToStep: '{{step}}：申请已退回到“{{to}}”，{{assignee}} 的任务已关闭',
    closedJumped: '{{step}}：管理员已将申请跳转到“{{to}}”，{{assignee}} 的任务已关闭',
    closedJumpedPlain: '{{step}}：管理员已将申请跳转到其他步骤，{{assignee}} 的任务已关闭',
    closedRecalled: '{{step}}：之前的决定已被撤回，{{assignee}} 的任务已关闭',
    closedTerminated: '{{step}}：管理员已终止申请，{{assignee}} 的任务已关闭',
    closedSignerRemoved: '{{step}}：{{assignee}} 的加签已被移除，任务已关闭',
    why: '原因：{{reason}}',
  },
  progress: {
    label: '当前进度',
    line: '{{step}}：{{progress}}',
    any: '{{total}} 人中任意一人同意即可',
    approvals: '已有 {{approved}} 人同意，共需 {{needed}} 人，还差 {{left}} 人',
    sequential: '依次审批：第 {{turn}} 位，共 {{total}} 位',
    rejections: '已有 {{rejected}} 人驳回，{{limit}} 人驳回即驳回本步骤',
    withRejections: '{{approvals}}；{{rejections}}',
  },
  events: eventsZh,
  act: actZh,
};

export const requestPageEn: Messages<typeof requestPageZh> = {
  timeline: {
    fallback: '{{step}}: {{reason}}',
    entered: 'Entered “{{step}}”: {{reason}}',
    enteredPlain: 'Entered “{{step}}”',
    assigned: '{{step}}: assigned to {{assignee}}',
    assignedWaiting: '{{step}}: {{assignee}} is next in line and acts in turn',
    opened: '{{step}}: {{assignee}}’s turn',
    autoApproved: '{{step}}: approved automatically for {{assignee}}',
    stepAutoApproved: '{{step}}: approved automatically',
    stepAutoRejected: '{{step}}: rejected automatically',
    cancelled: '{{step}}: decided by others, so {{assignee}}’s task was closed',
    skippedDisabled: '{{step}}: {{assignee}} was disabled and skipped when their turn came',
    closedStepRejected: '{{step}}: the step was rejected, so {{assignee}}’s task was closed',
    closedRequestRejected:
      '{{step}}: the request was rejected at another step, so {{assignee}}’s task was closed',
    closedReturned:
      '{{step}}: the request was returned to the initiator for changes, so {{assignee}}’s task was closed',
    closedReturnedToStep:
      '{{step}}: the request was sent back to “{{to}}”, so {{assignee}}’s task was closed',
    closedJumped:
      '{{step}}: an admin moved the request to “{{to}}”, so {{assignee}}’s task was closed',
    closedJumpedPlain:
      '{{step}}: an admin moved the request to another step, so {{assignee}}’s task was closed',
    closedRecalled:
      '{{step}}: the earlier decision was recalled, so {{assignee}}’s task was closed',
    closedTerminated:
      '{{step}}: an admin terminated the request, so {{assignee}}’s task was closed',
    closedSignerRemoved:
      '{{step}}: {{assignee}} was removed as an added signer, so their task was closed',
    why: 'Why: {{reason}}',
  },
  progress: {
    label: 'Progress',
    line: '{{step}}: {{progress}}',
    any: 'Any one of {{total}} may approve',
    approvals: '{{approved}} of {{needed}} approvals, {{left}} more needed',
    sequential: '{{turn}} of {{total}} in order',
    rejections: '{{rejected}} of {{limit}} rejections that reject the step',
    withRejections: '{{approvals}}; {{rejections}}',
  },
  events: eventsEn,
  act: actEn,
};
