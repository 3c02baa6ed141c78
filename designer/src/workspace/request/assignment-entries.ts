import type { ClosingEvent } from './closing-events.ts';
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
  recalled: 'timeline.closedRecalled',
  terminated: 'timeline.closedTerminated',
  'signer-removed': 'timeline.closedSignerRemoved',
};

/** A line's message key and the values it needs beyond the step and the assignee. */
type CancelLine = { readonly key: string; readonly to?: string };

/**
 * A task closed when the request stopped (`returned`, `rejected`): by a return, the return's
 * own line tells the returner's task and the others read as returned (to the initiator or to
 * an earlier step); otherwise a rejection stopped the request, at this task's step or at
 * another one in parallel.
 */
function returnLine(context: Context, by: ClosingEvent | undefined): CancelLine | undefined {
  const { data, step, rejectedStepIds } = context;
  const own = by !== undefined && read(by.data, 'taskId') === read(data, 'taskId');
  if (by?.type === 'instance.returned' && by.data['returned'] === true)
    return own ? undefined : { key: 'timeline.closedReturned' };
  if (by?.type === 'step.returned-to')
    return own
      ? undefined
      : { key: 'timeline.closedReturnedToStep', to: step(read(by.data, 'toNodeId')) };
  const stepId = read(data, 'stepId');

  return stepId !== undefined && rejectedStepIds.has(stepId)
    ? { key: 'timeline.closedStepRejected' }
    : { key: 'timeline.closedRequestRejected' };
}

/**
 * The line for a closed task, by its reason and the event that closed it (see `closingEvents`):
 * a jump names where the admin moved the request; a removed signer's own event tells it.
 */
function cancelLine(context: Context): CancelLine | undefined {
  const { data, closedBy, step } = context;
  const reason = read(data, 'reason') ?? '';
  const taskId = read(data, 'taskId');
  const by = taskId === undefined ? undefined : closedBy.get(taskId);
  if (reason === 'returned' || reason === 'rejected') return returnLine(context, by);
  if (reason === 'jumped') {
    const to = by?.type === 'instance.jumped' ? read(by.data, 'nodeId') : undefined;

    return to === undefined
      ? { key: 'timeline.closedJumpedPlain' }
      : { key: 'timeline.closedJumped', to: step(to) };
  }
  if (reason === 'signer-removed' && by?.type === 'task.signer-removed') return undefined;
  const key = CANCEL_LINES[reason];

  return key === undefined ? undefined : { key };
}

/**
 * Tasks closed without a decision of their own get a line saying why: others decided the step,
 * a rejection or a return stopped the request, an admin moved or ended it, a decision before
 * them was recalled, their added signer was removed, or their assignee was disabled. The
 * returner's own task and tasks closed by a withdrawal get none (their request's line tells).
 */
const taskCancelled: Describe = (context) => {
  const { t, step, data, assignee } = context;
  const line = cancelLine(context);
  if (line === undefined) return null;
  const values = { ...NS, step: step(read(data, 'nodeId')), assignee, to: line.to };

  return sentence(t(line.key, values), 'gray');
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
