import type { Messages } from '../i18n/messages.ts';
import type { previewZh } from './messages-zh-CN.ts';

/** Texts of the route preview and the flow test panel (namespace `preview`), English. */
export const previewEn: Messages<typeof previewZh> = {
  route: {
    title: 'Approval preview',
    hint: 'With what you entered, the request goes through these steps.',
    path: 'Approval path',
    loading: 'Working out the approvers…',
    incomplete: 'Fill in the form to see the approval path and who approves each step.',
    refused: 'Submitting this now would be refused: {{message}}',
    noSteps: 'This request goes through no approval step',
    kinds: { approval: 'Approval', cc: 'CC' },
    modes: { any: 'Any one', all: 'Everyone', sequential: 'In order', percentage: 'Percentage' },
    needed_one: '{{count}} approval needed',
    needed_other: '{{count}} approvals needed',
    stepOutcomes: {
      tasks: 'To approve',
      autoApproved: 'Approved automatically',
      autoRejected: 'Rejected automatically',
      needsPick: 'Approvers to be picked',
      refused: 'Nobody can be assigned',
    },
    outcomes: {
      completed: 'Once every step above approves, the request is approved and ends here',
      rejected: 'The request would be rejected automatically',
      refused: 'The submission would be refused',
    },
    why: 'Why: {{reason}}',
    facts: 'Based on',
    fallback: 'Nobody found: routed to a fallback',
    auto: {
      initiator: 'The initiator: handled automatically as set',
      dedupe: 'Already approved: approved automatically',
      nobody: 'Nobody found: handled automatically as set',
    },
    pickBy: {
      initiator: 'You pick the approvers when you submit',
      approver: 'The approver of the step before picks',
    },
    pickByOthers: {
      initiator: 'The initiator picks the approvers when submitting',
      approver: 'The approver of the step before picks',
    },
    pickLabel: 'Approvers for “{{step}}”',
    pickRequired: 'Pick the approvers for “{{step}}” before submitting',
    nobody: '(nobody)',
  },
};
