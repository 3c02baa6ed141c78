import { describe, expect, it } from 'vitest';
import { applyCommands } from './apply.ts';
import { decide } from './decide.ts';
import {
  approval,
  bundleOf,
  deepFreeze,
  Driver,
  sequence,
  testContext,
  withPolicies,
} from './testing.ts';
import type { Command } from './types.ts';

const flow = () =>
  bundleOf(
    [
      { id: 'start', type: 'start' },
      { id: 'copy', type: 'cc', config: { recipients: [{ kind: 'role', role: 'finance' }] } },
      { id: 'split', type: 'parallel' },
      approval('manager', [{ kind: 'departmentHead' }]),
      approval('finance', [{ kind: 'role', role: 'finance' }], { mode: 'all' }),
      { id: 'join', type: 'join' },
      { id: 'end', type: 'end' },
    ],
    [
      { source: 'start', target: 'copy' },
      { source: 'copy', target: 'split' },
      { source: 'split', target: 'manager' },
      { source: 'split', target: 'finance' },
      { source: 'manager', target: 'join' },
      { source: 'finance', target: 'join' },
      { source: 'join', target: 'end' },
    ],
  );

/** Records the commands of a full run: a return, a resubmission and approvals. */
function recordCommands(): Command[] {
  const driver = new Driver(flow());
  driver.start();
  driver.approve('li.na', 'ok');
  driver.reject('wang.fang', { comment: 'split the invoice' });
  driver.run({ type: 'resubmit', actorId: 'chen.jie', values: { amount: '50.00' } });
  for (const assignee of ['he.xin', 'wang.fang', 'li.na']) driver.approve(assignee);

  return driver.commands;
}

const finance = [{ kind: 'role' as const, role: 'finance' }];

/** Every step mode, picks, dedupe, an initiator policy and a step nobody resolves. */
const richFlow = () =>
  withPolicies(
    sequence([
      approval('manager', [{ kind: 'departmentHead' }]),
      approval('pair', [{ kind: 'user', userIds: ['wang.fang', 'sun.hao', 'chen.jie'] }], {
        mode: 'sequential',
        initiator: 'autoApprove',
      }),
      approval('chosen', [{ kind: 'initiatorPicks', multiple: false, range: finance }]),
      approval('picked', [{ kind: 'approverPicks', multiple: true, range: finance }], {
        mode: 'percentage',
        percent: 50,
      }),
      approval('legal', [{ kind: 'role', role: 'legal' }], { ifNobody: 'autoApprove' }),
    ]),
    { dedupe: 'consecutive' },
  );

function recordRichCommands(): Command[] {
  const driver = new Driver(richFlow());
  driver.start('chen.jie', { amount: '10.00' }, { chosen: ['he.xin'] });
  driver.approve('wang.fang');
  driver.reject('sun.hao');
  driver.resubmit({ amount: '20.00' });
  driver.approve('wang.fang');
  driver.approve('sun.hao');
  // he.xin picks the next approver (never themself); li.na's approval is enough (50 % of 1).
  driver.approve('he.xin', undefined, ['li.na']);
  driver.approve('li.na');

  return driver.commands;
}

describe('determinism', () => {
  it('replays every step mode, pick and policy decision to the same state', () => {
    const commands = recordRichCommands();

    const first = applyCommands({ bundle: richFlow(), commands, ctx: testContext() });
    const second = applyCommands({ bundle: richFlow(), commands, ctx: testContext() });

    expect(first.state?.status).toBe('completed');
    expect(second).toEqual(first);
  });

  it('gives identical output when the same commands run twice with the same clock and ids', () => {
    const commands = recordCommands();

    const first = applyCommands({ bundle: flow(), commands, ctx: testContext() });
    const second = applyCommands({ bundle: flow(), commands, ctx: testContext() });

    expect(first.state?.status).toBe('completed');
    expect(second).toEqual(first);
  });

  it('never mutates the bundle, the state or the command it is given', () => {
    const bundle = deepFreeze(flow());
    const ctx = testContext();
    const start: Command = deepFreeze({
      type: 'start',
      actorId: 'chen.jie',
      values: { amount: '1.00' },
    });
    const started = decide(bundle, null, start, ctx);
    const state = deepFreeze(structuredClone(started.state));
    const taskId = state.tasks[0]?.id ?? '';

    const next = decide(bundle, state, { type: 'approve', actorId: 'wang.fang', taskId }, ctx);

    expect(next.state).not.toBe(state);
    expect(state.tasks[0]?.status).toBe('open');
  });
});
