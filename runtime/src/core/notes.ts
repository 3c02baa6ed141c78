import { resolveText, type FlowNode, type Locale } from '@baton/schemas';
import { because, type Explanation } from '../approvers/explanations.ts';
import { personById } from '../approvers/names.ts';
import type { OrgDirectory } from '../approvers/org-directory.ts';
import type { FlowGraph } from './graph.ts';
import type { Approval } from './round-approvals.ts';

/**
 * What the core adds to the resolver's explanations: decisions taken by a policy rather than
 * by a person, each naming who and the earlier step (texts in approvers/explanations.ts), and
 * notes on a step's staffing that only the core knows about (`coreNotes`, zh-CN and en).
 */

/** A step's name as one param that reads in the reader's language. */
export function stepLabel(node: FlowNode): Explanation {
  return because('text.step', {
    zh: resolveText(node.name, 'zh-CN'),
    en: resolveText(node.name, 'en'),
  });
}

export function initiatorAutoApproved(org: OrgDirectory, userId: string): Explanation {
  return because('auto.initiator', personById(org, userId));
}

export function dedupeApproved(
  org: OrgDirectory,
  graph: FlowGraph,
  approval: Approval,
  consecutive: boolean,
): Explanation {
  const code = consecutive ? 'auto.dedupe-consecutive' : 'auto.dedupe-anywhere';
  const step = stepLabel(graph.node(approval.step.nodeId));

  return because(code, { ...personById(org, approval.userId), step });
}

export function alreadyApproved(org: OrgDirectory, graph: FlowGraph, approval: Approval) {
  const step = stepLabel(graph.node(approval.step.nodeId));

  return because('sod.already-approved', { ...personById(org, approval.userId), step });
}

/** Notes on how a step was staffed that only the core knows, in both languages. */
export const coreNotes = {
  'note.refuse-after-submission': {
    'zh-CN': '此步骤设置为找不到审批人时拒绝提交；提交后组织发生变化，现已转交流程管理员',
    en: 'this step refuses submission when nobody resolves; the org changed after submission, so it went to the flow admins',
  },
  'note.initiator-self-named': {
    'zh-CN': '发起人在表单或自选中填了自己，因此不会自动通过其本人的审批，已跳过',
    en: 'the initiator named themselves (in a form field or their own pick), so their part is not approved automatically; they are skipped',
  },
  'note.distinct-relaxed': {
    'zh-CN': '所有可审批的人都已在本申请中审批过，为避免无人处理，仍由他们审批',
    en: 'everyone eligible had already approved this request; rather than leave the step to nobody, they approve again',
  },
} as const satisfies Readonly<Record<string, Readonly<Record<Locale, string>>>>;

export type CoreNoteCode = keyof typeof coreNotes;

/** A note as stored in `step.entered`: its code and its text in both languages. */
export type CoreNote = { readonly code: CoreNoteCode; readonly text: Record<Locale, string> };

export function note(code: CoreNoteCode): CoreNote {
  return { code, text: { ...coreNotes[code] } };
}
