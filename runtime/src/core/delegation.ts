import { parseDecimal, type Delegation } from '@baton/schemas';
import { policiesOf } from './policies.ts';
import type { TaskState } from './types.ts';
import { emit, updateTask, type Work } from './work.ts';

/** Who a task meant for one person goes to (see `assigneeFor`). */
export type Assignment = {
  readonly assigneeId: string;
  readonly onBehalfOf?: string;
  readonly chain: readonly string[];
  readonly stop?: 'loop' | 'disabled' | 'initiator';
};

/**
 * The request's amount for delegation caps: the value of `FlowPolicies.amountField`, else of
 * the form's first top-level money field. Only a decimal string counts (never a float).
 */
function requestAmount(work: Work) {
  const { flow, form } = work.bundle;
  const field =
    policiesOf(flow).amountField ??
    form.fields.find((candidate) => candidate.type === 'money')?.key;
  const { values } = work.state;
  const value = field !== undefined && Object.hasOwn(values, field) ? values[field] : undefined;

  return typeof value === 'string' ? parseDecimal(value) : null;
}

type Amount = ReturnType<typeof requestAmount>;

/** Whether `delegation` covers this request now: window, flows and amount cap. */
function covers(work: Work, delegation: Delegation, amount: Amount): boolean {
  const now = Date.parse(work.at);
  const inWindow = Date.parse(delegation.startsAt) <= now && now < Date.parse(delegation.endsAt);
  const { flowKeys, amountCap } = delegation;
  const inFlows = flowKeys === undefined || flowKeys.includes(work.ctx.flowKey);
  if (!inWindow || !inFlows) return false;
  if (amountCap === undefined) return true;
  const cap = parseDecimal(amountCap);

  return amount !== null && cap !== null && amount.lessThanOrEqualTo(cap);
}

/**
 * Who gets a task meant for `userId`, after the out-of-office delegations (`ctx.delegations`)
 * that cover this request now: in force (`startsAt` ≤ now < `endsAt`), for this flow (no
 * `flowKeys`, or they include it) and amount (no `amountCap`, or the request's amount is at
 * most the cap, compared as decimals; a request without an amount is not covered by a capped
 * delegation). Of several covering one person, the first listed is followed.
 *
 * Chains are followed (A → B → C: C gets the task on behalf of A, `chain` [A, B, C]). Where
 * following would stop:
 * - a loop (A → B → A, or A → B → C → B): everyone on it is away, so the task stays with the
 *   person it was meant for (A), `stop: 'loop'`, `chain` up to the repeat;
 * - a delegate who is disabled or unknown: the task stays with the last person before them,
 *   `stop: 'disabled'`;
 * - a delegate who started the request (unless the flow allows self-approval): nobody decides
 *   their own request on someone else's behalf, so the task stays with the last person before
 *   them, `stop: 'initiator'`.
 *
 * `onBehalfOf` is `userId` whenever the task goes to someone else. Separation-of-duties rules
 * (dedupe, distinct approvers, the initiator's own request) were applied to `userId` before
 * this is called, and keep counting the decision as theirs.
 */
export function assigneeFor(work: Work, userId: string): Assignment {
  const delegations = work.ctx.delegations ?? [];
  if (delegations.length === 0) return { assigneeId: userId, chain: [userId] };
  const amount = requestAmount(work);
  const selfApproval = policiesOf(work.bundle.flow).allowSelfApproval;
  const chain = [userId];
  let stop: Assignment['stop'];
  for (let current = userId; stop === undefined;) {
    const away = delegations.find((d) => d.userId === current && covers(work, d, amount));
    if (!away) break;
    const next = away.delegateId;
    const delegate = work.ctx.org.getUser(next);
    if (chain.includes(next)) stop = 'loop';
    else if (!delegate || delegate.disabled) stop = 'disabled';
    else if (next === work.state.initiatorId && !selfApproval) stop = 'initiator';
    else chain.push((current = next));
  }
  const assigneeId = stop === 'loop' ? userId : (chain.at(-1) ?? userId);
  const base = { assigneeId, chain, ...(stop ? { stop } : {}) };

  return assigneeId === userId ? base : { ...base, onBehalfOf: userId };
}

/**
 * Gives a task just created for `task.assigneeId` to whoever `assigneeFor` says, before anyone
 * is told of it: `assigneeId` becomes the delegate and `onBehalfOf` the person it was meant
 * for. Records `delegation.applied` {taskId, forUserId, toUserId, chain, stop?} whenever a
 * delegation was in play, also when a loop or a disabled delegate left the task where it was.
 * Returns the task as it now is. Not for automatic approvals: nobody acts on those.
 */
export function applyDelegation(work: Work, task: TaskState): TaskState {
  const forUserId = task.assigneeId;
  const assignment = assigneeFor(work, forUserId);
  const { assigneeId, chain, stop } = assignment;
  if (chain.length === 1 && stop === undefined) return task;
  const data = { taskId: task.id, forUserId, toUserId: assigneeId, chain: [...chain] };
  emit(work, 'delegation.applied', stop === undefined ? data : { ...data, stop });
  if (assignment.onBehalfOf === undefined) return task;

  return updateTask(work, task.id, { assigneeId, onBehalfOf: assignment.onBehalfOf });
}
