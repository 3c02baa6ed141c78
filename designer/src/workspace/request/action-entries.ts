import {
  read,
  readList,
  sentence,
  type Context,
  type Describe,
  type Sentence,
} from './timeline-context.ts';

const NS = { ns: 'requestPage' } as const;

/** `events.<key>` of the request page's namespace, with `values`. */
function say(context: Context, key: string, values: Record<string, unknown> = {}): string {
  return context.t(`events.${key}`, { ...NS, ...values });
}

/** Who lost a task and who got it, by how (`kind`); the admin's reason is its comment. */
const TRANSFER_KEYS: Readonly<Record<string, string>> = {
  transfer: 'transferred',
  reassign: 'reassigned',
  escalate: 'escalated',
  handover: 'handedOver',
};

const transferred: Describe = (context) => {
  const { data, actor, person, taskStep } = context;
  const key = TRANSFER_KEYS[read(data, 'kind') ?? 'transfer'] ?? 'transferred';
  const words = say(context, key, {
    actor,
    from: person(read(data, 'fromUserId')),
    to: person(read(data, 'toUserId')),
    step: taskStep(data),
  });

  return sentence(words, 'blue', read(data, 'comment') ?? read(data, 'reason'));
};

const delegated: Describe = (context) => {
  const { data, actor, person, taskStep } = context;
  const to = person(read(data, 'toUserId'));

  return sentence(
    say(context, 'delegated', { actor, to, step: taskStep(data) }),
    'blue',
    read(data, 'comment'),
  );
};

const SIGNER_KEYS: Readonly<Record<string, string>> = {
  before: 'signerBefore',
  after: 'signerAfter',
  alongside: 'signerAlongside',
};

const signerAdded: Describe = (context) => {
  const { data, actor, people, taskStep } = context;
  const key = SIGNER_KEYS[read(data, 'position') ?? ''] ?? 'signerAlongside';
  const words = say(context, key, { actor, names: people(data['userIds']), step: taskStep(data) });

  return sentence(words, 'blue', read(data, 'comment'));
};

const signerRemoved: Describe = (context) => {
  const { data, actor, person, taskStep } = context;
  const words = say(context, 'signerRemoved', {
    actor,
    name: person(read(data, 'userId')),
    step: taskStep(data),
  });

  return sentence(words, 'gray', read(data, 'comment'));
};

/**
 * A return (not a rejection: `returned: true`) to the initiator; the rejection that returned a
 * request tells it already, so the event stays hidden then.
 */
const returned: Describe = (context) => {
  const { data, actor, step } = context;
  if (data['returned'] !== true) return null;
  const nodeId = read(data, 'nodeId') ?? read(data, 'fromNodeId');
  const words =
    nodeId === undefined
      ? say(context, 'returnedToInitiatorPlain', { actor })
      : say(context, 'returnedToInitiator', { actor, step: step(nodeId) });

  return sentence(words, 'orange', read(data, 'comment'));
};

const returnedTo: Describe = (context) => {
  const { data, actor, step } = context;
  const words = say(context, 'returnedToStep', {
    actor,
    from: step(read(data, 'fromNodeId')),
    to: step(read(data, 'toNodeId')),
  });

  return sentence(words, 'orange', read(data, 'comment'));
};

const recalled: Describe = (context) => {
  const { data, actor, taskStep } = context;
  const key = read(data, 'undone') === 'rejected' ? 'recalledRejection' : 'recalledApproval';

  return sentence(say(context, key, { actor, step: taskStep(data) }), 'orange');
};

/** An urge names the approvers it reminded; one without any still reads. */
const urged: Describe = (context) => {
  const { data, actor, people } = context;
  const words =
    readList(data, 'assigneeIds').length === 0
      ? say(context, 'urgedNobody', { actor })
      : say(context, 'urged', { actor, names: people(data['assigneeIds']) });

  return sentence(words, 'orange', read(data, 'comment'));
};

const reminded: Describe = (context) => {
  const { data, assignee, taskStep } = context;
  const count = (key: string) => (typeof data[key] === 'number' ? data[key] : '?');
  const words = say(context, 'reminded', {
    assignee,
    n: count('n'),
    of: count('of'),
    step: taskStep(data),
  });

  return sentence(words, 'gray');
};

const TIMEOUT_KEYS: Readonly<Record<string, string>> = {
  approve: 'timedOutApprove',
  reject: 'timedOutReject',
  escalate: 'timedOutEscalate',
};

