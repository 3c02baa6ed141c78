import type { CheckContext } from '../context.ts';

/** Exactly one start, at least one end, and connection counts within each kind's port rules. */
export function checkEndsAndPorts(ctx: CheckContext): void {
  const starts = ctx.index.graphNodes.filter((position) => ctx.capabilities(position).isStart);
  const ends = ctx.index.graphNodes.filter((position) => ctx.capabilities(position).isEnd);
  if (starts.length === 0) ctx.report('flow.no-start', {}, { path: ['flow', 'nodes'] });
  if (starts.length > 1) {
    for (const position of starts)
      ctx.atNode(position, 'flow.multiple-starts', { count: starts.length });
  }
  if (ends.length === 0) ctx.report('flow.no-end', {}, { path: ['flow', 'nodes'] });

  for (const position of ctx.index.graphNodes) {
    const kind = ctx.index.kinds[position];
    if (!kind) continue;
    const inputs = ctx.index.into[position]?.length ?? 0;
    const outputs = ctx.index.out[position]?.length ?? 0;
    if (inputs < kind.inputs.min)
      ctx.atNode(position, 'node.too-few-inputs', { min: kind.inputs.min, actual: inputs });
    if (inputs > kind.inputs.max)
      ctx.atNode(position, 'node.too-many-inputs', { max: kind.inputs.max, actual: inputs });
    if (outputs < kind.outputs.min)
      ctx.atNode(position, 'node.too-few-outputs', { min: kind.outputs.min, actual: outputs });
    if (outputs > kind.outputs.max)
      ctx.atNode(position, 'node.too-many-outputs', { max: kind.outputs.max, actual: outputs });
  }
}
