import type { Messages } from '../i18n/messages.ts';
import type { delegationZh } from './messages-zh-CN.ts';

/** Texts of the out-of-office page (namespace `delegation`), English. */
export const delegationEn: Messages<typeof delegationZh> = {
  title: 'Out of office',
  titleAll: 'All delegations',
  subtitle:
    'While you are away, new tasks assigned to you go to your delegate, recorded as “delegate on behalf of you”.',
  subtitleAll: "Everyone's out-of-office delegations. Admins may also set them up for others.",
  showAll: "See everyone's delegations",
  filterPerson: 'Only delegations given or received by',
  filterEveryone: 'Show everyone',
  showMine: 'Only mine',
  form: {
    title: 'New delegation',
    user: 'Who is away',
    delegate: 'Delegate',
    startsAt: 'From',
    endsAt: 'Until',
    flows: 'Only these flows (optional)',
    flowsHelp: 'None chosen: every flow',
    amountCap: 'Amount cap (optional)',
    amountCapHelp: 'Only requests of at most this amount, e.g. 5000.00',
    reason: 'Reason (optional)',
    create: 'Save delegation',
    created: 'Delegation to {{name}} saved',
  },
  problems: {
    delegateMissing: 'Choose a delegate',
    userMissing: 'Choose who is away',
    self: 'Nobody can delegate to themselves',
    startsMissing: 'Enter when it starts',
    endsMissing: 'Enter when it ends',
    windowEmpty: 'The end must be after the start',
    ended: 'The end is already past',
    amountInvalid: 'Enter an amount such as 5000 or 5000.00 (at most 4 decimals)',
  },
  list: {
    title: 'Delegations',
    empty: 'No delegations yet',
    user: 'Away',
    delegate: 'Delegate',
    window: 'When',
    windowText: '{{from}} to {{to}}',
    flows: 'Flows',
    allFlows: 'Every flow',
    amountCap: 'Amount cap',
    noCap: 'Any amount',
    reason: 'Reason',
    status: 'Status',
    statuses: { active: 'Active', upcoming: 'Upcoming', ended: 'Ended', revoked: 'Revoked' },
    revoke: 'Revoke',
    revokeLabel: 'Revoke the delegation to {{name}}',
    revokeConfirm:
      'New tasks will no longer go to the delegate. Tasks already with them stay where they are.',
    revoked: 'Delegation revoked',
  },
};
