export * from './core/types.ts';
export type { CoreContext } from './core/context.ts';
export { decide } from './core/decide.ts';
export { applyCommands, type AppliedCommands } from './core/apply.ts';
export { executableKinds, type NodeExecutor, type TaskPolicy } from './core/executors/index.ts';
export type { CancelReason } from './core/steps.ts';
export {
  approverTexts,
  createOrgDirectory,
  explain,
  explainBoth,
  Explanation,
  type ExplanationCode,
  type ExplanationParam,
  FLOW_ADMIN_ROLE,
  resolveApprovers,
  resolveRecipients,
  resolveStepAssignees,
  type ApproverResolution,
  type Assignee,
  type OrgDirectory,
  type OrgSource,
  type OrgUserInput,
  type ResolveContext,
  type StepAssignees,
  type SupervisorChain,
} from './approvers/index.ts';
export { runtimeError, runtimeMessages, type RuntimeErrorCode } from './messages.ts';
export * from './preview/types.ts';
