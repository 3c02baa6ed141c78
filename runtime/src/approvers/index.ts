export {
  createOrgDirectory,
  type OrgDirectory,
  type OrgSource,
  type OrgUserInput,
  type SupervisorChain,
} from './org-directory.ts';
export {
  resolveApprovers,
  type ApproverResolution,
  type PickNeed,
  type ResolveContext,
  type ResolvedApprovers,
} from './resolve.ts';
export { checkPicks, pickCandidates } from './rules/picks.ts';
export {
  approverTexts,
  because,
  explain,
  explainBoth,
  Explanation,
  type ExplanationCode,
  type ExplanationParam,
} from './explanations.ts';
export { keyParams, personById, personParams, type NameParams, type Named } from './names.ts';
export {
  FLOW_ADMIN_ROLE,
  resolveRecipients,
  resolveStepAssignees,
  type Assignee,
  type ResolvedStep,
  type StepAssignees,
  type StepOptions,
} from './assignees.ts';
