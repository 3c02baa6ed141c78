import type { StepDeadline } from '@baton/schemas';
import { executorFor } from './executors/index.ts';
import { handTask } from './hand-task.ts';
import { policiesOf } from './policies.ts';
import { isPending } from './step-close.ts';
import { approveTask, rejectTask } from './steps.ts';
import type { TaskState } from './types.ts';
import { emit, updateTask, type Work } from './work.ts';

type Timeout = NonNullable<StepDeadline['timeout']>;

/** Why an escalation found nobody to hand the task to (recorded; the task stays open). */
type EscalationFailure =
  | 'no-user'
  | 'no-supervisor'
  | 'unknown-user'
  | 'disabled'
  | 'same-assignee'
  | 'already-present'
  | 'initiator';

/**
 * Who an escalation goes to: the named user (`escalateTo: 'user'`), else the direct supervisor
 * of the person the task was meant for (its `onBehalfOf` when a delegate holds it). It must
 * exist, be enabled, differ from the assignee, hold no other pending task in the step, and
 * not be the initiator unless the flow allows self-approval (the checks of `handTask`, made
 * here so that a timeout records why instead of failing).
 */
function escalationTarget(
  work: Work,
  task: TaskState,
  timeout: Timeout,
): { userId: string } | { failure: EscalationFailure; userId?: string } {
  const { org } = work.ctx;
  const person = task.onBehalfOf ?? task.assigneeId;
  const userId =
    timeout.escalateTo === 'user' ? timeout.userId : org.supervisorChain(person, 1).users[0]?.id;
  if (userId === undefined)
    return { failure: timeout.escalateTo === 'user' ? 'no-user' : 'no-supervisor' };
  const user = org.getUser(userId);
  if (!user) return { failure: 'unknown-user', userId };
  if (user.disabled) return { failure: 'disabled', userId };
  if (userId === task.assigneeId) return { failure: 'same-assignee', userId };
  const holds = work.state.tasks.some(
    (other) => other.stepId === task.stepId && other.assigneeId === userId && isPending(other),
  );

  if (holds) return { failure: 'already-present', userId };
  const self = userId === work.state.initiatorId;
  if (self && !policiesOf(work.bundle.flow).allowSelfApproval)
    return { failure: 'initiator', userId };

  return { userId };
}

function escalate(work: Work, task: TaskState, timeout: Timeout): void {
  const target = escalationTarget(work, task, timeout);
  if ('failure' in target) {
    const { failure, userId } = target;
    const data = { taskId: task.id, assigneeId: task.assigneeId, reason: failure };
    emit(work, 'task.escalation-failed', userId === undefined ? data : { ...data, userId });

    return;
  }
  handTask(work, task, { kind: 'escalate', toUserId: target.userId, byUserId: null });
}

/**
 * Marks the decision event of `taskId` just recorded (`task.approved` / `task.rejected`) as
 * made by the timeout: the shared decision functions record a person's decision, and the
 * event list is this call's own, so its entry is replaced rather than changed in place.
 */
function noteAuto(work: Work, taskId: string, type: string): void {
  const index = work.events.findIndex((e) => e.type === type && e.data.taskId === taskId);
  const event = work.events[index];
  if (event) work.events[index] = { ...event, data: { ...event.data, auto: 'timeout' } };
}

/**
 * The timeout of an open task (see `StepDeadline.timeout`), recorded as `task.timed-out`
 * {taskId, assigneeId, action} before it is acted on: `approve` and `reject` decide the task
 * in the assignee's name (`auto: 'timeout'`; a rejection follows the node's reject policy and
 * target), `escalate` hands it to the supervisor or the named user (`task.transferred`, kind
 * `escalate`, by nobody), whose new task has its own deadline; when nobody fits, the task stays
 * open and `task.escalation-failed` says why.
 */
export function timeOut(work: Work, task: TaskState, timeout: Timeout): void {
  const { action } = timeout;
  emit(work, 'task.timed-out', { taskId: task.id, assigneeId: task.assigneeId, action });
  if (action === 'escalate') return escalate(work, task, timeout);
  const decided = updateTask(work, task.id, { auto: 'timeout' });
  if (action === 'approve') {
    approveTask(work, decided, undefined);

    return noteAuto(work, task.id, 'task.approved');
  }
  const node = work.graph.node(task.nodeId);
  const policy = executorFor(node).taskPolicy?.(node);
  if (!policy) throw new Error(`node ${node.id} of a task has no task policy`);
  rejectTask(work, decided, { comment: undefined, target: policy.rejectTo, policy });
  noteAuto(work, task.id, 'task.rejected');
}
