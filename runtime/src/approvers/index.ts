export {
  createOrgDirectory,
  type OrgDirectory,
  type OrgSource,
  type OrgUserInput,
  type SupervisorChain,
} from './org-directory.ts';
export { resolveApprovers, type ApproverResolution, type ResolveContext } from './resolve.ts';
export {
  approverTexts,
  explain,
  explainBoth,
  Explanation,
  type ExplanationCode,
  type ExplanationParam,
} from './explanations.ts';
export {
  FLOW_ADMIN_ROLE,
  resolveRecipients,
  resolveStepAssignees,
  type Assignee,
  type StepAssignees,
} from './assignees.ts';
