import { describe, expect, it } from 'vitest';
import { Org } from '../org/org.ts';
import { checkFlow } from './check-flow.ts';
import { bundle, edge, expenseFlow, node, summarize } from './test-flows.ts';

/** The expense flow with the manager step's config extended by `settings`. */
function withManager(settings: Record<string, unknown>) {
  const flow = expenseFlow();
  flow.flow.nodes[1] = node('manager', 'approval', {
    approvers: [{ kind: 'departmentHead' }],
    ...settings,
  });

  return flow;
}

const checkManager = (settings: Record<string, unknown>, locale: 'en' | 'zh-CN' = 'en') =>
  summarize(checkFlow(withManager(settings), { locale }));

const person = (id: string, disabled = false) => ({
  id,
  username: id,
  name: id,
  departmentId: 'd1',
  supervisorId: null,
  roles: ['finance'],
  disabled,
});
const org = Org.parse({
  schemaVersion: 1,
  name: 'Test',
  departments: [{ id: 'd1', name: 'Sales', parentId: null, headId: 'li.na' }],
  users: [person('li.na'), person('old.user', true)],
  roles: [{ key: 'finance', name: { en: 'Finance', 'zh-CN': '财务' } }],
});

/** start → wait (a delay with `wait`) → manager → end. */
function delayFlow(wait: Record<string, unknown>) {
  return bundle(
    [
      node('start', 'start'),
      node('wait', 'delay', { wait }),
      node('manager', 'approval'),
      node('end', 'end'),
    ],
    [edge('start', 'wait'), edge('wait', 'manager'), edge('manager', 'end')],
  );
}

const checkDelay = (wait: Record<string, unknown>) => summarize(checkFlow(delayFlow(wait)));

describe('checkFlow deadlines', () => {
  it('accepts reminders within the timeout and each timeout action', () => {
    const remind = { everyMinutes: 60, times: 4 };

    expect(
      checkManager({ deadline: { remind, timeout: { afterMinutes: 240, action: 'approve' } } }),
    ).toEqual([]);
    expect(
      checkManager({
        deadline: { time: 'working', timeout: { afterMinutes: 60, action: 'reject' } },
      }),
    ).toEqual([]);
    expect(
      checkManager({ deadline: { timeout: { afterMinutes: 60, action: 'escalate' } } }),
    ).toEqual([]);
    const toUser = { afterMinutes: 60, action: 'escalate', escalateTo: 'user', userId: 'li.na' };
    expect(checkManager({ deadline: { timeout: toUser } })).toEqual([]);
  });

  it('needs a person when a timeout escalates to a named user, at the user key', () => {
    const timeout = { afterMinutes: 60, action: 'escalate', escalateTo: 'user' };

    expect(checkManager({ deadline: { timeout } })).toMatchInlineSnapshot(`
      [
        "deadline.escalate-user-missing @manager flow.nodes.1.config.deadline.timeout.userId: Approval step "Manager" escalates to a named person on timeout, but names nobody",
      ]
    `);
  });

  it('warns about a person named for a timeout that does not escalate to a named person', () => {
    const timeout = { afterMinutes: 60, action: 'approve', userId: 'u-nobody' };

    expect(checkManager({ deadline: { timeout } })).toMatchInlineSnapshot(`
      [
        "deadline.user-unused (warning) @manager flow.nodes.1.config.deadline.timeout.userId: Approval step "Manager" names a person for its timeout, but the timeout does not escalate to a named person: the person is ignored",
      ]
    `);
  });

  it('refuses escalating to someone the org does not have and warns about a disabled one', () => {
    const escalateTo = (userId: string) => ({
      deadline: {
        timeout: { afterMinutes: 60, action: 'escalate', escalateTo: 'user', userId },
      },
    });
    const withOrg = (userId: string) =>
      summarize(checkFlow(withManager(escalateTo(userId)), { org }));

    expect(withOrg('li.na')).toEqual([]);
    expect(withOrg('u-nobody')).toMatchInlineSnapshot(`
      [
        "deadline.escalate-unknown-user @manager flow.nodes.1.config.deadline.timeout.userId: Approval step "Manager" escalates to the user "u-nobody" on timeout, who is not in the organization: every escalation would fail",
      ]
    `);
    expect(withOrg('old.user')).toMatchInlineSnapshot(`
      [
        "deadline.escalate-disabled-user (warning) @manager flow.nodes.1.config.deadline.timeout.userId: Approval step "Manager" escalates to the user "old.user" on timeout, whose account is disabled: escalations fail until it is enabled again",
      ]
    `);
    // without the org (a file checked on its own) nobody is looked up
    expect(checkManager(escalateTo('u-nobody'))).toEqual([]);
  });

  it('warns about reminders that would run past the timeout', () => {
    const deadline = {
      remind: { everyMinutes: 60, times: 5 },
      timeout: { afterMinutes: 240, action: 'reject' },
    };

    expect(checkManager({ deadline })).toMatchInlineSnapshot(`
      [
        "deadline.reminders-after-timeout (warning) @manager flow.nodes.1.config.deadline.remind: Approval step "Manager" reminds 5 times every 60 minutes, but the task times out after 240 minutes: the later reminders are never sent",
      ]
    `);
  });

  it('warns about a timeout that approves a step requiring a comment', () => {
    const deadline = { timeout: { afterMinutes: 60, action: 'approve' } };

    expect(checkManager({ deadline, commentRequired: true })).toMatchInlineSnapshot(`
      [
        "deadline.approve-without-comment (warning) @manager flow.nodes.1.config.deadline.timeout.action: Approval step "Manager" requires a comment but approves automatically on timeout, without one",
      ]
    `);
    expect(
      checkManager({
        commentRequired: true,
        deadline: { timeout: { afterMinutes: 60, action: 'reject' } },
      }),
    ).toEqual([]);
  });

  it('writes the deadline issues in Chinese', () => {
    const timeout = { afterMinutes: 60, action: 'escalate', escalateTo: 'user' };

    expect(checkManager({ deadline: { timeout } }, 'zh-CN')).toMatchInlineSnapshot(`
      [
        "deadline.escalate-user-missing @manager flow.nodes.1.config.deadline.timeout.userId: 审批步骤“Manager”超时后转交指定人员，但没有指定人员",
      ]
    `);
  });
});

