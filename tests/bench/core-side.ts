import { createOrgDirectory, decide, type CoreContext, type InstanceState } from '@baton/runtime';
import { benchmarkBundle, benchmarkOrg } from './flow.ts';

const org = createOrgDirectory(benchmarkOrg);
const clock = () => '2026-12-04T09:00:00.000Z';

/** Runs one request to completion in memory through the pure core. Returns the approvals made. */
export function runCoreRequest(index: number, amount: string): number {
  let counter = 0;
  const ctx: CoreContext = {
    now: clock,
    newId: (prefix) => `${prefix}-${index}-${++counter}`,
    org,
    instanceId: `inst-${index}`,
    flowKey: 'bench-expense',
    flowVersion: 1,
  };
  let state: InstanceState = decide(
    benchmarkBundle,
    null,
    { type: 'start', actorId: 'emp', values: { amount } },
    ctx,
  ).state;
  let approvals = 0;
  for (let task = openTask(state); task; task = openTask(state)) {
    const command = { type: 'approve' as const, actorId: task.assigneeId, taskId: task.id };
    state = decide(benchmarkBundle, state, command, ctx).state;
    approvals += 1;
  }
  if (state.status !== 'completed') throw new Error(`request ${index} ended ${state.status}`);

  return approvals;
}

function openTask(state: InstanceState) {
  return state.tasks.find((task) => task.status === 'open');
}
