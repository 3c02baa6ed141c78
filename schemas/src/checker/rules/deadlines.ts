import { excerpt } from '../../excerpt.ts';
import { ApprovalConfig, DelayConfig, type StepDeadline } from '../../flow/node-kinds.ts';
import type { FormField } from '../../form/form.ts';
import { fieldLabel } from '../../form/labels.ts';
import type { CheckContext } from '../context.ts';
import { checkPicksAfterWaits } from './delay-picks.ts';

/** The field types a delay may wait for: a calendar day (a date-time value is taken as is). */
const MOMENT_TYPES: ReadonlySet<FormField['type']> = new Set(['date']);

function checkDelay(
  ctx: CheckContext,
  position: number,
  config: DelayConfig,
  fields: ReadonlyMap<string, FormField>,
): void {
  const { wait } = config;
  if (wait.kind !== 'untilField') return;
  const path = ['flow', 'nodes', position, 'config', 'wait', 'field'];
  const field = fields.get(wait.field);
  if (!field) ctx.atNode(position, 'delay.unknown-field', { field: excerpt(wait.field) }, { path });
  else if (!MOMENT_TYPES.has(field.type)) {
    const params = { field: fieldLabel(field, ctx.locale) };
    ctx.atNode(position, 'delay.field-type', params, { path });
  }
}

/** Each user of the org with whether their account is disabled. */
type Users = ReadonlyMap<string, boolean>;

/**
 * The named person a timeout escalates to: missing is an error; named for a timeout that does
 * not escalate to a person, a warning (ignored); with the org at hand, someone
 * the org does not have is an error (every escalation would fail), a disabled account a
 * warning (it may be enabled again before a request gets there).
 */
function checkEscalationUser(
  ctx: CheckContext,
  position: number,
  timeout: NonNullable<StepDeadline['timeout']>,
  users: Users | undefined,
): void {
  const path = ['flow', 'nodes', position, 'config', 'deadline', 'timeout', 'userId'];
  const { userId } = timeout;
  if (timeout.action !== 'escalate' || timeout.escalateTo !== 'user') {
    // A person named for a timeout that does not escalate to a person is never used.
    const place = { path, severity: 'warning' as const };
    if (userId !== undefined) ctx.atNode(position, 'deadline.user-unused', {}, place);

    return;
  }
  if (!userId) {
    ctx.atNode(position, 'deadline.escalate-user-missing', {}, { path });

    return;
  }
  const disabled = users?.get(userId);
  const user = excerpt(userId);
  if (users && disabled === undefined)
    ctx.atNode(position, 'deadline.escalate-unknown-user', { user }, { path });
  else if (disabled === true) {
    const place = { path, severity: 'warning' as const };
    ctx.atNode(position, 'deadline.escalate-disabled-user', { user }, place);
  }
}

function checkDeadline(
  ctx: CheckContext,
  position: number,
  deadline: StepDeadline,
  settings: { commentRequired: boolean; users: Users | undefined },
): void {
  const at = (...keys: string[]) => ['flow', 'nodes', position, 'config', 'deadline', ...keys];
  const { remind, timeout } = deadline;
  const { commentRequired } = settings;
  const warning = 'warning' as const;
  if (timeout) checkEscalationUser(ctx, position, timeout, settings.users);
  if (remind && timeout && remind.everyMinutes * remind.times > timeout.afterMinutes) {
    const params = { every: remind.everyMinutes, times: remind.times, after: timeout.afterMinutes };
    const place = { path: at('remind'), severity: warning };
    ctx.atNode(position, 'deadline.reminders-after-timeout', params, place);
  }
  if (timeout?.action === 'approve' && commentRequired) {
    const place = { path: at('timeout', 'action'), severity: warning };
    ctx.atNode(position, 'deadline.approve-without-comment', {}, place);
  }
}

/**
 * Deadlines of approval steps and delay nodes. A delay waiting for a form field needs a date
 * field; a timeout escalating to a named person needs `userId`, and with an org at hand one the
 * org has (see `checkEscalationUser`). Warnings: reminders that would
 * run past the timeout (every × times beyond it: the later ones are never sent), and a timeout
 * that approves a step requiring a comment (it approves without one). A step after a delay
 * cannot have its approvers picked by the approver before (see `checkPicksAfterWaits`). Reads each node's
 * parsed config; kinds are told apart by their config's shape (an approval's `deadline`, a
 * delay's `wait`), never by their type. @internal
 */
export function checkDeadlines(
  ctx: CheckContext,
  configs: readonly (Record<string, unknown> | undefined)[],
  fields: ReadonlyMap<string, FormField>,
): void {
  const users = ctx.org && new Map(ctx.org.users.map((user) => [user.id, user.disabled]));
  for (const position of ctx.index.graphNodes) {
    const config = configs[position];
    if (!config) continue;
    if (ctx.capabilities(position).needsAssignees && config.deadline !== undefined) {
      const approval = ApprovalConfig.safeParse(config);
      const { deadline, commentRequired } = approval.success ? approval.data : {};
      const settings = { commentRequired: commentRequired === true, users };
      if (deadline) checkDeadline(ctx, position, deadline, settings);
    }
    if (config.wait === undefined) continue;
    const delay = DelayConfig.safeParse(config);
    if (delay.success) checkDelay(ctx, position, delay.data, fields);
  }
  checkPicksAfterWaits(ctx, configs);
}