/** A timeout: what the step's deadline did with the task. */
const timedOut: Describe = (context) => {
  const { data, assignee, taskStep } = context;
  const key = TIMEOUT_KEYS[read(data, 'action') ?? ''];
  if (key === undefined) return null;
  const tone = key === 'timedOutReject' ? 'red' : key === 'timedOutApprove' ? 'green' : 'orange';

  return sentence(say(context, key, { assignee, step: taskStep(data) }), tone);
};

const ESCALATION_WHY: ReadonlySet<string> = new Set([
  'no-supervisor',
  'no-user',
  'unknown-user',
  'disabled',
  'same-assignee',
  'already-present',
]);

/** An escalation that found nobody to go to: the task stays, and why, in words. */
const escalationFailed: Describe = (context) => {
  const { data, assignee, person, taskStep } = context;
  const reason = read(data, 'reason') ?? '';
  const why = say(context, `escalationWhy.${ESCALATION_WHY.has(reason) ? reason : 'other'}`, {
    assignee,
    user: person(read(data, 'userId')),
    reason,
  });

  return sentence(
    say(context, 'escalationFailed', { assignee, why, step: taskStep(data) }),
    'orange',
  );
};

/** A task opened again because the decision after it was recalled. */
const reopened: Describe = (context) =>
  read(context.data, 'reason') === 'recalled'
    ? sentence(
        say(context, 'reopened', {
          assignee: context.assignee,
          step: context.taskStep(context.data),
        }),
        'gray',
      )
    : null;

const terminated: Describe = (context) =>
  sentence(
    say(context, 'terminated', { actor: context.actor }),
    'red',
    read(context.data, 'reason'),
  );

const jumped: Describe = (context) => {
  const { data, actor, step } = context;
  const from = readList(data, 'fromNodeIds').map(step);
  const details = from.length === 0 ? [] : [say(context, 'jumpedFrom', { steps: from.join(', ') })];

  return sentence(
    say(context, 'jumped', { actor, step: step(read(data, 'nodeId')) }),
    'orange',
    read(data, 'reason'),
    details,
  );
};

function delay(key: string): Describe {
  return (context) => {
    const until = read(context.data, 'until');
    const values = {
      step: context.step(read(context.data, 'nodeId')),
      until: until === undefined ? '' : context.formatTime(until),
    };

    return sentence(say(context, key, values), 'gray');
  };
}

const delaySkipped: Describe = (context) =>
  read(context.data, 'reason') === 'empty'
    ? delay('delaySkippedEmpty')(context)
    : delay('delaySkippedPast')(context);

/** Out-of-office: the chain followed (A → B → C) and why it stopped, when it did. */
const delegationApplied: Describe = (context) => {
  const { data, person, taskStep } = context;
  const to = person(read(data, 'toUserId'));
  const chain = readList(data, 'chain');
  const stop = read(data, 'stop');
  const details = [
    ...(chain.length > 2
      ? [say(context, 'delegationChain', { chain: chain.map(person).join(' → ') })]
      : []),
    ...(stop === 'loop' ? [say(context, 'delegationLoop', { to })] : []),
    ...(stop === 'disabled' ? [say(context, 'delegationDisabled', { to })] : []),
  ];
  const words = say(context, 'delegationApplied', {
    for: person(read(data, 'forUserId')),
    to,
    step: taskStep(data),
  });

  return sentence(words, 'gray', undefined, details);
};

/** An ad hoc copy names who was copied; a CC node's copy keeps the count (`cc.sent`). */
export function adHocCopy(context: Context): Sentence | null {
  if (context.data['adHoc'] !== true) return null;
  const words = say(context, 'ccAdHoc', {
    actor: context.actor,
    names: context.people(context.data['recipientIds']),
  });

  return sentence(words, 'gray', read(context.data, 'comment'));
}

/** How the events of the runtime actions (issue #4) read in the history. */
export const ACTION_EVENTS: Readonly<Record<string, Describe>> = {
  'task.transferred': transferred,
  'task.delegated': delegated,
  'task.signer-added': signerAdded,
  'task.signer-removed': signerRemoved,
  'instance.returned': returned,
  'step.returned-to': returnedTo,
  'task.recalled': recalled,
  'instance.urged': urged,
  'task.reminded': reminded,
  'task.timed-out': timedOut,
  'task.escalation-failed': escalationFailed,
  'task.reopened': reopened,
  'instance.terminated': terminated,
  'instance.jumped': jumped,
  'delay.started': delay('delayStarted'),
  'delay.ended': delay('delayEnded'),
  'delay.skipped': delaySkipped,
  'delegation.applied': delegationApplied,
};
