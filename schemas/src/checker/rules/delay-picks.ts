import type { CheckContext } from '../context.ts';

/** The position of the first `approverPicks` rule among a config's approvers, if any. */
function approverPicksAt(config: Record<string, unknown> | undefined): number {
  const approvers = config?.approvers;
  if (!Array.isArray(approvers)) return -1;

  return approvers.findIndex(
    (rule: unknown) =>
      typeof rule === 'object' && rule !== null && Reflect.get(rule, 'kind') === 'approverPicks',
  );
}

/**
 * Steps whose approvers the approver of the step before picks, reached right after a node
 * that waits without people (a delay), through nodes that do not wait: when the wait ends, no
 * approver is deciding, so nobody could pick and the request would stop there. An error at
 * the rule, naming the node that waits. @internal
 */
export function checkPicksAfterWaits(
  ctx: CheckContext,
  configs: readonly (Record<string, unknown> | undefined)[],
): void {
  const waitsAlone = (position: number) => {
    const capabilities = ctx.capabilities(position);

    return capabilities.waits === true && capabilities.needsAssignees !== true;
  };
  const reported = new Set<number>();
  for (const origin of ctx.index.graphNodes.filter(waitsAlone)) {
    const seen = new Set([origin]);
    const stack = [origin];
    for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
      for (const { to } of ctx.index.out[at] ?? []) {
        if (seen.has(to)) continue;
        seen.add(to);
        const capabilities = ctx.capabilities(to);
        if (!capabilities.needsAssignees) {
          if (!capabilities.waits) stack.push(to);
          continue;
        }
        const rule = approverPicksAt(configs[to]);
        if (rule < 0 || reported.has(to)) continue;
        reported.add(to);
        const path = ['flow', 'nodes', to, 'config', 'approvers', rule];
        ctx.atNode(to, 'delay.pick-after-delay', { delay: ctx.nodeName(origin) }, { path });
      }
    }
  }
}
