import type { CheckContext } from '../context.ts';
import type { PlacedRule } from './placed-rules.ts';

/**
 * Nodes a request can reach from the start without passing a node that creates tasks: the
 * start itself and the branches, joins and CC steps after it, up to the first approval steps.
 */
function openFromStart(ctx: CheckContext): boolean[] {
  const { graphNodes, out } = ctx.index;
  const open = ctx.index.nodes.map(() => false);
  const stack = graphNodes.filter((position) => ctx.capabilities(position).isStart);
  for (const position of stack) open[position] = true;
  for (let position = stack.pop(); position !== undefined; position = stack.pop()) {
    for (const { to } of out[position] ?? []) {
      if (open[to] || ctx.capabilities(to).needsAssignees) continue;
      open[to] = true;
      stack.push(to);
    }
  }

  return open;
}

/** Finds, once per check, the nodes right after which nobody has approved anything yet. */
export class PickReach {
  private open: boolean[] | undefined;

  constructor(private readonly ctx: CheckContext) {}

  /** True when some path from the start reaches `position` without an approval before it. */
  unapproved(position: number): boolean {
    this.open ??= openFromStart(this.ctx);
    const open = this.open;

    return (this.ctx.index.into[position] ?? []).some(({ from }) => open[from] === true);
  }
}

/**
 * Pick rules where nobody could pick: `approverPicks` on a step a request can reach without an
 * approval before it (right after the start, say), and any pick rule among CC recipients
 * (nobody is asked when a CC step is passed). Errors at the rule. @internal
 */
export function checkPicks(
  ctx: CheckContext,
  position: number,
  people: { approvers: readonly PlacedRule[]; recipients: readonly PlacedRule[] },
  reach: PickReach,
): void {
  for (const { rule, path } of people.recipients) {
    if (rule.kind === 'initiatorPicks' || rule.kind === 'approverPicks')
      ctx.atNode(position, 'approver.pick-in-cc', {}, { path });
  }
  const picks = people.approvers.find(({ rule }) => rule.kind === 'approverPicks');
  if (picks && reach.unapproved(position))
    ctx.atNode(position, 'approver.pick-without-approver', {}, { path: picks.path });
}
