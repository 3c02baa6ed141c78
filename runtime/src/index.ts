export * from './core/types.ts';
export type { CoreContext } from './core/context.ts';
export { decide } from './core/decide.ts';
export { applyCommands, type AppliedCommands } from './core/apply.ts';
export { executableKinds, type NodeExecutor, type TaskPolicy } from './core/executors/index.ts';
export type { CancelReason } from './core/steps.ts';
export { nextPick, type NextPick } from './core/next-pick.ts';
export { returnTargets, type ReturnTargets } from './core/return-targets.ts';
export { pickRulesOf, type PickRule } from './core/picks.ts';
export { neededApprovals, shareOf } from './core/counting.ts';
export { policiesOf } from './core/policies.ts';
export { routingFields } from './core/routing-fields.ts';
export { coreNotes, type CoreNote, type CoreNoteCode } from './core/notes.ts';
export {
  approverTexts,
  checkPicks,
  createOrgDirectory,
  explain,
  explainBoth,
  Explanation,
  type ExplanationCode,
  type ExplanationParam,
  FLOW_ADMIN_ROLE,
  pickCandidates,
  resolveApprovers,
  resolveRecipients,
  resolveStepAssignees,
  type ApproverResolution,
  type Assignee,
  type OrgDirectory,
  type OrgSource,
  type OrgUserInput,
  type PickNeed,
  type ResolveContext,
  type ResolvedApprovers,
  type ResolvedStep,
  type StepAssignees,
  type StepOptions,
  type SupervisorChain,
} from './approvers/index.ts';
export { runtimeError, runtimeMessages, type RuntimeErrorCode } from './messages.ts';
export * from './preview/types.ts';
export { previewRoute } from './preview/preview.ts';
