import { BatonError, FlowBundle, type StepDeadline } from '@baton/schemas';
import type { InstanceView } from './instance-view.ts';

/**
 * @internal Fixtures for the storage tests of issue 4: flows with deadlines and CC nodes, a fake
 * clock, and helpers to read tasks and refusals.
 */

export const T0 = Date.parse('2026-03-02T01:00:00.000Z');
export const MINUTE = 60_000;

/** A clock the test moves by hand; engines read it through `now`. */
export type FakeClock = { ms: number; now: () => Date; advance(minutes: number): void };

export function fakeClock(start = T0): FakeClock {
  const clock: FakeClock = {
    ms: start,
    now: () => new Date(clock.ms),
    advance: (minutes) => {
      clock.ms += minutes * MINUTE;
    },
  };

  return clock;
}

/** Ids `prefix-1`, `prefix-2`, … from one counter: equal runs draw equal ids. */
export function counterIds(): (prefix: string) => string {
  let next = 0;

  return (prefix) => `${prefix}-${(next += 1)}`;
}

const FORM = {
  schemaVersion: 1,
  fields: [
    { key: 'description', type: 'text', label: '说明', required: true },
    { key: 'amount', type: 'money', label: '金额', required: true },
  ],
};

/**
 * start → manager (the initiator's department head, with `deadline`) → finance (either finance
 * user) → end.
 */
export function deadlineFlow(key: string, deadline: StepDeadline): FlowBundle {
  return FlowBundle.parse({
    flow: {
      schemaVersion: 1,
      key,
      name: { 'zh-CN': '限时审批', en: 'Timed approval' },
      nodes: [
        { id: 'start', type: 'start', name: '发起' },
        {
          id: 'manager',
          type: 'approval',
          name: { 'zh-CN': '经理', en: 'Manager' },
          config: { approvers: [{ kind: 'departmentHead' }], mode: 'any', deadline },
        },
        {
          id: 'finance',
          type: 'approval',
          name: { 'zh-CN': '财务', en: 'Finance' },
          config: { approvers: [{ kind: 'role', role: 'finance' }], mode: 'any' },
        },
        { id: 'end', type: 'end', name: '结束' },
      ],
      edges: [
        { id: 'e1', source: 'start', target: 'manager' },
        { id: 'e2', source: 'manager', target: 'finance' },
        { id: 'e3', source: 'finance', target: 'end' },
      ],
    },
    form: FORM,
  });
}

/** start → a CC node copying li.na → manager → end. */
export const ccNodeFlow = FlowBundle.parse({
  flow: {
    schemaVersion: 1,
    key: 'cc-node',
    name: { 'zh-CN': '抄送测试', en: 'CC test' },
    nodes: [
      { id: 'start', type: 'start', name: '发起' },
      {
        id: 'copy',
        type: 'cc',
        name: { 'zh-CN': '抄送财务', en: 'Copy finance' },
        config: { recipients: [{ kind: 'user', userIds: ['li.na'] }] },
      },
      {
        id: 'manager',
        type: 'approval',
        name: { 'zh-CN': '经理', en: 'Manager' },
        config: { approvers: [{ kind: 'departmentHead' }] },
      },
      { id: 'end', type: 'end', name: '结束' },
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'copy' },
      { id: 'e2', source: 'copy', target: 'manager' },
      { id: 'e3', source: 'manager', target: 'end' },
    ],
  },
  form: FORM,
});

/** The id of `userId`'s open task in the view (throws when there is none). */
export function openTaskOf(view: InstanceView, userId: string): string {
  const task = view.state.tasks.find((t) => t.assigneeId === userId && t.status === 'open');
  if (!task) throw new Error(`${userId} has no open task in ${view.id}`);

  return task.id;
}

/** The code of the BatonError a command was refused with ('ok' when it was not refused). */
export async function outcomeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;

    return 'ok';
  } catch (error) {
    if (error instanceof BatonError) return error.code;
    throw error;
  }
}
