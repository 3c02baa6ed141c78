import { excerpt } from '../../excerpt.ts';
import type { CheckContext } from '../context.ts';

/**
 * Canvas positions for node ids the flow does not have (left behind by a hand edit, or a typo
 * in an id): warnings, since the canvas ignores them and the flow still runs.
 */
export function checkLayout(ctx: CheckContext): void {
  for (const nodeId of Object.keys(ctx.bundle.layout.positions)) {
    if (ctx.index.byId.has(nodeId)) continue;
    ctx.report(
      'layout.unknown-node',
      { node: excerpt(nodeId) },
      { path: ['layout', 'positions', nodeId], severity: 'warning' },
    );
  }
}