describe('checkFlow delay nodes', () => {
  it('accepts a duration and a wait until a date field', () => {
    expect(checkDelay({ kind: 'duration', minutes: 60 })).toEqual([]);
    expect(checkDelay({ kind: 'untilField', field: 'date', atTime: '08:30' })).toEqual([]);
  });

  it('refuses a wait until a field the form does not have, at the field key', () => {
    expect(checkDelay({ kind: 'untilField', field: 'departure' })).toMatchInlineSnapshot(`
      [
        "delay.unknown-field @wait flow.nodes.1.config.wait.field: Delay step "Wait" waits until the field "departure", which the form does not have",
      ]
    `);
  });

  it('refuses a wait until a field that is not a date', () => {
    expect(checkDelay({ kind: 'untilField', field: 'amount' })).toMatchInlineSnapshot(`
      [
        "delay.field-type @wait flow.nodes.1.config.wait.field: Delay step "Wait" waits until the field Amount, which must be a date field",
      ]
    `);
  });

  it('refuses a step whose approvers the approver before picks, right after a delay', () => {
    const flow = bundle(
      [
        node('start', 'start'),
        node('manager', 'approval'),
        node('wait', 'delay', { wait: { kind: 'duration', minutes: 60 } }),
        node('notify', 'cc'),
        node('finance', 'approval', { approvers: [{ kind: 'approverPicks' }] }),
        node('end', 'end'),
      ],
      [
        edge('start', 'manager'),
        edge('manager', 'wait'),
        edge('wait', 'notify'),
        edge('notify', 'finance'),
        edge('finance', 'end'),
      ],
    );

    expect(summarize(checkFlow(flow))).toMatchInlineSnapshot(`
      [
        "delay.pick-after-delay @finance flow.nodes.4.config.approvers.0: Step "Finance" lets the approver of the step before pick its approvers, but it follows the delay "Wait": when the delay ends nobody is deciding, so nobody could pick",
      ]
    `);
  });

  it('reports a malformed wait once, as a config issue', () => {
    const issues = checkFlow(delayFlow({ kind: 'untilField' }));

    expect(issues.map((issue) => issue.code)).toEqual(['node.config-invalid']);
  });
});
