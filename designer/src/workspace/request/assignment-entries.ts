import {
  factsOf,
  read,
  reasonOf,
  sentence,
  type Context,
  type Describe,
} from './timeline-context.ts';

const NS = { ns: 'requestPage' } as const;

function why(context: Context): string[] {
  const reason = reasonOf(context.data, context.text);

  return reason === undefined ? [] : [context.t('timeline.why', { ...NS, reason })];
}

/**
 * A step entered: why these people, with the org facts behind it (who is whose supervisor,
 * who holds the role, who was skipped); a flow admin taking over reads as a warning.
 */
const stepEntered: Describe = ({ t, text, step, data }) => {
  const reason = reasonOf(data, text);
  const facts = factsOf(data, text);
  const name = step(read(data, 'nodeId'));
  if (data['fallback'] === true && reason !== undefined)
    return sentence(
      t('timeline.fallback', { ...NS, step: name, reason }),
      'orange',
      undefined,
      facts,
    );
  if (reason === undefined && facts.length === 0) return null;
  const words =
    reason === undefined
      ? t('timeline.enteredPlain', { ...NS, step: name })
      : t('timeline.entered', { ...NS, step: name, reason });

  return sentence(words, 'gray', undefined, facts);
};

/** A task given to someone, with why they got it; a later turn in sequence says so. */
const taskCreated: Describe = (context) => {
  const { t, step, data, assignee } = context;
  if (read(data, 'taskId') === undefined && read(data, 'assigneeId') === undefined) return null;
  const key = data['status'] === 'waiting' ? 'timeline.assignedWaiting' : 'timeline.assigned';
  const words = t(key, { ...NS, step: step(read(data, 'nodeId')), assignee });

  return sentence(words, 'blue', undefined, why(context));
};

const taskOpened: Describe = ({ t, step, data, assignee }) =>
  sentence(t('timeline.opened', { ...NS, step: step(read(data, 'nodeId')), assignee }), 'blue');

/** A part a policy approved in someone's name (initiator, already approved, nobody). */
const taskAutoApproved: Describe = (context) => {
  const { t, step, data, assignee } = context;
  const words = t('timeline.autoApproved', { ...NS, step: step(read(data, 'nodeId')), assignee });

  return sentence(words, 'green', undefined, why(context));
};

function stepDecided(key: string, tone: 'green' | 'red'): Describe {
  return (context) =>
    sentence(
      context.t(key, { ...NS, step: context.step(read(context.data, 'nodeId')) }),
      tone,
      undefined,
      why(context),
    );
}

/** Lines for tasks closed without a decision of their own, by reason. */
const CANCEL_LINES: Readonly<Record<string, string>> = {
  'decided-by-another': 'timeline.cancelled',
  'assignee-disabled': 'timeline.skippedDisabled',
};

/** Reasons of tasks closed because a step was rejected (the request returned or ended). */
const STOPPED_BY_REJECTION = new Set(['rejected', 'returned']);

/** The line for a closed task: by its reason; a rejection says which step it stopped. */
function cancelLine(context: Context): string | undefined {
  const reason = read(context.data, 'reason') ?? '';
  if (!STOPPED_BY_REJECTION.has(reason)) return CANCEL_LINES[reason];
  const stepId = read(context.data, 'stepId');

  return stepId !== undefined && context.rejectedStepIds.has(stepId)
    ? 'timeline.closedStepRejected'
    : 'timeline.closedRequestRejected';
}

/**
 * Tasks closed because others decided the step, because a rejection stopped the request (their
 * own step or another, in parallel), or skipped because their assignee was disabled, get a
 * line; those closed by a withdrawal the request itself tells.
 */
const taskCancelled: Describe = (context) => {
  const { t, step, data, assignee } = context;
  const key = cancelLine(context);

  return key
    ? sentence(t(key, { ...NS, step: step(read(data, 'nodeId')), assignee }), 'gray')
    : null;
};

/** How the events about who gets a task read in the history. */
export const ASSIGNMENT_EVENTS: Readonly<Record<string, Describe>> = {
  'step.entered': stepEntered,
  'task.created': taskCreated,
  'task.opened': taskOpened,
  'task.auto-approved': taskAutoApproved,
  'step.auto-approved': stepDecided('timeline.stepAutoApproved', 'green'),
  'step.auto-rejected': stepDecided('timeline.stepAutoRejected', 'red'),
  'task.cancelled': taskCancelled,
};
